ARTICLES = [
r"""Film festival's co-directors defend choice of opening film

The co-directors of the Lakeside Film Festival on Monday defended their decision to open this year's event with a documentary about a disgraced hedge fund manager, after several sponsors complained.

Nadia Farouk and Simon Achterberg, who have run the festival together since 2019, said the film, "Margin Call of Duty," was the strongest of the 140 films submitted. They spoke at a joint news conference at the festival's offices.

"We don't pick opening films to make people comfortable," Ms. Farouk said. "We pick them because they're good."

Mr. Achterberg agreed but acknowledged that the timing was awkward. "The man at the center of the film has just been sentenced," he said. "I understand why some people feel it's too soon. I don't agree with them."

Two sponsors, a regional bank and a law firm, have asked for their logos to be removed from the opening-night program. Ms. Farouk said she had spoken with both. "They are entitled to their view," she said. "We're still grateful for their support."

He added that ticket sales for the opening night had sold out within four hours, the fastest in the festival's history.

The film's director, Laura Benning, said she was pleased by the attention but regretted the controversy. "I made a film about greed, not a film in praise of it," she said. She will attend the screening with the film's producer, Tom Oyelaran.

The festival's board chairman, Richard Hale, said he supported the co-directors. "Nadia and Simon have built this festival into something the city is proud of," he said. "They have my confidence."

Asked whether they ever disagreed, the two exchanged a look. "Constantly," she said. "About everything," he said. "But never about the films," she added.

The festival runs from October 3 to 12.
""",

r"""Immigration lawyer says deported baker should be allowed to return

An immigration lawyer is asking the Home Office to let a baker who was deported to Ghana last month return to Britain, arguing that officials ignored evidence that he had lived in the country legally for 22 years.

Kwame Asante, 48, ran a bakery in Peckham and was detained during a routine reporting appointment in September. He was put on a charter flight to Accra eight days later, before his lawyers could lodge an appeal.

His lawyer, Rebecca Okafor, said on Tuesday that the Home Office had lost documents showing that Mr. Asante was granted indefinite leave to remain in 2006. "My client did everything right," Ms. Okafor said. "He paid his taxes, he employed six people, and he turned up to every appointment. The system failed him."

She said she had obtained a copy of the 2006 decision letter from Mr. Asante's former accountant, who had kept it in a filing cabinet. "It took me two phone calls to find what the Home Office couldn't find in two years," she said.

The Home Office said it did not comment on individual cases but that it "keeps all decisions under review."

Mr. Asante's wife, Abena, has kept the bakery open with the help of his staff. She said customers had signed a petition with more than 4,000 names. "People queue for his bread at seven in the morning," she said. "They want him back. I want him back."

The local MP, Daniel Price, said he had written to the immigration minister. "If Ms. Okafor is right, and I have seen the letter, then a grave injustice has been done," he said.

Ms. Okafor said she expected a decision within a month. Speaking by phone from Accra, Mr. Asante said he was staying with a cousin. "I have not lived here since I was a boy," he said. "I have no home here. My home is in Peckham."
""",

r"""Actress wins libel case against tabloid, lawyer says 'vindicated'

The actress Claudia Renner won her libel case against the Sunday Courier on Thursday, after a judge found that the newspaper had falsely reported that she had been drunk on set and walked off a film.

Mr. Justice Fairbairn awarded her £180,000 in damages and ordered the newspaper to publish a summary of the judgment on its front page.

Ms. Renner's barrister, Alexander Grey KC, said outside the High Court that his client had been vindicated. "She has waited two years for a court to say what she knew from the start, that every word of that story was false," Mr. Grey said. "She did not deserve what this newspaper did to her."

He said she had lost two film roles after the article was published. "Producers read that story and stopped calling her," he said. "That is the damage a lie can do."

The judge found that the newspaper's main source, a former assistant on the film, had a grudge against Ms. Renner and that the reporter had not contacted the film's director, Stefan Morel, before publication. Mr. Morel told the court that Ms. Renner had been "completely professional" throughout the shoot.

The newspaper's editor, Gavin Platt, said he was disappointed and would consider an appeal. He said the paper had acted in good faith.

Ms. Renner did not speak to reporters. She left the court holding hands with her husband, the musician Theo Lang. In a statement read by Mr. Grey, she thanked her family and the cast and crew who gave evidence for her.

"I hope this will make other newspapers think twice before they publish gossip as fact," the statement said.

Mr. Grey said his client would donate part of the damages to a charity supporting people with addiction. "She thought that was the right response to being falsely called an addict," he said.
""",

r"""Non-binary chef's restaurant earns first star

Sage Okoro has cooked in other people's kitchens for fifteen years. On Monday, the restaurant they opened in a former bank in Leeds two years ago received its first Michelin star.

Okoro, 34, who is non-binary and uses they/them pronouns, said they found out about the award from a text message sent by their sous chef, Martin Dale, at 6 a.m. "I thought it was a joke," Okoro said. "Martin doesn't joke at 6 a.m., so I had to take it seriously."

The restaurant, Vault, serves a tasting menu built around vegetables from a farm in the Yorkshire Dales run by Okoro's aunt, Josephine. Okoro said the star belonged to her as much as to them. "She grows it. We just try not to ruin it," they said.

Mr. Dale, who has worked alongside Okoro since they were both line cooks in London, said the chef was the hardest-working person he had ever met. "They taste every plate that leaves the pass," he said. "Every single one. I've never seen them miss one."

The Michelin guide's inspectors praised the restaurant's "quiet confidence" and singled out a dish of celeriac cooked in beef fat. Its director for Britain and Ireland, Rebecca Stanton, said she had visited Vault twice this year.

Okoro grew up in Bradford, the child of a Nigerian father and an English mother, and said they learned to cook by watching both parents argue over whose food was better. "Dad won on spice, Mum won on puddings," they said.

The restaurant employs 18 people. Okoro said they would not raise prices. "I want people from round here to be able to eat here," they said. "That was the point."

The star was one of 22 new awards announced on Monday.
""",

r"""Lottery winner of record £190m jackpot stays anonymous

The winner of Britain's largest lottery jackpot, £190 million, has chosen to remain anonymous, the operator said on Wednesday.

The ticket was bought in the Midlands for last Friday's draw. The winner came forward on Monday, and their claim has been verified, said Andy Carter, a senior winners' adviser at the operator.

"They're still taking it all in," Mr. Carter said. "It's a life-changing amount of money, and they want some time to think before anyone knows who they are."

He said the winner had been given financial and legal advice and would be assigned a private banker. He would not say whether the ticket holder was a man or a woman, whether they had a family, or how old they were.

The jackpot beats the previous record of £184 million, won by a couple from Gloucester in 2022. That couple, Joe and Jess Thwaite, chose to go public. Mrs. Thwaite said in an interview on Wednesday that she understood the new winner's decision. "We had people knocking on the door for weeks," she said. "Some days I wished we'd kept quiet."

Lottery operators say about nine in ten big winners choose not to be identified. Dr. Fiona Reid, a psychologist at the University of Warwick who has studied lottery winners, said anonymity tended to protect relationships. "When someone's win becomes public, they face pressure from every direction," she said.

The shop that sold the ticket, a newsagent in Solihull, will receive a bonus. Its owner, Rajesh Patel, said he had no idea who the winner was. "I sell hundreds of tickets a week," he said. "If they come back in, I hope they buy a newspaper. And maybe a chocolate bar."

The operator said the winner could decide to go public at any time.
""",

r"""Lifeboat that saved 300 lives sails into retirement

The lifeboat Duchess of Kent made her last call-out on Saturday, escorting a broken-down yacht into Whitby harbor before heading to a museum berth after 38 years of service.

The Tyne-class boat was stationed at Whitby from 1988 and launched more than 1,100 times, rescuing 312 people, according to the Royal National Lifeboat Institution. She will be replaced by a faster Shannon-class boat, which arrived at the station last month.

Her longest-serving coxswain, Keith Storr, who commanded the boat from 1994 to 2015, was on board for the final trip. "She was built for the worst weather, and she got it," Mr. Storr said. "I've been in waves higher than the harbor wall in her and never once thought she'd let us down."

The most famous rescue came in 1996, when the boat saved eleven crew from a Russian cargo ship that ran aground in a storm. Mr. Storr and his crew received RNLI medals for gallantry. The ship's captain, Nikolai Petrov, wrote to the station for years afterward.

The station's current coxswain, Lisa Harland, said the crew had mixed feelings. "She's part of the town," Ms. Harland said. "Kids grew up watching her go out. But the new boat can get to a casualty twice as fast, and that matters."

The Duchess of Kent will be displayed at the Whitby Maritime Museum. Its curator, Graham Lowe, said she would be open to visitors from the spring. "We'll keep her looking the way she did when she came back from a shout," he said, "salt on her hull and all."

Hundreds of people lined the harbor on Saturday to watch her come in for the last time.
""",

r"""'She has lost a battle, not the war': Exhibition revisits De Gaulle's 1940 appeal

An exhibition opening in Paris on Friday examines the radio broadcast that Charles de Gaulle made from London on June 18, 1940, urging the French to continue fighting after the fall of France.

The show, at the Musée de l'Armée, includes the original typed text of the speech, a BBC microphone from the period and letters from listeners who heard it in occupied France. It also includes the famous poster that appeared in London weeks later, with its line: "France has lost a battle! But France has not lost the war!"

The exhibition's curator, Dr. Hélène Martineau, said the speech was heard by relatively few people at the time. "He was a junior general almost nobody had heard of," she said. "His words became famous afterward, when people needed them to have been famous."

One room is devoted to the way De Gaulle and his followers spoke about the country. In another broadcast, displayed on a wall, he says of France that "she is not alone" and that "she has a vast empire behind her." Dr. Martineau said the personification of France as a woman ran through his speeches. "For him France was always she, a person with a destiny," she said.

The exhibition also tells the story of Élisabeth de Miribel, a young woman working at the French mission in London, who typed the speech. Her niece, Catherine de Miribel, lent family letters for the show. "My aunt never thought she had done anything special," she said. "She typed what she was given."

The museum's director, General Pierre Vasseur, said he hoped schoolchildren would visit. "It is important for young people to know that France said no when she could have said yes," he said.

The exhibition runs until January.
""",

r"""Q&A: A vineyard owner on climate change and the future of English wine

Thomas Ashcombe planted his first vines in Sussex in 2004, when English sparkling wine was a curiosity. His winery, Hollow Hill, now produces 200,000 bottles a year and exports to 14 countries. Our wine correspondent, Clare Holloway, asked him about climate change, French investors and why he still drives the tractor himself. The interview has been edited.

When you started, people laughed at the idea of English fizz. Do they still?

Not in Champagne. Several Champagne houses have bought land down here. One of them bought the farm next to mine. My neighbor, Helen, sold it to them and moved to Devon. I think she made the better deal.

How much has the climate changed in 20 years?

Harvests are about two weeks earlier than when I started. Sugar levels are higher. We can ripen grapes we couldn't dream of in 2004. But we also get more spring frosts and more summer storms. Last year we lost a third of the crop to hail in eleven minutes.

Who runs the winery day to day?

My daughter, Sophie, is our winemaker. She trained in Burgundy and she's far better than I ever was. She tells me so regularly. My son, Jack, does the business side.

And you?

I drive the tractor and I talk to journalists. I'm good at one of those things.

Is there a bottle you're proudest of?

The 2018 blanc de blancs. It was the first vintage Sophie made entirely on her own. I tasted it and I knew she didn't need me anymore. That was a good day and a slightly sad one.

What's the biggest threat to English wine?

Complacency. We've had a good run of warm years. The weather here can turn on you. My old mentor, a Frenchman named Jacques Perrin, told me, "The vine remembers everything, and it forgives nothing." He was right.
""",

r"""Airline's first female chief pilot marks 40 years in the cockpit

When Captain Margaret Doyle joined Emerald Air as a cadet in 1986, passengers sometimes asked the cabin crew whether the pilot was "really a woman." On Sunday, she flew her final flight, from Boston to Dublin, as the airline's chief pilot.

Captain Doyle, 62, was the third woman hired as a pilot by the airline and the first to be promoted to chief pilot, in 2014. She has flown more than 22,000 hours on eight aircraft types.

Her first officer on the final flight, Brian Keogh, said she had been his instructor when he joined the airline in 2003. "She was the toughest examiner I ever had," Mr. Keogh said. "She failed me on a simulator check and I have never forgotten it. I've also never made that mistake again."

The airline's chief executive, Lynne Carroll, met the aircraft on the tarmac in Dublin along with Captain Doyle's husband, Gerard, and their three sons. Fire tenders gave the plane a traditional water salute as it taxied in.

Several male colleagues spoke at a reception afterward. Captain Declan Moran, who flew with her for two decades, said she had changed the culture of the flight deck. "She never raised her voice and never had to," he said. "When Maggie said something, we listened."

Captain Doyle said she had faced skepticism early in her career but also support. "For every captain who didn't want me in his cockpit, there was another who taught me everything he knew," she said.

She said she planned to take up gliding. "I've spent 40 years with engines," she said. "I'd like to try it without."

About 8 percent of Emerald Air pilots are now women, roughly twice the global average.
""",

r"""Jordan Ellis leads Panthers past Hawks with 38 points

Jordan Ellis scored 38 points, including the go-ahead three-pointer with 11 seconds left, as the Panthers beat the Hawks 104-101 on Saturday night.

Ellis, a 23-year-old guard in his second season, shot 14 of 22 from the field and added nine assists. His late three came after a broken play, when the ball reached him at the top of the arc with the shot clock running down.

"I didn't even look at the rim that long," he said afterward. "I just let it go."

The Hawks led by 12 in the third quarter behind 31 points from their center, Andrea Kowalski, who played through a sprained ankle. The Hawks' coach, Andrea Bassi, said afterward that he was proud of his team's effort. "Andrea gave us everything on one leg," Bassi said of his player. "He deserved better."

Bassi, an Italian who coached in Europe for 15 years before joining the Hawks, has faced questions all season about his rotations. He said the loss was on him. "I should have called a timeout before the last possession," he said. "I didn't. That is my mistake."

The Panthers' coach, Jean Moreau, praised Ellis's composure. She said she had drawn up a play for another player, Marcus Webb, on the final possession. "Jordan improvised, and I'm glad he did," Ms. Moreau said. "He has a feel for those moments you can't teach."

Moreau, the league's only female head coach, is in her third season with the Panthers, who have now won eight of their last ten games.

Ellis's mother, Denise, was in the stands for the first time this season. He said he had spotted her during warm-ups. "She doesn't come often because she gets too nervous," he said. "Tonight she picked a good one."
""",

r"""Nikita Sharma named India's youngest ever central bank deputy governor

Nikita Sharma, an economist who has spent most of her career at the International Monetary Fund, was appointed deputy governor of the Reserve Bank of India on Monday, becoming the youngest person to hold the post.

Dr. Sharma, 42, will oversee monetary policy research and the bank's economic statistics. She will sit on the six-member committee that sets interest rates.

The central bank's governor, Arvind Menon, said she brought "an international perspective and a very rigorous mind." Mr. Menon said he had worked with her at the IMF in Washington and had tried to recruit her for years. "She kept saying no," he said. "This time she said yes."

Sharma grew up in Jaipur, where her father, Rakesh, was a civil servant and her mother, Sunita, taught mathematics. She studied at the Delhi School of Economics and earned her doctorate at the London School of Economics. Her research on how food prices affect inflation in developing economies is widely cited.

Some economists said the appointment signaled a shift toward a more data-driven approach. "She is not a political appointment; she is a technical one," said Pranav Kapoor, chief economist at an investment bank in Mumbai. "Markets will like that."

Others noted that her views on interest rates were not well known. Dr. Kapoor said he expected her to be cautious. "Her research suggests she worries about inflation expectations getting out of control," he said.

Foreign readers sometimes assume the name is male, because of its use in Russia. Sharma laughed when asked about it. "In India, Nikita is a girl's name," she said. "At the IMF, I received a lot of emails addressed to 'Mr. Sharma.' I answered them all very politely."

She will take up the post on July 1.
""",

r"""Trans firefighter promoted to station commander

Firefighter Liam Kerrigan was promoted to station commander at Glasgow's Maryhill station on Friday, becoming the first openly transgender person to lead a fire station in Scotland.

Mr. Kerrigan, 41, joined the service in 2007 and transitioned in 2016, while serving at a station in Paisley. He said the support of his crew had made it possible. "I was terrified of going back to work," he said. "The lads had a cake waiting for me. It said 'Welcome back, Liam' in blue icing. I still have a photo of it."

His former watch manager, Stuart Gillespie, said Mr. Kerrigan had been "a firefighter first and everything else second." "He's one of the best I've worked with," Mr. Gillespie said. "He was before, and he is now."

Mr. Kerrigan has been decorated twice, once for rescuing two children from a house fire in 2012. The children's mother, Karen Doherty, said she had followed his career since. "He carried my kids out of that house," she said. "Whatever anybody thinks about anything else, that's who he is."

The Scottish Fire and Rescue Service's chief officer, Ross Nelson, said Mr. Kerrigan had been promoted on merit after a competitive process.

Mr. Kerrigan's wife, Ashley, and their daughter attended the ceremony. He said he hoped his promotion would help younger transgender people see that they could have a career in the service. "I didn't see anybody like me when I was growing up," he said. "Now maybe someone will."

He takes command of a station with 48 firefighters covering the north-west of the city.
""",

r"""Council rule requires every tenant to register 'his or her' pet

Residents of council housing in Darlington will have to register their pets under new rules approved on Tuesday, prompting complaints from tenants who say the council is interfering in their private lives.

The new tenancy agreement states that "each tenant shall register his or her pet with the housing office within 28 days" and that "a tenant who keeps a dog must ensure that he or she has it microchipped and insured." Tenants who fail to comply could face a warning and, eventually, action to end their tenancy.

Councillor Anne-Marie Curry, the cabinet member for housing, said the rules were designed to deal with a small number of dangerous dogs, not to punish responsible owners. "Most people will fill in a form and never hear from us again," she said.

Tenants' groups disagreed. Barry Oakes, chairman of the Darlington Tenants' Federation, said many residents had told him they felt singled out. "Private tenants don't have to register their cat with anyone," he said. "Why should council tenants?"

One tenant, Doreen Mallory, 79, said she had kept a cat, Biscuit, for twelve years. "He's never bitten anyone in his life," she said. "He's never even left the garden." She said she would register him but felt insulted.

The council's head of housing, Paul Wildsmith, said the rules followed several attacks by dogs on council estates last year, including one in which a postwoman was badly injured. He said officers would help elderly tenants with the forms.

The rules take effect on April 1. Mr. Oakes said his federation would ask the council to reconsider. "Nobody is against keeping people safe," he said. "But there's a right way and a wrong way, and this is the wrong way."
""",
]
