ARTICLES = [
dict(title="Off-leash dog park splits Bellarine Heads council", text="""A proposal to fence off part of Foreshore Reserve for an off-leash dog park has divided Bellarine Heads councillors, with a final decision pushed back to next month.

Councillor Megan Doyle, who brought the motion, told Wednesday's meeting that dog owners had been asking for a dedicated space for more than five years. "We have more registered dogs in this ward than we have children under ten," she said. "They need somewhere to run that isn't the beach in front of the surf club."

Councillor Stuart Pell said he supported the idea but not the location. "The reserve is the only flat green space on that side of town," he said. "If we fence half of it, we lose the Saturday markets and the carols."

Cr Doyle replied that the fenced area would take up less than a third of the reserve. "Nobody is touching the market site," she said. "I've walked it with the markets committee twice."

"With respect, the plans show the fence running straight through the food van area," Cr Pell said. "I'd like to see them redrawn before I vote on it."

"Then let's redraw them," she said. "But let's not pretend this is a reason to do nothing."

Resident Sam Whitlock, who walks two kelpies on the reserve every morning, addressed the gallery section of the meeting on behalf of a petition with 412 signatures. He said most dog owners were happy to share the space.

"I don't need a fence," Mr Whitlock said. "I need a bin and a tap. But I know there are older people who are frightened of dogs, and they deserve a place to sit, too."

Council's parks manager, Angela Ferris, said a fenced area of about 4,000 square metres would cost roughly $180,000, including water, bins and seating. She said the design could be adjusted to avoid the market site.

Cr Pell moved an amendment asking staff to prepare two alternative layouts and report back at the April meeting. Cr Doyle seconded it, saying she was "happy to take another month if it gets the thing built".

The amendment was carried unanimously. Mayor Kevin Lowther said he expected the issue to draw another big crowd. "Dogs get people out on a Wednesday night like nothing else," he said.

The alternative layouts will be displayed at the customer service centre from March 20."""),

dict(title="Lawyer says client was 'in the wrong place' as assault trial opens", text="""The barrister for a Gundagai Flats man accused of seriously injuring a security guard outside a nightclub has told a jury her client was trying to break up a fight, not start one.

Jason Pryor, 27, has pleaded not guilty in the District Court at Wagga West to recklessly causing grievous bodily harm to Liam Okonkwo in the early hours of New Year's Day last year.

Opening the defence case on Tuesday, Catherine Ng SC said the CCTV footage would show her client stepping between two groups of men seconds before the guard fell.

"Mr Pryor was not the aggressor," Ms Ng told the jury. "He was a young man on a night out who saw his younger brother in trouble and went to help him. He was, I suggest, in the wrong place at the wrong time."

She said her client had no criminal history and had worked as an apprentice electrician since leaving school. "He has never been in trouble in his life," she said. "You will hear from his employer, who will tell you he is the most reliable worker she has."

The Crown prosecutor, Laura Bentley, said the footage told a different story. She told the jury Mr Pryor had swung a punch that knocked Mr Okonkwo backwards onto the footpath, where he struck his head on the kerb.

"The accused was angry," Ms Bentley said. "He had been refused entry twenty minutes earlier and he came back looking for a fight."

Mr Okonkwo, 34, spent three weeks in hospital with a fractured skull and has not returned to work. He is expected to give evidence on Wednesday.

Judge Anthony Reeves warned the jury not to research the case online or discuss it with family. He said the footage would be played in full and that jurors would be given the opportunity to watch it more than once.

Outside court, Ms Ng declined to comment further, saying only that her client was "looking forward to telling his side of the story".

Mr Pryor's mother, Denise Pryor, attended court with his younger brother, Kyle. She sat directly behind her son and held his hand during the morning adjournment.

The trial, expected to run for six days, continues on Wednesday. Judge Reeves said he would sit late on Thursday if needed so the jury could begin deliberating before the weekend."""),

dict(title="Island Queen makes her final crossing after 52 years", text="""The MV Island Queen, the little car ferry that has carried generations of islanders across Merrin Sound, made her final scheduled crossing on Sunday afternoon to the sound of car horns and a bagpiper on the wharf.

The 48-metre vessel was built in a Hobart shipyard in 1972 and has made an estimated 190,000 crossings between Port Callan and Merrin Island. She will be replaced next month by a larger hybrid-electric ferry, the Sound Spirit.

Captain Rob McInnes, who has skippered the Island Queen for 19 years, said the last trip had been harder than he expected. "She's a cranky old girl, but she's never once failed to get us home," he said. "I've stood on her bridge in 50-knot winds and she just put her head down and kept going."

Deckhand Jess Clarke, 23, grew up on Merrin Island and said she had been crossing on the ferry since before she could walk. "My mum brought me home from the hospital on this boat," she said. "Now I tie her up every night. It's a bit surreal that she's finished."

About 300 people crowded onto the wharf at Port Callan to watch the Queen come alongside for the last time. Many had brought photographs of earlier crossings, including the famous 1983 storm in which she lost a lifeboat but delivered all 41 passengers safely.

Islander Don Huxtable, 88, was one of those passengers. He said he had spent that crossing holding his seasick wife's hand in the saloon. "Jean never forgave the weather, but she always forgave the boat," Mr Huxtable said.

The ferry's operator, Sound Link, said the Island Queen would be sold. Chief executive Maria Kostas said several buyers had expressed interest, including a community group in Fiji that hoped to use her for inter-island freight.

"We'd love to see her keep working," Ms Kostas said. "She's got years left in her engines, even if her fuel bill is a shocker."

Captain McInnes said he would take command of the Sound Spirit when she enters service in April. He admitted he was looking forward to modern navigation equipment and a heated wheelhouse.

"But I'll miss the old girl," he said. "You don't spend nineteen years with a ship without getting attached. My wife reckons I've spent more nights with the Queen than with her."

The Island Queen's bell will be donated to the Merrin Island museum."""),

dict(title="Vale Peg Rowntree, Cobden Flat's first woman shire president", text="""Margaret "Peg" Rowntree, who became the first woman to lead Cobden Flat Shire in 1979 and went on to serve four terms as shire president, has died at the age of 93.

Mrs Rowntree was born Margaret Elphick on a soldier settlement block outside Cobden Flat in 1931. She trained as a teacher in Melbourne and returned to the district in 1953 to teach at the one-teacher school at Tulloch Creek, where she met her husband, Bill Rowntree, a dairy farmer.

The couple married in 1955 and ran a herd of 120 Jerseys for almost thirty years. Bill died in 2004.

Peg was elected to the shire council in 1974, when she was one of only a handful of women on rural councils in the state. Her nephew, former councillor Tom Rowntree, said she had been underestimated by her colleagues, at least at first.

"They thought Aunty Peg would be there to organise the morning teas," Mr Rowntree said. "Within two years she was running the finance committee and within five she was running the shire."

As president she championed the sealing of the Tulloch Creek road, the construction of the shire's first public swimming pool and, in the drought of 1982-83, a rate relief scheme for struggling farmers that was later copied by neighbouring councils.

Her daughter, Ann Rowntree-Hill, said her mother had never seen herself as a pioneer. "She just thought things should be done properly, and if the men weren't doing them properly, she'd do them herself," she said.

Her son, David Rowntree, who now runs the family farm, said his mother remained sharp and opinionated until her final weeks. "She read the council minutes every month until she was 92," he said. "If she didn't like something, she rang the mayor. He usually picked up."

Current mayor Bronwyn Aitken said Mrs Rowntree had been a role model for every woman who had since served on the council. "Peg opened the door, and she held it open for the rest of us," she said.

She was made a Member of the Order of Australia in 1996 for service to local government.

Mrs Rowntree is survived by her daughter, Ann, her son, David, six grandchildren and four great-grandchildren. Her funeral will be held at the Cobden Flat Uniting Church on Friday at 2pm, followed by a gathering at the shire hall she once presided over."""),

dict(title="Reilly's late goal sends Kangaroo Flat into AFLW finals", text="""Jordan Reilly has never been one for celebrations, but when her snap from the boundary line sailed through with 40 seconds left on Saturday, the Kangaroo Flat forward sprinted to the fence and leapt into the arms of her father.

The goal gave the Redbacks a 41-37 win over Tallis Bay at Victory Oval and a place in the AFLW finals for the first time in the club's history.

"I didn't even look at the posts, I just kicked it," Reilly said. "When I heard the crowd I knew it had gone through. Then I saw Dad and I didn't really think about anything else."

Her father, Mick Reilly, played 112 games for Kangaroo Flat in the men's competition in the 1990s. He said he had watched every one of his daughter's matches this season from the same spot on the fence.

"She's a better kick than I ever was," Mr Reilly said. "Don't tell her I said that, though. She'll never let me hear the end of it."

Reilly, 22, finished with three goals and 14 disposals. Coach Brendan Tully said she had been carrying a hamstring injury all week and had only been cleared to play on Friday afternoon.

"Jordan told me she was fine, and I've learned to trust her," Tully said. "She's one of the toughest players I've coached, men or women."

Captain Ellie Markham, who kicked two goals of her own, said the win was for the volunteers who had kept the women's program going through its first difficult seasons. "We lost every game in 2021," Markham said. "There were days we had 19 players and one of them was the trainer's daughter."

Tallis Bay coach Rachel Dimitriou said her side had been beaten by a moment of brilliance. "We had her covered, and she kicked it anyway," Dimitriou said. "Sometimes you just have to put your hand up and say well done."

The Redbacks will play the minor premiers, Port Ellery, in a qualifying final next Sunday. Reilly said she would spend the week icing her hamstring and trying to stay calm.

"Dad says it's just another game," she said. "But he's already bought a new scarf, so I don't think he believes it either."

Her mother, Trish Reilly, who missed the match because she was working a shift at the hospital, said she had listened to the final quarter on the radio in the staff room. "I screamed so loudly a patient pressed the buzzer," she said."""),

dict(title="Muralist transforms Coorabin water tower into community portrait", text="""The Coorabin water tower, a grey concrete cylinder that has loomed over the town since 1961, now carries the faces of four generations of local people, thanks to artist River Castellanos.

Castellanos, who uses they/them pronouns, spent six weeks on a cherry picker this winter painting the 28-metre tower. The finished mural shows a shearer, a nurse, a footballer and a young girl holding a lamb, all based on real residents.

"I wanted people to drive into town and recognise someone," Castellanos said. "Not a generic farmer, but their neighbour or their grandmother."

The artist, who grew up in Adelaide and now lives in Coorabin with their partner, spent the first month simply talking to people at the pub, the footy and the CWA rooms. They then photographed about 40 volunteers before choosing the final four.

Retired shearer Ted Mulvaney, 81, is the figure on the eastern face. He said he had been sceptical when Castellanos first approached him. "I said, nobody wants to look at my ugly mug," Mr Mulvaney said. "River said that was exactly why they wanted to paint it. I couldn't argue with that."

Nurse Kim Albrecht, whose portrait faces the highway, said she had cried when she saw it finished. "It's strange seeing yourself that big," she said. "But River made it about all the nurses at the hospital, not just me. They understood that straight away."

The project was funded by a $95,000 state arts grant and organised by the Coorabin Progress Association. Its president, Heather Quinlan, said the mural had already brought visitors to town.

"We had a bus of tourists stop on Saturday who'd seen it on social media," she said. "They bought lunch at the bakery and filled up at the servo. That's real money in a town our size."

Shire councillor Grant Ellery said the council had received only two complaints, both about the colour of the sky. "I told them to take it up with the artist," he said. "River said they'd be happy to discuss it over a beer."

Castellanos said their next project would be a smaller mural on the wall of the Coorabin primary school, designed with the students. "The kids have already told me what they want," they said. "It involves a lot of dinosaurs."

The mural will be officially unveiled at a community barbecue at the tower on Saturday, September 7."""),

dict(title="Q&A: The vet who drives 80,000 kilometres a year", text="""Dr Naomi Whitcombe has been the only large-animal vet in the Wandoo district for eleven years. She covers an area roughly the size of Belgium, mostly in a dusty twin-cab ute. We caught up with her between calls.

Q: How did you end up out here?

A: I did a placement at the Wandoo practice in my final year at uni and never really left. The old vet, Dr Ken Fossey, was about to retire and he said to me, "If you don't take it, nobody will." He wasn't wrong. It took him three years to find anyone to buy his house, let alone the practice.

Q: What does a typical week look like?

A: There isn't one. Last Tuesday I pregnancy-tested 600 cows at one station, drove four hours to a horse with colic, and finished at midnight calving a heifer by torchlight. My husband, Paul, says he's married to a phone.

Q: Is it true you once operated on a dog on a kitchen table?

A: More than once. The most memorable was a cattle dog called Bluey who'd been kicked by a horse. The owner, Mrs Joan Teague, held the torch and her son held the dog, and we did the whole thing on her laminex. Bluey lived to 14. Joan still sends me a Christmas card with his photo on it, even though he's been gone for years.

Q: What's the hardest part of the job?

A: The isolation, and the drought years. When farmers are hand-feeding stock and losing money every day, they sometimes ring me to put animals down because they can't afford to keep them. Those are long drives home.

Q: You've been trying to recruit another vet for a while. How's that going?

A: Slowly. We've had a young vet, Dr Marcus Leung, working with us for six months now, and he's terrific. He grew up in Perth, so the flies were a shock to him, but he's tougher than he looks. I'm hoping he stays.

Q: Does your family get involved?

A: Paul does the books and our daughter, Isla, who's nine, has decided she's going to be a vet, too. She comes on weekend calls and tells the farmers what she thinks is wrong before I've even got out of the ute. She's usually half right.

Q: What would you tell a graduate thinking about a country practice?

A: Come for a year. You'll learn more in twelve months out here than in five years in a city clinic, and the people will look after you. Somebody will always feed you. I haven't bought a cake since 2013."""),

dict(title="Mother hands over the reins as son takes on family wheat farm", text="""When Janet Ruddock's husband died suddenly in 2006, she was left with 2,400 hectares of wheat and barley country near Kulgarra, a 16-year-old son and a bank manager who suggested she sell.

She didn't. This month, nearly two decades later, she formally handed the running of Ruddock Downs to that son, Liam, now 34.

"People assumed I'd lease it out or sell up," Mrs Ruddock said. "I'd been doing the books and driving the header for twenty years. I knew the place better than anyone except Geoff, and he was gone."

Liam Ruddock said his mother had never pressured him to come home. He studied agricultural science in Adelaide and worked for a grain trading company for six years before returning to the farm in 2017.

"Mum always said the farm would be there if I wanted it, and she'd be fine if I didn't," he said. "I think she was lying about the second part."

"I was not," his mother replied. "Well, maybe a little."

The succession was planned over three years with the help of rural financial counsellor Andrea Voss, who said the Ruddocks were a model for other families. She said many farm successions broke down because parents and children never talked openly about money or timing.

"Janet and Liam sat at the same table and said the hard things out loud," Ms Voss said. "That's rarer than you'd think. Often the son is waiting for his father to say something, and the father is waiting for his son."

Under the arrangement, Mrs Ruddock keeps the homestead and a 200-hectare block she plans to put into native revegetation. Liam and his wife, Sophie, have moved into the old manager's cottage with their two young children.

Sophie Ruddock, a primary school teacher in Kulgarra, said her mother-in-law had been generous in stepping back. "She still comes out at harvest, and she's still the best header driver on the place," she said. "Liam knows better than to argue with her about that."

Liam said he planned to expand the farm's lentil program and trial controlled-traffic cropping. He said he would still ask his mother's advice on most things.

"She's seen every kind of season out here," he said. "When she tells me to hold off sowing, I hold off."

Mrs Ruddock said she was looking forward to a holiday, her first in more than a decade. "I'm going to Tasmania for three weeks," she said. "Liam has promised not to ring me unless something's on fire."

"I said I'd try," her son said."""),

dict(title="Remembrance Day crowd hears of nurses and sappers from Garrick Vale", text="""More than 600 people gathered at the Garrick Vale cenotaph on Monday morning for Remembrance Day, the largest crowd in the town's memory, to hear the stories of two local people who served in the First World War.

The address was given by local historian Helen Vorster, who has spent five years researching the 143 names on the memorial. She spoke about Sister Eliza Crane, a nurse who served in Egypt and France, and Sapper Thomas Beaton, a farmhand who was killed at Messines in 1917.

"Australia asked a great deal of her young people in those years, and a town like ours gave far more than its share," Ms Vorster said. "One in five of the men who enlisted from this district did not come home."

Sister Crane, she said, had enlisted at 31, after nursing in Garrick Vale's small bush hospital. She wrote regular letters to her mother describing conditions in the casualty clearing stations, including one in which she described working for 40 hours without sleep.

"She never complained about herself," Ms Vorster said. "Her letters are full of worry about her patients and about her younger brother, who was at the front."

That brother, Private Walter Crane, survived the war and returned to farm at Garrick Vale. His granddaughter, Ruth Crane-Osborne, laid a wreath on behalf of the family. She said she had grown up hearing stories about her great-aunt but had only recently read the letters.

"Great-aunt Eliza came home and never married, and she nursed at the hospital here until she was seventy," Mrs Crane-Osborne said. "Grandpa Walter always said she saved more lives than the whole battalion."

Sapper Beaton's story was told by his great-nephew, Gordon Beaton, 76, who read aloud from the last letter Thomas sent to his sister, Nell. In it, the young soldier asked her to look after his dog and told her not to worry.

"He was 20," Mr Beaton said. "He'd never been further than Ballarat before he enlisted."

The Last Post was played by Year 11 student Chloe Nakamura, and the Ode was recited by RSL sub-branch president Neil Hartley, who served in Vietnam. He thanked the students of Garrick Vale Secondary College, who had researched a name on the memorial each as part of a history project.

"The nation remembers them today, as she should," Mr Hartley said. "But it's towns like this that remember them every day."

Ms Vorster's research will be published in a book next year."""),

dict(title="Chef Alex Baird brings paddock-to-plate dining to old Kinross bank", text="""For sixty years, the sandstone building on the corner of Kinross's main street was a bank. For the next few years, if Alex Baird has his way, it will be the best place to eat in the Central Tablelands.

Baird, 36, a former sous chef at two Sydney restaurants, opened Vault with his business partner, sommelier Grace Adeyemi, last month. The 40-seat restaurant uses produce sourced from within 100 kilometres, much of it from farms the pair visit personally.

"I was tired of cooking lamb that had been on a truck for three days," Baird said. "Out here I can ring the farmer and he'll tell me which paddock it came off."

Adeyemi, who grew up in Lagos and trained in Melbourne, said she had been nervous about moving to a town of 2,000 people. "My friends thought I'd gone mad," she said. "But the wine region is twenty minutes away, and the growers have been incredibly generous with their time. I know them all by first name now."

The old bank vault, with its original steel door, has been turned into a private dining room for eight. Baird said it had been Adeyemi's idea. "Grace walked in, saw the vault and said, 'That's the whole restaurant, right there,'" he said. "She was right."

Local producers have welcomed the restaurant. Beef farmer Harriet Connolly supplies Vault with grass-fed Angus from her property at Paling Creek. She said Baird had spent two days on the farm before ordering a single steak.

"He wanted to see how we ran the cattle and what they were eating," Mrs Connolly said. "No chef has ever done that with me before."

Vegetable grower Luke Fontana, who runs a market garden on the river flats, said the restaurant had become his biggest customer. "Alex takes whatever's best that week and builds the menu around it," he said. "If the beans are good, he uses beans. If the hail gets them, he changes the menu."

Kinross mayor Diane Pretorius said the restaurant was a sign of confidence in the town. She said bookings had come from as far away as Canberra.

Baird said he and Adeyemi were planning a series of long-table dinners at local farms over the summer. "We want people to meet the growers," he said. "Grace wants them to meet the winemakers. Between us, we'll have everyone covered."

Vault is open Thursday to Sunday for dinner and Sunday for lunch."""),

dict(title="Sam Petrakis turns late father's fish and chip shop into seaside institution", text="""When Sam Petrakis took over her father's fish and chip shop on the Esplanade at Port Wallis in 2009, she was 24, had never filleted a fish and had a degree in graphic design.

Fifteen years later, Petrakis Seafood has been named the best regional takeaway in the state's annual small business awards, beating more than 200 nominees.

"Dad would have laughed his head off," Ms Petrakis said. "He thought the awards were for fancy restaurants. He'd have put the certificate next to the deep fryer."

Her father, George Petrakis, opened the shop in 1978 after migrating from the Greek island of Kalymnos. He ran it with his wife, Eleni, for more than thirty years until he died of a heart attack at 63. Sam, the youngest of their three children, stepped in to help her mother and never left.

"Mum and I were in shock," she said. "But the fishermen kept turning up at the back door with their catch, and we had to do something with it."

Eleni Petrakis, now 74, still works the counter three days a week. She said her daughter had kept the things that mattered and changed the rest.

"George did everything the old way, and people loved it," Mrs Petrakis said. "Sam kept his batter recipe exactly the same. She changed the menu boards, the packaging and the hours. And she got a computer, which George would never have touched."

Sam's brother, Nick Petrakis, a fisherman, supplies most of the shop's flathead and whiting from his boat. He said his sister ran the business "better than Dad, but don't print that".

"She's got a head for numbers," he said. "Dad had a head for talking."

The shop employs 14 locals, most of them students. Manager Kylie O'Dowd has worked there since she was 15. She said Sam was a demanding but fair boss.

"Sam will tell you straight if you've messed up an order," Ms O'Dowd said. "But she's the first one in when someone needs a shift covered, and she's paid for two of us to do our food safety certificates."

The award includes $10,000 in business mentoring. Ms Petrakis said she planned to use it to open a second shop in the inland town of Merimbula Creek.

"People said a fish shop wouldn't work away from the water," she said. "They said the same thing to Dad about a Greek bloke selling fish in Port Wallis."

Her mother said she would be at the new shop on opening day. "Someone has to check she's doing the batter properly," she said."""),

dict(title="Coroner finds drover's death on flooded crossing was preventable", text="""A drover who drowned trying to cross a flooded causeway on the Bungaree Road would probably have survived if warning signs had been in place, a coroner has found.

Coroner Patricia Holloway handed down her findings on Thursday into the death of Raymond Cole, 58, whose ute was swept off the Gidgee Creek crossing in February 2023 while he was moving cattle between properties near Winton Springs.

Ms Holloway found that the shire council had been aware the crossing was prone to flash flooding but had removed a flood depth marker in 2021 during roadworks and never replaced it.

"Mr Cole was an experienced stockman who knew the country well," the coroner said. "But he was travelling before dawn, in heavy rain, at a crossing with no visible indication of the depth of the water. On the evidence, he had no way of knowing how dangerous it was."

Mr Cole's partner, Lorraine Tapp, gave evidence at the inquest last year. She told the court he had rung her at 4.40am to say he was leaving the camp and would be at the next property by sunrise. It was the last time she heard from him.

"Ray wasn't a risk-taker," Ms Tapp told the inquest. "He'd been droving for forty years. He'd have turned around if he'd known."

The shire's director of engineering, Craig Donnelly, told the inquest the marker had been removed by a contractor and that the omission had not been picked up in a later inspection. He apologised to Mr Cole's family in the witness box.

Ms Holloway recommended that the council install permanent depth markers and flashing flood warning signs at all causeways on the Bungaree Road, and that it audit every crossing in the shire within twelve months.

She also recommended that the state transport department consider a program of funding for remote shires to install automated flood warning systems.

After the findings were delivered, Ms Tapp said she was relieved the coroner had not blamed her partner. "People said he must have been reckless," she said. "He wasn't. The coroner has said that now, and I hope everyone listens."

Mr Cole's son, Dylan, 31, who now runs the droving business, said he crossed Gidgee Creek regularly and would feel safer when the markers were in. His sister, Tegan Cole, said the family would be watching to make sure the recommendations were carried out.

"Dad would have wanted the next person to get home," she said.

The council's chief executive, Fiona Marr, said the council accepted the findings and had already ordered new markers."""),

dict(title="After 38 years, Mr Halvorsen rings the school bell one last time", text="""On his first day at Birch Lake Collegiate in September 1986, Erik Halvorsen taught grade nine geography in a portable classroom with a leaking roof and a wood stove that nobody knew how to light. On Friday, after 38 years, the last 14 of them as principal, he rang the school's brass bell for the final time.

The bell, salvaged from the original 1921 schoolhouse, normally sits in a glass case in the front foyer. Halvorsen took it out once a year, on the last day of school, and rang it on the front steps as the students spilled out for summer.

"I've always said I'd ring it one more time than anyone expected," he said. "I think I've finally run out of extra times."

Halvorsen, 62, grew up on a mixed farm twenty kilometres north of Birch Lake and attended the collegiate himself in the 1970s. His own grade twelve teacher, Mrs Evelyn Sandstrom, was in the audience at Friday's farewell assembly, aged 91.

"She taught me that every kid in the room is somebody's whole world," he said. "I've tried to teach like that ever since. I haven't always managed it."

Mrs Sandstrom said she had known from the start that he would be a teacher. "He used to correct my maps," she said. "Politely, but he corrected them."

Vice-principal Angela Mercredi, who will take over as principal in September, said Halvorsen had transformed the school. Under his leadership, the collegiate introduced a land-based learning program with the nearby Cree Nation, a welding and trades shop, and a breakfast program that now feeds about 120 students every morning.

"Erik knows every student's name, and most of their parents' names, and usually their grandparents' too," she said. "I have no idea how he does it. I'm going to need a spreadsheet."

Halvorsen's wife, Karin, a retired nurse, said her husband had promised her he would not volunteer for anything for at least a year. "He's already on two committees," she said. "It's a start."

Halvorsen said he planned to spend the summer at the family cabin on Loon Narrows, fixing the dock and fishing with his grandsons. After that, he said, he would see.

"Karin says I'll be back in a classroom within a year," he said. "She's usually right. Maybe I'll be a substitute. They always need a geography teacher."

As the final buses pulled away on Friday, he put the bell back in its case, locked it, and handed the key to Mercredi. "Ring it next June," he told her. "Ring it loud."

The school board has announced that the collegiate's new library, due to open in 2026, will be named in his honour."""),
]
