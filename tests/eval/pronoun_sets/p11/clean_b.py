ARTICLES = [
dict(title="Caretaker who has unlocked school gates for 45 years says goodbye", text="""
Every school day since September 1979, Derek Tolley has been the first person to arrive at Hillside Primary School in Kettering. He unlocks the gates at 6.45am, turns on the heating, checks the toilets and, in winter, grits the playground by hand.

On Friday, the 68-year-old caretaker locked up for the final time. Pupils and staff lined the playground to clap him out, and the school presented him with a bench engraved with his name.

"I've had four headteachers, three boilers and I've no idea how many children," Mr Tolley said. "Thousands, probably. Some of their children have come through now. One or two grandchildren."

The current headteacher, Ms Angela Bright, said it was impossible to imagine the school without him. "Derek knows every inch of this building," she said. "When something breaks, he knows which cupboard the part is in, and usually he fixed it the last time in 1993. He has been a grandfather to every child in this school."

Bright, who joined Hillside as a newly qualified teacher in 2002, remembers him teaching her how to work the temperamental photocopier in her first week. "He told me to kick it on the left side," she said. "I still do."

Tolley's wife, Pauline, worked as a dinner lady at the school for 20 years before retiring in 2015. She said her husband had never once complained about getting up early. "He loves it," she said. "I'm worried what he'll do with himself. He'll probably start fixing things in the house, which would make a change."

Former pupil Ryan Cheng, now 36 and a plumber, came back to say goodbye. He said Mr Tolley had let him help with repairs after school when he was having a hard time at home. "He taught me how to change a washer when I was nine," he said. "That's my job now. I owe him a lot."

Year 6 pupil Amelia Dunn read a poem she had written about the caretaker, which included the line "he knows where all the lost things go". Tolley said it had almost made him cry. "Almost," he insisted.

His replacement, Sandra Whitmore, starts on Monday. Tolley has left her a notebook of tips. "It's 40 pages," he said. "The first one says: kick the photocopier on the left side."
"""),

dict(title="Northway Energy names new chief as Collins departs", text="""
Northway Energy has appointed Richard Osei as its new chief executive, replacing Diane Collins, who is leaving after seven years to chair a government review of the energy market.

Mr Osei, 49, currently runs the company's renewables division and has been with Northway since 2011. He will take over on 1 September. The Newcastle-based supplier, which has 2.3 million customers, said he had been chosen after an external search.

Ms Collins, 58, led Northway through the energy price crisis of 2022, when several smaller suppliers collapsed. She was credited with keeping the company afloat by hedging gas purchases further ahead than most rivals. Under her leadership its customer numbers nearly doubled.

The company's chair, Fiona McAllister, praised her outgoing chief executive. "Diane has been an outstanding leader at an extraordinarily difficult time," she said. "She made tough calls early, and our customers and staff are better off because of it. Richard has worked closely with her for years and he is the natural person to build on what she has achieved."

Osei said he was "honoured" to be asked. He grew up in Gateshead, the son of a Ghanaian doctor and a Geordie teacher, and studied engineering at Newcastle University. "I came here as a graduate engineer," he said. "I never thought I'd be running the place. Diane has set a very high bar."

Collins said she was leaving the company in good hands. "Richard knows this business better than I do," she said. "He built our wind portfolio from nothing. I'm proud of what we've done together."

Analysts broadly welcomed the appointment. Tom Ridley of Forth Capital said Osei was a safe choice. "He's an insider, which will reassure staff and investors," he said. "The question is whether he has the same appetite for risk as his predecessor. Collins was willing to make big bets, and most of them paid off."

Collins will chair a review commissioned by the energy secretary into how the price cap should work in future. She said she would step down from all her other business roles to avoid any conflicts of interest.

Her husband, the cardiologist Professor James Collins, said she had been looking forward to a quieter life. "She told me that last year," he said. "I'll believe it when I see it."

Shares in Northway rose 2 per cent on the news.
"""),

dict(title="'We argued about everything': the stars of The Long Shore on playing a marriage", text="""
For six months last year, Hannah Lowry and Michael Adebayo spent ten hours a day pretending to be married. Playing a fishing couple in the BBC drama The Long Shore, they fought, made up, lost a child and rebuilt a boat together. Off set, they say, they argued about almost everything else.

"Mostly football," said Adebayo, 41, who plays the skipper, Joe. "She's a Celtic fan. I'm Arsenal. We didn't have a lot in common."

"And the thermostat," Lowry added. "He wanted the trailer like a sauna. I'm from Aberdeen. I wanted it like the North Sea."

The series, which begins on Sunday, was filmed over a bleak winter on the Berwickshire coast. The writer, Jane Pollock, based it on her grandparents, who ran a boat out of Eyemouth in the 1950s. She said she had written the parts with neither actor in mind but could no longer imagine anyone else playing them.

"Hannah has this fierceness that's just like my granny," Pollock said. "And Michael can make you cry without saying a word. My grandfather was like that. He hardly spoke, but you always knew what he was feeling."

Lowry, 38, is best known for a police drama in which she played a detective for five series. She said the new role had been the hardest of her career, particularly the storyline in which the couple lose their son at sea. "There's a scene where she's waiting on the harbour wall for a boat that doesn't come," she said. "We shot it at 5am in sleet. I didn't have to act very much."

Adebayo said he had leaned on his co-star during those scenes. "She's incredibly generous," he said. "If I was struggling, she'd stay on set after her own shots were done, just so I had someone to play off. Not everyone does that."

He is married to the director Kate Sommers, who visited the set several times. "Kate kept telling me my accent was slipping," he said. "She was right. It took me a month to stop saying 'wee' at home."

The director of the series, Tom Hargreaves, said the chemistry between the two leads had been obvious from the first read-through. "They just fitted," he said. "They can't agree on anything except the work."

Asked whether they would work together again, the pair exchanged a look. "Only if he turns the heating down," Lowry said.

"Only if she learns the offside rule," Adebayo replied.
"""),

dict(title="Care home manager jailed for stealing £90,000 from residents", text="""
A care home manager who stole almost £90,000 from elderly residents, including a Second World War veteran, to pay for holidays and designer clothes has been jailed for four years.

Lisa Crompton, 45, of Bolton, took money from the bank accounts of seven residents at Fernlea House care home in Westhoughton over three years, Bolton Crown Court heard. She had been given access to their accounts to pay for toiletries, hairdressing and outings.

Prosecutor Andrew Fielding said the largest sum, more than £31,000, was taken from Harold Bates, a 97-year-old veteran who had served with the Royal Navy on the Arctic convoys. Mr Bates died last year, before the thefts came to light. "He trusted her completely," Mr Fielding said. "He called her his guardian angel."

The fraud was discovered when Mr Bates's niece, Carol Whitham, was sorting out his estate and found payments to holiday companies and fashion retailers on his bank statements. She went to the police. In a statement read to the court, Mrs Whitham said her uncle had lived frugally all his life so that he could leave something to his family. "He wore the same coat for 30 years," she said. "She spent his money on handbags."

Crompton pleaded guilty to seven counts of fraud. Her barrister, Elizabeth Hanley, said her client had got into serious debt after her marriage broke down and had "lost her moral compass". She said Crompton had repaid £12,000 by selling her car and had expressed genuine remorse. "She cannot explain to herself how she became this person," Ms Hanley said.

Judge Martin Greenwood told Crompton that her crimes were "a profound betrayal of trust". He said the victims were among the most vulnerable people in society and had been entirely dependent on her. "You were in a position of complete trust and you abused it, month after month, for your own pleasure," he said.

He said he had taken into account her guilty pleas and the fact that she had no previous convictions, but that only an immediate prison sentence could be justified.

Outside court, Mrs Whitham said she was satisfied. "Uncle Harold survived the Arctic convoys," she said. "He deserved to spend his last years in peace. I hope she thinks about him every day she's in there."

The care home's owners said the manager had been dismissed as soon as the allegations came to light. Its managing director, Neil Parr, said the company had since introduced stricter checks on residents' finances.
"""),

dict(title="Stanton Town Women reach cup final with stoppage-time winner", text="""
Stanton Town Women reached the final of the Women's FA Cup for the first time in their history on Sunday, beating league leaders Harbour City 2-1 with a stoppage-time winner from their 18-year-old striker, Ellie Brooks.

Manager Gareth Hughes, who took over the part-time club four years ago when it was playing in the fourth tier, said it was the proudest day of his career. "I've got players who work in supermarkets, schools and hospitals," he said. "They train three nights a week after work. What they've done today is ridiculous. I don't have the words."

Brooks, a sixth-form student who is still waiting for her A-level results, scored with a header from a corner in the 93rd minute. She was mobbed by her teammates and then by around 200 supporters who spilled onto the pitch at the final whistle.

"I didn't even see it go in," she said. "I just heard the noise. My mum was crying in the stand. My dad was on the pitch. I don't think he's supposed to be."

Her father, Steve Brooks, admitted he had been carried away. "I apologise to the stewards," he said. "But my daughter has just sent her club to Wembley. What was I supposed to do?"

Harbour City had taken the lead through the Scotland international Rachel Dunn, who scored from the penalty spot after 20 minutes. Stanton's captain, Megan Price, a 31-year-old primary school teacher, equalised early in the second half with a shot from outside the area.

Price said the team had believed they could win despite being two divisions below their opponents. "Gareth told us at half-time that they'd be nervous," she said. "He was right. You could see it. They didn't want to lose to a bunch of part-timers."

City's manager, Joanne Clarke, was magnanimous. "They deserved it," she said. "We didn't play well, and they fought for every ball. I wish them all the best at Wembley."

Hughes, a former semi-professional goalkeeper, revealed that his wife, Lorraine, had been in hospital for a minor operation during the match and had listened on the radio. "She rang me in the tunnel," he said. "She told me to stop crying and go and find Ellie's mum."

The final will be played at Wembley in May.
"""),

dict(title="Dog missing for three years reunited with family after microchip scan", text="""
A dog that went missing from a garden in Dudley three years ago has been reunited with her owners after she was found 120 miles away in a park in Bristol.

Bella, a springer spaniel, vanished in June 2021 when she was two. Her owner, Claire Morris, and her son, Jake, then nine, spent months putting up posters and searching local woods. "We never stopped looking," Ms Morris said. "Jake wrote a letter to her every birthday. He always said she'd come home."

Last Tuesday, a dog walker, Martin Greaves, spotted the spaniel alone near the lake in Eastville Park. He said she was thin and nervous but came to him when he whistled. "She just sat at my feet as if she'd been waiting for me," he said. "I couldn't leave her there."

Mr Greaves took her to a nearby vet's practice, where nurse Priya Kaur scanned her for a microchip. The chip was still registered to Ms Morris's address. "I rang the number expecting it to be out of date," Ms Kaur said. "When Claire answered and I told her, she just screamed. Then I could hear her crying. Then I started crying."

Claire and Jake drove to Bristol that evening. Jake, now 12, said Bella had recognised him straight away. "She jumped on me and licked my face," he said. "She's bigger than I remember. Well, I'm bigger too."

How the dog got to Bristol remains a mystery. Ms Morris believes she may have been stolen. Police say dog thefts rose sharply during the pandemic, when demand for puppies soared. "Someone must have had her all this time," she said. "I'd like to know who, but mostly I'm just glad she's home."

Ms Kaur said the case showed the importance of keeping microchip details up to date. "If Claire had moved house and not updated them, we would never have found her," she said.

Jake's father, Lee Morris, who lives separately from the family, said he had driven over from Wolverhampton as soon as he heard. "I never thought I'd see her again," he said. "Jake was right all along. I owe him an apology."

Bella has been checked over by the family's vet and is said to be gaining weight. Mr Greaves has been invited to visit.
"""),

dict(title="Q&A: Mayor Tom Reilly on potholes, buses and life after Janet", text="""
Tom Reilly was elected mayor of Castlebridge in May, succeeding Janet Curran, who held the post for 12 years. We sat down with him in his office to talk about his first six months.

You took over from a very popular mayor. Has that been difficult?

Janet left big shoes to fill. She knew every street in this town and everybody's name. People still stop me in the supermarket and ask me to pass on a message to her. I usually do. We have coffee once a month.

Does she give you advice?

All the time, whether I ask for it or not. She told me in my first week that I'd spend half my life talking about potholes. She was right.

What's been your biggest challenge?

The buses. We lost three routes last year, and people in the villages are cut off. My own mother lives in Hartwell, and she can't get to the doctor without a lift. I've met the bus company twice. They say they can't make the routes pay. I've told them that's not the only thing that matters.

Your critics say you've been slow to act on housing. Is that fair?

I understand the frustration. Councillor Sarah Bennett has been very vocal about it, and she has a point. But we've approved 400 new homes since May, and I'd rather get it right than do it quickly. Her colleague Councillor Ian Marsh says I'm building too much, so I must be doing something right.

How does your family cope with the job?

My wife, Emma, is a paramedic, so she works shifts. Some weeks we barely see each other. Our daughter, Lily, is seven and thinks being mayor means wearing a chain and cutting ribbons. She's not entirely wrong.

What would you like to have achieved by the end of your term?

A bus to every village, the high street full again, and the library open on Sundays. And I'd like Janet to say I did a decent job. She won't say it to my face, but she might say it to somebody else.

Is there anything you miss about life before politics?

I was a secondary school teacher for 20 years. I miss the kids. They're more honest than councillors. If a lesson was boring, they told you. My old head of department, Mr Patel, still emails me to say he's watching. He's usually watching the council meetings on the internet and telling me to sit up straight.
"""),

dict(title="Deep-sea robot films octopus never seen before", text="""
A robotic submarine exploring a deep trench off the coast of Chile has filmed what scientists believe is a new species of octopus, living more than 5,000 metres below the surface.

The footage, released on Monday, shows a translucent, ghostly white animal with unusually long arms drifting over the seabed in the Atacama Trench. Researchers say it does not match any known species.

The expedition was led by Dr Alex Chen, a deep-sea biologist at the University of Southampton, who has spent the past decade studying life in the ocean's trenches. She said the team had been watching the live feed in the control room of their research ship when the creature appeared. "There was complete silence for about ten seconds," she said. "Then everybody started shouting at once. I've never seen anything like it."

Chen's colleague Dr Jordan Hayes, who piloted the robot, said he had kept it hovering beside the octopus for almost 20 minutes. "It didn't seem bothered by us at all," he said. "It just carried on doing whatever octopuses do at the bottom of the ocean, which, to be honest, we don't really know."

The robot also collected water samples that the team hopes will contain traces of the animal's DNA, allowing them to confirm that it is a new species. Results are expected within three months.

Professor Rosa Martínez of the University of Concepción, who co-led the expedition, said the trenches off South America remained almost entirely unexplored. "We know more about the surface of Mars than we know about this trench," she said. "Every time we go down, we find something new."

The voyage was not without difficulties. A storm forced the ship to return to port for five days, and the robot's main camera failed during an earlier dive. Hayes spent two nights rebuilding it with spare parts. "Jordan is a genius with a soldering iron," Chen said. "Without him, we'd have nothing."

The expedition was funded by a government research council. Its director of science, Dr Paul Whitaker, said the discovery showed the value of long-term investment. "Dr Chen and her team have been working towards this for years," he said.

Chen said she planned to return to the trench next year. Asked what she hoped to find, she laughed. "More things I can't explain," she said.
"""),

dict(title="Mossbank Lady becomes first mare in decades to win the Grand National", text="""
Mossbank Lady became the first mare to win the Grand National in more than 70 years on Saturday, giving her trainer, Kate Fennessy, and jockey, Sean Dwyer, the biggest win of their careers.

The nine-year-old, sent off at 25-1, jumped the last fence level with the favourite, Copper Ridge, and then pulled clear on the long run-in at Aintree to win by three lengths.

"She just kept finding more," Dwyer said, still breathless in the winner's enclosure. "I thought the favourite would come past us at the elbow, but she put her ears back and said, no, not today. She's the bravest horse I've ever sat on."

Fennessy, 44, trains just 30 horses at her yard near Lambourn and has never before had a runner in the National. She bought the mare as a yearling for £8,000 at a sale in Ireland. "Nobody else wanted her," she said. "She was small and scruffy and had a funny walk. I liked her face."

The trainer said she had nearly withdrawn the mare on Friday when she seemed off her food. "I was up at two in the morning checking on her," she said. "My husband thought I'd lost my mind. He was probably right."

Her husband, Mark Fennessy, who rides out at the yard most mornings, said the win had not yet sunk in. "Kate has worked 18 hours a day for 20 years for this," he said. "She deserves every bit of it. The mare too."

Dwyer, 27, from County Cork, had ridden in the race only once before, falling at the first fence. He said he had dreamed about the race since he was a child watching it on television with his grandmother, Nora. "She's 89 and she had a fiver on," he said. "She'll be buying drinks for the whole village tonight."

The owners, a syndicate of 12 friends from Swindon led by retired postwoman Linda Hale, celebrated wildly as the mare crossed the line. Hale said each of them had paid £1,000 for a share. "We were just hoping she'd get round," she said. "Now look at us."

Copper Ridge's jockey, Harry Mulligan, said he had no complaints. "She was too good for us today," he said. "Fair play to her and to Kate."

Fennessy said the mare would now have a long rest in a field. "She's earned it," she said. "So have I."
"""),

dict(title="Family brewery marks 150 years with mother and son at the helm", text="""
Pennock's Brewery in Wakefield celebrates its 150th anniversary this week, and for the first time in its history it is being run by a mother and son.

Ruth Pennock, 67, took over as managing director in 2004 after the sudden death of her husband, John, whose great-great-grandfather founded the company in 1874. Her son, Oliver Pennock, 38, became joint managing director last year after a decade working for larger brewers in London and Belgium.

"I never expected to run a brewery," Mrs Pennock said. "I was a primary school teacher. When John died, the bank wanted us to sell. I said I'd give it a year. That was twenty years ago."

Under her leadership the brewery has survived the closure of hundreds of its customers' pubs, the pandemic and soaring energy costs. It now employs 46 people and sells beer to around 200 pubs across Yorkshire.

Oliver said his mother had been underestimated throughout. "People in the industry assumed she'd be a caretaker," he said. "She wasn't. She modernised everything, she got us into supermarkets, she started our bottling line. I just have to try not to mess it up."

Mother and son admit they do not always agree. Oliver wants to launch more experimental beers; Mrs Pennock is fond of the brewery's traditional bitter, which has barely changed since 1920. "He brought back a beer from Belgium that tasted like raspberries," she said. "I told him it was very nice and he could drink it himself."

Head brewer Dave Kershaw, who has worked at Pennock's for 31 years, said the two complemented each other. "Ruth knows every landlord by name and Oliver knows the chemistry," he said. "Between them they've got it covered. I just keep my head down."

One of those landlords, Sandra Hirst, who runs a pub in Horbury, has sold Pennock's bitter for 25 years. She said she had almost switched suppliers when the brewery was struggling in 2004 but that Ruth had driven over to see her personally. "She sat at my bar and told me they'd get through it," she said. "I believed her. She was right."

The anniversary will be marked with a party for staff and customers on Saturday and a special beer, brewed by Oliver to a recipe found in an old family notebook.

His mother has tasted it. "It's very good," she said. "It's better than the raspberry one."
"""),

dict(title="Couple who ran fake holiday lettings scam jailed", text="""
A married couple who took more than £200,000 from holidaymakers by advertising cottages in Cornwall that they did not own have been jailed.

Steven and Michelle Carver, both 42, of Plymouth, placed adverts on holiday rental websites for 14 properties between 2019 and 2022, using photographs copied from genuine listings. More than 300 customers paid deposits or full rental fees, Truro Crown Court heard, only to arrive and find the cottages occupied by their real owners.

Steven Carver was jailed for five years and his wife for three years and eight months. Both had admitted conspiracy to commit fraud.

Prosecutor Rachel Tremayne said the couple had spent the money on cars, a hot tub and holidays abroad. She said Mr Carver created the adverts while his wife handled emails and telephone calls from customers, often reassuring them that everything was in order days before their arrival.

One victim, Andrew Pearce, a teacher from Birmingham, told the court he had driven to Padstow with his wife and three children only to be turned away at the door by an elderly woman who had owned the house for 40 years. "My youngest was in tears," he said. "We slept in the car that night. Mrs Carver had rung me two days earlier to wish us a lovely holiday."

The owner of that house, Joan Rowe, 81, said she had been visited by more than 20 families over two summers. "I felt terrible for them," she said. "They'd knock at my door with their suitcases and I'd have to tell them."

Defending Mrs Carver, Nicholas Adey said his client had been under her husband's influence and had not initially understood that the adverts were fraudulent. He said she had three children and was their main carer. Emma Latimer, for Mr Carver, said her client had shown genuine remorse and had repaid £15,000.

Judge Lucy Penhaligon rejected the suggestion that Michelle Carver had been a reluctant participant. She said the evidence, including text messages between the couple, showed that both had been "enthusiastic and equal partners". She told Steven Carver he had been the architect of the scheme and that his wife had been its voice. "Between you, you ruined hundreds of holidays," she said.

Outside court, Mr Pearce said he was satisfied with the sentences but doubted he would ever see his money again. Police said they would seek to recover the couple's assets.
"""),

dict(title="Colin Pritchard signs off after 35 years of forecasting the weather", text="""
For 35 years, viewers across the north-east have checked the weather with Colin Pritchard before deciding whether to hang out the washing. On Friday evening, the 66-year-old presented his final forecast on North East Tonight, signing off with a sunny outlook for the weekend and, unusually for him, a tear in his eye.

Mr Pritchard joined the programme in 1989 after a decade as a forecaster with the Met Office. He has presented more than 8,000 bulletins, stood in the snow on the Pennines, in the floods at Morpeth in 2008 and, memorably, on a beach at Whitley Bay in a heatwave while a seagull stole his sandwich.

"That clip has followed me round for 20 years," Pritchard said. "People shout 'mind your sandwich' at me in the street. I'll miss that, actually."

His co-presenter for the past 14 years, Rachel Kaye, said the newsroom would not be the same without him. "Colin is the kindest man in television," she said. "When I started, I was terrified, and he used to write me little notes of encouragement and leave them on my desk. I've still got them."

The programme's editor, Imran Shah, said viewers trusted Pritchard in a way that was rare. "When Colin said it was going to rain, people believed him, even when it didn't," he said. "That's a gift."

Pritchard admitted that forecasting had changed enormously during his career. When he started, he drew weather fronts by hand with a felt-tip pen. "Now the computers do most of it," he said. "They're much better than I ever was. But they can't tell you what it feels like to stand in the rain in Hartlepool."

His wife, Marion, a retired midwife, was in the studio for the final broadcast with their daughters, Laura and Jess. Marion said she was looking forward to having him at home, up to a point. "He's promised to do the garden," she said. "He knows more about weather than anyone alive, and he still can't tell when it's going to rain on my washing."

Viewers sent in hundreds of messages. One, from 94-year-old Edna Robson of Consett, said she had watched every one of his forecasts since 1989. "He's like one of the family," she wrote.

Pritchard said he planned to walk the Pennine Way and take up watercolour painting. "Clouds, mostly," he said.
"""),

dict(title="Judge Blake retires after 26 years on the bench", text="""
Her Honour Judge Susan Blake sat in Court 3 at Birmingham Crown Court for the last time on Friday, bringing to an end a judicial career that began in 1998 and spanned more than 10,000 cases.

Blake, 70, the first woman to be appointed resident judge in the city, was given a standing ovation by barristers, solicitors, court staff and police officers who packed the courtroom for her valedictory ceremony.

Speaking on behalf of the Bar, Anthony Caldwell KC said Blake had been "fearsome, fair and occasionally very funny". "Every one of us has been on the receiving end of that look over the spectacles," he said. "And every one of us has deserved it. But no defendant ever left her court feeling they had not been heard."

Blake grew up in Smethwick, the daughter of a factory worker and a cleaner, and was the first in her family to go to university. She was called to the Bar in 1978 and practised in criminal law for two decades before becoming a circuit judge.

Her husband, His Honour Judge Richard Blake, retired from the bench in 2020. The couple met as pupils in the same chambers. He was in the public gallery on Friday. "People used to ask whether we discussed our cases at dinner," he said afterwards. "We didn't. Mostly we discussed whose turn it was to walk the dog. She usually won that argument, too."

The court's senior clerk, Janice Morrow, who has worked with Judge Blake for 19 years, said she would miss her enormously. "She remembers everyone's birthday," she said. "She knows the names of the cleaners' children. She is exactly the same with a security guard as she is with a High Court judge."

Detective Chief Inspector Paul Ferris of West Midlands Police said the judge had been a strong voice for victims, particularly in domestic abuse cases. "She understood long before many others how coercive control worked," he said. "She changed how a lot of us thought about those cases."

In her closing remarks, Judge Blake thanked her staff and said she had been privileged to do "the most interesting job in the world". She said she intended to spend more time with her grandchildren and to learn Italian. "My husband says I will be bored within a week," she said. "He has been wrong before."
"""),
]
