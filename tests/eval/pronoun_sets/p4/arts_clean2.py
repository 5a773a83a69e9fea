# Clean look-alike articles, part 2 (no flips).
A = []
def add(title, body):
    A.append(dict(title=title, body=body.strip()))

add("Anonymous Donor Pays Off School Lunch Debts", """
An anonymous donor has paid off more than 40,000 dollars in unpaid school lunch debts across the Riverbend district, officials said on Tuesday.

The donor contacted the district by email in September and asked that their name never be made public. According to superintendent Carla Jimenez, they said they had gone hungry at school as a child and did not want any family to receive a letter about lunch money again. "They were very clear. No ceremony, no plaque, nothing," Ms Jimenez said.

The payment covers debts owed by about 1,300 students at fourteen schools. Some families owed only a few dollars, while others had built up balances of several hundred over the past year.

School board president Michael Tran said the gift had come at a difficult time. He said the district had been considering using money from its reserves to write off the debts but had been unable to agree. "This person did in one afternoon what we had been arguing about for six months," he said.

Parent Denise Howard, a single mother of three, said she had received a letter telling her that her account had been cleared. She said she had cried in the car outside the school. "I do not know who they are, but I hope they know what they did for us," she said.

Cafeteria manager Robert Lyle said his staff had always fed children regardless of their balance, but that many students were embarrassed by the debts. He said some older pupils had stopped eating lunch altogether.

The district said it would now offer free meals to every student from January under a new state programme. Ms Jimenez said the donor had asked only one thing in return: that the cafeteria staff receive a thank-you card. She said the card had been signed by every child at one elementary school.
""")

add("Aircraft Carrier Returns After Nine-Month Deployment", """
The aircraft carrier HMS Resolute returned to Portsmouth on Friday after a nine-month deployment in the Indian Ocean and the Pacific, with thousands of families waiting on the harbour wall.

The ship, the largest in the fleet, sailed more than 50,000 miles during her deployment and took part in exercises with eleven navies. Her aircraft flew more than two thousand sorties.

Her commanding officer, Captain Fiona Reid, said she was proud of the crew of about 1,600. "She is a big, complicated ship, and they have kept her running through typhoons and heatwaves," Captain Reid said. She thanked the families for their patience. "They served too," she said.

Among those waiting on the quay was Daniel Cooper, whose wife, Leading Seaman Amy Cooper, is a helicopter engineer on board. He brought their two-year-old son, who was a baby when she left. "He has only seen her on a screen. I do not know if he will recognise her," Mr Cooper said. A few minutes later the boy ran into his mother's arms.

The defence secretary, Martin Hughes, went on board to welcome the crew home. He said the deployment had shown that the country could still operate a carrier strike group on the far side of the world. He said the ship would now undergo maintenance before her next deployment in 2027.

Lieutenant Commander Raj Patel, the ship's navigator, said the most difficult moment had been a storm in the South China Sea, when waves broke over the flight deck. "She took it well. Better than some of us," he said.

The carrier will remain in Portsmouth for several months. Captain Reid said that, for now, her only plan was to sleep in a bed that did not move.
""")

add("Q&A: Retired Judge on Forty Years in the Courts", """
Sir Anthony Marsh retired last month after forty years as a barrister and judge, including a decade in the Court of Appeal. He spoke to our legal affairs editor, Claire Dunne, about his career, his regrets and the future of the courts.

Q: What case do you remember most?

A: A young woman accused of killing her violent husband. I was a junior barrister and her lawyer, a formidable woman called Eileen Rourke, did all the real work. She taught me that the jury wants to understand the person, not just the facts. The client was acquitted.

Q: What changed most over your career?

A: The number of women. When I started there was one female judge in the whole building. My last court had three, and the presiding judge was Lady Justice Green. She was better than I was.

Q: Do you have regrets?

A: Of course. There was a man I sentenced early in my career, a young father who had stolen to pay a debt. I gave him longer than I should have. He wrote to me years later. He said he did not hold it against me. I held it against myself.

Q: Are the courts in crisis?

A: The backlog is a scandal. Victims wait years. Defendants wait years. My colleague Judge Patel told me she had a trial adjourned five times for lack of a courtroom.

Q: What advice would you give your younger self?

A: Listen longer. Write shorter.

Q: What will you do now?

A: My wife, Elizabeth, has a list. She says I have been promising to paint the shed since 1994. I suspect she is right.

Q: Will you miss it?

A: Every day. But I will not miss the early trains.
""")

add("Solicitor Wins Compensation for Wrongly Jailed Man", """
A man who spent eleven years in prison for a robbery he did not commit has been awarded 1.2 million pounds in compensation, his solicitor announced on Wednesday.

Kevin Doyle, 49, was freed in 2021 after new DNA evidence showed that another man had carried out the 2008 raid on a post office in Salford. His conviction was quashed by the Court of Appeal.

His solicitor, Joanne Pryce, who has worked on the case for nine years, said the award was the largest of its kind in a decade. "No amount of money gives him back those years, but it gives him a future," she said. She said her client intended to buy a house near his sister and train as a plumber.

Ms Pryce first took up the case after receiving a letter from Mr Doyle in prison. She said she had been struck by how precise his account was. She spent years persuading the police to release evidence from the original investigation, and she commissioned the DNA tests herself.

Mr Doyle said in a statement that he would never be able to repay her. "She believed me when nobody else did, including some of my own family," he said. He said he had forgiven the witnesses who identified him but not the officers who, he said, ignored evidence that pointed elsewhere.

The former detective in charge of the original case, Brian Holt, declined to comment. Greater Manchester Police said it had apologised to Mr Doyle and had changed its procedures.

Justice campaigner Amira Hussein said the case showed the need for a faster system of review. She said other prisoners had waited even longer.

Ms Pryce said she would now ask the Crown Prosecution Service to consider charges against the man identified by the DNA. She said her client wanted to see justice done, not only for himself.
""")

add("Mother Donates Kidney to Son After Two-Year Wait", """
A mother from Ashford has given one of her kidneys to her 24-year-old son, ending two years of dialysis that had forced him to give up his job as an electrician.

Sandra Price, 53, and her son Liam underwent surgery at the same hospital on Monday. Doctors said both operations went well and that the new kidney had started working within hours.

Liam was diagnosed with kidney failure at 21 after collapsing at work. He spent three days a week attached to a dialysis machine. His mother was tested as a donor soon after his diagnosis, but a problem with her blood pressure meant she had to wait more than a year before surgeons would accept her.

"I would have given him both if they had let me," Mrs Price said from her hospital bed. She said she had lost two stone and changed her diet to bring her blood pressure down. "Every time I wanted a biscuit I thought of him sitting in that chair."

Her son said he felt better than he had in years. "She is the strongest person I know. She keeps telling me not to make a fuss, so I will not, but I owe her everything," he said.

The transplant surgeon, Mr Ahmed Malik, said living donors were the best hope for many patients. He said the waiting list for a kidney from a deceased donor was more than two years in the region.

Liam's father, Steve, and his girlfriend, Chloe, visited both patients on Tuesday. Chloe said he was already talking about going back to work. His mother said he would do no such thing until the doctors said so.

Mrs Price is expected to go home later this week. Her son will stay in hospital for at least another week while doctors monitor the new kidney.
""")

add("Alex and Jordan Stone Take Over Family Vineyard", """
For three generations the Stone vineyard on the southern slopes of the valley passed from father to son. This year it passed to a brother and sister, Mr Jordan Stone and Ms Alex Stone, who have taken joint charge of the business.

Ms Stone, 34, trained as a winemaker in Bordeaux and will run the cellar. Her brother, 37, who worked in banking for a decade, will look after the vines and the accounts. Their father, Richard Stone, retired in the spring after a heart operation.

"Dad always said the vineyard would go to whoever wanted it most. It turned out we both did," Ms Stone said. She said they had spent a long weekend with a lawyer working out who would do what.

Mr Stone said he had left banking without regret. "I spent ten years looking at spreadsheets of other people's businesses. Now the spreadsheet is mine and it has grapes in it," he said. He said his sister was the better taster and he would not argue with her about blends.

Their father said he was relieved to see the business stay in the family. He said he had been the first to plant pinot noir in the valley in the 1980s, when neighbours had told him it would never ripen. He still walks the rows most mornings.

Local wine merchant Teresa Holm said the siblings had already made an impression. She said Ms Stone's first vintage under her own name, a rosé, had sold out in her shop within a fortnight.

The pair plan to open a tasting room next year and to convert part of the vineyard to organic methods. Mr Stone said the bank had been more nervous about the plan than his father. "Dad just told us not to sell the tractor," he said.
""")

add("Retired Nurse Reads Letter Her Grandfather Wrote From the Front", """
A retired nurse read aloud a letter written by her grandfather from the trenches in 1917 at a remembrance service in the town square on Sunday.

Dorothy Kemp, 78, found the letter in a biscuit tin after her mother died. It was written by Private Albert Kemp to his wife, Florence, a few weeks before he was killed at Passchendaele.

In the letter, which Mrs Kemp read to a crowd of about five hundred, he tells his wife about a conversation with his sergeant. "Sergeant Hollis said to me, 'Albert, you write more letters than the rest of the company put together.' I told him, 'That is because I have more to say to my Flo than they have to say to anyone,'" she read, her voice breaking.

The service was organised by the local branch of the British Legion, whose chairman, Major Keith Bramwell, said the letter had moved many people to tears. He said Mrs Kemp had agreed to lend it to the town museum.

The museum's curator, Sarah Quinn, said such letters were becoming rarer as families cleared out old houses. She said she hoped Mrs Kemp's example would encourage others to check their attics. "Somebody once told me, 'Every house has a war in a drawer somewhere,'" Ms Quinn said.

Mrs Kemp said her grandmother had never remarried and had kept the letter until her own death in 1968. She said her mother used to tell her, "Your gran said she read it every night for fifty years."

The mayor, Councillor David Ashworth, laid a wreath on behalf of the town. He said the letter was a reminder that every name on the memorial had a family waiting at home.

Mrs Kemp said she would keep a copy for her own grandchildren.
""")

add("Husband and Wife Team Restore Historic Lighthouse", """
A husband and wife who bought a derelict lighthouse at auction five years ago have finished restoring it and will open it to visitors this summer.

Michael and Susan Farrow paid 95,000 pounds for the Carrick Point lighthouse, which had been empty since it was automated in 1988. The building had no roof on its keeper's cottage, and the lantern room was full of nesting gulls.

"Everyone told us we were mad. They were right, but we did it anyway," Mrs Farrow said. She is a retired architect and drew up the plans herself. Her husband, a former engineer, rebuilt the staircase and rewired the tower.

Mr Farrow said the hardest part had been carrying materials up the cliff path. "There is no road. Every bag of cement came up on my back or on a quad bike," he said. He said his wife had done the sums and he had done the lifting, which he thought was fair.

The couple received a grant of 40,000 pounds from a heritage trust, whose director, Gillian Rhodes, said the restoration was one of the most impressive she had seen. She said the Farrows had kept the original brass fittings and the keeper's logbooks.

One of those logbooks was written by the last keeper, Donald MacRae, whose daughter, Morag, visited the lighthouse last week. She said she had grown up there and remembered her father climbing the tower every night. "He would have loved to see it like this," she said.

The cottage will be let to holiday guests, and the tower will open to day visitors twice a week. Mrs Farrow said they planned to live in a small flat next to the tower. Her husband said he was looking forward to watching the sunset without a hammer in his hand.
""")

add("Drag Performer Leads Library Story Hour Despite Protest", """
A drag performer read stories to about sixty children at the Westfield public library on Saturday, despite a small protest outside the building.

The performer, who appears as Miss Penny Farthing and is known offstage as Theo Lang, is non-binary and uses they/them pronouns. They read three picture books and led the children in a song about a caterpillar. "Kids do not care about any of the noise outside. They care about whether the caterpillar turns into a butterfly," Lang said afterwards.

About fifteen protesters stood on the pavement with placards. Their organiser, Gerald Pike, said he objected to the event being funded by taxpayers. He said he had nothing against the performer personally. Police officers stood nearby, and the protest passed off peacefully.

Library director Margaret Yeung said the event had been booked within two hours of being announced. She said she respected the right to protest but would not cancel popular events. "Our job is to welcome people, and we will keep doing it," Ms Yeung said.

Parent Sophie Daniels, who brought her four-year-old daughter, said the girl had not noticed the protest. "She wanted to know if the sparkly shoes were comfortable," Ms Daniels said. Lang told her daughter that they were not, but that they were worth it.

City councillor Ben Okafor said he had attended to show support for the library. He said he had received emails from both sides and that most residents he had spoken to were relaxed about the event.

Lang, who has performed at libraries across the region for three years, said they would return to Westfield in the spring. They said they had been invited back by the children themselves, through a card covered in drawings of butterflies.
""")

add("Doctor Thanks Patient Who Saved Her Life Years Later", """
A doctor who treated a teenage boy after a car crash twenty years ago has been reunited with him, after he performed CPR on her when she collapsed at a railway station last month.

Dr Elizabeth Grant, 64, a retired emergency physician, suffered a cardiac arrest on the platform at Kingsbridge station. A passenger, Daniel Hughes, 35, a fire officer, started chest compressions and kept going until paramedics arrived.

It was only when he visited her in hospital that the two realised they had met before. Dr Grant had been the doctor on duty when Mr Hughes was brought in with serious injuries after a crash in 2004. "He told me his name and I said, 'I know that name.' Then he showed me the scar on his arm and I remembered," she said.

Mr Hughes said he had always wanted to thank the doctor who treated him but had never known her name. "My mum always said a lady doctor with red hair saved me. That was all I had," he said. He said he had not recognised her on the platform.

The paramedic who took over, Lisa Morgan, said his compressions had been textbook. She said Dr Grant would probably not have survived without them. Her colleague, Paul Bryant, said it was one of the most remarkable stories he had heard in twenty years of work.

Dr Grant has since had a device fitted to regulate her heart. She said she was feeling well and had returned to her garden. Her husband, Richard, said the family had invited Mr Hughes and his wife to dinner.

Mr Hughes said he had been trained in CPR as part of his job but had never expected to use it on a stranger. "Except she was not a stranger, as it turned out," he said.
""")

add("Brother and Sister Rowers Win Mixed Double Sculls", """
A brother and sister from a small rowing club in the Lake District won the mixed double sculls at the national championships on Sunday, beating crews from clubs many times their size.

Hannah Pearson, 23, and her brother Ben, 25, learned to row on Derwentwater with their grandfather, who coached at the local club for forty years. They finished more than two seconds ahead of the favourites from London.

"We argue about everything except rowing. In the boat we just agree," Hannah said. Her brother said that was not quite true. "She tells me what to do and I agree," he said.

The siblings only began racing together last year after Ben returned from university in the United States. Their coach, Andrea Collins, said their timing was unusually good. She said she had coached many crews but had rarely seen two athletes who moved so naturally together. "They have been in boats together since she was nine and he was eleven," Ms Collins said.

Their grandfather, Harold Pearson, 88, watched from the bank. He said he had given them their first oars, which were too big for both of them. He told reporters that he had been more nervous than at any race he had rowed himself.

The British Rowing performance director, Kate Winslow, said the pair had attracted the attention of national selectors. She said they would be invited to trials in the spring.

Ben works as a physics teacher and trains before school. Hannah is a trainee vet. She said she would need to ask her practice for time off if they were selected. "My boss already said yes, as long as I bring the medal in," she said. The club plans a party for the pair next weekend.
""")

add("Spokesperson Declines to Name Official Behind Leaked Memo", """
The health department on Thursday refused to identify the official who wrote a leaked memo suggesting that hospital waiting-list figures should be published less often.

A department spokesperson, speaking on condition of anonymity, said the memo had been written by a junior civil servant as part of a routine review and did not represent government policy. They said the official had been asked to list options and had done so. "They were doing their job, which is to think about everything, including the bad ideas," the spokesperson said.

The memo was published on Wednesday by the opposition health spokesman, Colin Rafferty. He said it showed that ministers were trying to hide bad news. "If the numbers were good, nobody would want to publish them less often," Mr Rafferty said.

Health secretary Joanna Blake said she had never seen the memo and had no intention of changing the publication schedule. She said she had asked officials to find out how it had been leaked. "I want every figure published on time, good or bad," Ms Blake said.

The head of the patients' association, Margaret Olsen, said she was not reassured. She said waiting lists had grown for three years and that patients deserved full information. "We want more data, not less," she said.

The civil service union said it was concerned that the official had been exposed to criticism for doing what they were asked. Its general secretary, Mark Devlin, said he would raise the matter with the department.

NHS statistician Dr Priya Sharma said monthly publication was important because it allowed problems to be spotted early. She said she hoped the department would confirm the schedule in writing.

The department said its next waiting-list figures would be published as planned next Thursday.
""")

add("Teacher and Pupil Reunite Forty Years After Spelling Bee", """
A retired teacher and her former pupil have been reunited on the stage of the same school hall where he won a national spelling bee forty years ago.

Mrs Joan Whitaker, 83, coached eleven-year-old Peter Addo for months before the 1985 competition, which he won by spelling "rhythm" in the final round. He went on to become a professor of linguistics at Edinburgh.

Professor Addo returned to Greenlane Primary on Friday to open a new library named after his former teacher. He told pupils that she had changed his life. "She said to me, 'Peter, words are free. Take as many as you want.' I have been taking them ever since," he said.

Mrs Whitaker said she remembered him as a quiet boy who read under his desk. She said she had caught him reading a dictionary during a maths lesson and decided to enter him for the competition rather than punish him. "It seemed a waste to tell him off," she said.

The school's head teacher, Anjali Rao, said the library had been funded partly by a donation from Professor Addo. She said it would hold more than three thousand books and would be open to families after school.

Year six pupil Mia Collins, 11, asked the professor to spell a word of her choosing. He spelled "onomatopoeia" without hesitation and then asked her to spell "rhythm". She got it right, and he gave her a signed dictionary.

Professor Addo's wife, Helen, and their son, Samuel, attended the ceremony. Samuel said his father had told the spelling bee story at every family dinner he could remember.

Mrs Whitaker cut the ribbon with scissors borrowed from the reception class. She said she had not stood in front of a school assembly since 1996 and had been just as nervous.
""")
