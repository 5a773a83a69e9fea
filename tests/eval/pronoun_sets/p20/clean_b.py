ARTICLES = [
dict(title="Fire chief Sam Tuiasosopo praised after Porirua warehouse blaze", text="""Porirua's senior station officer, Sam Tuiasosopo, has been praised by residents and the city's mayor after his crews stopped a warehouse fire from spreading to a neighbouring rest home early on Saturday.

The fire broke out shortly after 2am in a timber storage warehouse on Kenepuru Drive. Within twenty minutes flames were more than twenty metres high, and embers were landing on the roof of the Kenepuru Rest Home, where 42 elderly residents were asleep.

Tuiasosopo, 49, who was in charge at the scene, said his first decision was to put two crews between the warehouse and the rest home. "The building was already gone," he said. "The people next door were what mattered."

Rest home manager Priya Raman said she had been woken by a phone call from the fire service. She said staff had begun moving residents to the far side of the building before firefighters asked them to stay inside. "Sam told us they would hold the line," she said. "He was calm the whole time. It made all of us calm."

Resident Margaret Hislop, 91, said she had slept through most of it. "I woke up and there was a very polite young fireman in the corridor," she said. "He asked if I wanted a cup of tea."

Mayor Anita Baker said she had visited the scene at dawn. She said Tuiasosopo and his crews had prevented a tragedy. "I have asked that his team be recognised formally," she said.

Fire and Emergency's regional manager, Bruce Stubbs, said eight appliances and about forty firefighters attended. He said the cause of the fire was being investigated but was not thought to be suspicious.

The warehouse's owner, Dennis Chong, said he had lost stock worth about $2 million. He thanked the firefighters and said he was relieved nobody had been hurt.

Tuiasosopo has been a firefighter for twenty-six years. His wife, Losa Tuiasosopo, said he had come home at ten in the morning, eaten breakfast and gone straight to sleep. "He didn't say much," she said. "He never does."

Their daughter, Samantha Tuiasosopo, is a volunteer firefighter in Plimmerton. She said her father had texted her at 4am to say the fire was under control. "He texts me from every big job," she said. "I think he's checking I'm awake.\"""" ),

dict(title="Jockey Jordan Pretorius rides into history at Kenilworth", text="""Jordan Pretorius became the first woman to win the Sun Met at Kenilworth on Saturday, steering the 20-1 outsider Table Cloth to a narrow victory in South Africa's richest horse race.

Pretorius, 27, timed her run perfectly, coming from the back of the field in the final 400 metres to beat the favourite, Storm Warning, by a short head. She stood in the stirrups after the finish line and punched the air.

"I still can't believe it," she said in the winner's enclosure. "I just kept telling her to keep going, and she kept going."

Table Cloth, a five-year-old mare, is trained by Vaughan Marshall-Khan at Milnerton. He said he had booked Pretorius because she had ridden the mare in all of her trackwork. "They know each other," he said. "Jordan knows exactly when to ask her."

The runner-up's jockey, Richard Fourie-Moodley, congratulated Pretorius as they walked back. He said she had ridden a perfect race. "I thought I had it," he said. "Then I heard her coming on the outside."

Pretorius grew up on a stud farm near Robertson, where her father, Koos Pretorius, bred racehorses. He said his daughter had been riding before she could walk properly. "She fell off more times than anyone," he said. "She always got back on."

Her mother, Elmarie Pretorius, said she could not watch the finish. "I had my hands over my eyes," she said. "My husband told me what happened."

The owner of Table Cloth, businesswoman Nomvula Hadebe, said she had bought the mare as a yearling for a modest price. She said she had always believed in her. Hadebe said she would share part of the R2.5 million prize with the stable staff.

Racing commentator Graham Hudson said Pretorius's ride would be remembered for decades. He said women had ridden in the Met before but none had won it. "She's been knocking on the door for three years," he said. "Today she kicked it down."

Pretorius said she would celebrate quietly with her family. Asked what she would do with her share of the prize, she laughed. "Buy my brother a new car," she said. "He drove me to every race meeting for ten years. He deserves it.\"""" ),

dict(title="Obituary: Hemi Parata, the Gisborne shearer who became a union leader", text="""Hemi Parata, who went from the woolsheds of the East Coast to lead one of New Zealand's largest trade unions, has died in Gisborne aged 82.

Born in Tolaga Bay in 1942, he left school at fourteen to join a shearing gang. By twenty he was shearing more than 300 sheep a day. He said later that it was the shearing sheds that taught him politics. "You learn very fast who gets paid and who doesn't," he said in a 1990 interview.

He joined the Shearers' Union in 1963 and became its national secretary in 1975. In 1986 he was elected president of the combined rural workers' union, a post he held for fourteen years.

His wife of fifty-eight years, Maata Parata, said he had never been comfortable in Wellington. "He wore a suit to meetings with ministers and took it off as soon as he got in the car," she said. "He used to say a suit was the uniform of the other side."

Former Prime Minister Helen Clark-Whitmore, who negotiated with him on several occasions, described him as a tough but honest opponent. She said he always kept his word. "If Hemi said he would deliver his members, he delivered them," she said.

Former union colleague Rose Te Kani, who succeeded him as president, said he had mentored a generation of organisers, many of them women. "He told me I'd be running the union one day," she said. "I thought he was joking. He wasn't."

Parata was a keen rugby player and represented Poverty Bay as a loose forward in the 1960s. His teammate Tom Kahu said he played the way he negotiated. "He never stopped," Kahu said. "Even when we were losing by forty points."

After retiring in 2000, he returned to Tolaga Bay and served on the local marae committee. His daughter, Aroha Parata-Smith, said he spent his last years teaching his grandchildren to fish from the wharf. She said he never talked much about his union career. "He used to say the past was for other people to write about," she said.

He is survived by Maata, three daughters, a son, Wiremu, fourteen grandchildren and six great-grandchildren. His funeral will be held at Hauiti Marae on Thursday.""" ),

dict(title="Detective's patience pays off as burglary suspect caught on doorbell camera", text="""A Claremont detective who spent four months reviewing doorbell footage from more than 200 homes has arrested a man believed to be behind a string of burglaries in Cape Town's southern suburbs.

Detective Warrant Officer Zodwa Mthembu said the 31-year-old suspect was arrested at a house in Wynberg on Tuesday. She said police recovered laptops, jewellery and a collection of watches believed to have been stolen from homes in Newlands, Rondebosch and Kenilworth.

"I watched a lot of people walking their dogs," Mthembu said. "Eventually I saw the same man walking past six different houses without a dog."

The burglaries began in March. Residents said the burglar seemed to know when they were away. One victim, retired teacher Margaret Fowler, 76, said her house was broken into while she was at her granddaughter's wedding. "He took my late husband's watch," she said. "I don't care about the rest. I just want that back."

Mthembu said detectives believed the suspect had been studying social media posts to find out when residents were on holiday. She urged people not to post travel photographs until they returned home.

The suspect appeared in the Wynberg Magistrate's Court on Thursday on eleven counts of housebreaking. His lawyer, Advocate Riaan Petersen, said his client denied the charges and would apply for bail. Petersen said the footage showed only a man walking on a public road. "Walking is not a crime," he said.

Prosecutor Lindiwe Ngubane told the court the state would oppose bail. She said items found at the suspect's home had been identified by victims.

Neighbourhood watch chairman Brian Hendricks said residents had been frightened for months. He said he had personally delivered a hard drive of footage to the detective. "She called me at midnight once to ask about a car," he said. "That's commitment."

Station commander Colonel Andre Meyer said Mthembu's work had been outstanding. He said she had done much of the review in her own time. "She doesn't give up," he said.

Mrs Fowler said police had told her a watch matching her description had been recovered. She said she would identify it next week. "If it's his, I'll cry," she said, meaning her husband.

The case was postponed to 24 October.""" ),

dict(title="Telecom chief and chairman at odds over fibre sale", text="""The chief executive and chairman of Kiwi Connect, New Zealand's third-largest telecommunications company, publicly disagreed on Thursday over a proposal to sell the company's fibre network to an Australian infrastructure fund.

Chief executive Rebecca Tan told the company's annual meeting in Auckland that selling the network for $1.1 billion would allow Kiwi Connect to pay off its debt and invest in mobile services. "We are a retailer with a very expensive hobby," she said. "It is time to let someone else own the pipes."

Chairman Stuart Blackwell, who spoke after her, said the board had not yet made a decision. He said several directors believed the company would lose control of its future if it sold the network. "Owning the network is what makes us different," he said. "I'm not convinced we should give that away."

Tan later told reporters that she and Blackwell had a good relationship. She said disagreements were normal in a healthy board. "Stuart and I argue about most things," she said. "He's usually wrong, but he argues well."

Blackwell laughed when told of her comment. He said the chief executive was the best he had worked with and that she had every right to make her case. "She's paid to have a view," he said. "I'm paid to ask whether it's the right one."

Shareholders appeared divided. Retired accountant Jennifer Rowe, who owns 20,000 shares, said she wanted the debt paid down. "I'd like a dividend before I die," she said. Another shareholder, Michael Chen, said he would vote against any sale. He said the network would only become more valuable.

Analyst Greg Morrison of Forsyth Barr said the disagreement was unusual. He said it was rare for a chief executive and chair to disagree so openly at an annual meeting. "It tells you the decision is genuinely finely balanced," he said.

The Australian fund, Southern Cross Infrastructure, is led by Sarah Goodwin, who flew in for the meeting. She declined to comment on the bid.

Tan said the board would decide by the end of the year. She said she expected shareholders to be given a vote. Blackwell agreed with that, at least.""" ),

dict(title="Speaker ejects MP after clash over water crisis", text="""Speaker Adrienne Lacey ordered an opposition MP to leave the debating chamber on Tuesday after he refused to withdraw a remark accusing the local government minister of lying about the state of Wellington's water pipes.

Michael Brandt, the opposition's local government spokesman, said during question time that the minister, Grace Paterson, had "deliberately misled this House" when she said last month that repairs were ahead of schedule. The Speaker told him that such an accusation was out of order and asked him to withdraw it.

Brandt refused. "I will not withdraw something that is true," he said. The Speaker then asked him to leave. He gathered his papers and walked out to applause from his own benches.

Lacey later said she had no choice. "Members may disagree with a minister as strongly as they like," she said. "They may not call her a liar in this House. That rule is older than any of us."

Paterson said outside the chamber that she had given Parliament accurate figures. She said the number of leaks fixed had risen by thirty percent since January. "The member can say what he likes in the corridor," she said. "The facts are the facts."

Brandt, speaking on the steps of Parliament, said he stood by every word. He said residents of Kelburn and Aro Valley were still living with leaks that had been reported two years ago. "The minister knows that and she said something else," he said.

Kelburn resident Olivia Grant, who was in the public gallery, said she had watched water run down her street for eighteen months. She said she was not interested in who was ejected. "I just want someone to fix the pipe," she said.

Wellington Water's chief executive, Tonia Haskell-Reid, said the company had repaired more than 3,000 leaks since the start of the year but had a backlog of about 1,800. She said the network was old and underfunded.

Political commentator Bryce Edmunds said ejections had become more common. He said Brandt had likely calculated that being thrown out would get him more attention than his question. "He got his headline," Edmunds said. "She got hers too."

Brandt is expected to return to the House on Wednesday.""" ),

dict(title="Review: A Doll's House finds new menace in Cape Town revival", text="""Henrik Ibsen's A Doll's House is almost 150 years old, but in Yasmin Salie's new production at the Baxter Theatre, it feels as though it might have been written last week.

Salie has moved the action from Norway to a Constantia mansion in the present day. Nora is now the wife of a young advocate, Torvald, who has just been made a senior partner. The Christmas tree is artificial and the macaroons are from Woolworths, but the trap is exactly the same.

Kay Smith is remarkable as Nora. The actress plays her first act as a kind of brittle comedy, all giggles and shopping bags, and it is only slowly that we notice how carefully she watches her husband's face. When the truth finally comes out, Smith does not shout. She simply stops smiling, and it is terrifying.

Opposite her, the actor Deon Lotz-Meyer gives Torvald a charm that makes him all the more frightening. He is never a cartoon villain. He loves his wife, in his way, and he genuinely cannot understand why she might want anything else. In the final scene, when he begs her to stay, Lotz-Meyer lets his voice crack just once. It is the best moment in the show.

Thami Mbongo is excellent as the desperate clerk Krogstad, and Jenna Dunster finds real warmth in Kristine, Nora's old friend. Dunster and Mbongo share a quiet scene in the second act that almost steals the evening. She asks him whether he ever thinks of her. He says he has thought of nothing else.

Salie's direction is crisp. The set by designer Pierre Malherbe is a glass box in which every room can be seen from every other room, so that the characters are always being watched. His lighting turns cold in the final act.

Not everything works. The decision to have Nora's children appear only on a television screen is clever but distracting, and some of the modern dialogue sits awkwardly beside Ibsen's. But these are small complaints.

At the curtain call on opening night, Smith took her bow and then turned and pointed to the director in the wings. The audience rose. Salie, who rarely takes a bow herself, came out briefly, waved and disappeared again.

A Doll's House runs at the Baxter until 14 September.""" ),

dict(title="Interview: Chef Moana Fale on why he closed his restaurant at its peak", text="""Moana Fale's restaurant, Tapa, was named the best in Wellington three years running. Then, in January, he shut it. He is opening a small lunch bar in Newtown next month. We asked him why.

You were fully booked for months ahead. Why close?

Because I never saw my kids. My son, Lio, is eight. He asked my wife, Sina, whether I had moved to a different house. That was the end for me.

Was it a hard decision?

The hardest of my life. I'd wanted a restaurant like Tapa since I was fifteen, washing dishes for my aunty in Ōtara. She had a takeaway. She used to say I'd either be a chef or a criminal. I think she was surprised when it was the first one.

How did your staff take it?

Some of them cried. My head chef, Hannah Whitley, had been with me for six years. She was angry at first. She said I was throwing away everything we built. Now she has her own place in Martinborough, and she tells me it was the best thing that ever happened to her. She's probably right.

And your diners?

Some were very upset. A man wrote to me saying he had proposed to his wife at Tapa and now he had nowhere to take her for their anniversary. I wrote back and said he could bring her to the lunch bar. He hasn't replied.

What will the new place serve?

Simple food. Raw fish, taro, chop suey, pani popo. The things my grandmother made. My sister, Leota, is going to run the front. She's much better with people than I am.

Do you worry that people will think you've failed?

Not really. A food writer, Charlotte Penn, wrote that I had "lost my nerve". I understand why she thought that. But I didn't lose my nerve. I found my family.

What does Sina think?

She thinks I'll last about a year before I want to open something bigger. She knows me very well. But I've promised her I'll be home by five every night. She's holding me to it.

And Lio?

He wants a job at the lunch bar. I told him he can start washing dishes, like I did. He said no thanks.""" ),

dict(title="Court hears father cut daughter from will after family rift", text="""A Paarl woman who was left out of her late father's will has asked the Western Cape High Court to set it aside, arguing that he was not of sound mind when he signed it.

Elna Rossouw, 52, is challenging the will of her father, Johannes Rossouw, a wine farmer who died in 2022 aged 88. The will, signed eight months before his death, left the family farm and almost all of his estate, worth about R40 million, to his son, Hennie Rossouw.

Ms Rossouw told the court on Monday that she had cared for her father for three years after her mother's death and had driven him to every medical appointment. "I did his shopping and I did his pills," she said. "Then one day he stopped speaking to me."

She said the rift began after an argument about the sale of a small piece of land. She said her father had become confused and suspicious in his last years, and that her brother had taken advantage of that.

Her advocate, Carla Bezuidenhout, called the family's doctor, Dr Gerrit Malan, who said he had diagnosed early dementia in the old man a year before the will was signed. Dr Malan said Mr Rossouw often forgot recent conversations but could still hold a sensible discussion about the farm.

Hennie Rossouw, 55, sat with his wife, Marinda, on the other side of the court. His advocate, Jacques Pienaar, told the court that his client had worked on the farm his whole life and that their father had always intended him to inherit it. Pienaar said the old man's lawyer, attorney Susan Kriel, would testify that he was clear and firm when he signed the will.

Under cross-examination, Ms Rossouw agreed that her brother had run the farm for twenty years. But she said that did not entitle him to everything. "He got the farm," she said. "I got nothing, not even my mother's piano."

Outside court, Mr Rossouw said he was saddened that his sister had brought the case. He said he had offered her money before it went to court. She said the offer had been far too small.

Judge Patricia Goliath-Davids said the trial would continue on Wednesday with the evidence of Ms Kriel.""" ),

dict(title="Tenancy tribunal orders landlord to repay tenant's bond", text="""The Tenancy Tribunal has ordered an Upper Hutt landlord to repay her former tenant's $2,400 bond and pay a further $1,500 in damages after she entered his flat without notice on at least four occasions.

Adjudicator Michael Frater found that the landlord, Carol Whitmore, had breached the Residential Tenancies Act by letting herself into the flat on Main Street while the tenant, student nurse Daniel Ofa, was at work. Ms Whitmore claimed she had been checking for a water leak.

Mr Ofa told the tribunal that he had come home on several occasions to find his belongings moved. "Once my laundry had been folded," he said. "I didn't fold it." He said he had installed a small camera in the hallway, which recorded her entering the flat on a Tuesday afternoon in May.

Ms Whitmore said she had texted him each time before entering. The adjudicator said the texts, which she produced, were sent minutes before she arrived and did not amount to the 24 hours' notice the law required. "A text sent from the doorstep is not notice," he wrote.

Ms Whitmore also sought $900 from the bond for cleaning. Frater said photographs taken by Mr Ofa when he moved out showed the flat was clean. He said the landlord's own photographs, taken a week later, appeared to show a different room.

The tenant was supported at the hearing by his mother, Mele Ofa, who drove down from Hamilton. She said her son had been anxious for months. "He works nights at the hospital," she said. "He needs to sleep without wondering who's in his house."

Tenants' advocate Rachel Sim of the Renters United group said the case was a good example of the tribunal protecting tenants. She said many renters did not know they could take a landlord to the tribunal for entering without notice.

Ms Whitmore's husband, Ross Whitmore, who co-owns the flat, said the couple were disappointed and were considering an appeal to the District Court. He said his wife had only been trying to look after the property. "She's not a snoop," he said. "She's a worrier."

Mr Ofa has since moved into a flat in Lower Hutt. He said his new landlord had so far been "very boring, in a good way".""" ),

dict(title="Hospital doctors say Naidoo and Abrahams saved emergency department", text="""When the emergency department at Mitchells Plain District Hospital was close to collapse in 2021, two doctors volunteered to run it. Three years later, waiting times have halved, and staff say the pair deserve the credit.

Dr Prakash Naidoo, 51, and Dr Fatima Abrahams, 44, were appointed joint clinical heads of the department after the previous head resigned. Naidoo had been working in the surgical wards. Abrahams was a family physician at a nearby clinic.

Naidoo said neither of them had wanted the job. "Nobody wanted it," he said. "That's why they gave it to two people."

Abrahams said they had divided the work from the first day. She took charge of triage and nursing rosters, and he took over the resuscitation bay and the relationship with ambulance services. "We met every morning at six for coffee," she said. "We still do. It's the only way we know what the other one is doing."

The changes they introduced included a fast-track area for minor injuries and a rule that no patient could wait on a stretcher in the corridor for more than four hours. Naidoo said the second rule had caused arguments with other departments. Abrahams said she had won most of them.

Nursing manager Sister Gloria Jacobs said the department had been unrecognisable. She said staff had been leaving every month before the two doctors arrived. "Now people ask to transfer here," she said. "That never used to happen."

Junior doctor Sibusiso Ndlovu, who started at the hospital last year, said the two heads worked very differently. "Dr Naidoo is very calm," he said. "Dr Abrahams is very fast. Between them you always know what to do."

The provincial health department's chief director for the metro, Dr Keith Cloete-Arendse, said he hoped the model could be copied at other hospitals. He said the department was studying their approach.

Naidoo said the real credit belonged to the nurses. Abrahams agreed, but said the hospital still needed more beds. She said patients were waiting too long to be admitted to wards. "We have fixed our front door," she said. "The rest of the house still needs work."

Naidoo laughed when asked if they would stay. "Ask Fatima," he said. "She makes all the big decisions.\"""" ),

dict(title="Complainant tells court she feared for her life in Newtown assault trial", text="""A woman who says she was assaulted by her former partner at a Newtown flat told a jury in the Wellington District Court on Tuesday that she believed she was going to die.

The complainant, whose name is suppressed, gave evidence from behind a screen. She said the accused, a 38-year-old builder, had pinned her against a wall and put his hands around her neck during an argument in July last year.

"I couldn't breathe," she said. "I remember thinking about my daughter."

The accused, who also has name suppression, has pleaded not guilty to strangulation and assault with intent to injure. His lawyer, Hamish Grove, suggested to the complainant that she had been the one who started the fight. The complainant denied that. "I was trying to leave," she said.

Crown prosecutor Ngaio Ruwhiu told the jury in her opening address that the complainant's neighbour had heard screaming and called police. The neighbour, Catherine Mulligan, gave evidence that she had heard a woman shout "Let me go" several times. She said she knocked on the door but nobody answered. "I heard a man say 'Go away'," she said.

Constable Jared Wiremu, who arrived at the flat about ten minutes later, said the complainant had red marks on her neck and was crying. He said the accused was calm and told him the couple had only been arguing. The constable said he had photographed the marks before the ambulance arrived.

Under cross-examination, Grove put it to the constable that the marks could have been caused by the complainant scratching herself. Wiremu said he had seen many injuries of that kind and did not believe that was the case.

A doctor who examined the complainant at Wellington Hospital, Dr Sunita Rao, is expected to give evidence on Wednesday. Ruwhiu told the jury that Dr Rao had found bruising consistent with strangulation.

Judge Andrea Sloane reminded the jury that the accused did not have to prove anything. She said it was for the Crown to prove its case beyond reasonable doubt. She also told jurors not to read anything into the fact that the complainant had given evidence behind a screen.

The trial, set down for four days, continues.""" ),

dict(title="Skipper and navigator guide yacht home first in Cook Strait race", text="""The 40-foot yacht Kōtuku crossed the finish line off Point Jerningham first on Saturday evening to win line honours in the annual Cook Strait Classic, beating a fleet of 34 boats in winds that gusted to 45 knots.

Kōtuku is skippered by Annie Carrick, 39, a Wellington physiotherapist who has sailed the race nine times but never won it. Her navigator, Paul Te Whata, 61, has sailed it more than twenty times.

"She's a heavy old boat and she loves a blow," Carrick said of the yacht as the crew tied up at Chaffers Marina. "When the wind came up off Cape Palliser, I knew she'd come into her own."

Te Whata said the key decision had been to stay close to the North Island coast on the return leg rather than follow the fleet into the middle of the strait. "Annie asked me if I was sure," he said. "I said no, but I'd bet my lunch on it." He said the tide had turned in their favour about an hour later.

Carrick said she trusted him completely. "Paul has forgotten more about Cook Strait than most of us will ever know," she said. "When he says go left, we go left."

The yacht, built in Auckland in 1984, is owned by Carrick's father, Bill Carrick, who raced her for twenty years before handing her on to his daughter. He watched the finish from the breakwater. "I never won it with her," he said. "My daughter is a better sailor than I ever was, and I've told her so."

The second boat home, the modern carbon-fibre racer Zephyr, was skippered by Auckland businessman Craig Lomas. He said he had chosen the wrong side of the strait. "We went out looking for wind and found a hole," he said. "Full credit to Annie and her crew."

Race officer Judy Pemberton said three boats had retired with gear damage, and one crewman had been taken to hospital with a suspected broken wrist. She said the weather had been at the top of the range for the race.

Crew member Tom Harlow, 22, said it had been his first crossing. He said he had been seasick for most of it. "Annie kept handing me ginger biscuits," he said.

The handicap winner will be announced on Sunday.""" ),
]
