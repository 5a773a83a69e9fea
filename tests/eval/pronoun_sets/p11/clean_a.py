ARTICLES = [
dict(title="The couple keeping a Dales hill farm alive against the odds", text="""
When Tom and Sarah Pickering took over Low Raisgill Farm in 2009, neighbours gave them five years. The farm, 1,200 feet up in Langstrothdale, had been losing money for a decade, the farmhouse had no central heating, and neither of them had grown up on the land.

Fifteen years later they are still there, with 600 Swaledale ewes, a herd of belted Galloway cattle and three children who can round up sheep faster than either of their parents.

"We were naive," Sarah said, pouring tea in a kitchen that is now, at last, warm. "I was a physiotherapist in Bradford. Tom was an IT manager. We'd done a couple of lambing seasons as volunteers and thought we knew what we were doing. We didn't."

Tom laughed. "She's being kind," he said. "I knew even less than she did. The first winter I lost 40 ewes in a snowstorm because I didn't know where to find them. She found most of the survivors."

The turning point, they say, came when they started selling their lamb and beef directly to customers, first at farmers' markets in Skipton and Harrogate and then online. Sarah handles the marketing; Tom runs the livestock. Their eldest, Hannah, 14, has started taking photographs for the farm's social media accounts, which now have more than 30,000 followers.

The couple have also converted an old barn into holiday accommodation, which brings in around a third of their income. Their neighbour, John Metcalfe, whose family has farmed in the valley for five generations, admits he had his doubts. "I thought they'd be gone by Christmas," he said. "But they work harder than anybody I know. He's up at four, she's up at four. I don't know when they sleep."

Not everything is rosy. The end of EU farm subsidies has cost them around £18,000 a year, and Sarah worries about what will happen when the current environmental payments are reviewed. "Every farmer in this valley is doing the same sums," she said. "Some of them won't add up."

Their children show no sign of wanting to leave. Hannah wants to be a vet; her brother Joe, 11, says he wants to be a farmer "like Mum". Their youngest, Evie, eight, has not yet decided.

Tom shrugged when asked about the future. "We'll keep going as long as we can," he said. "She's the boss. If she says we stay, we stay."

Sarah smiled. "He'll never leave," she said. "He loves those sheep more than he loves me."
"""),

dict(title="Interview: Miriam Adler on writing about the father she never knew", text="""
Miriam Adler's third novel, The Watchmaker's Son, is a fictionalised account of her father's childhood in Vienna and his escape to England in 1939. Adler, 61, lives in north London with her husband, the architect David Stern. She spoke to us about memory, silence and the things her father never said.

Your father died when you were four. How much did you know about him growing up?

Almost nothing. My mother didn't talk about him much, not because she was hiding anything but because it hurt her. I knew he'd come on the Kindertransport. I knew he'd been a watchmaker, like his father. That was about it.

What changed?

In 2018 my brother, Daniel, found a box of letters in my mother's attic after she died. They were from my father's mother, written in German, from Vienna, between 1939 and 1942. He brought them round and we sat at my kitchen table and he read them out loud, translating as he went. We were both crying by the end.

Did the letters give you the story?

They gave me a voice. My grandmother was funny, which I hadn't expected. She complained about the neighbours. She told him to wear a vest. And then, in 1942, the letters stop.

Why fiction rather than memoir?

Because I don't know what he felt. I only know what she wrote to him. Memoir would have meant pretending. Fiction meant I could admit I was inventing.

How did your brother react to the book?

Daniel read it in one night and rang me at two in the morning. He said, "You gave him back to us." I don't think anyone will ever say anything nicer about my work.

Your husband's parents were refugees too. Did that shape the book?

David's mother, Ruth, came from Prague. She's 94 and still sharp. She read an early draft and told me I'd got the food wrong. She was right, so I changed it. David's father died before I met him, but David says he never talked about the war either. It seems to be a pattern.

What's next?

I'd like to write about my mother. She was a nurse in the East End during the war and she had a whole life before my father that none of us knew about. But I'm a bit frightened of her, even now.

The Watchmaker's Son is published by Fenwick Press at £16.99.
"""),

dict(title="Last voyage for the ferry that carried an island for 40 years", text="""
The MV Isle of Kerrera made her final crossing from Oban to Craignure on Saturday, ending 40 years of service on one of Scotland's busiest island routes. Hundreds of people lined the pier at both ends to wave her off, and a piper played as she pulled away from the linkspan for the last time.

For Captain Fiona McLeod, who has been in command of the ship since 2011, it was an emotional morning. "She's not the prettiest ship in the fleet, and she's certainly not the quickest," she said, standing on the bridge as the Sound of Mull opened up ahead. "But she has never once let me down. You can't say that about many things in life."

The vessel, built on the Clyde in 1984, has made an estimated 90,000 crossings and carried more than 20 million passengers. She is being replaced by a new hybrid ferry, which arrives next month.

Chief engineer Callum Ross has spent 23 years looking after her engines. He admitted he had a lump in his throat. "I know every bolt on her," he said. "When she's being awkward, I can hear it before the alarms go off. The new one will be all computers. I'll have to learn to listen all over again."

Among the passengers was Morag Campbell, 88, from Tobermory, who was on board for the ship's maiden voyage in 1984 with her late husband, Angus. She brought the ticket with her. "He kept it in his wallet for 30 years," she said. "I thought she should see it one more time."

Not everyone is sad to see the ship go. Councillor Neil Fraser, who represents Mull on the local council, said islanders had endured years of breakdowns and cancellations as the ageing fleet struggled. "She's served us well, but she's tired," he said. "We need reliability. People have missed hospital appointments and funerals because of this route."

The ship will be sold, possibly to an operator abroad. Captain McLeod said she hoped the Isle of Kerrera would find a good home. "Somebody in Greece or Turkey will get a very honest old lady," she said. "I hope they look after her."

As the ferry docked at Craignure, the crew sounded her horn three times. On the pier, children held up a banner: "Thank you, Kerrera."
"""),

dict(title="Woman who drove over ex-partner's foot at school gates spared jail", text="""
A woman who drove her car over her former partner's foot during an argument outside their children's primary school has been given a suspended sentence.

Natalie Briggs, 33, of Gorleston, admitted assault occasioning actual bodily harm at Norwich Crown Court. The court heard that her ex-partner, Craig Dunmore, 36, suffered three broken toes in the incident last September.

Prosecutor Simon Ayres said the couple, who separated in 2021 and share two children, had been involved in a long-running dispute over childcare. On the day of the incident, Mr Dunmore had arrived unexpectedly at the school to collect the children. An argument broke out in the car park, and witnesses heard Ms Briggs shouting at him to get out of the way.

"She then drove forward at low speed while he was standing next to the front wheel," Mr Ayres said. "He was unable to move in time."

Mr Dunmore said in a statement read to the court that he had been off work for six weeks and still walked with a limp. "I'm more worried about the kids," he said. "They saw everything. My daughter still asks if Daddy's foot is better."

Defending, Jonathan Pryor said his client had not intended to hurt anyone. He said she had been under "enormous pressure" as a single mother working two jobs and had panicked when she saw the children becoming upset. "She is deeply ashamed," he said. "She has not driven since and has sold the car."

Mr Pryor also handed the judge letters from Ms Briggs's employer and from her mother, Janet Briggs, who described her daughter as a devoted parent. "She'd walk over hot coals for those children," her mother wrote.

Judge Stephen Harland told Briggs he accepted that she had not set out to injure Mr Dunmore but said her actions had been "reckless and dangerous", particularly outside a school. "Any number of small children could have been in that car park," he said. "You are fortunate that nobody else was hurt."

He sentenced her to 12 months in prison, suspended for 18 months, and ordered her to complete 150 hours of unpaid work and pay Mr Dunmore £1,500 in compensation. She was also banned from driving for a year.

Outside court, Mr Dunmore said he was satisfied with the sentence. "I don't want her in prison," he said. "The kids need their mum. I just want it to stop."
"""),

dict(title="Sam Okoye wins Hadley Prize for installation made from flood debris", text="""
The artist Sam Okoye has won this year's £25,000 Hadley Prize for a room-sized installation built from furniture, photographs and household objects recovered after the 2020 floods in Hebden Bridge.

Okoye, 34, who uses they/them pronouns, was announced as the winner at a ceremony in Wakefield on Thursday evening. Their work, Tidemark, fills a gallery with mud-stained sofas, warped family albums and a child's bicycle suspended from the ceiling.

"Everything in that room belonged to somebody," Okoye said. "People gave me these things because they couldn't bear to throw them away but couldn't bear to keep them either. I see myself as a kind of caretaker."

The chair of the judges, the curator Helen Ashworth, said the panel had been moved by the work's "quiet devastation". "Sam has made something that is about a specific town on a specific night, and yet it speaks about loss everywhere," she said.

Okoye grew up in Todmorden, a few miles from Hebden Bridge, the child of a Nigerian father and an English mother. Their parents, Emmanuel and Susan, still live in the town and attended the ceremony. Emmanuel Okoye, a retired bus driver, said he had not always understood his child's art. "When they were a teenager, they painted the garden shed purple," he said. "I was not happy. Now I am very proud."

Susan Okoye laughed. "He's still not happy about the shed," she said.

Among those who contributed objects to the installation was Margaret Firth, 79, whose home was flooded to a depth of four feet. She gave Okoye her late husband's armchair. "Sam came round and sat with me for an afternoon and let me talk," she said. "They listened to every story. When I saw the chair in the gallery, I cried, but it was the good kind of crying."

Other shortlisted artists included the painter James Whitaker and the sculptor Leila Farah. Whitaker said he was delighted for the winner. "It was the right decision," he said. "Their piece is the one that everyone's been talking about."

Okoye said they planned to use the prize money to fund workshops for young people in Calderdale. "I didn't go to art school until I was 25 because nobody told me it was an option," they said. "I want kids here to know it is."

Tidemark is on show in Wakefield until March.
"""),

dict(title="Bus driver sacked for refusing overtime wins unfair dismissal claim", text="""
A bus driver who was sacked after refusing to work extra shifts so he could care for his disabled wife has won his claim for unfair dismissal.

An employment tribunal in Birmingham ruled that Metro Coaches had acted unreasonably when it dismissed Gary Holt, 57, in March last year after he turned down overtime on four occasions in a month.

Mr Holt, who had worked for the company for 19 years, told the tribunal that his wife, Brenda, has multiple sclerosis and needs help to get up each morning and go to bed each night. He said he had explained this to his managers several times.

His barrister, Priya Raman, said the company had treated a loyal employee "as though he were a piece of equipment". She told the tribunal that Mr Holt's contract did not require him to work overtime and that the company had a duty to consider his circumstances. "He did not ask for special treatment," she said. "He asked to be allowed to go home at the end of his shift."

The company's depot manager, Lorraine Baxter, said in evidence that the firm had been struggling with staff shortages and that every driver had been asked to do extra shifts. She said she had been unaware of the seriousness of Mrs Holt's condition. Under cross-examination by Ms Raman, she accepted that Mr Holt had mentioned his wife's illness in at least two emails, which she had forwarded to the operations director, Keith Spencer.

Mr Spencer, who made the decision to dismiss, told the tribunal he had regarded Mr Holt's refusals as a pattern of "non-cooperation". He said he had not read the emails in full.

Employment Judge Rachel Dunne found that the dismissal was "outside the range of reasonable responses". In her written judgment she said the company had failed to follow its own procedures and had given no proper consideration to Mr Holt's caring responsibilities. She said his evidence had been "honest and measured throughout".

A hearing to decide compensation will take place next month.

Speaking after the ruling, Mr Holt said he was relieved. "I loved that job," he said. "I was never off sick. I just couldn't leave Brenda on her own."

Brenda Holt said she had felt guilty throughout the case. "I kept telling him it was my fault," she said. "He kept telling me not to be daft. I'm glad somebody has finally listened to him."

Metro Coaches said it was considering the judgment.
"""),

dict(title="Twins Tobi and Funmi Adeyemi both win national titles on the same day", text="""
It took about 40 minutes on Sunday afternoon for the Adeyemi family to collect two national championship gold medals.

First Funmi Adeyemi won the women's long jump at the British Athletics Championships in Manchester with a leap of 6.78 metres, a personal best. Then her twin brother, Tobi, took the men's triple jump with his final attempt, landing 17.02 metres to snatch victory from the defending champion, Luke Barrington.

The 21-year-olds, from Thamesmead in south-east London, are coached by the same man, former Olympian Ray Dobson, and train together at Crystal Palace six days a week.

"She went first, so I had no choice," Tobi said, his medal still around his neck. "If I'd lost, I'd never have heard the end of it. She'd have been talking about it at Christmas dinner for the rest of my life."

Funmi rolled her eyes. "He's exaggerating. I'd only have mentioned it every Christmas for ten years," she said. "Then I'd have stopped. Maybe."

Adeyemi's jump in the long jump was the best by a British woman this season and puts her in contention for selection for the European Championships. Her brother's effort also meets the qualifying standard.

Dobson, who won an Olympic bronze in the triple jump in the 1990s, said he had never coached siblings before. "They're completely different athletes," he said. "Funmi is technical, precise. She will spend an hour on her run-up. Tobi is all power and instinct. He jumps on feeling. Together they push each other in a way I can't."

Barrington was gracious in defeat. "Tobi's a brilliant talent," he said. "I thought I had it, and then he found something extra on the last one. Fair play to him."

Their mother, Bisi Adeyemi, a midwife, watched from the stand with their father, Olu, and younger sister, Temi. She said she had been too nervous to watch Tobi's final jump. "I covered my eyes," she said. "Olu told me what happened. He was shouting so loudly I thought something was wrong."

Olu Adeyemi said the family would celebrate with jollof rice at home. "Funmi wants her mum's cooking," he said. "Tobi wants his mum's cooking. I am just the driver."

The twins will find out next week whether they have been selected for the European Championships in Rome.
"""),

dict(title="Harris & Daughter: the ironmonger's that refused to become a coffee shop", text="""
On a high street where most of the old shops have become cafés, nail bars or estate agents, Harris & Daughter still sells paraffin, picture hooks and individual screws by the ounce.

The shop in Ludlow has been in the Harris family since 1921. For the past 30 years it has been run by Bill Harris, 79, and his daughter, Karen Harris, 52, who changed the sign above the door from "Harris & Son" when she joined the business in 1994.

"My grandfather would have had a fit," Karen said, measuring out a length of chain for a customer. "Dad didn't mind. He said he'd rather have a daughter who wanted the shop than a son who didn't."

Bill, who still works three mornings a week, was leaning on the counter. "I don't have a son," he said. "That made it easier."

The shop is a maze of narrow aisles and drawers, each labelled in the handwriting of Bill's father. Karen says she knows where everything is; her father says he knows where everything was in 1975. "He's got worse since he started wearing glasses," she said. "I've got better."

Developers have approached the family at least three times in the past decade. One offered enough money, Karen said, for her to retire. She turned it down. "Who would sell people one washer?" she said. "If you go to a DIY superstore, you have to buy a pack of fifty."

Regular customer Jim Thornley, a retired plumber, said he had been coming to the shop since he was a boy. "Bill sold me my first spanner," he said. "Karen sold me my last one. They're the only people in town who know what you're talking about when you describe something with your hands."

Another customer, Eleanor Price, who runs a bed and breakfast on Corve Street, said the shop had saved her more than once. "My boiler broke on a Sunday and Karen opened up for me," she said. "She wouldn't take any extra for it. She just told me to come back on Monday and pay."

Karen's son, Owen, 24, is a software developer in Bristol and has shown no interest in taking over. She is relaxed about it. "He might change his mind," she said. "I did. I was going to be a nurse."

Her father shook his head. "She was never going to be a nurse," he said. "She used to play shop in here when she was five. She charged the customers more than I did."
"""),

dict(title="Frank Mulhearn, Liverpool bus conductor who became a beloved poet, dies at 86", text="""
Frank Mulhearn, the bus conductor whose poems about Liverpool life made him one of the city's best-loved writers, has died aged 86. His wife, Maureen, said he died in hospital on Monday, surrounded by family.

Born in Everton in 1938, the son of a docker and a cleaner, Mulhearn left school at 15 and spent 22 years on the buses. He began writing poetry on the back of ticket rolls during breaks, scribbling verses about the passengers he met: the women going to the washhouse, the men coming off night shifts, the children bunking the fare.

His first collection, Upstairs on the 26, was published by a small Liverpool press in 1974 and sold out within weeks. He went on to publish eleven more, and his poem Lime Street in the Rain is still taught in Merseyside schools.

The poet and broadcaster Carol Anne Reilly, who first read his work as a teenager, said he had given a voice to people who were not used to seeing themselves in books. "Frank wrote about my mum," she said. "Not literally, but she was in every one of those poems. He noticed people nobody else bothered to notice."

He married Maureen Kelly, a shop assistant he met on the number 26, in 1961. She said he had written her a poem on a bus ticket on their first date and had written her one every year on their anniversary since. "Sixty-three poems," she said. "I've kept every one. Some of them are terrible, mind."

The couple had three daughters, Bernadette, Clare and Siobhan. Clare Mulhearn, a headteacher, said her father had been "the funniest man in any room" but also deeply shy. "He hated giving readings," she said. "He'd be sick beforehand, every time. Then he'd get up and make 500 people cry."

Her sister Siobhan said their father had kept working as a conductor long after he could have lived on his writing. "He said if he left the buses he'd have nothing to write about," she said. "He was probably right."

In 2009 he was awarded an honorary doctorate by the University of Liverpool. Asked at the ceremony how it felt to be called Dr Mulhearn, he said it was "a big improvement on 'Oi, conductor'".

He is survived by Maureen, his three daughters and seven grandchildren. A funeral will be held at the church in Everton where he was married 63 years ago.
"""),

dict(title="Gwen Parry, Welsh mountain rescue pioneer, dies aged 91", text="""
Gwen Parry, who in 1962 became the first woman to join a mountain rescue team in Snowdonia and went on to lead it for more than a decade, has died aged 91. Her son, Huw, said she died peacefully at a nursing home in Betws-y-Coed on Saturday.

Born in Capel Curig in 1933, the daughter of a quarryman and a schoolteacher, she grew up in the shadow of Tryfan and was climbing it alone by the age of 12. She trained as a nurse in Liverpool and returned to north Wales in 1958 to work as a district nurse, a job she did for 30 years.

When she first volunteered for the valley's rescue team, the leader at the time, John Hughes, told her it was no place for a woman. She turned up at the next callout anyway, with her medical bag, and he let her stay. "He said afterwards that I was the only one who knew what to do with a broken leg," she recalled in a 2003 interview. "The rest of them were very good at carrying."

She was team leader from 1974 to 1986, and during that time she took part in more than 400 rescues. In 1978 she spent a night on Glyder Fach with an injured climber, keeping him conscious by singing Welsh hymns until the weather cleared.

That climber, Peter Marsden, now 78, said he owed her his life. "I was 32, I'd broken my pelvis and I was convinced I was going to die," he said. "She sat with me in the dark and sang and told me off for not wearing proper boots. I've thought about her every day since."

She married the sheep farmer Emrys Parry in 1960. He died in 2011. The couple had two sons, Huw and Dafydd, both of whom joined the rescue team. Dafydd Parry, who led the team himself from 2005 to 2015, said his mother had been an unusual parent. "Other kids' mums took them to the beach," he said. "Ours took us up Crib Goch."

The current team leader, Sian Roberts, said she had followed in Mrs Parry's footsteps. "Gwen proved it could be done when everyone said it couldn't," she said. "Half of our team are women now. That's down to her."

She was appointed MBE in 1987. She is survived by her sons, five grandchildren and two great-grandchildren.
"""),

dict(title="Rivals clash over housing in heated mayoral debate", text="""
The two main candidates to become mayor of the West of England clashed over housing, transport and the future of Bristol's harbourside in a tense televised debate on Wednesday night.

Labour's candidate, Rebecca Thorne, accused her Conservative rival, Mark Halloran, of wanting to "concrete over the green belt" to meet housing targets. He in turn said she had "no plan at all" for the thousands of young families priced out of the region.

"Mark talks about building, but he means building executive homes that nobody on an average salary can afford," Ms Thorne said. Mr Halloran shot back: "Rebecca talks about affordability, but she has voted against every major housing scheme in this city for six years."

The debate, hosted at a university campus on the edge of the city, was the only head-to-head meeting between the two before polling day. Polls suggest the race is close, with the Green Party's candidate, Dr Amira Khan, some way behind in third.

Dr Khan, who was not invited to the main debate, held her own event outside the studio and told supporters she had been "deliberately excluded". She said both of her rivals were "arguing about the wrong things". "Neither of them wants to talk about the climate, because neither of them has anything to say," she said.

On transport, Mr Halloran promised to scrap plans for a congestion charge in central Bristol, saying it would hit small businesses. His wife, Julie, who runs a florist's shop on Gloucester Road, has spoken publicly against the scheme. Ms Thorne accused him of putting "his own household's interests" before public health. He called the remark "beneath her".

Ms Thorne, a former nurse, spoke movingly about her own experience of renting. She said she and her partner, Chris, had moved five times in eight years before buying a flat in Bedminster. "I know what it's like to get a letter telling you you've got two months to leave," she said.

The audience was split. Retired teacher Anne Goddard said she thought Ms Thorne had come across as more sincere. Local builder Steve Mills said he had been won over by Mr Halloran. "He understands that you can't have homes without building them," he said.

The winner will oversee a budget of around £2 billion and powers over transport, skills and planning.
"""),

dict(title="Husband and wife team find bumblebees can learn by watching each other", text="""
Bumblebees can learn to solve puzzles by watching other bees, according to research by a husband and wife team in London, adding to growing evidence that insects are far cleverer than once thought.

Dr Lena Fischer and Dr Jonathan Mercer trained a small number of bees to pull a string attached to an artificial flower in order to reach a sugar reward. They then found that untrained bees that watched the "demonstrators" picked up the technique far faster than those left to figure it out alone.

"We were honestly surprised by how quickly they learned," said Dr Fischer, who designed the experiments. "Some of the observer bees got it on the first try. That suggests they're not just copying movements, they're understanding something about the task."

Her husband, who led the statistical analysis, was more cautious. "I wouldn't go as far as saying they understand," Dr Mercer said. "But they're clearly getting information from watching. That's remarkable in an animal with a brain the size of a sesame seed."

The couple met as PhD students at the University of Sussex in 2008 and have worked together ever since. They say their different temperaments help. "Lena has the ideas," he said. "I'm the one who tells her why they won't work. Then she proves me wrong."

She laughed. "He's too modest," she said. "Jon designed half the apparatus in our garage. Our children think it's normal to have bees in the kitchen."

The study has attracted interest from researchers studying animal intelligence. Professor Sarah Whitfield of the University of Oxford, who was not involved, said it was "beautifully designed" and added to evidence that social learning was more widespread than scientists once believed. "We used to think this was something only primates and birds did," she said.

Not everyone is convinced. Dr Martin Kowalczyk, an entomologist at the University of Warsaw, said he would like to see the results replicated with larger numbers of bees. "It's an exciting finding," he said. "But I'd want to be sure the observers aren't simply attracted to the scent the demonstrators leave behind."

Dr Fischer said the team was already planning further experiments to rule that out. She said she hoped the work would encourage people to think differently about insects. "They're not little robots," she said. "They have lives, and they pay attention to each other."
"""),

dict(title="Ellis and Marchetti charm Centre Court to win mixed doubles title", text="""
Jamie Ellis and Chiara Marchetti had played together only four times before this fortnight. On Sunday afternoon, they became Wimbledon mixed doubles champions, beating the top seeds 6-4, 3-6, 10-7 in a match that left the Centre Court crowd on its feet.

Ellis, 29, from Bath, and Marchetti, 26, from Turin, were paired almost by accident. His regular partner withdrew with an injury in June, and her coach, the former Italian Davis Cup player Paolo Ricci, suggested they team up after seeing them chatting at Queen's Club.

"I asked him if he could volley, and he said, 'Sometimes,'" Marchetti said, laughing. "That was the whole interview."

"She's being unfair," Ellis said. "I also told her I was good at shouting 'yours'."

The pair saved two championship points in the deciding match tie-break against the Australian Mia Foster and the American Jack Dunleavy. Marchetti hit a forehand winner down the line on the first, and Ellis produced a diving volley on the second that sent him sprawling across the grass.

"I don't know how that went over," he said. "I was lying on my face. I heard the crowd and I thought, either it's in or I've hit someone."

Foster said the champions had deserved their win. "They played with a lot of freedom," she said. "Chiara was incredible on the return, and he was everywhere at the net. We had our chances but they took theirs."

For Marchetti, the title is her first at a grand slam. She has spent most of her career ranked outside the top 50 in singles and said she had considered giving up two years ago after a shoulder operation. "My mother told me to keep going," she said. "She said I would regret it. She was right, as usual."

Her mother, Giulia, was in the players' box alongside Ellis's wife, Sophie, and their baby son. Sophie Ellis said she had been too nervous to watch the final tie-break. "I took the baby for a walk," she said. "I missed the whole thing. Jamie's going to tell me about it for years."

Asked whether they would play together again at the US Open, the pair looked at each other. "If he asks nicely," Marchetti said. "I'll think about it," Ellis replied, grinning.
"""),
]
