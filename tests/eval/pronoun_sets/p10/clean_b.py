ARTICLES = [
dict(title="Dutch pair claim mixed doubles title after late comeback", text="""
PARIS — Lotte de Vries and Ruben Bakker of the Netherlands won the mixed doubles title on Thursday, saving two championship points before beating the top-seeded pairing of Chloe Martin and Antoine Leclerc 4-6, 7-5, 10-8 in a match tie-break on a windswept court.

De Vries, 29, and Bakker, 33, were playing only their fourth tournament together after Bakker's regular partner withdrew with a shoulder injury in the spring. They trailed 5-3 in the second set before Bakker held serve to love and de Vries hit two return winners in the next game to break the French pair.

"I told Ruben at 5-3 that we had nothing to lose, and he said, 'Speak for yourself, I have my flight home to change,'" de Vries said, laughing, as Bakker shook his head beside her. "I think we both relaxed after that."

Bakker said he had asked de Vries to partner him only a week before the tournament. "She said yes on the condition that I stopped apologising for my volleys," he said. "I have not stopped, but she has been very patient with me."

Martin, who won the women's doubles title here two years ago, said she and Leclerc had played too cautiously when they were ahead. "We had our chances, we did not take them," she said. Leclerc said the wind had made the match "a lottery at the end," but added that the Dutch pair deserved the win. "They were braver than us in the tie-break," he said.

Dutch tennis federation director Eva Smit said the victory was the country's first Grand Slam mixed doubles title in eleven years. She said the federation would try to persuade the pair to play together at Wimbledon next month.

Asked about that prospect, the two players gave different answers. He said he was "very keen," while she said she would need to talk to her singles coach, Michel Janssen, first. Janssen, watching from the stands, said afterwards that he had no objection. "If she is winning titles, I am happy," he said.

The prize money of 122,000 euros will be shared between the two players.
"""),

dict(title="Study finds honeybees can count to four when guarding hives", text="""
Honeybees guarding the entrance to their hive appear to keep track of up to four intruders at once and become more aggressive when that number is exceeded, according to a study published on Tuesday by researchers in Australia and Britain.

The team, led by behavioural ecologist Dr. Sarah Brennan of the University of Queensland, filmed guard bees at 24 hives over two summers while releasing small numbers of bees from other colonies near the entrances.

"When one, two or three strangers turned up, the guards investigated them but rarely attacked," Brennan said. "When a fourth or fifth arrived at the same time, the behaviour changed completely. The guards started stinging and recruiting reinforcements."

Co-author Professor Michael Lowe of Queen Mary University of London said the findings added to a growing body of evidence that insects are capable of simple numerical reasoning. He said his own laboratory had previously shown that bumblebees could learn to choose between groups of objects based on their number.

"We used to think counting needed a big brain," Lowe said. "Bees have about a million neurons, and they seem to manage perfectly well."

Brennan and Lowe were both careful to say that the bees were not counting in the human sense. "They are estimating quantity, and they are good at it up to about four," she said. "Beyond that they seem to treat everything as 'lots,'" he added, "which, to be fair, is what many of us do too."

The study's first author, PhD student Tom Nguyen, said he had spent more than 600 hours watching hive entrances. "My partner thinks I have gone slightly mad," he said. "She may be right."

Dr. Rachel Ahmed, an entomologist at the University of Sussex who was not involved in the research, said the experiment was well designed but that the effect could be driven by the smell of the intruders rather than their number. She said she would like to see the results repeated with bees from a single foreign colony.

Brennan said the team was already planning that experiment for next summer.
"""),

dict(title="Driver who killed cyclist while over limit jailed for six years", text="""
A van driver who was almost twice the legal alcohol limit when he struck and killed a cyclist on a country road near Harrogate was jailed for six years on Wednesday.

Kieran Walsh, 29, of Knaresborough, pleaded guilty at York Crown Court to causing death by careless driving while over the prescribed limit. He was also banned from driving for nine years.

Richard Coates, 54, a keen club cyclist and father of three, died at the scene on the B6165 on the evening of July 8 last year. He had been riding home from a club time trial when Walsh's van hit him from behind.

Prosecutor Alison Brady told the court that Walsh had spent the afternoon drinking at a pub in Ripley and had been warned by the landlord not to drive. "He was told, in terms, to leave the van and get a taxi," she said. "He chose not to listen."

Coates's widow, Jane Coates, read a victim impact statement in which she described her husband as "the kindest man I have ever known." She said their youngest son, who is 12, had stopped riding his bike after the crash. "Richard taught all three of them to ride," she said. "Now one of them is too frightened to get on a bicycle. That is what this man has done to our family."

Walsh's barrister, Emily Greenhalgh, said her client was "utterly ashamed" and had written a letter of apology to the family. She said he had no previous convictions and had stopped drinking entirely since the crash.

Sentencing him, Judge Anthony Marsden said the case was one of the clearest he had seen of a death that was entirely avoidable. "You were told not to drive. You drove," the judge said. "A good man is dead because of that decision."

Outside court, Jane Coates said she hoped the sentence would make other drivers think. Sergeant Paula Finch of North Yorkshire Police's roads policing unit, who investigated the crash, said the force would be stepping up roadside testing over the summer.
"""),

dict(title="Haulage groups Brennock and Westline agree £1.2 billion merger", text="""
Brennock Transport and Westline Freight, two of Britain's five largest road haulage companies, agreed on Monday to merge in an all-share deal that values the combined group at about £1.2 billion and will create the country's biggest operator of refrigerated lorries.

Under the terms of the deal, Brennock shareholders will own 55 percent of the new company, to be called Brennock Westline. Westline's chief executive, Sarah Okafor, will lead the combined group, while Brennock's chief executive, Alan Pryor, will become executive chairman.

"This is a merger of two businesses that have spent twenty years competing hard against each other, and I think that is exactly why it works," Okafor said on a call with analysts. "We know each other's strengths because we have been on the receiving end of them." Pryor, speaking after her, said he had first approached Okafor about a deal over coffee at an industry conference eighteen months ago. "She told me it was a terrible idea," he said. "Then she rang me three weeks later."

The companies said the merger would produce annual cost savings of about £45 million within three years, mainly through combining depots and purchasing. They said they expected some job losses but did not give a figure.

A spokesman for the Road Haulage Association said the deal reflected pressure on the industry from rising fuel and labour costs. Union official Adrian Jones said the union would seek urgent talks with both companies. "Our members have kept this country fed, and they will not be the ones who pay for the savings," he said.

Claire Henshaw, an analyst at a London broker, said the deal made strategic sense but might attract scrutiny from the Competition and Markets Authority because of the two firms' combined share of chilled food distribution. "In some regions the two of them together would have well over half the market," she said.

Okafor, 49, a former army logistics officer, joined Westline in 2016 and became chief executive in 2020. Pryor, 61, has led Brennock for twelve years. Shares in both companies rose more than 10 percent.
"""),

dict(title="Debut feature by Glasgow director takes top prize at Edinburgh festival", text="""
EDINBURGH — "The Long Light," a debut feature by the Glasgow director Aisha Rahman about a widower and his teenage daughter living on a remote Hebridean island, won the top prize at the Edinburgh International Film Festival on Saturday.

The film, shot over six weeks on the island of Barra with a crew of fourteen, stars the veteran Scottish actor Iain Cowie as Hector, a fisherman who struggles to raise his daughter, Mairi, after his wife's death, and newcomer Skye MacNeil, 16, as Mairi.

"I wanted to make a film about two people who love each other and cannot find the words," Rahman said, accepting the award. "My own father was a man of very few words. This is, in a way, a film about him."

Cowie, 68, who has appeared in more than fifty films and is best known for crime dramas, said the role had been the most demanding of his career. "Aisha asked me to do less and less and less, and every time I did less she said it was better," he said. "I think by the end I was barely moving. She was right, of course."

MacNeil, who had never acted before and was cast after Rahman visited her school in Castlebay, said she had been "shaking" on the first day of filming. She said Cowie had helped her through it. "He told me to stop acting and just listen to him," she said. "That was the best advice anyone gave me."

Jury president, the French director Claire Dumont, said the film had been chosen unanimously. "It is a small film with a very big heart," she said. "It trusts its audience, and it trusts silence."

The film's producer, Gordon Sinclair, said it had been made for under £900,000, much of it raised from Scottish arts funding bodies. He said he was in talks with distributors in Britain and the United States and hoped it would reach cinemas in the spring.

Rahman said she had already begun writing her next film, which will be set in Glasgow. She declined to say what it was about.
"""),

dict(title="Campaigners lose bid to stop closure of three libraries", text="""
Campaigners trying to save three branch libraries in Sheffield lost their High Court challenge on Thursday, after a judge ruled that the city council had consulted properly before deciding to close them.

The libraries, in Gleadless, Walkley and Stannington, will close at the end of March. The council says the closures will save £420,000 a year and that the buildings will be offered to community groups.

Mr Justice Harold Fenton said in his judgment that while the decision would "no doubt cause real sadness in the communities concerned," the council had considered the impact on elderly and disabled residents and had met its legal duties. "It is not for this court to decide whether the closures are wise," the judge wrote. "It is for this court to decide whether they are lawful."

The claim was brought by Walkley resident Anne Corbett, 71, a retired librarian, with the backing of a campaign group, Save Our Shelves. Corbett said she was "bitterly disappointed" but would not give up. "We will now try to run the libraries ourselves if that is the only way to keep them open," she said.

Her solicitor, Rajesh Mistry, said he would study the judgment before advising her on a possible appeal. He said the ruling had confirmed that councils must take the needs of vulnerable residents into account, even if it had found against his client on the facts.

Council cabinet member Joe Kilner said the authority had not wanted to close any libraries but had been left with no choice. "We have lost almost half our government funding in fifteen years," he said. "Every decision we make now is a choice between things we care about."

Stannington library volunteer Beryl Hague, 84, said she had borrowed books from the branch since it opened in 1965. "I came here with my mother, and then with my children, and then with my grandchildren," she said. "I do not know where they will go now."

The council said it would extend the mobile library service to the three areas from April.
"""),

dict(title="Nurse and builder go head to head in Rushmere by-election", text="""
Voters in the Rushmere ward of Ipswich go to the polls on Thursday in a council by-election that has become an unexpectedly bitter contest between a local nurse and a builder who used to be friends.

The seat fell vacant when the sitting councillor, Bernard Sutton, died in January after 28 years representing the ward. The two main candidates are Labour's Kate Dunmore, 39, a nurse at Ipswich Hospital, and the Conservative Gary Fulcher, 52, who runs a building firm in the town.

The pair know each other well. Fulcher built an extension on Dunmore's house in 2019, and their children went to the same primary school. "We used to stand at the school gate together every morning," Dunmore said. "I like Gary. I just think he is wrong about almost everything." Fulcher, asked about the same friendship, said she was "a lovely person and a terrible choice for Rushmere."

The main issue in the campaign has been a plan for 600 homes on farmland at the edge of the ward. Dunmore supports the scheme, provided it includes a new GP surgery. Fulcher opposes it, saying the roads cannot cope. "I build houses for a living. I am not against houses," he said. "I am against putting them in the wrong place."

Relations soured last week when a Conservative leaflet said Dunmore had "voted to close the library," which she says is untrue because she has never held elected office. Fulcher said he had not written the leaflet and had asked his party to withdraw it.

Also standing are the Green Party's Tom Ellery and an independent, Sandra Moss, who is campaigning on potholes. Moss said she had entered the race because "the other two spend all their time arguing with each other."

Political analyst Dr. Jane Whitlock of the University of Suffolk said the result would be watched for signs of how the main parties were faring in the county. She said turnout was likely to be low. "By-elections in February rarely bring people out," she said.

The count will take place on Thursday night.
"""),

dict(title="'Football is the easy part': Q&A with Wrexham women's manager Dan Pritchard", text="""
Dan Pritchard, 45, has led Wrexham's women's team to the top of the Welsh Premier League in his first season in charge. A former primary school teacher who coached his daughter's under-11 side before moving into the senior game, he spoke to us about his players, his family and the club's ambitions. The interview has been edited for length.

Q: Top of the table at Christmas. Did you expect this?

A: Honestly, no. I thought we would be in the top four. But the players have been outstanding, especially the younger ones. Our captain, Ffion Hughes, has been the best player in the league. She sets the standard in training and everyone follows her.

Q: You came into the women's game through your daughter. Tell us about that.

A: Megan was nine and her team needed a coach, and I was the only parent who did not run away fast enough. She is 22 now and she plays for Cardiff, so I spend half my weekends hoping we beat her team and half hoping she plays well. My wife says I have to choose. I tell her I can't.

Q: Some people questioned whether a man should manage a women's team. How do you respond?

A: I understand the question. There should be more women coaching in the game and I want to help that happen. My assistant, Rhian Davies, has her A licence now, and I expect she will be a manager in her own right within two years. I will be sad to lose her, but that is the point.

Q: What is the hardest part of the job?

A: The football is the easy part. The hard part is that most of my players have other jobs. Ffion is a physiotherapist, and our goalkeeper, Lowri, is a police officer. They train at night after a full day's work. I have huge respect for that.

Q: What does success look like for you?

A: A full-time professional team here within five years. The club's owners have told me they want it, and so do I.

Wrexham play Cardiff, and Pritchard's daughter, on Sunday.
"""),

dict(title="The engineer who keeps the Tyne bridges standing", text="""
NEWCASTLE — Most mornings, before the traffic builds, Helen Armstrong walks across at least one of the seven bridges that cross the River Tyne between Newcastle and Gateshead. She is not admiring the view. She is listening.

"You learn what a bridge sounds like," said Armstrong, 56, who has been the principal structural engineer responsible for the city's river crossings for fourteen years. "When something changes, a bearing, an expansion joint, you often hear it before you see it."

Armstrong grew up in Jarrow, the daughter of a shipyard welder and a school dinner lady, and was the only girl in her A-level physics class. She said her father took her to watch the Queen Elizabeth II Bridge being built in the early 1980s and that she decided then what she wanted to do. "He told me that bridges were for engineers, not for people like us," she said. "Then he drove me to every open day at every university in the north."

She studied civil engineering at Newcastle University, where her mentor was Professor Geoffrey Hall, a specialist in steel fatigue. Hall, now 84 and retired, said she had been "the most stubborn student I ever taught, and I mean that as the highest compliment." He said he still sends her cuttings about bridge failures around the world. "She pretends to find it morbid, but she reads every one," he said.

Armstrong's biggest project, the restoration of the High Level Bridge, took four years and cost £42 million. Her deputy, Mark Robson, who has worked with her since 2011, said she had visited the site almost every day. "She knows every rivet on that bridge," he said. "I am not exaggerating. She has a spreadsheet."

Armstrong is married to Paul Armstrong, a music teacher, and they have two grown-up daughters, neither of whom became an engineer. "One is a nurse and one is an actor," she said. "I am equally baffled by both."

She will retire next year. Asked what she would miss, she looked out at the river. "The noise," she said. "The sound of a bridge that is working properly."
"""),

dict(title="Twins row into Olympic contention after trials win", text="""
CAVERSHAM — Twins Joe and Ellie Parsons, who learned to row together on the River Wear in Durham at the age of twelve, both won their events at the British Rowing trials on Sunday, putting themselves in line for places at next year's Olympic Games.

Joe Parsons, 24, won the men's single sculls by more than three seconds, and his sister took the women's lightweight double sculls with her partner, Amy Kerr, in a time that was the fastest by a British crew this year.

"We always said we would go to the Olympics together or not at all," Ellie Parsons said, as her brother stood beside her with a bag of ice on his shoulder. "He is rubbish at cooking, so somebody has to go with him."

Joe Parsons said the pair had been competitive since childhood. "She beat me in every race until we were fifteen," he said. "Then I grew about six inches in one summer, and she has never forgiven me." He said he had watched her final from the bank before his own race and had been "more nervous for her than for myself."

Their mother, Linda Parsons, a physiotherapist, and their father, Graham Parsons, a former county rower who coached them in their teens, were both at the lake. Graham Parsons said he had stopped coaching them when they were seventeen "because they stopped listening to me at sixteen."

Kerr, 26, said she had asked to be paired with Ellie Parsons after the two trained together at a camp in Portugal in February. "She is the most relentless athlete I have ever met," Kerr said. "She does not stop."

Britain's head coach, Paul Thompson, said selection would not be finalised until the summer regattas but that both results had made a strong case. "It is rare to see two siblings performing at this level at the same time," he said. "They push each other, and it shows."

The twins will race in the first World Cup regatta of the season in Varese in April.
"""),

dict(title="Junior doctors begin five-day strike as talks collapse", text="""
Junior doctors in England began a five-day strike on Monday after last-minute talks with the government broke down, with hospitals cancelling thousands of planned operations and outpatient appointments.

The British Medical Association said the walkout, the longest in the dispute so far, would go ahead after ministers refused to improve an offer of a 5 percent pay rise. The government said the offer was "fair and final."

Dr. Rebecca Sloane, co-chair of the union's junior doctors committee, said on a picket line outside St Thomas' Hospital in London that her members had not taken the decision lightly. "Nobody becomes a doctor in order to stand outside a hospital," she said. "We are here because our pay has fallen by a quarter in fifteen years and we are losing colleagues to Australia every week."

Health secretary Martin Crowe said the strike would put patients at risk. He said he had offered to meet the union again but that it had rejected "every reasonable compromise." Asked whether he would move on pay, he said there was "no more money."

Sloane's fellow co-chair, Dr. Imran Patel, said Crowe's position was "simply not true." He said the union had proposed a multi-year deal that would cost less in the first year than the government had claimed. "The health secretary knows this, because I explained it to him myself on Friday night," he said.

At King's College Hospital, consultant anaesthetist Dr. Susan Ward was covering for striking colleagues. She said senior doctors were stretched but that emergency care was being maintained. "We will keep patients safe," she said. "But this cannot go on indefinitely."

Patients' Association chief executive Mark Leeds said he understood the doctors' frustration but urged both sides to return to talks. He said one patient had contacted the charity after their hip operation was cancelled for the third time.

NHS England said it would publish figures on cancelled appointments at the end of the week. The strike ends at 7 a.m. on Saturday.
"""),

dict(title="Forgotten painting by Welsh artist sells for record £1.4 million", text="""
A painting by the Welsh artist Gwen Pryce-Jones that hung unrecognised for decades in a farmhouse kitchen in Carmarthenshire sold for £1.4 million at auction in London on Wednesday, a record for the artist.

"Girl at a Window, Tenby," painted around 1912, was consigned by the family of the late farmer Emyr Lloyd, who bought it for a few shillings at a house clearance sale in the 1950s. His son, Huw Lloyd, said the family had always liked the picture but assumed it was an amateur work.

"Dad used to say she looked like my mother," Huw Lloyd said. "It hung over the Aga for sixty years. We are lucky it did not get cooked."

The painting was identified last year by art historian Dr. Sian Morgan, who spotted it in the background of a photograph Lloyd's daughter posted on social media. Morgan said she had recognised the artist's distinctive handling of light immediately. "I nearly dropped my phone," she said. "I wrote to the family the same evening."

Pryce-Jones, who died in 1951, exhibited in Paris before the First World War but spent most of her later life in obscurity in Pembrokeshire, and much of her work has been lost. Morgan said she was one of the most important Welsh painters of her generation and that the sale would help restore her reputation.

The painting was bought by a private collector bidding by telephone, against competition from the National Museum of Wales. Auctioneer James Whitley said there had been seven bidders. "The room was very quiet when it went past a million," he said. "Then it was very loud."

The museum's director, Kathryn Rees, said she was disappointed but hoped the buyer would lend the work for exhibition. "Gwen Pryce-Jones belongs to Wales," she said.

Huw Lloyd said the family would use part of the proceeds to repair the farmhouse roof. "My father would have wanted it spent on something sensible," he said.
"""),

dict(title="Couple and baby rescued from car as flash floods hit Cumbrian village", text="""
A couple and their eight-month-old baby were rescued from the roof of their car on Saturday night after flash flooding swept through the Cumbrian village of Glenridding, one of dozens of rescues carried out by emergency services across the county.

Firefighters said the family had been driving home from Penrith when the water rose suddenly on the A592 near the village. Within minutes it reached the car's windows, and the father, Liam Harker, 31, climbed onto the roof with the baby before pulling his wife, Natalie, up after him.

"He just grabbed Isla and got out of the window, and I followed," Natalie Harker said on Sunday from her parents' home in Penrith. "We sat on the roof for forty minutes in the rain. I have never been so cold or so frightened."

Crew manager Debbie Sharp of Cumbria Fire and Rescue, who led the rescue team, said they had reached the car by boat. "The water was moving very fast and it was almost at the roof line," she said. "They did exactly the right thing getting up high, and they stayed calm, which made our job a lot easier."

Liam Harker said he had not thought about the danger until afterwards. "You just act," he said. "Then you sit in the ambulance and your hands start shaking."

More than 60 millimetres of rain fell in three hours on Saturday evening, according to the Environment Agency. Area flood manager Andrew Holt said rivers in the Ullswater valley had risen faster than at any time since Storm Desmond in 2015.

Glenridding hotel owner Christine Bell said water had come through the ground floor of her building for the second time in a decade. "We had only just finished paying for the last repairs," she said.

Eden district councillor Peter Dixon said he would press the government for funding for flood defences in the valley. "Every few years we do this again, and every few years we are told it is being looked at," he said.

The Harkers said they planned to buy a new car, "preferably a tall one."
"""),
]
