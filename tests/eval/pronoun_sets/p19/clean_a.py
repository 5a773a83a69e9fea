ARTICLES = [

dict(title="Joint chiefs at Kestrel Logistics say shared top job is working", text="""
When Kestrel Logistics announced two years ago that it would be led by joint chief executives, several analysts predicted the arrangement would not last a year. The Singapore-listed freight company reported its best results on Friday, and its co-chiefs say the model is here to stay.

Mr Lawrence Chia, 55, oversees the company's warehousing and sea freight business, while Ms Deborah Ng, 47, runs air freight and the technology division. The pair share a single office at the company's Changi headquarters.

"People assume we fight all the time," Ms Ng said. "We do fight. We just do it in private."

Mr Chia nodded. "She's more aggressive on costs than I am," he said. "I'm more patient with customers. Between us, we usually get it right."

Net profit for the year rose 18 per cent to $74 million, helped by strong demand for temperature-controlled storage for pharmaceuticals. Ms Ng said the company had signed three new contracts with drug makers in the past quarter.

"The pharma business didn't exist for us five years ago," she said. "Lawrence was the one who pushed to build the cold store in Tuas when nobody else on the board wanted it."

Mr Chia said the credit belonged to the whole team. "I argued for it. Deborah found the customers. That's how it usually goes."

The company's chairman, Mr Benedict Ong, said the board had considered appointing a single successor when the previous chief executive, Madam Irene Sim, retired in 2023. He said both candidates had been too strong to lose.

"We could have picked one and watched the other leave for a competitor," he said. "Instead we asked them to try it together. I was nervous. I'm not nervous any more."

Ms Sim, who founded the company with her late husband in 1989, said she had recommended the arrangement herself. "I ran this company with my husband for thirty years," she said. "I know it can be done."

Analyst Ms Fiona Lau of Maybank Securities said investors had grown comfortable with the structure but would be watching for signs of disagreement over the company's planned expansion into Vietnam.

Asked about Vietnam, the two executives looked at each other. "We agree on Vietnam," Mr Chia said. Ms Ng laughed. "We agree on going," she said. "We haven't agreed on when."
"""),

dict(title="Rowan Feeney's ceramics show asks what a kitchen remembers", text="""
The first thing visitors see at the Temple Bar Gallery this month is a kitchen table, laid for six, in which every plate, cup and bowl has been cracked and carefully mended with gold.

The installation is the centrepiece of Household, the first solo exhibition by the ceramicist Rowan Feeney, who grew up in Tallaght and now works from a studio in a former bakery in Inchicore.

Feeney, who uses they/them pronouns, made all 140 pieces in the show over two years. Each was broken deliberately and then repaired using kintsugi, a Japanese technique in which cracks are filled with lacquer mixed with powdered gold.

"I wanted objects that carry their history on the outside," Feeney said at the gallery on Tuesday. "Most families hide their cracks. I wanted to see what happens if you don't."

The gallery's director, Ms Clodagh Brannigan, said she had first seen Feeney's work at a graduate show at the National College of Art and Design in 2019. "They had one bowl on a plinth, and people kept coming back to it," she said. "I wrote their name on my hand so I wouldn't forget."

The table is based on the one in Feeney's grandmother's house in Tallaght, where the artist spent much of their childhood. Their grandmother, Mrs Kathleen Feeney, now 89, attended the opening on Friday and was photographed sitting at the installation.

"She told me the cups were too small," Feeney said. "She was right. I made them from memory, and I was eight in the memory."

Not all responses have been warm. Writing in the Sunday Business Post, the critic Mr Alan Furlong described the show as "beautifully made and a little too pleased with itself". He praised Feeney's technique but said the kintsugi idea had become "a cliché of the wellness industry".

Feeney said they had read the review and taken some of it to heart. "He has a point about the cliché. I'd like to think the work gets past it, but that's for other people to decide."

Ms Brannigan said sales had exceeded expectations, with two pieces bought by the Arts Council for the State collection. She said the gallery had offered Feeney a second show in 2027.

Household runs until 30 November. Admission is free.
"""),

dict(title="Last voyage for LÉ Aoibhinn as crew bids farewell in Haulbowline", text="""
The Naval Service patrol vessel LÉ Aoibhinn was formally decommissioned at Haulbowline on Saturday after 31 years at sea, in a ceremony attended by former crew members, families and the Minister for Defence.

The ship, built in Appledore in Devon and commissioned in 1994, spent most of her career patrolling Ireland's fishing grounds and took part in migrant rescue operations in the Mediterranean in 2016 and 2017, when her crew rescued more than 2,700 people.

Her final commanding officer, Lieutenant Commander Niamh Carrigan, said it had been an honour to take her to sea for the last time. "She's an old lady, and she let us know it in a big swell," Lt Cdr Carrigan said. "But she never once failed to bring us home."

Lt Cdr Carrigan, who joined the Naval Service in 2005, served on the Aoibhinn as a junior officer in the Mediterranean. She said the rescue missions had shaped her whole career. "You don't forget carrying a child up a ladder onto your deck. I was twenty-six. I think about it every week."

The ship's chief engineer, Senior Chief Petty Officer Declan Murnane, has served aboard her for eleven years, longer than anyone in the current crew. He said he had spent much of the last two years keeping her original engines running.

"Half the parts aren't made any more," he said. "We had one gearbox bearing machined in a garage in Ringaskiddy. She ran on that for eighteen months."

The Minister for Defence, Ms Helen Brophy, said the ship would be replaced next year by one of two new multi-role vessels being built in New Zealand. She said recruitment and retention in the Naval Service had improved, with the service now able to crew six ships for the first time since 2019.

Former crew member Mr Tony Gleeson, who served as a cook on the ship's maiden voyage, travelled from Galway for the ceremony with his daughter. "I was nineteen when I first walked up her gangway," he said. "I'm fifty now. She looks better than I do."

The Aoibhinn will be offered for sale. Lt Cdr Carrigan said she hoped the ship would find a second life rather than be scrapped. "She's earned it," she said.
"""),

dict(title="Ambassador says Ireland must 'speak for herself' at UN climate talks", text="""
Ireland should stop sheltering behind the European Union at international climate negotiations and be willing to take positions of her own, a former ambassador told a conference at Trinity College Dublin on Thursday.

Ms Geraldine Mac Aodha, who served as Ireland's ambassador to Kenya and later to the United Nations in Geneva, said small countries had more influence than they often assumed. "Ireland has a history that means something in Africa and the Pacific," she said. "When she speaks, people listen, because she was colonised too. We waste that when we simply read out Brussels' lines."

She was speaking at a conference on climate diplomacy organised by the university's School of Law. Among the other speakers was Mr Rory Devane, a senior official at the Department of Foreign Affairs, who defended the Government's approach.

"The EU is our strongest platform," Mr Devane said. "We negotiate as a bloc because a bloc of 27 countries gets more than any one of us alone. That's not hiding. That's arithmetic."

Ms Mac Aodha said she did not dispute the arithmetic. "Of course we negotiate inside the EU. But there are moments when Ireland can say something that France or Germany can't, and she should say it."

The conference also heard from Dr Tevita Fifita, a climate negotiator for Tonga, who said Pacific island nations valued Ireland's support on loss and damage funding. He said his country would welcome "a louder Irish voice".

"Tonga is small, and she will be one of the first to go under," Dr Fifita said. "We look for friends who know what it is to be small."

Professor Maeve Hollingsworth, who chaired the session, asked Mr Devane whether the department had ever considered breaking with the EU position. He said it had not, but that Ireland had on several occasions pushed the EU to strengthen its position internally.

"You don't always see our work in the final text," he said. "You see it in what the text would have said without us."

Ms Mac Aodha, who retired from the diplomatic service last year, is now writing a book on Irish foreign policy. She said she would send a copy to the department. Mr Devane said he looked forward to reading it.
"""),

dict(title="Q&A: Surgeon Priya Raman on robots, rotas and the mentor who told her to quit", text="""
Ms Priya Raman is a consultant colorectal surgeon at Tallaght University Hospital and the first surgeon in Ireland to perform more than 500 robotic operations. She spoke to us between theatre lists.

You trained in Chennai before coming to Ireland. Why Dublin?

My husband, Vikram, got a job at Intel in Leixlip in 2008. I followed him, frankly. I thought we'd stay three years. We have two children who sound like they're from Lucan, so I think we're staying.

What was it like starting again?

Hard. My qualifications were recognised, but I had to work as a registrar again for four years. I was 34 and being told how to hold a retractor by people younger than me. My mentor, Professor Gerard Kinsella, was the one who got me through it.

How?

He told me to quit. He said, "If you can't stand it, leave, and nobody will think less of you." I was so angry I stayed. He knew exactly what he was doing. He's retired now and still asks me for my complication rates every Christmas.

Why robotic surgery?

Because the patients recover faster. With the robot, someone having a bowel resection goes home in three or four days instead of seven or eight. The machine doesn't make a bad surgeon good, but it makes a good surgeon more precise.

Are there enough robots?

No. We have one in this hospital, and I share it with the urologists and gynaecologists. My colleague Mr Fionn Costello and I have written three business cases for a second one. He is more optimistic than I am.

What about the workload?

Surgeons in Ireland are exhausted. I work sixty hours most weeks. I'm lucky that Vikram does more than his share at home. He does the school run every morning. Without him, I couldn't do this job.

Would you encourage your daughter to become a surgeon?

She wants to be a vet. My son wants to be a surgeon, and I've told him the same thing Professor Kinsella told me. He was not impressed.

What's next?

Teaching. I'm running a robotics course for registrars in the spring. Half of the places have gone to women, which would have been unthinkable when I started.
"""),

dict(title="Alex Moran named chair of St Brendan's hospital board", text="""
The Health Service Executive has appointed Alex Moran, a former chief executive of the children's charity Barnardos Ireland, as chair of the board of St Brendan's University Hospital in Kilkenny.

Ms Moran, 58, succeeds Mr Raymond Cullinane, who stepped down in June after criticism of the hospital's handling of a series of complaints about its maternity unit. She takes up the role on 1 October.

In a statement, Ms Moran said her first priority would be to meet families who had raised concerns about the maternity service. "I want to hear from them before I hear from anyone else," she said. "The board's job is to make sure the hospital learns, and it can't learn from people it hasn't listened to."

A review published in May found that the hospital had taken an average of seven months to respond to complaints and that several families had never received a reply. The review's author, Dr Susan Hallinan, recommended changes to the hospital's governance structures.

Mr Cullinane, a retired bank executive, said at the time that he accepted the findings and had stepped down to allow a fresh start. He wished his successor well in a brief statement on Tuesday.

Among the families who raised complaints was Mr Mark Tobin, whose wife, Ruth, experienced a serious haemorrhage after giving birth at the hospital in 2022. He said he would be willing to meet the new chair but wanted to see results.

"We've met a lot of people who said they were listening," Mr Tobin said. "Alex Moran seems to mean it. I'll judge her on what happens next."

Ms Moran led Barnardos for nine years and was previously a social worker in Waterford. She has no background in hospital management, a point raised by Dr Niall Horgan, chair of the hospital's consultants' committee.

"She's clearly capable," Dr Horgan said. "But a hospital board needs people who understand clinical risk. I hope she'll lean on the clinicians who do."

Ms Moran said she agreed. "I'm not a doctor, and I won't pretend to be one," she said. "I've spent my career making sure the voices of children and families are heard in big institutions. That's what I'll bring here."

She will chair her first board meeting on 9 October.
"""),

dict(title="Solicitor says teenage client 'deeply regrets' Tralee shop assault", text="""
A solicitor for a 17-year-old boy who admitted assaulting a shop worker in Tralee has told the Children's Court that her client deeply regrets his actions and has written a letter of apology to the victim.

The boy, who cannot be named because of his age, pleaded guilty to assault causing harm after he punched a 52-year-old man who had refused to sell him cigarettes at a convenience store on Castle Street in March.

His solicitor, Ms Marian Kissane, said the boy had been drinking with friends and had no previous convictions. "He is mortified," she told Judge Deirdre O'Mahony. "He has been to see the injured man's employer and asked to apologise in person. That request was refused, which he fully understands."

The court heard that the shop worker, Mr Fintan Daly, suffered a fractured cheekbone and was out of work for six weeks. In a victim impact statement read by Garda Sergeant Louise Harrington, Mr Daly said he no longer felt safe working late shifts.

"I've worked in that shop for fifteen years," he said in the statement. "I never thought a child would do that to me. I have a son the same age."

Ms Kissane said her client had since left the group of friends he was with that night, had returned to school and was attending counselling. She handed in a letter from his school principal, Mr Conor Walsh, describing him as "a quiet student who has been badly shaken by what he did".

The boy's mother sat beside him throughout the hearing. Ms Kissane said she had driven him to every counselling session and had made him pay back €400 towards Mr Daly's lost earnings from his weekend job.

"His mother has been the strongest influence on him in all of this," Ms Kissane said. "She has made sure he faces up to it."

Judge O'Mahony said the assault was serious and that Mr Daly had done nothing to provoke it. However, she said she was taking into account the boy's guilty plea, his age and his efforts to make amends.

She adjourned the case until February for a probation report and told the boy that his conduct in the meantime would determine the outcome. "Your solicitor has spoken well for you," she said. "Now it's up to you."
"""),

dict(title="Mother and son keep Ballina's oldest bakery in the family", text="""
At four o'clock every morning, Mary Heffron unlocks the back door of the bakery her grandfather opened on Ballina's Pearse Street in 1931. Half an hour later her son, Shane, arrives with the flour delivery.

"He's late every day," Mrs Heffron, 66, said. "Every day for eleven years. I've given up."

Shane Heffron, 38, laughed. "I'm not late. She's early."

Heffron's Bakery is one of the oldest family businesses in north Mayo. It supplies brown bread and scones to more than forty shops and cafés between Ballina and Belmullet, and still sells from the original counter at the front of the building.

Mrs Heffron took over the business from her father, Patrick Kilcullen, in 1985. She ran it with her husband, Tom, until he died in 2013. Their son had been working as an accountant in Galway at the time.

"I came home for the funeral and never went back," he said. "Mam couldn't run it on her own, and I couldn't let it close."

His mother said she had not asked him to stay. "He decided that himself," she said. "I told him he was mad. I still tell him."

The business employs nine people. Mr Heffron has introduced online ordering and a van delivery service, and the bakery now ships its soda bread to customers in Dublin and London. He said revenue had doubled since 2014.

His mother is less interested in the website. "He shows me the orders on his phone," she said. "I tell him to get off his phone and watch the oven."

The pair do not always agree. Mr Heffron wanted to introduce sourdough three years ago; his mother said no. Last year she changed her mind after tasting a loaf he had made at home.

"She didn't say anything," he said. "She just put it on the shelf the next morning with a price on it. That's how I knew."

Mrs Heffron said she would retire "when they carry me out". Her son said he expected that to be a long way off. His own daughter, Ella, 9, already helps in the shop on Saturdays.

"She's better at the till than he is," Mrs Heffron said. "She gets that from me."
"""),

dict(title="Quinlan siblings settle farm partition dispute before trial", text="""
A brother and sister who had been fighting over the division of their late parents' 180-acre farm in Co Tipperary have settled the case on the day it was due to go to trial in the High Court.

Fergal Quinlan, 61, and his sister Deirdre Quinlan, 58, had been in dispute since the death of their mother, Nora Quinlan, in 2020. Their father, Michael, died in 2009.

Mr Quinlan, who has farmed the land near Cashel for more than forty years, claimed that his mother had promised him the entire farm in return for his work on it. Ms Quinlan, a pharmacist in Clonmel, argued that her mother's will, which divided the land equally, should be followed.

Counsel for Mr Quinlan, Mr Brian Ahern SC, told Ms Justice Karen Duffy on Tuesday morning that the parties had reached agreement overnight and asked that the case be struck out. The terms were not disclosed, but the court heard that Mr Quinlan would retain the farmhouse and the yard.

Ms Justice Duffy said she was glad the siblings had been able to resolve the matter. "These cases are painful for families," she said. "It is better that you decide this yourselves than have me decide it for you."

Outside court, Ms Quinlan said she was relieved. "I never wanted to take the farm off my brother," she said. "I wanted what my mother left me. I think we've both got something we can live with."

Mr Quinlan said the dispute had been "the worst five years of my life". He said he had not spoken to his sister since the funeral until they met in their solicitors' offices on Monday night.

"We sat in a room for six hours," he said. "By the end we were talking about Mam, not about the land. That helped."

His wife, Margaret Quinlan, said the family would now try to rebuild their relationship. Ms Quinlan's son, Cian, who had been expected to give evidence for his mother, said he was glad he would not have to.

Their mother's sister, Mrs Bridie Ryan, 84, who travelled from Thurles for the hearing, said she had prayed for the settlement. "Nora would have been heartbroken to see them in that courtroom," she said. "She'd be happy today."
"""),

dict(title="Profile: Chancellor Helena Brady and the long road to Maynooth", text="""
Helena Brady keeps a photograph on her desk of a terraced house in Crumlin with a pram outside it. The pram held her youngest brother; the house held nine children, two parents and, for a time, a grandmother.

"I was the first person in my family to sit the Leaving Cert," she says. "Now I'm the chancellor of a university. My mother still doesn't quite believe it."

Professor Brady, 63, was installed last month as chancellor of Maynooth University, the first woman and the first graduate of a non-fee-paying Dublin school to hold the ceremonial post. She spent most of her career as an economist at University College Dublin, where she led research on social mobility.

Her route into academia was not straightforward. After school she worked as a clerk in the Department of Social Welfare for six years, studying for a degree at night. A lecturer at UCD, Professor Tom Garrihy, noticed her in an evening class and encouraged her to apply for a scholarship.

"He read one essay and asked to see me," she says. "He told me I was wasting my time filing forms. He was a bit rude about it, and he was right."

Garrihy, now 88 and living in Wicklow, remembers the essay. "It was about why the children in her street didn't stay in school," he says. "She had the data from her own family. I had never seen anything like it."

Brady married Declan Moore, a civil engineer, in 1987. They have three sons. She says her husband took on most of the childcare when the boys were young, which was unusual at the time.

"People asked him if he was unemployed," she says. "He used to say he was on secondment."

Her appointment was welcomed by the university's president, Professor Eoin Mullarkey, who said her research had shaped government policy on student grants. The students' union president, Ms Laoise Dwyer, said Brady had met student representatives on her first day.

"She asked how many of us were first-generation students," Ms Dwyer says. "About half the room put their hands up. She said that was the best thing she'd seen all week."

Brady's mother, Kathleen, now 91, attended the installation in a wheelchair. Asked afterwards what she thought of the ceremony, she said it had gone on too long. Her daughter says she agrees.
"""),

dict(title="Badminton pair Tan and Chong chase Asian Games mixed doubles medal", text="""
In the training hall at the Singapore Sports Hub, Tan Wei Jie and Chong Hui Min communicate mostly in glances. After four years as a mixed doubles partnership, the pair say they rarely need words on court.

"I know where she will be before she moves," Tan, 26, said after a morning session last week. "If I have to look, it's already too late."

Chong, 24, agreed. "He's louder off court than on it," she said. "On court he is very calm. I'm the one shouting."

The pair are ranked 14th in the world and are Singapore's best hope of a badminton medal at the Asian Games in Nagoya next month. They reached the quarter-finals of the All England Championships in March, beating the Indonesian second seeds on the way.

Their coach, Mr Kim Ji-hoon, a former South Korean international, said the partnership worked because each player's strengths covered the other's weaknesses. "Wei Jie has a very big smash. Hui Min has the best net play in our squad. When she controls the front, he can attack from the back."

Kim said the pair had been close to splitting in 2023 after a run of first-round defeats. Chong had been offered a place in the women's doubles with another partner.

"I thought about it for a week," she said. "Then I went to Wei Jie and told him I was staying. He didn't say anything. He just bought me lunch."

Tan laughed at the memory. "It was a good lunch," he said.

Both players have had to balance badminton with their studies. Chong is completing a degree in sports science at Nanyang Technological University, and Tan finished his national service in 2021.

Ms Jessica Lim, the chief executive of the Singapore Badminton Association, said funding for the mixed doubles programme had been increased this year. "We believe Wei Jie and Hui Min can win a medal," she said. "They have beaten every pair in the top eight at least once."

The pair fly to Japan on Friday. Chong said her parents would travel to watch. Tan said his mother had already bought a flag.

"She has bought four flags," he said. "I don't know what she's planning to do with the other three."
"""),

dict(title="Francis Doherty, Donegal doctor who delivered 3,000 babies, dies aged 92", text="""
Dr Francis Doherty, who served as a general practitioner in the Inishowen peninsula for more than four decades and is believed to have delivered more than 3,000 babies, has died at his home in Buncrana. He was 92.

Born in Carndonagh in 1933, the son of a schoolteacher and a shopkeeper, Dr Doherty studied medicine at University College Galway and worked in hospitals in Manchester and Liverpool before returning to Donegal in 1962 to take over the practice of his uncle.

In the 1960s and 1970s, when many women in the peninsula gave birth at home, he was often called out at night in all weathers. He kept a record of every delivery in a series of notebooks, now held by the Inishowen Museum.

"He delivered me, and then he delivered my three children," said Mrs Agnes McLaughlin, 71, of Clonmany. "He came out in a snowstorm for my eldest. The car got stuck, and he walked the last mile."

Dr Doherty's wife, Dr Eileen Doherty, was also a GP, and the couple ran the practice together from 1968 until they retired in 2005. She specialised in women's health and ran one of the first family planning clinics in the north-west, at a time when the service was controversial.

Their daughter, Dr Róisín Doherty, who now runs the practice, said her father had supported her mother's work despite opposition from some local clergy. "He took a lot of abuse for it," she said. "He never talked about it. He just kept the clinic door open."

Dr Doherty was a keen sea angler and a founding member of the Lough Swilly Lifeboat fundraising committee. His friend, Mr Hugh Gallagher, a retired fisherman, said he was the best company on a boat. "He never caught anything," Mr Gallagher said. "He talked too much and frightened the fish."

In 1999 he received an honorary fellowship of the Irish College of General Practitioners. In a speech at the ceremony, he said the best medicine he had practised was "sitting in kitchens listening".

He is survived by his wife, Eileen, their daughters Róisín and Ciara, their son Brendan, and eight grandchildren. His funeral will take place at St Mary's Church, Buncrana, on Wednesday.
"""),

dict(title="Jordan Ellis's sensor could warn farmers of slurry pit gas days in advance", text="""
A researcher at University College Dublin has developed a low-cost sensor that can detect dangerous levels of hydrogen sulphide in slurry pits days before they become lethal, a development that farm safety campaigners say could save lives.

Dr Jordan Ellis, a chemical engineer at the university's School of Biosystems and Food Engineering, said the device costs about €60 to make and can be fitted to the side of a slurry tank with a single bracket.

"Slurry gas kills people in seconds," he said. "The problem is that the levels build up quietly over days, and nobody knows until someone starts to agitate the tank. We wanted something that would warn the farmer before that point."

The sensor sends readings every ten minutes to a phone app and sounds an alarm if levels rise above a safe threshold. It has been tested on 40 dairy farms in Kilkenny and Cork over the past year.

Dr Ellis, who grew up on a dairy farm near Bandon, said he had been motivated by the death of a neighbour in 2012. "He was a careful man," he said. "He'd done the job a hundred times. That's what slurry gas does."

His colleague, Dr Sinéad Costigan, designed the app and the data system. She said the biggest challenge had been making the device work in farmyards with poor mobile coverage. "Half the farms we tested had one bar of signal, if they were lucky," she said. "We had to build it to store data and send it in bursts."

Among the farmers who took part in the trial was Mrs Anne Buckley, who milks 120 cows near Mitchelstown with her husband, Jerry. She said the alarm had gone off twice on their farm in the winter. "The first time, Jerry thought it was broken," she said. "Then we checked with a handheld meter, and it wasn't."

Mr Buckley said he now would not agitate slurry without checking the app first. "I'm 60. I've been doing it the old way for forty years. I was lucky."

The project was funded by the Department of Agriculture. Dr Ellis said he and Dr Costigan hoped to have the device on the market by next spring through a university spin-out company, and were in talks with a co-operative about distribution.
"""),

]
