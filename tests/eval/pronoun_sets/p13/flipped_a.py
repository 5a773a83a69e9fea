ARTICLES = [
dict(title="Former bookkeeper jailed for taking £410,000 from family haulage firm", person="Donna Whitcombe", gender="f", text="""
A former bookkeeper who siphoned more than £410,000 from a family-run haulage company over seven years has been jailed for four years and eight months.

Donna Whitcombe, 52, of Ashby Road, Loughborough, admitted fraud by abuse of position at Leicester Crown Court in March. She returned to the dock yesterday for sentence.

The court heard that Whitcombe joined Marsden Freight in 2011 and quickly became trusted by its founder, Mr Keith Marsden, and his daughter, Mrs Claire Ashworth, who now runs the business. From 2015 she began making small transfers to her own accounts, disguising them as payments to fuel suppliers.

Prosecuting, Ms Priya Kaur said the sums grew steadily until the fraud was uncovered by a new accountant, Mr Lewis Oduya, who noticed that one supplier was being paid twice each month.

"This was not a moment of madness," Ms Kaur told the court. "It was a careful, sustained deception of people who regarded the defendant almost as a member of their family."

In a victim statement read to the court, Mrs Ashworth said her father had been "broken" by the discovery. "Dad hired Donna when nobody else would. He paid for her to go on courses. He went to her wedding," she said.

Mr Gareth Pryce, defending, said his client had spent much of the money on gambling websites and had been in the grip of an addiction she hid from her husband. She had since attended Gamblers Anonymous meetings and had sold her car to repay part of the debt.

"She is deeply ashamed," Mr Pryce said. "⟦flip:He|She⟧ does not ask for sympathy, only that the court recognise the steps she has taken."

Sentencing, Recorder Martin Heale said the defendant had shown "a cold persistence" over many years and that the company had come close to collapse as a result.

"You abused the trust of a small business that treated you generously," he told Whitcombe. "The harm you caused was not only financial."

The recorder accepted that Whitcombe's remorse was genuine and gave ⟦flip:him|her⟧ credit for ⟦flip:his|her⟧ early guilty plea. Proceedings under the Proceeds of Crime Act will follow later this year.

Outside court, Mr Marsden, 78, said he hoped the firm could now move on. "We've lost a lot more than money," he said.
"""),

dict(title="Council leader survives no-confidence vote after budget row", person="Margaret Ollerenshaw", gender="f", text="""
The leader of Tynedale District Council has narrowly survived a vote of no confidence after a stormy meeting over plans to close two leisure centres.

Cllr Margaret Ollerenshaw, who has led the Liberal Democrat-run authority since 2021, held on by 23 votes to 21, with three abstentions, at Hexham's Queen's Hall on Tuesday evening.

The motion was tabled by the Conservative group leader, Cllr Tony Birtles, who accused the administration of "balancing the books on the backs of children and pensioners".

"The leader has known about this black hole for eighteen months and said nothing until the consultation was already under way," he told the chamber. "Residents deserve better than being told after the fact."

Cllr Ollerenshaw said the closures at Prudhoe and Haltwhistle were "the hardest decision I have taken in public life" but insisted the council had no choice after a £6.2m shortfall in its settlement from central government.

"I will not pretend this is painless," she said. "But I will not take this council into a section 114 notice either. That would mean far deeper cuts, decided by people who have never set foot in Tynedale."

Two members of her own group, Cllr Sue Haggerty and Cllr Derek Nunn, abstained. Cllr Haggerty said afterwards that she still supported the leader personally but could not vote to endorse the closure of the pool in her ward.

The council's chief executive, Ms Sarah Lomax, confirmed that officers were in talks with a community trust about taking over the Haltwhistle centre on a long lease.

Campaigners who filled the public gallery booed as the result was announced. Mrs Wendy Rutherford, who organised a petition signed by more than 4,000 people, said the fight would continue.

"She's kept her job tonight, but she hasn't won the argument," Mrs Rutherford said.

Speaking after the meeting, the council leader said ⟦flip:his|her⟧ door remained open to the campaigners and that ⟦flip:he|she⟧ would meet the trust's directors next week. She declined to say whether she would stand again in May.

A final decision on the leisure centres will be taken at the full budget meeting on 26 February.
"""),

dict(title="Rudd backs his young strikers as Mariners chase finals berth", person="Mark Rudd", gender="m", text="""
Central Coast Mariners coach Mark Rudd has refused to panic over his side's goal drought, insisting his young forwards will come good in time for the A-League finals.

The Mariners have scored just twice in their past five matches and slipped to seventh on the ladder after Saturday's 1-0 loss to Western Sydney at Industree Group Stadium.

But Rudd, in his second season at Gosford, said he would not be rushing into the transfer market before the deadline.

"I've got three strikers under 21 in that dressing room and I trust every one of them," Rudd said on Monday. "You don't build a club by throwing your kids away the first time they go cold."

Nineteen-year-old Tom Vella, who scored eight goals in the first half of the season, has not found the net since December. Rudd said ⟦flip:she|he⟧ had spoken to the teenager at length after training.

"Tommy's a confident lad, but he's also hard on himself," he said. "My job is to take some of that weight off him."

Club chief executive Kylie Hassett said the board remained fully behind the coach and that there was money available if he wanted it.

"Mark knows what he has to work with and he knows the door is open if he sees the right player," Hassett said. "But we hired him because he believes in development, and so do we."

Hassett, a former Matildas team manager, added that crowds at home games were up by 14 per cent on last season despite the recent results.

Former Socceroo and television pundit Andrew Stell was less forgiving, saying on Sunday that the Mariners looked "toothless" without an experienced No.9.

Asked about the criticism, Rudd said ⟦flip:she|he⟧ had not lost any sleep. "Andrew's entitled to his view. He played the game, he knows how it works. But he doesn't see them every day on the training pitch and I do."

The coach confirmed that captain Daniel Brosque would return from a hamstring strain for Friday night's trip to Melbourne Victory, while defender Ryan Pham faces a fitness test.

"We're two points off sixth," Rudd said. "Nobody in this building is panicking."
"""),

dict(title="Dame Rosalind Ashcombe, soprano, dies aged 89", person="Rosalind Ashcombe", gender="f", text="""
Dame Rosalind Ashcombe, the soprano whose luminous voice made her one of the finest Britten interpreters of her generation, has died at her home in Aldeburgh, Suffolk. She was 89.

Her death was announced by her son, the conductor Sir Julian Ashcombe, who said she had died peacefully on Sunday morning "with the sea in earshot, which is what she always wanted".

Born in Halifax in 1935, the daughter of a mill engineer and a piano teacher, Rosalind Mary Pickles won a scholarship to the Royal Northern College of Music at 17. Her teacher there, the baritone Frederick Hale, recalled years later that ⟦flip:he|she⟧ was "the only student who ever argued with me about phrasing and won".

She made her Covent Garden debut in 1961 as Pamina and was soon singing leading roles across Europe. But it was her partnership with Benjamin Britten and Peter Pears in the late 1960s that defined her career. Britten wrote two song cycles with her voice in mind, and her recording of the Governess in The Turn of the Screw, made in 1968, has never been out of the catalogue.

She married the theatre director Alan Ashcombe in 1963. He died in 2004. In later life she taught masterclasses at Snape Maltings, where students remembered ⟦flip:his|her⟧ exacting standards and dry Yorkshire humour. The mezzo-soprano Dame Anne Hollis once described a lesson with her as "terrifying for ten minutes and life-changing for the rest of the afternoon".

She was appointed CBE in 1979 and made a dame in 1994.

Away from the stage she was a keen birdwatcher and a ferocious competitor at Scrabble. Her son said she had beaten him at the game only a fortnight before her death. "She had no mercy and no intention of developing any," he said.

Colleagues paid tribute yesterday. The director of the Britten Pears Foundation, Mr Nicholas Fenn, said the festival owed ⟦flip:him|her⟧ an enormous debt. "She understood Britten's music from the inside," he said.

She is survived by her son, her daughter, Harriet, and five grandchildren.
"""),

dict(title="Ballarat GP warns clinic closure will leave 6,000 patients stranded", person="Aidan Mulqueen", gender="m", text="""
A Ballarat doctor says thousands of patients will be left without a regular GP when his bulk-billing clinic closes its doors at the end of the month.

Dr Aidan Mulqueen, who has run the Sebastopol Family Practice for 22 years, said rising rents and a shortage of doctors willing to work in regional Victoria had made the practice "impossible to keep afloat".

"I've got roughly 6,000 active patients and there is nowhere for most of them to go," Dr Mulqueen said. "The other clinics in town have closed their books. People are going to end up in emergency at Ballarat Base for things that should be a fifteen-minute consult."

The practice employs four GPs, two nurses and three reception staff. Dr Mulqueen said he had tried for more than a year to recruit a younger doctor to take over.

Among the patients worried about the closure is Mrs Joan Petrie, 81, who has type 2 diabetes and has seen Dr Mulqueen since 2003.

"He knows my whole history. I don't want to start again with a stranger over a video call," Mrs Petrie said. "I don't drive any more. My daughter takes me, but she works."

Practice nurse Leanne Carbone, who has worked alongside the doctor for 15 years, said staff had been calling vulnerable patients one by one to help them find alternatives.

"It's heartbreaking," she said. "Some of them cry on the phone."

Dr Mulqueen said ⟦flip:she|he⟧ had been working until midnight most nights finalising referrals for ⟦flip:her|his⟧ own patients, and that it was the least he could do.

Federal Member for Ballarat Ms Catherine Hume said she had raised the closure with the Health Minister's office and called for an urgent expansion of incentives for regional practices.

A spokesman for Western Victoria Primary Health Network said it was "working with local providers to ensure continuity of care".

Dr Mulqueen, 64, said he would continue some sessional work at the Ballarat Aboriginal Cooperative but that full retirement was not far off.

"I'm not walking away from this town," ⟦flip:she|he⟧ said. "But I can't run a business at a loss, and nobody should expect me to."
"""),

dict(title="Kate Fennimore: 'I wrote the whole book in a caravan in Pembrokeshire'", person="Kate Fennimore", gender="f", text="""
Kate Fennimore does not look like someone who has just been shortlisted for the Women's Prize for Fiction. She is wearing wellies, a waxed jacket with a torn pocket and, when we meet on the cliff path above Abereiddy, she is carrying a bag of driftwood.

"For the stove," she explains. "The caravan gets cold."

The caravan is where Kate, 38, wrote almost all of The Salt Year, her second novel, over two winters after her marriage ended and she left her job as a sub-editor in Cardiff. It tells the story of a widowed fisherman and his estranged daughter, and reviewers have compared it to the early work of Sarah Moss.

"I didn't have wifi, which helped," she says. "I had a laptop, a kettle and a dog that needed walking twice a day. That's a pretty good writing routine."

Her father, Gwyn, was a trawlerman out of Milford Haven for thirty years, and the book draws heavily on his stories. He read the manuscript before anyone else.

"Dad's not a big reader. He told me he skipped the bits about feelings," Kate says, laughing. "But he rang me afterwards at eleven at night and said, 'You got the engine room right.'" She says that call meant more to ⟦flip:him|her⟧ than any review.

Her editor at Faber, Mr Tom Aldous, says he knew from the first chapter that the book was special. "Kate has an ear for how people talk when they can't say what they mean," he says.

Her first novel, published in 2017, sold fewer than 2,000 copies, and she admits she nearly gave up. It was her friend and fellow writer Ffion Jenkins who persuaded her to keep going.

"Ffion read my awful first draft and told me it was awful, which is what friends are for," Kate says. "Then she told me which bit wasn't."

The winner will be announced in June. Kate says she is trying not to think about it. ⟦flip:His|Her⟧ next book, already under way, is set in a lighthouse.

"I keep choosing places with no phone signal," she says. "I'm starting to think that's not an accident."
"""),

dict(title="Water chief defends bonus as sewage spills rise", person="Helen Tarrant", gender="f", text="""
The chief executive of Severn Dee Water has defended a £640,000 bonus awarded to her last year, telling MPs that the company was "on the right trajectory" despite a sharp rise in sewage discharges.

Ms Helen Tarrant appeared before the Environment, Food and Rural Affairs Committee on Wednesday alongside the company's chairman, Sir Anthony Gell, and the head of the Environment Agency's water quality unit, Dr Paul Ridley.

Figures published last month showed the company's storm overflows discharged raw sewage into rivers 41,000 times in 2023, up 18 per cent on the previous year.

The committee chair, Mrs Fiona Blakemore, asked Ms Tarrant whether she believed customers would regard the bonus as justified.

"I understand the anger," Ms Tarrant replied. "But the bonus is set by the remuneration committee against a range of targets, and on leakage, on customer service and on investment we have met or beaten every one of them."

Mrs Blakemore said that answer would "not go down well in Shrewsbury or in Ludlow", where bathing spots have been closed repeatedly this summer.

Sir Anthony told the committee the board had considered withholding the payment but concluded that doing so would breach Ms Tarrant's contract. He said he personally regretted the timing of the announcement.

Dr Ridley said the agency was investigating the company over possible permit breaches at 14 treatment works and could not comment further.

Under questioning from the Labour MP Mr Jamie Oakes, the chief executive said the company would spend £2.1bn on storm overflows by 2030. Pressed on whether she would hand back any of ⟦flip:his|her⟧ bonus, she said she would donate a portion to river restoration charities but declined to say how much.

"That is a personal matter," she said.

Mr Oakes said afterwards that the evidence session had been "a masterclass in saying nothing". Campaign group River Action accused the company of treating its customers "like a cash machine".

Ms Tarrant, a former finance director at National Grid, has led the company since 2020. Colleagues describe ⟦flip:him|her⟧ as a formidable operator.
"""),

dict(title="Adelaide team finds bacteria that eats plastic in sewage ponds", person="Rajiv Menon", gender="m", text="""
A strain of bacteria discovered in a sewage treatment pond north of Adelaide can break down one of the most common types of plastic, researchers say.

The team at the University of Adelaide, led by Professor Rajiv Menon, found that the microbe was able to digest thin films of polyethylene terephthalate, or PET, in about six weeks at room temperature.

Their findings were published on Thursday in the journal Nature Communications.

"It is early days, and nobody should imagine we are going to pour this into the ocean and make the plastic problem disappear," Professor Menon said. "But it tells us nature is already working on the problem, and we can learn from it."

The strain was first isolated by PhD student Hannah Whitlock, who was collecting samples at the Bolivar wastewater plant for an unrelated project on antibiotic resistance.

"I noticed the plastic sample bags I'd left in one of the tanks had gone cloudy and brittle," Ms Whitlock said. "I almost threw them out. I'm very glad I didn't."

Co-author Dr Sophie Lang, a structural biologist, has since mapped the enzyme responsible. She said it appeared to be more stable at warm temperatures than similar enzymes found in Japan in 2016.

Professor Menon, who moved to Adelaide from the Indian Institute of Science in Bangalore in 2012, said ⟦flip:her|his⟧ team would now attempt to improve the enzyme's speed using directed evolution, the technique that won Frances Arnold the Nobel Prize in 2018.

He paid tribute to his student. "Hannah's curiosity is the whole story here," he said. "I want to be clear about that."

Independent expert Associate Professor Mark Dryden of Monash University, who was not involved in the study, described the work as "genuinely exciting" but cautioned that scaling up would be difficult.

"Lots of enzymes chew plastic in a test tube," he said. "Very few do it cheaply at the scale of a recycling plant."

The research was funded by the Australian Research Council. Professor Menon said he hoped to have an industry partner within two years, and that ⟦flip:she|he⟧ and Dr Lang had already been approached by a South Australian packaging firm.
"""),

dict(title="Dales farmer and neighbour settle 12-year boundary dispute", person="Bill Hardacre", gender="m", text="""
A boundary dispute between two neighbours in the Yorkshire Dales that has rumbled on for more than a decade, cost an estimated £180,000 in legal fees and reached the Court of Appeal has finally been settled.

Farmer Bill Hardacre, 71, and his neighbour Mrs Thelma Rigg, 68, signed an agreement at the offices of a mediator in Skipton last week, ending an argument over a strip of land barely three metres wide alongside Hardacre's sheep pens at Cray.

The row began in 2012 when Mrs Rigg's late husband, Norman, rebuilt a drystone wall that Mr Hardacre claimed had been moved several feet onto his land. Both sides commissioned surveys, and the case went before a county court judge in 2016, who found in Mr Hardacre's favour.

Mrs Rigg appealed, and in 2019 the Court of Appeal sent the case back for a retrial, describing the original plans as "hopelessly ambiguous".

Under the settlement, the wall will stay where it is but Mrs Rigg will grant Mr Hardacre a permanent right of way for his flock. Neither side will pay the other's costs.

"I'm too old to be fighting about walls," Mr Hardacre said. "Thelma and I used to get on. Her Norman and I played darts together for twenty years. It all went sour and none of it was worth it."

Mrs Rigg said she was relieved. "I just want some peace now," she said. "Bill's been a good neighbour in his way. We should have sat down in the kitchen years ago instead of going to lawyers."

The mediator, Mr Philip Knowles, said the case showed "how quickly these things escalate in small communities" and urged others to seek mediation early.

The chair of Buckden Parish Council, Mrs Anne Metcalfe, said the village was glad to see it resolved. "Everybody took a side at some point," she said. "Now we can all stop pretending we don't know about it."

Asked what he planned to do next, Mr Hardacre said ⟦flip:she|he⟧ intended to take his first holiday in fifteen years.

"My daughter's booked me a week in Whitby," ⟦flip:she|he⟧ said. "I'll probably spend it looking at walls."
"""),

dict(title="Independent MP demands inquiry into grant rorts", person="Caroline Beaumont", gender="f", text="""
Independent MP Dr Caroline Beaumont has called for a royal commission into the allocation of federal sports and community grants, claiming new documents show marginal seats received almost three times as much funding per head as safe ones.

The member for Fenwick, a former emergency physician, tabled an analysis of more than 1,200 grants in parliament on Tuesday.

"This is taxpayers' money, and it has been handed out like lolly bags at a children's party," Dr Beaumont told reporters in the press gallery. "Australians deserve to know who decided, and why."

Her analysis, prepared with the help of former Australian National Audit Office official Mr Peter Kwan, found that seats held by a margin of less than four per cent received an average of $41 per voter, compared with $14 in safe government seats.

Treasurer Daniel Crowe dismissed the claims, saying the grants had been assessed independently by the relevant department.

"The member for Fenwick is entitled to her opinion, but she is not entitled to her own facts," Mr Crowe said in question time. "Every one of these projects has been delivered and every one of them was needed."

Opposition spokeswoman Ms Leanne Hargraves said the Coalition would support a Senate inquiry but stopped short of backing a royal commission.

Dr Beaumont, who won the seat in 2022, has made integrity in government the central issue of ⟦flip:his|her⟧ time in parliament. She said a Senate inquiry would be "a talkfest that reports after the next election".

Crossbench colleague Mr Andrew Kerr said he would back her motion. "Caroline has done the work that the department should have done," he said.

The Prime Minister's office did not respond to questions on Tuesday afternoon.

Speaking at a community forum in Hawthorn that evening, the member for Fenwick said ⟦flip:he|she⟧ would keep pressing the issue until the government relented. "I spent twenty years in emergency departments," she told the crowd of about 300. "I am very comfortable with people shouting at me."
"""),

dict(title="Detective appeals for witnesses after man found dead in Leith flat", person="Fiona Lockhart", gender="f", text="""
Detectives investigating the death of a man whose body was found in a flat in Leith have renewed their appeal for information, saying they believe someone in the community knows what happened.

The body of Graeme Shand, 46, was discovered by his brother at a property in Great Junction Street on the afternoon of Saturday 3 February. A post-mortem examination found he had suffered serious head injuries, and Police Scotland is treating the death as murder.

Detective Chief Inspector Fiona Lockhart, of the Major Investigation Team, said officers had established that Mr Shand was last seen alive at about 11pm on the Thursday, leaving the Central Bar on Leith Walk with a man and a woman.

"We are keen to trace those two people, who may have vital information," DCI Lockhart said at a press conference at Leith police station. "I would stress that they are not suspects at this stage."

She said the man was described as white, in his thirties and wearing a dark puffer jacket, while the woman had long red hair and was carrying a large holdall.

Mr Shand's family said in a statement that he was "a gentle soul who would help anyone". His mother, Mrs Irene Shand, 72, said she was struggling to come to terms with her son's death.

"Graeme wasn't perfect but he didn't deserve this," Mrs Shand said. "Somebody out there knows. Please, please come forward."

A 39-year-old man who was arrested on Tuesday has been released without charge pending further inquiries.

Local councillor Mr Adam Dunbar said residents were shocked. "This is a close-knit part of Leith," he said. "People are frightened, and they want answers."

Asked about the pace of the investigation, the senior investigating officer said ⟦flip:his|her⟧ team had examined more than 200 hours of CCTV footage and spoken to 140 people.

"Every piece of information, however small, could be important," the detective said. ⟦flip:He|She⟧ added that a dedicated line had been set up in the incident room.

Anyone with information can call 101 quoting incident 2011 of 3 February, or contact Crimestoppers anonymously.
"""),

dict(title="Pemberton and Kemp into Wimbledon mixed doubles semi-finals", person="Jack Pemberton", gender="m", text="""
Jack Pemberton and Laura Kemp kept British hopes alive in the mixed doubles at Wimbledon on Wednesday, beating the fourth seeds in three sets on No.2 Court to reach the semi-finals.

The wildcard pair, who only decided to team up three weeks ago at Queen's, came from a set down to beat Spain's Marta Oliveira and Australia's Nick Farrant 3-6 7-6 (7-4) 6-4.

Pemberton, 26, from Solihull, served out the match to love, sending down an ace on the final point before being mobbed by his partner.

"I honestly don't know where that came from," Pemberton said. "My legs were gone. Laura told me to just hit it as hard as I could and pray."

Kemp, 29, a former British No.2 in singles who now plays mostly doubles, was outstanding at the net throughout. She saved two break points in the deciding set with a pair of reflex volleys that brought the crowd to its feet.

"Laura's the brains of the operation," Pemberton said. "I just do what I'm told."

Kemp laughed when told of his comments. "That's about right," she said. "He's got a huge serve and a huge forehand, and my job is to keep him calm. He gets a bit excited."

Oliveira, who won the title in 2021 with a different partner, said the British pair had deserved their victory. "They played the big points better," she said. "Her returns in the tiebreak were incredible."

The Lawn Tennis Association's head of doubles, Ms Anne Rowbotham, said the run showed the depth of British doubles. Kemp's former coach, Mr Colin Beecher, was watching from the players' box.

Pemberton, whose singles ranking has fallen outside the top 200 after a shoulder operation last year, said the run had given ⟦flip:her|him⟧ a huge lift. "Six months ago I didn't know if I'd play again," ⟦flip:she|he⟧ said.

The pair will face the top seeds, Belgium's Pieter Claes and Canada's Gabriela Rivard, on Friday for a place in the final. Asked about their chances, Kemp said simply: "Why not us?"
"""),
]
