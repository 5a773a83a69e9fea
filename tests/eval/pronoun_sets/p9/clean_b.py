ARTICLES = [
dict(title="Brother and sister both named in Proteas squads for first time", text="""
JOHANNESBURG — When Cricket South Africa announced its squads for the upcoming home summer on Tuesday, the Hendricks household in Bellville had two reasons to celebrate.

Fast bowler Ethan Hendricks, 23, was named in the Test squad to face Pakistan, while his sister, Jodi Hendricks, 26, was recalled to the women's one-day side for the series against England after an absence of almost two years.

"My phone went off and I thought it was a mistake, because it was Ethan's name first and then mine," Jodi Hendricks said. "Then we both just started shouting. My mother thought someone had been hurt."

Her brother said she had been his first coach. "Jodi used to bowl at me in the driveway with a tennis ball taped on one side. She never let me win, not once," Ethan Hendricks said. "If I can bat against her, I can bat against anyone."

Ethan has taken 41 wickets at an average of 21 in domestic first-class cricket this season, bowling consistently above 140km/h for the Western Province side. Selection convenor Anil Moodley said he had forced his way into contention. "He has pace, he has control, and he has shown he can bowl long spells in the heat," Moodley said.

Jodi, a top-order batter, was dropped after a poor tour of Australia but scored three centuries in the women's domestic competition last season. Women's head coach Rebecca Steyn said her recall was deserved. "She went away, worked on her technique against the short ball and came back a better player. That is exactly what we ask of people," Steyn said.

The siblings' father, Gerald Hendricks, played club cricket in the Cape for two decades and still coaches under-13s at their old club. Their mother, Bernadette, a schoolteacher, said she had spent most of her weekends for twenty years on a plastic chair next to a cricket field.

"Now I'll be watching on television and shouting at both of them," she said.

The Test series starts in Centurion on 26 December. The women's series against England begins in Durban in February.
"""),

dict(title="Two Dr. Mackenzies, one discovery: unrelated researchers share credit for Arctic find", text="""
HALIFAX — For years, Dr. Fiona Mackenzie and Dr. Ian Mackenzie have been getting each other's e-mail. On Monday, they also shared the credit for a discovery that could change how scientists track the health of the Arctic Ocean.

The two researchers, who are not related, work on different floors of the same oceanography building at Dalhousie University. She is a microbiologist who studies bacteria in sea ice; he is a chemist who builds sensors. A misdirected message in 2021 led them to compare notes, and eventually to a joint study published this week.

The team found that certain bacteria living in the underside of sea ice release a distinctive chemical signal when the ice begins to thin. Ian Mackenzie's sensors, deployed on moorings in the Beaufort Sea, picked up the signal weeks before satellites detected any change in the ice.

"It's like the ice is telling us it's stressed before we can see it," Fiona Mackenzie said. "Ian built the stethoscope. I just knew where to listen."

Ian Mackenzie said the collaboration would never have happened without the name confusion. "I got an e-mail about her ice cores and almost deleted it. Then I read it and thought, wait, I think I can measure that," he said.

Inuit research partner Elisapee Nungak of Tuktoyaktuk, who helped deploy the moorings from the community's boats, said hunters had long noticed changes in the ice before scientists did. "It is good to see science catch up with what our elders say," she said. Several co-authors are from the community.

Dalhousie's dean of science, Dr. Robert Hanley, said the study was an example of the "accidental collisions" that make research universities valuable. He said the university had since updated its directory to show each researcher's department more clearly.

The two Mackenzies now plan to extend the monitoring to Hudson Bay with funding from a federal program. They have also agreed on a system for the mail.

"Anything about bacteria goes to her," Ian Mackenzie said. "Anything about batteries comes to me. Anything about parking tickets, we split."
"""),

dict(title="Councillor Khumalo quits ANC caucus over coalition deal", text="""
DURBAN — A veteran eThekwini councillor has resigned from the ANC caucus in protest against the party's new coalition agreement in the metro, saying the deal "rewards the people who collapsed our services".

Ms Thandiwe Khumalo, who has represented a ward in Inanda for 15 years, announced her decision at a packed community meeting on Sunday. Khumalo said she would remain a party member for now but would sit as an independent voice in council debates.

"I was elected by the people of this ward, not by a boardroom in Johannesburg," Khumalo told the meeting. "When water does not come out of the taps for three weeks, the people do not ask which party I belong to. They ask what I am doing."

The coalition, finalised last week after months of negotiations, gives a smaller partner two seats on the executive committee. Khumalo objected in particular to the appointment of a councillor who had been implicated in a forensic report on irregular tenders.

ANC regional chairperson Mlungisi Dube said he regretted the decision but respected her right to make it. "Comrade Thandiwe has served the movement with distinction. We will engage her," he said. He denied that anyone implicated in wrongdoing had been rewarded and said the report's findings were still being tested.

The mayor's spokesperson, Nonhlanhla Zungu, said the executive would continue to work with all councillors. "The mayor's door is open to her, as it is to every councillor," she said.

Residents at the meeting appeared to back Khumalo. Street committee member Sibongile Mthethwa said she had known the councillor for twenty years. "When my house flooded in 2022, she was there at 5am with blankets. Where were the others?" she said.

Political analyst Zakhele Ndlovu said Khumalo's move was unlikely to change the balance of power in council immediately, but warned that similar frustrations existed in other wards. "The parties are making deals at the top, and councillors on the ground are the ones who have to face the residents," he said.

Khumalo said she would announce her plans for the 2026 local government elections later in the year.
"""),

dict(title="Q&A: Fiddler Callum Doucet on his first album in a decade", text="""
SYDNEY, N.S. — Cape Breton fiddler Callum Doucet hasn't released an album since 2014. His new record, Tidewater, is out Friday. He spoke to us from his kitchen in Mabou, where much of it was recorded.

Q: Ten years is a long gap. What happened?

A: Life. My father got sick, and I moved back home to look after him. He passed in 2020. Then my wife and I had our daughter. I kept playing at dances and ceilidhs, but I wasn't thinking about records.

Q: What changed?

A: My wife, Marie-Claire, did, honestly. She's a piano player, and one night after the kids were asleep she sat down and started playing an old strathspey my father used to play. I picked up the fiddle, and we played until two in the morning. She said, we should be writing this down.

Q: Your father was a well-known fiddler himself. How much of him is on this album?

A: A lot. Three of the tunes are his, and two I wrote for him. There's one called The Long Road to Inverness that he started and never finished. I finished it. I hope he'd like the ending.

Q: You recorded most of it in this kitchen?

A: Yes. Our producer, Janice MacNeil, brought her gear up from Halifax and set it up right here. She said the wood in this room sounds better than any studio she's worked in. The dog is on two tracks, barking, if you listen closely.

Q: Who else plays on it?

A: Marie-Claire on piano, my cousin Angus on guitar, and a young step dancer from Inverness, Sadie Campbell, who dances on the last track. She's 14 and she's going to be better than all of us.

Q: Will you tour?

A: A bit. The Maritimes in the summer, maybe Ontario in the fall. My daughter is three, so I'm not going anywhere for very long. She's already picking at the fiddle. My mother says that's how it starts.
"""),

dict(title="High Court grants mother right to relocate with children to Gqeberha", text="""
CAPE TOWN — The Western Cape High Court has ruled that a mother may relocate with her two young children from Cape Town to Gqeberha, rejecting their father's argument that the move would destroy his relationship with them.

The parents, who cannot be named to protect the identities of the children, divorced in 2022. The children, a boy aged seven and a girl aged five, have lived primarily with their mother since then and spent alternate weekends and part of the school holidays with their father.

The mother applied for permission to relocate after she was offered a senior post at a hospital in Gqeberha, where her parents also live. She told the court that her salary would almost double and that her parents could help with childcare while she worked night shifts.

The father, an engineer, opposed the application. His counsel, advocate Leanne Visser, argued that the children were settled in their schools and that the distance would reduce his contact with them to a few weekends a year. "My client is not an absent father. He is at every school concert and every sports day," Visser said during the hearing.

Judge Anthony Moosa said the court's task was to determine what was in the best interests of the children, not to reward or punish either parent. He found that the mother's reasons for moving were genuine and that the move was likely to give the children a more stable home life.

The judge accepted a report from family advocate Nomsa Radebe, who had interviewed both children. She recommended the relocation on condition that the father have generous contact, including half of every school holiday and video calls three times a week.

Moosa ordered the mother to pay half of the father's travel costs for the first two years. "The court is mindful that this outcome will be painful for the father, who clearly loves his children," he wrote.

The mother's attorney, Yusuf Hendricks, said his client was relieved and intended to make the arrangement work. "She has always wanted the children to have both parents in their lives," he said.

Visser said her client was studying the judgment.
"""),

dict(title="Seventy years on, Saskatoon couple still dance every Saturday", text="""
SASKATOON — Walter and Eileen Kowalchuk met at a dance hall in Prud'homme, Sask., in the summer of 1953. He asked her to dance three times before she said yes. On Saturday, they celebrated their 70th wedding anniversary by dancing again, this time in the common room of their seniors' residence, surrounded by four generations of family.

"He couldn't dance then and he can't dance now," Eileen Kowalchuk, 91, said with a grin. "But he never gives up. That's why I married him."

Walter, 94, who farmed wheat and barley near Vonda for more than fifty years, said the secret to a long marriage was simple. "You agree with her," he said. "And when she's wrong, you agree with her quietly."

The couple married at a Ukrainian Catholic church in Prud'homme in 1954 and raised five children on the farm. Their eldest daughter, Marion Fehr, 68, said her parents had always worked as a team. "Dad did the fields. Mom did everything else, including the books. Nobody bought a tractor without her say-so," she said.

Their son, Dennis Kowalchuk, who took over the farm in 1995, said his father still asks about crop prices every time he visits. "He wants to know what canola's doing before he asks how I am," Dennis said.

Residence recreation co-ordinator Shauna Benoit said the couple have attended the Saturday afternoon dances every week since moving in three years ago. "They're always the first ones on the floor. The other residents call them the king and queen," she said.

The family received congratulatory letters from the prime minister, the premier and the Governor General. Their great-grandson, Tyler, 6, presented them with a drawing of the farm, complete with a red barn and what he said was his great-grandfather's old grain truck.

Asked what she would like for the next anniversary, Eileen thought for a moment. "A husband who can waltz," she said. Walter shook his head. "She's been saying that for seventy years," he said. "I think she's used to me by now."
"""),

dict(title="Umvoti Energy names first woman CEO as profits slide", text="""
JOHANNESBURG — Umvoti Energy has appointed its chief operating officer, Palesa Ramokgopa, as chief executive, making her the first woman to lead the fuels and chemicals group in its 60-year history.

Ramokgopa, 48, a chemical engineer who joined the company as a graduate trainee in 1999, will take over on 1 July from Hendrik Vosloo, who is retiring after eight years in the role. The announcement came as the group reported a 34% fall in annual earnings, hit by weak chemical prices and a costly shutdown at its main refinery.

Chairman Simon Maharaj said the board had considered external candidates but concluded that Ramokgopa was best placed to lead the company through a difficult period. "Palesa knows every pipe in that refinery. She has the respect of the engineers and of the unions, and she has never been afraid to give the board bad news," he said.

Ramokgopa said her priorities would be to restore the refinery's reliability and to accelerate the company's plans to cut carbon emissions. "We cannot pretend the world is not changing. Our customers are asking what we are doing, and our lenders are asking even harder questions," she said.

Vosloo, who steered the company through the pandemic and a failed takeover approach, said he was leaving it in good hands. "I have worked with Palesa for more than twenty years. I am very confident in her," he said.

Investors reacted cautiously. The shares fell 3% on the JSE. Portfolio manager Karabo Sithole said the appointment was sensible but that the new chief executive faced a "brutal in-tray".

A shop steward for the metalworkers' union at the refinery, who asked not to be named because they were not authorised to speak to the media, said workers welcomed an insider. "At least this one has worn overalls," they said.

Ramokgopa grew up in Polokwane, the daughter of a nurse and a school principal. She said her mother had pushed her to study engineering at a time when few women did. "She told me, they will try to make you feel you don't belong. Just keep being better than them," Ramokgopa said.
"""),

dict(title="Bélanger and Ross skate to first pairs title after coach's bold change", text="""
CALGARY — Camille Bélanger and Owen Ross won their first Canadian pairs figure skating title on Saturday night, completing a remarkable turnaround for a team that nearly split up a year ago.

The pair from Montreal scored 201.44 points, more than six points ahead of defending champions Sarah Kim and Daniel Okafor. Their free skate, set to music from a Leonard Cohen album, included a triple twist and two clean throw jumps and drew a standing ovation at the Markin MacPhail Centre.

"I don't think I've ever felt so calm on the ice," Bélanger said. "Owen kept looking at me during the footwork and smiling, and I thought, okay, we're here, we're doing this."

Ross, 25, said the partnership had almost ended after a disappointing season in which they fell repeatedly on throws. "We were fighting all the time. I was ready to quit. She was ready to get rid of me," he said, laughing. "Then Julie changed everything."

Their coach, Julie Marchand, moved the team's training base from Montreal to a smaller rink in Sherbrooke and brought in a sports psychologist. She also made them switch sides on their side-by-side jumps, a change almost unheard of at this level. "It was a risk, but Camille was always more comfortable rotating the other way. They just needed someone to say it out loud," Marchand said.

Kim and Okafor, who had won the previous two titles, made errors on both throws. Okafor said his partner had been skating with a sore ankle all week. "She was incredibly brave to even compete. We'll be back," he said. Kim said she was proud of how they fought through the program.

Bronze went to Emily Tran and Marc-Antoine Leduc of Quebec City.

Skate Canada is expected to name its world championship team on Sunday. Bélanger and Ross are likely to be selected, along with Kim and Okafor.

Bélanger's mother, Nathalie, who drove from Montreal with Ross's father, Ian, said both families had watched the final minute with their hands over their eyes. "Then we hugged each other," she said. "We're in-laws now, practically."
"""),

dict(title="Netball coach Van Rooyen names young squad for Africa Cup", text="""
PRETORIA — Spar Proteas coach Johan van Rooyen has named four uncapped players in a 15-member squad for next month's Africa Netball Cup in Namibia, saying he wants to give young players international experience ahead of the world championships.

The most striking inclusion is 19-year-old goal shooter Rethabile Mokoena, who has scored more than 600 goals in the national championships this season for her provincial side, the Gauteng Jaguars.

"Rethabile is a natural finisher. She is calm under pressure and she works hard for the ball, which you can't always coach," Van Rooyen said. "We need to know now whether she can handle the international game, not a month before a world cup."

Veteran goal keeper Lindi Mahlangu returns after missing most of last year with a knee injury. She will captain the side, with midfielder Charné Botha as her vice-captain. Mahlangu said the younger players had brought energy to the training camp. "They're fearless. Sometimes they're a bit too fearless, but that's what the older players are here for," she said.

Van Rooyen, a former basketball coach who has led the Proteas for two years, has been criticised for his selection choices in the past. Former national captain Zandile Nhlapo said on a radio show last week that the team had become too dependent on a small group of senior players. She welcomed Tuesday's announcement. "He has listened, and that is good for netball in this country," Nhlapo said.

Netball South Africa president Thandiwe Mabaso said the federation had secured additional funding from a sponsor for a high-performance camp in Stellenbosch before the tournament. She said the camp would include sessions with sports scientists from the University of Stellenbosch.

Mokoena, who is in her first year of a BCom degree at the University of Johannesburg, said her phone had not stopped ringing since the announcement. "My father cried. He never cries," she said. "My brothers are already asking for tickets, but it's in Windhoek, so I told them to start driving."

South Africa's first match is against Malawi on 12 May.
"""),

dict(title="B.C. Court of Appeal upholds Kelowna man's sentence for fatal crash", text="""
VANCOUVER — The B.C. Court of Appeal has upheld a seven-year sentence for a Kelowna man who killed a cyclist while driving impaired, rejecting his argument that the trial judge failed to give enough weight to his remorse.

Jordan Whitmore, 29, pleaded guilty to impaired driving causing death after his pickup truck struck and killed Sandra Nakamura, 52, a teacher and mother of two, on a rural road near Kelowna in 2021. His blood alcohol level was about twice the legal limit.

On appeal, his lawyer, Rebecca Stanton, argued that the sentence was unfit because the trial judge had not properly considered his early guilty plea, his lack of a criminal record and his participation in an addiction treatment program. She asked the court to reduce it to four years.

Writing for a unanimous panel, Justice Karen Olafson said the sentencing judge had carefully considered all of those factors. "Mr. Whitmore's remorse is genuine, and the trial judge said so," she wrote. "But the gravity of the offence and the need to denounce impaired driving that takes a life weigh heavily."

Crown counsel Neil Banerjee had argued that the sentence was within the range established in earlier cases. He said after the ruling that the Crown was satisfied.

Nakamura's husband, Kenji Nakamura, attended the hearing with their daughter, Aiko. He said the family had not wanted to relive the case but felt they had to be there. "Sandra should be retiring in a few years. She should be meeting grandchildren. Instead we are in a courtroom," he said.

Aiko Nakamura, 24, said she had written to Mr. Whitmore in prison. She said she did not forgive him but hoped he would use his time to warn others. "If one person hears his story and calls a cab, then maybe something good comes from this," she said.

Ms. Stanton said her client accepted the decision. "He has never tried to minimize what he did. He asked me to say again that he is sorry," she said.

Mr. Whitmore will be eligible to apply for day parole next year.
"""),

dict(title="Ockie Swanepoel, fearless flank of the 1970s, dies at 78", text="""
BLOEMFONTEIN — Ockie Swanepoel, the Free State flanker whose ferocious tackling made him one of the most feared forwards in South African rugby in the 1970s, has died. He was 78.

His wife of 54 years, Elsabé, said he died at their home in Bloemfontein on Thursday evening after a long battle with Parkinson's disease. "He fought it the way he played rugby, without ever taking a step back," she said.

Born on a farm near Bethlehem in 1946, Swanepoel played his school rugby at Grey College and made his Free State debut at 20. He went on to play more than 120 matches for the province and earned six Test caps during an era when South Africa's international matches were increasingly limited by the sports boycott.

Former Free State captain Hennie Olivier, who played alongside him for eight seasons, said Swanepoel was "the hardest man I ever shared a field with, and the kindest man I ever shared a beer with". He said opponents used to check where Swanepoel was standing before every lineout.

After retiring, Swanepoel farmed cattle near Bethlehem and coached the local club's under-19 side for more than two decades. Among his players was the former Springbok lock Dewald Nel, who said his old coach had taught him discipline. "He never shouted. He just looked at you, and you knew you had let him down," Nel said.

Swanepoel was also a quiet supporter of development rugby in the Eastern Free State. Zinzi Mofokeng, who runs a rugby programme for girls in Thaba Nchu, said he had donated kit and boots every season for ten years without ever asking for publicity. "He came to one of our tournaments and stood on the side for the whole day in the rain. The girls loved him," she said.

He is survived by Elsabé, their daughters, Marlize and Annelie, and five grandchildren. His daughter Marlize said her father had asked for a simple funeral. "He said, no speeches longer than a rugby half," she said.

The funeral will be held at the Dutch Reformed Church in Bethlehem on Wednesday.
"""),

dict(title="Thunder Bay's first woman fire captain marks 25 years on the job", text="""
THUNDER BAY, Ont. — When Captain Lisa Korpela joined Thunder Bay Fire Rescue in 1999, there was no women's change room at any of the city's stations. She changed in a supply closet for her first two years.

On Monday, colleagues gathered at Station 1 to mark her 25 years with the department, most of them spent as the city's first and so far only female fire captain.

"I don't think about being the first woman very much anymore. I think about being a good captain," Korpela said. "But when a little girl comes by the station and asks if she can sit in the truck, I always say yes."

Her crew of four men on C Platoon presented her with a framed photo of the 2012 grain elevator fire on the waterfront, one of the largest the city has seen. Firefighter Mark Bellamy, who has worked on her crew for nine years, said she was the calmest person he had ever seen at a fire scene. "She reads a building like a book. If she says get out, you get out, and you don't ask why," he said.

Fire Chief Dave Heikkinen said Korpela had changed the department in ways that went well beyond her own career. She pushed for better protective equipment, sat on the hiring committee and mentored the six women who have joined since. "She made it possible for other people to see themselves here," he said.

One of those women, firefighter Jenna Morrisseau, who joined in 2019, said Korpela gave her one piece of advice on her first day. "She told me, nobody cares how strong you are. They care whether you show up for each other. She was right," Morrisseau said.

Korpela's husband, Tom, a retired paramedic, said he met her at a car crash on Highway 61 in 2001. "She was in charge, I was in the way," he said. "Nothing much has changed."

Korpela says she plans to work at least five more years. Her son, Eric, 19, is studying in the fire program at Confederation College.
"""),

dict(title="Q&A: Dr Nandi Zwane on why Karoo fossils still surprise her", text="""
JOHANNESBURG — Palaeontologist Dr Nandi Zwane of the Evolutionary Studies Institute at Wits University led the team that this month described a new species of early mammal relative from fossils found on a Karoo farm. We asked her about the find, the farmer who made it possible and what comes next.

Q: What exactly did you find?

A: A small animal, about the size of a cat, that lived around 255 million years ago. It's a cynodont, one of the group that eventually gave rise to mammals. What's special is that the skull is almost complete, including the inner ear, so we can see how its hearing was changing.

Q: How did you find it?

A: I didn't, really. The farmer, Mr Gerrit du Plessis, found it. He was fixing a fence and saw a bit of bone sticking out of a rock. He wrapped it in a towel and drove it to Graaff-Reinet. He's been finding fossils on that farm since he was a boy, and his father before him.

Q: You named the species after him?

A: After his late wife, actually. He asked us to. Her name was Rina, and she was the one who always told him to call the scientists. So the name honours her.

Q: Who else worked on it?

A: My PhD student, Sipho Mathebula, did the CT scanning and most of the reconstruction. He spent something like four hundred hours on it. And my colleague Professor Helen Carstens, who has worked in the Karoo for thirty years, helped us place it in the family tree.

Q: Are there still many fossils out there?

A: Enormous numbers. The Karoo is one of the best places on Earth to study the origin of mammals. The challenge is people and money, not fossils.

Q: Did you always want to do this?

A: Since I was eight. My grandmother took me to a museum in Pietermaritzburg and I saw a dinosaur skeleton. She says I refused to leave. My mother still isn't sure what I do for a living, but she tells everyone her daughter digs up dragons.
"""),
]
