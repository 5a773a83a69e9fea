ARTICLES = [
dict(title="Port expansion wins approval despite objections from fishing fleet", text="""
KIRKWALL — Orkney Islands Council on Wednesday approved a £65 million expansion of the harbour at Hatston, clearing the way for larger cruise ships and offshore wind service vessels but angering fishermen who say the work will disrupt their grounds for at least two seasons.

Council leader Morag Linklater and her deputy, Stuart Rendall, presented the plan together at a public meeting in the town hall before the vote. "This is the biggest investment in our harbours for a generation," Linklater said, while Rendall, speaking after her, said he understood the fishing fleet's fears but that "the islands cannot stand still while the rest of the North Sea moves on."

The scheme includes a 300-metre quay extension, a new laydown area for wind turbine components and dredging of the approach channel. The council expects construction to begin in the spring and to take around thirty months.

Orkney Fishermen's Association secretary Jim Flett said his members had not been properly consulted. "We were told about the dredging after the design was finished," he said. "Nobody asked the men who actually fish those waters where the spawning grounds are."

Linklater said she would meet the association next week and that the council had set aside £1.5 million for compensation and monitoring. Flett said he would go to the meeting but was not optimistic.

Marine biologist Dr. Sheena Muir, who advised the council on the environmental assessment, said the most sensitive areas had been excluded from the dredging zone. She added that she had recommended a seasonal pause in work between February and April, when herring spawn in the area, and that the council had accepted it.

Harbour master Ewan Drever said the expansion was needed to keep pace with demand. He said cruise calls had doubled since 2015 and that the current quay could not take ships longer than 300 metres. "We turned away eleven ships last year," he said. "That is eleven days of passengers spending money in Kirkwall shops."

Rendall said the council would publish a full construction timetable in January. Asked whether the compensation fund was large enough, he and Linklater gave slightly different answers: he said it was "a starting point," while she said it was "what we can afford."
"""),

dict(title="Polar research ship named in Hull ceremony ahead of Antarctic season", text="""
HULL — Britain's newest polar research vessel was formally named on Friday at a ceremony on the Humber, ahead of her first voyage to Antarctica next month.

The RRS Margaret Holt, a 129-metre icebreaking ship built at a cost of £210 million, was named by the oceanographer whose name she carries, Professor Margaret Holt, 84, who broke a bottle of English sparkling wine against the hull as a brass band played on the quay.

"I spent forty years trying to get onto ships like this one, and now one of them has my name on the bow," Holt said, to laughter from the several hundred guests. "I am not sure whether to be proud or embarrassed. I think I will be both."

The ship will be commanded by Captain Rebecca Armitage, who previously served as master of the survey vessel RRS Discovery. Armitage said the ship's crew of 30 and up to 60 scientists would spend the first season studying the retreat of glaciers in the Amundsen Sea. "She is a remarkable vessel," the captain said. "She can break ice a metre thick at three knots, and she carries more laboratory space than any ship we have had before."

The ship's chief engineer, Daniel Okwu, said the vessel's hybrid diesel-electric propulsion would cut fuel use by about a quarter compared with older research ships. He said the engine room crew had spent six weeks on sea trials in the North Sea and that she had performed "better than the numbers promised."

Science minister Andrew Pell said the ship would "keep Britain at the forefront of polar science for thirty years." He said the government had committed funding for her operations until 2035.

Some scientists have questioned whether that funding is sufficient. Dr. Fiona Garrett, a glaciologist at the University of Leeds, said she welcomed the ship but worried that cuts to research grants would leave it without enough scientists to carry. "A ship is only as useful as the people on board," she said.

The Margaret Holt will sail from Hull on October 12, calling at Montevideo before heading south. Holt said she would be on the quay to see her off.
"""),

dict(title="Foreign minister says Britain will stand by her allies in Baltic", text="""
VILNIUS — Britain's foreign secretary, Catherine Ashdown, told a conference of Baltic and Nordic ministers on Thursday that the country would increase the number of troops it keeps in Estonia and would "stand by her allies for as long as it takes."

Ashdown, speaking on the second day of the meeting in the Lithuanian capital, said Britain would add a further 400 soldiers to the 900 already stationed near Tapa, and would deploy an additional air defence battery by the end of the year.

"Britain has not forgotten who stood with her in the darkest years of the last century," Ashdown said. "We will not forget who stands with us now."

Lithuania's foreign minister, Gintaras Vaitkus, welcomed the announcement, saying his country had long argued for a larger allied presence along NATO's eastern border. He said he and Ashdown had discussed the deployment over dinner on Wednesday evening and that she had "listened to every concern we raised."

The announcement was greeted more cautiously by Sweden's foreign minister, Ulrika Berg, who said that her government supported the move but that European countries needed to spend more on their own defence rather than relying on Britain and the United States. "Europe must be able to look after herself," Berg said.

Opposition politicians in London criticised the timing. Shadow defence secretary Richard Kerr said the Ministry of Defence was already short of troops and that the government had not said where the additional soldiers would come from. "The foreign secretary makes promises that the defence secretary will have to keep," he said.

Ashdown dismissed the criticism. Asked by reporters whether the army could sustain the commitment, she said that the deployment had been agreed with the defence secretary, Tom Haverford, and that he had confirmed the troops were available.

Estonia's ambassador to London, Marko Tamm, said the decision sent a clear signal. "When a country like Britain says she will be there, people listen," he said.

The ministers will meet again in Oslo in the spring.
"""),

dict(title="'I write to find out what I think': an interview with Nadia Qureshi", text="""
Nadia Qureshi's fourth novel, "The Salt Houses," a story of two sisters running a failing guesthouse on the Yorkshire coast, was shortlisted this week for the Northern Fiction Prize. The 44-year-old author, who lives in Whitby with her husband, the photographer Ben Hollis, and their two sons, spoke to us about family, failure and the sea. The interview has been edited for length.

Q: The sisters in the book, Ruth and Imogen, never quite forgive each other. Is that a book about your own family?

A: Everyone asks that, and my sister asks it most of all. No. She and I get on very well, mostly. But I am interested in the things families agree never to say. Ruth and Imogen have built a whole business on not saying them.

Q: You wrote it during the pandemic, when your husband's work dried up. Did that find its way in?

A: Ben had no weddings, no commissions, nothing, for almost a year. He took over the cooking and I locked myself in the attic. So yes, the money worries in the book are real. He says he should get a credit.

Q: Your editor, Simon Achterberg, has said he thought this was your best book before you had finished it. When did you know?

A: I didn't. I never know. Simon is a very patient man and he was much more confident than I was. I write to find out what I think, so until the end I have no idea whether it works.

Q: The prize judges called the prose "restrained to the point of cruelty." Do you recognise that?

A: I laughed when I read it. My mother said it was the nicest thing anyone had ever said about me. She meant it as a joke. I think.

Q: What are you working on now?

A: A book about a lighthouse keeper, a man who has to leave the only place he understands. I have written about women and houses for twenty years. I wanted to see if I could do a man and a tower.

Q: And can you?

A: Ask me in two years.

The winner of the Northern Fiction Prize will be announced in Leeds on November 14.
"""),

dict(title="Former charity treasurer denies stealing £340,000 from hospice", text="""
A former treasurer of a Cheshire hospice charity stole more than £340,000 over seven years to pay for foreign holidays, a horse and a holiday cottage in Wales, a jury at Chester Crown Court heard on Monday.

Linda Marsh, 58, of Tarporley, denies fraud by abuse of position and false accounting. The prosecution says she transferred money from the accounts of the St Oswald's Hospice Trust into personal accounts between 2015 and 2022, disguising the payments as invoices from fictitious suppliers.

Opening the case, prosecutor Jonathan Keele said Marsh had been trusted completely by the charity's trustees, many of whom had known her for decades. "She was the person everyone turned to with a question about money," he told the jury. "That trust, the Crown says, is exactly what she exploited."

The fraud was uncovered in 2022 when a new chair of trustees, Dr. Anne Whitworth, asked to see bank statements that Marsh had repeatedly failed to provide, the court heard. Keele said Whitworth had found payments to a company called Marsh Consulting, which he said did not exist.

Marsh's barrister, Andrew Prentice, told the jury his client accepted that money had moved between the accounts but that she had believed the transfers were loans authorised by the former chair, Geoffrey Lyall, who died in 2021. "The one man who could confirm her account is no longer here to do so," Prentice said. "That is her misfortune, and it must not become her conviction."

He said he would call evidence that Marsh had repaid about £60,000 before the fraud investigation began, and that she had volunteered at the hospice for more than twenty years, including long nights sitting with dying patients.

The jury was shown photographs of a grey mare, named Clover, which the prosecution says was bought with £18,000 of charity funds in 2019. Marsh's husband, Philip, a retired police officer, is expected to give evidence later in the trial. He is not accused of any wrongdoing.

Judge Caroline Ellery told the jury the trial was likely to last three weeks. She warned jurors not to research the case online or to discuss it with family members.

The trial continues.
"""),

dict(title="Chef wins unfair dismissal claim against restaurant group", text="""
A head chef who was sacked after complaining about kitchen temperatures in a heatwave has won his claim for unfair dismissal against one of the north-west's largest restaurant groups, an employment tribunal ruled on Tuesday.

Gareth Pryce, 41, was dismissed by Halewood Dining in August 2023, three weeks after he emailed the company's operations director to say that temperatures in the kitchen of its Liverpool steakhouse had reached 44 degrees and that two members of his brigade had fainted.

Employment Judge Susan Carrow found that the reason given for his dismissal, a complaint about the quality of a dish served to a food critic, was "a pretext" and that the real reason was his health and safety complaint.

"The claimant raised a legitimate concern about the safety of the people who worked under him," the judge wrote in her judgment. "He was entitled to do so, and he was dismissed for it."

Pryce was represented by employment barrister Helen Oduya, who said outside the tribunal in Liverpool that her client had been "vindicated completely." She said he had struggled to find work since his dismissal because the company had told suppliers and other restaurants that he had been sacked for poor performance.

"Gareth is a superb cook and a decent man who stood up for his team," Oduya said. "This judgment restores his name."

The company was represented by solicitor Mark Bevan, who told the tribunal during the three-day hearing that the decision to dismiss Pryce had been taken by the group's chief executive, Joanna Halewood, after she personally tasted the dish in question. Halewood told the tribunal she had not been aware of the temperature complaint when she made her decision, an account the judge said she did not accept.

In a statement, Halewood Dining said it was disappointed with the ruling and was considering an appeal. It said it had since installed new ventilation in all eleven of its kitchens.

Pryce, who now runs a catering business with his wife, Kerry, said he had brought the claim for his former colleagues. "Two of them went down on the floor in that kitchen," he said. "Somebody had to say it."

Compensation will be decided at a hearing next month.
"""),

dict(title="Brother and sister take over family brewery as founder retires", text="""
HUDDERSFIELD — The Garside family has run the Colne Valley Brewery for 38 years, and on Monday the business passed to a second generation when founder Keith Garside, 71, handed control to his son and daughter.

Emma Garside, 42, becomes managing director and her younger brother, Tom Garside, 37, becomes head brewer. Their father will remain chairman but said he intended to spend most of his time "fishing, gardening and staying out of their way."

"I started this in a garage with a second-hand mash tun and a lot of optimism," Keith Garside said at a gathering of staff and regular customers in the brewery's tap room. "I am handing over a business with forty staff and beer in six hundred pubs. I could not be prouder of the two of them."

Emma Garside, a former accountant who joined the brewery in 2012, has run its finances and sales for the past decade. She said she would focus on expanding the brewery's small chain of pubs and on exporting to Scandinavia. "Dad built the brand. Tom makes the beer. My job is to make sure people can buy it," she said.

Tom Garside, who trained at a brewing school in Edinburgh and worked in Belgium before returning home, said he planned to keep the brewery's traditional bitters unchanged while developing a range of lower-alcohol beers. "I am not touching Valley Gold," he said, referring to the brewery's best-selling ale. "My sister would kill me, and so would half of Huddersfield."

The siblings' mother, Janet Garside, who ran the brewery's office for many years, died in 2019. Emma Garside said her mother would have enjoyed the day. "She was the one who kept Dad's feet on the ground," she said. "She would have told us all to stop making speeches and pour the beer."

Industry analyst Richard Holme said family succession was one of the biggest risks facing independent brewers. "Plenty of breweries are sold when the founder retires because nobody wants to take it on," he said. "Here there are two people who want it, and they have clearly divided the work sensibly."

The brewery said the handover would not affect staff or prices.
"""),

dict(title="Couple's village bakery named best in Britain", text="""
A bakery in the Northumberland village of Alnmouth run by a husband and wife who left careers in banking to bake bread has been named Britain's best independent bakery by a trade magazine.

Sam and Rosie Adeyinka opened Tidewater Bakery in a former fishmonger's shop in 2018, after Sam lost his job at a bank in Newcastle and Rosie, then a compliance manager at another bank, decided to join him. The couple, who have two young daughters, now employ nine people and sell around 700 loaves a day.

"We had no idea what we were doing," Rosie Adeyinka said on Wednesday, laughing. "Sam had been baking sourdough at weekends and giving it to the neighbours, and the neighbours kept asking if they could pay for it. That was the business plan."

Her husband said the early years had been hard. "For two years we were up at three every morning and we did not pay ourselves anything," he said. "There were days when I thought we had made a terrible mistake. Rosie never did. She is much braver than me."

The judges from the magazine, Baking Today, praised the bakery's use of flour from a watermill in Cumbria and its rye bread, which Sam Adeyinka developed with help from a baker he met on holiday in Denmark. Head judge Patricia Lomax said the couple had "shown that a small village bakery can be every bit as good as the famous names in the cities."

The couple's head baker, Callum Forster, who joined as a Saturday boy when he was 16, said he had learned everything in the Tidewater kitchen. "Sam taught me to bake and Rosie taught me to count," he said. "Between them I have had a better education than school gave me."

Local councillor Gillian Rowe said the bakery had brought visitors to the village year-round. "People drive from Edinburgh for their cinnamon buns," she said. "I know because I have met them in the queue."

The Adeyinkas said they would use the prize money of £5,000 to buy a second oven. Asked whether they planned to open a second shop, he said no and she said "not yet."
"""),

dict(title="Sculptor Ash Morrow unveils harbour installation after three-year commission", text="""
FALMOUTH — A 12-metre steel sculpture of a wave breaking over a rowing boat was unveiled on the quay at Falmouth on Saturday, three years after the town council commissioned it to mark the 150th anniversary of the local lifeboat station.

The work, titled "Launch," is by the Cornish sculptor Ash Morrow, who uses they/them pronouns and who grew up two streets from the harbour. Morrow said they had wanted the piece to honour the volunteers who have crewed the lifeboat since 1867, many of them from the same few families.

"Every time the maroons went off when I was a child, half the street ran down the hill," Morrow told the crowd of several hundred people. "I wanted to make something about that moment, the moment you decide to go out."

Lifeboat coxswain Peter Trethowan, whose father and grandfather both served on the crew, unveiled the sculpture with the station's longest-serving volunteer, Mary Pascoe, 83, who raised funds for the lifeboat for more than sixty years. Pascoe said she had been sceptical about the design at first. "I told them it looked like a bent spoon," she said. "I take it back. It's beautiful."

Trethowan said the crew had been involved at every stage. "Ash came out with us on exercises three times," he said. "They were sick over the side twice and still came back for a third go. That told us they were serious."

The £180,000 cost was met by the council, an arts charity and a public appeal. Council leader Janet Rowe said she had received "a handful" of complaints about the cost but far more messages of support.

Art critic Harry Penrose, writing in a local arts magazine, called the work "the best public sculpture in Cornwall in a generation," though he said its position on the quay, beside a row of bins, did it no favours. Morrow said they had raised the same point with the council and that the bins would be moved.

The sculptor's next commission, a memorial to fishermen lost at sea, is due to be installed in Newlyn next year. Morrow said they would begin work on it in the spring.
"""),

dict(title="Residents win fight to save village post office", text="""
The post office in the Shropshire village of Clun will stay open after a campaign by residents persuaded a retired postmistress to take it over, ending six months of uncertainty that had left older villagers facing a 14-mile round trip to collect pensions.

The branch closed in March when its previous operator, who had run it from the village shop for 22 years, retired. Post Office Ltd had said it would not reopen the branch unless a new operator came forward by the end of September.

Mrs Dorothy Beddoes, 67, who ran the post office in neighbouring Bishop's Castle for thirty years before retiring in 2020, said she had been persuaded by a petition signed by more than 400 people. Beddoes will open the branch three days a week from a converted room in the village hall, beginning on October 14.

"I said I was retired, and they said that was fine, they only needed me retired three days a week," Beddoes said. "You cannot argue with people like that."

The campaign was led by parish councillor Tom Jukes, who said he had spent much of the summer knocking on doors. Jukes said he had been close to giving up in August. "Then someone mentioned Dorothy," he said. "Half the county knows her. I went round with a cake and a petition and I did not leave until she said yes."

Hall committee chair Margaret Pugh said the hall would charge a nominal rent. "This building was put up by the village in 1923 and it should serve the village," she said. "A post office is exactly what it is for."

Local MP Stuart Anderton said he would raise the wider problem of rural branch closures in parliament. He said more than thirty post offices in Shropshire had closed or reduced their hours in the past five years. "Clun has been lucky," he said. "Most villages do not have a Dorothy Beddoes."

Beddoes said she would be behind the counter at nine o'clock on the first morning, and that the first customer would get a free book of stamps.
"""),

dict(title="Father carries bag as daughter wins national amateur title", text="""
PORTHCAWL — Ellie Driscoll won the women's national amateur golf championship on Sunday at Royal Porthcawl, beating the defending champion Hannah Roberts by three and two in the 36-hole final, with her father, Mike Driscoll, carrying her bag.

The 19-year-old from Cardiff, a student at a university in Arizona, was three down after nine holes of the morning round but won five of the next seven holes and never trailed again.

"I was playing awful golf in the morning and Dad just kept telling me to slow down," Driscoll said afterwards, holding the trophy. "He does not know much about swings, but he knows me."

Mike Driscoll, a 52-year-old electrician who took up golf only after his daughter started playing at the age of nine, said he had been "a bag of nerves" throughout the afternoon. "I am supposed to be the calm one," he said. "She was far calmer than me. I just handed her clubs and tried not to say anything stupid."

Roberts, 24, who won the title at Hoylake last year, said she had been beaten by the better player. "Ellie holed everything in the afternoon. There was nothing I could do about it," she said. "She will be a great professional."

Driscoll's university coach, Brian Kessler, flew in from Phoenix for the final. He said she had improved her short game considerably since arriving in the United States last autumn. "The talent was always there," he said. "What has changed is that she believes she belongs at this level."

The win earns Driscoll a place in the Women's Open at Royal Troon in August. Asked whether her father would caddie for her there, she laughed. "He'll have to ask my coach," she said. Kessler said the answer was "probably not," but her father said he would be there regardless. "Caddie or not, I'm going," he said.

The men's championship, played at the same time at nearby Pyle and Kenfig, was won by Rhodri Evans.
"""),

dict(title="Mother and son both elected to county council in same night", text="""
A mother and son were both elected to Lancashire County Council early on Friday, winning neighbouring divisions in Chorley for different parties and setting up what both admitted could be some awkward Sunday lunches.

Carol Whittaker, 63, a retired nurse, held the Chorley Rural East division for the Conservatives with a majority of 412. Her son, Daniel Whittaker, 34, a secondary school teacher, took the neighbouring Chorley South division from the Conservatives for Labour by 230 votes.

"We have always argued about politics at the dinner table, so nothing much changes," Carol Whittaker said at the count at Chorley town hall, standing next to her son. "The difference is that now we will be arguing about it in the council chamber as well." Daniel Whittaker, asked whether he had voted for his mother, said he lived outside her division and so had not had the chance. "I would have thought about it," he said, to laughter.

The Whittakers were among the last results declared. The overall contest in Lancashire was close, with the Conservatives losing six seats but retaining control of the council by a narrow margin.

Council leader Philippa Baines, a Conservative, congratulated both candidates. "I am delighted to welcome Carol back," she said. "I am rather less delighted to see Daniel, but I am sure he will be a fine councillor."

Labour group leader Tariq Mahmood said Daniel Whittaker's victory was one of the best results of the night for his party in the county. He said the new councillor had knocked on more than three thousand doors during the campaign.

Carol Whittaker's husband, Ray, a retired bus driver, said he had voted for his wife. Asked whether he would have voted for his son if he had lived in Chorley South, he declined to answer. "I am staying out of it," he said. "I have to live with both of them."

Both said they would focus on local issues. She plans to campaign for better rural bus services and he for school transport. "At least we agree on buses," he said.
"""),

dict(title="Joan Ashworth, teacher who founded town's first refuge for women, dies at 86", text="""
Joan Ashworth, a former primary school teacher who founded the first refuge for women fleeing domestic violence in Blackburn and ran it as an unpaid volunteer for more than twenty years, has died at the age of 86. Her family said she died on Tuesday at a care home in Darwen.

Ashworth opened the refuge in 1977 in a terraced house she and her husband, Bill, had bought as an investment, after a mother from her class arrived at school with a broken arm and told her she had nowhere to go. The house had six beds. Within a month every one was taken.

"She never thought of it as brave or unusual," her elder son, David Ashworth, said. "She thought of it as the obvious thing to do. Mum saw a problem and she fixed it, and she expected everyone else to do the same."

Bill Ashworth, a plumber, did much of the work to convert the house himself and later fitted locks, alarms and a reinforced door after the refuge was targeted by violent partners. He died in 2015. Their younger son, Stephen, said his father had been "the quiet half of the operation."

"Dad did the pipes and the doors and she did everything else," he said. "He used to joke that he had married a social services department."

By the time Ashworth stepped down in 1999, the refuge had moved to a larger building and had helped more than 3,000 women and children. It is now run by a regional charity. Its current director, Samina Akhtar, said Ashworth had set the standard for everything that followed. "Joan built this from nothing," she said. "Every woman who comes through our door is walking through a door she opened."

Alan Birtwistle, a borough councillor who worked with her for many years, said the town owed her "more than it ever said out loud."

Ashworth was appointed MBE in 1994. She is survived by her sons, five grandchildren and her sister, Margaret.
"""),
]
