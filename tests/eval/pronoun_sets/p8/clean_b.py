ARTICLES = [
dict(title="On the night shift with the nurse who runs Leeds's busiest ward", text="""
At 2 a.m. on a Tuesday, the acute medical unit at Leeds General Infirmary is anything but quiet. Monitors beep, a porter wheels in a new admission, and Charge Nurse Kofi Mensah is on the phone to the bed manager, negotiating for space that does not exist.

Mr. Mensah, 45, has worked on the unit for 16 years and has led its night team since 2017. He is one of a small but growing number of men in senior nursing roles; fewer than one in ten registered nurses in England is male. "When I started, patients would call me doctor and ask when the nurse was coming," he said. "Now they mostly just ask for a cup of tea."

His team tonight includes six nurses and three healthcare assistants. One of the nurses, Grace Liu, qualified only four months ago. She said Mr. Mensah had spent her first fortnight on nights checking on her every hour. "He never made me feel stupid for asking," she said. "And I asked a lot."

Around 3 a.m., a patient's blood pressure drops sharply and the team calls for the on-call surgical registrar, Dr. Hannah Price. She arrives within minutes, examines the patient and decides he needs to go to theatre. Mensah and Dr. Price have worked together for years, and the handover takes less than a minute. "Kofi tells me what I need to know and nothing I don't," she said later. "That's rarer than you'd think." He said she was the registrar he most wanted to see at three in the morning.

Mr. Mensah grew up in Kumasi, Ghana, and came to Britain at 22 to study nursing at the University of Leeds. His wife, Ama, is a midwife at the same hospital; they have two teenage sons. He said neither of the boys wanted to go into the health service, "which is probably sensible".

By 7.30 a.m., the day team begins to arrive. The ward sister, Joan Whitaker, takes the handover from Mensah at the nurses' station. She has worked with him for a decade and said he was the calmest person she had met in the profession.

Mensah drives home, sleeps until two, and will be back at 8 p.m. "People ask how I do it," he said. "The honest answer is that I can't imagine doing anything else."
"""),

dict(title="Sheila Morton wins Hartley by-election as Bates concedes", text="""
Sheila Morton of the Green Party won the Hartley by-election on Thursday night, overturning a majority of more than 9,000 and becoming the first Green MP elected in the north of England.

Ms. Morton, 58, a former headteacher and leader of the local council's opposition group, took 41 per cent of the vote. The Conservative candidate, Andrew Bates, was second with 34 per cent, and Labour's Priya Shah third with 17 per cent. Turnout was 46 per cent.

The by-election was called after the previous MP, Sir Robin Greaves, resigned to take up a job with an energy company. Sir Robin, who had held the seat since 2001, was criticised during the campaign for announcing his departure by email.

In her victory speech at Hartley Leisure Centre shortly after 3 a.m., Ms. Morton thanked volunteers and said voters had rejected "politics that treats this town as an afterthought". She promised to hold weekly surgeries in every ward and to campaign to reopen the town's railway station. "People here are not asking for miracles," she said. "They are asking to be noticed."

Mr. Bates, a local businessman who runs a chain of garden centres, conceded graciously. He congratulated his opponent and said he had enjoyed campaigning against her. "Sheila fought a positive campaign, and she won it fairly," he said. "I wish her well, and I'll be watching." Asked whether he would stand again at the general election, he said he would discuss it with his family.

Ms. Shah said Labour had been squeezed by voters who wanted to send a message to the government. She said she was disappointed but proud of her team.

The Green Party's co-leader, Carla Denham, travelled to Hartley for the count. She described the result as "a political earthquake" and said the party would now target a dozen similar seats.

Professor Mark Ellwood, a political scientist at the University of Sheffield, said the result owed as much to local anger over the station closure as to national trends. He said Ms. Morton's long record on the council had helped her win over voters who would not normally consider the Greens.

Ms. Morton will take her seat in the Commons on Monday. Her husband, Geoff, and their two adult daughters are expected to be in the gallery.
"""),

dict(title="Married biologists share prize for work on bee navigation", text="""
Two biologists at the University of Sussex who have been married for 30 years have jointly won the Royal Society's Darwin Medal for research showing how honeybees use the pattern of polarised light in the sky to find their way home.

Professor Helen Cartwright and Professor Michael Cartwright, who met as doctoral students at Cambridge in the late 1980s, have run a joint laboratory since 1998. Their work, much of it carried out on rooftop hives above the biology building, has shown that bees can navigate accurately even on overcast days by detecting faint patterns of polarised light through gaps in the cloud.

Helen Cartwright, 57, said the couple had been "astonished and slightly embarrassed" to receive the news. "We've always thought of the lab as a team of twenty, not two," she said. Her husband said she had been the one to spot the key result, in 2006, when a batch of bees kept returning to their hive during a thunderstorm. "I wanted to go inside," he said. "She made me stay and count."

Michael Cartwright, 59, is an engineer by training and designed many of the lab's tracking devices, including tiny radar tags weighing less than a grain of rice. His wife is a neuroscientist who studies how the bee's brain processes light. Colleagues say they argue constantly and productively. "They finish each other's sentences, and then disagree with how the sentence ended," said Dr. Tom Riley, who spent six years as a postdoctoral researcher in their lab.

One of their current students, Aisha Karim, said the Cartwrights had an unusual rule: neither is allowed to give a talk about the lab's work without naming at least three junior researchers. She said the rule had helped her win her first conference invitation.

The chair of the medal committee, Professor Alan Reid, said their research had "changed how we think about navigation in small brains" and had applications in robotics.

The Cartwrights have two adult children, neither of whom became scientists. Their son, Daniel, is a chef, and their daughter, Rose, is an actor. Helen Cartwright said both had spent their childhoods being dragged up ladders to inspect hives. "I think we put them off for life," she said.

The medal will be presented at a ceremony in London in November.
"""),

dict(title="Man jailed for attacking pharmacist who refused to sell painkillers", text="""
A man who punched a pharmacist in the face after she refused to sell him a large quantity of codeine painkillers has been jailed for two years.

Kyle Benson, 31, of Walsall, admitted assault causing actual bodily harm at Wolverhampton Crown Court in March. He was sentenced on Friday by Judge Catherine Moore, who said the attack on a health worker doing her job was "cowardly and inexcusable".

The court heard that Benson went to the Park Lane Pharmacy in Walsall in November and asked to buy six packets of co-codamol. The pharmacist, Nadia Hussain, told him that she could sell him only one packet under the pharmacy's rules. When she refused a second request, he leaned across the counter and struck her, breaking her nose.

In a statement read to the court, Ms. Hussain, 36, said she had returned to work after three weeks but now felt anxious whenever a customer raised his or her voice. She said her young daughter had been frightened by her bruises. "I became a pharmacist to help people," she said. "I did not expect to be hit for doing it."

Benson's barrister, Laura Fenwick, said her client had been addicted to painkillers since a back injury at work in 2019 and had been in withdrawal at the time of the attack. She said he was "deeply ashamed" and had written a letter of apology to Ms. Hussain. Ms. Fenwick asked the judge to consider a suspended sentence so that he could continue a drug treatment programme he had started while on bail.

Judge Moore said she accepted that Benson's remorse was genuine, but that an immediate prison sentence was the only appropriate punishment. She told him he could continue treatment in custody.

The pharmacy's owner, Rajiv Kapoor, said outside court that he had since installed a screen at the counter. He said Ms. Hussain was "the most conscientious pharmacist I've ever employed" and had been right to refuse the sale.

The Royal Pharmaceutical Society's director for England, Claire Addison, said attacks on pharmacy staff had risen sharply in recent years. She called on the government to make assaulting a pharmacist an aggravating factor in sentencing, as it already is for emergency workers.

Benson was also made subject to a five-year restraining order preventing him from contacting Ms. Hussain or entering the pharmacy.
"""),

dict(title="Northline and Castell agree merger to create regional bus giant", text="""
Two of the largest bus operators in the north of England, Northline and Castell Group, have agreed to merge in a deal that will create a company with more than 4,000 buses and about 12,000 employees.

Under the terms announced on Wednesday, Northline shareholders will own 55 per cent of the combined business, which will be called Northline Castell and have its headquarters in Leeds. The deal values Castell at about 620 million pounds.

Northline's chief executive, Simon Archer, will lead the merged company. Castell's chief executive, Yvonne Castell, whose grandfather founded the company in Darlington in 1948, will become deputy chief executive and head of operations. Speaking at a joint press conference, Mr. Archer said he had wanted to work with her for years. "Yvonne runs the most reliable buses in the country," he said. "I've been trying to work out how she does it for a decade." Ms. Castell said she had accepted the deal because it secured the future of the routes her family had built. "My grandfather would have hated selling," she said. "But he would have hated watching the company shrink even more."

The two companies said the merger would save about 40 million pounds a year, mainly by combining depots, ticketing systems and purchasing. They said there would be no compulsory redundancies among drivers but could not rule out job losses in head office roles.

The Unite union's regional officer, Mick Carey, said he would be seeking urgent talks with both companies. He said drivers had heard promises before. Passenger groups were also wary. Emma Wright, chair of Bus Users North, said she feared fares would rise in towns where the two operators currently compete. "Competition is the only thing keeping prices down on some routes," she said.

The deal is expected to be examined by the Competition and Markets Authority. Analysts at Peel Hunt said the regulator was likely to demand the sale of some routes in Teesside, where Northline and Castell run almost all services.

Ms. Castell's father, Edward Castell, who ran the company from 1975 to 2006, said in a statement that he supported his daughter's decision. Shares in Northline rose 6 per cent.
"""),

dict(title="Boy, 9, finds missing dog three miles from home after week-long search", text="""
A nine-year-old boy from Keswick has been reunited with his family's missing spaniel after spotting her on a hillside during a walk with his grandmother, a week after the dog disappeared during a storm.

Alfie Brennan was walking with his grandmother, Pat Brennan, near Castlerigg stone circle on Sunday afternoon when he noticed a brown and white shape in the bracken. "I shouted her name and she just stood there," he said. "Then she ran at me and knocked me over."

The dog, a four-year-old springer spaniel called Bramble, vanished from the family's garden on 14 October after being frightened by thunder. Alfie's mother, Kate Brennan, said the family had searched every day, put up posters across the town and appealed for help on social media. More than 200 people joined a search organised by a local volunteer group.

Pat Brennan, 68, said she had suggested the walk to take her grandson's mind off the search. "I thought it would do him good to get out," she said. "I never dreamed he'd find her." She said she had carried the exhausted dog most of the way back to the car while Alfie ran ahead to phone his parents.

Bramble had lost weight and had a cut on one paw but was otherwise healthy, according to the family's vet, Dr. Sarah Nolan. She said spaniels were resourceful and the dog had probably survived by drinking from streams. "She's a lucky girl, and so is the family," Dr. Nolan said.

The volunteer search was organised by Ian Fletcher, who runs a Facebook group that helps find lost pets in the Lake District. He said the group had found 37 dogs this year and that he had been worried about Bramble as the nights grew colder. "We've had a few sad endings," he said. "This one made my week."

Alfie's father, Chris Brennan, said his son had barely left the dog's side since Sunday and had insisted on sleeping next to her basket. He said the family would be fitting a GPS tracker to her collar.

Alfie said he planned to use his pocket money to buy Bramble a new toy. Asked what kind, he said: "One that doesn't squeak. She hates thunder and squeaking."
"""),

dict(title="Ken Okafor-Lewis, photographer of Britain's miners, dies at 84", text="""
Ken Okafor-Lewis, whose black-and-white photographs of mining communities in South Wales and Yorkshire became some of the defining images of the 1984 miners' strike, died on Monday in Cardiff. He was 84.

His wife of 55 years, Bethan, said he had been ill with cancer for several months.

Born in Tiger Bay, Cardiff, in 1940, to a Nigerian seaman and a Welsh mother who worked in a laundry, he left school at 15 and worked as a messenger at the Western Mail, where a staff photographer lent him a camera. Within five years he was a staff photographer himself.

Mr. Okafor-Lewis spent much of the 1970s documenting pit villages in the Rhondda, often living for weeks with families he photographed. His 1979 book, "Underground, Overground", was praised for its intimacy and its refusal to romanticise poverty. During the strike he travelled between picket lines in Wales and Yorkshire, and his photograph of a miner's wife, Margaret Hughes, handing soup to a line of police officers at Orgreave was reproduced around the world. Mrs. Hughes, who died in 2012, later said she had not noticed him taking the picture.

The curator Jane Pritchard, who organised a retrospective of his work at the National Museum Cardiff in 2015, said he had "an extraordinary gift for being invisible". She said he had refused to photograph anyone who asked him not to, even when it cost him a front page.

He married Bethan Morgan, a primary school teacher, in 1969. Their daughter, Carys Okafor-Lewis, is a documentary film-maker. She said her father had kept working until last year, photographing food banks and community centres in Cardiff. "He said the story hadn't changed, only the buildings," she said.

His friend and fellow photographer Gareth Hurley said Okafor-Lewis was "the most patient man with a camera" he had known. "He'd wait all day for one frame," Mr. Hurley said. "And then he'd give the print away."

In addition to his wife and daughter, he is survived by a grandson, Owain, and a brother, Samuel.

His family said his archive of more than 60,000 negatives would be donated to the National Library of Wales.
"""),

dict(title="Interview: Singer Tomasz Wolski on his first album in ten years", text="""
The Polish-born singer-songwriter Tomasz Wolski, 52, released his first album in a decade, "Low Tide", last week. He spoke to our music correspondent, Claire Donnelly, at his home in Margate. The conversation has been condensed and edited.

Claire Donnelly: Ten years is a long gap. What happened?

Tomasz Wolski: Life happened. My father became ill and I went back to Gdansk to look after him. He died in 2019. Then the pandemic came, and then my daughter was born. I didn't stop writing, but I stopped believing anyone wanted to hear it.

Donnelly: What changed your mind?

Wolski: My wife, Anna. She found a notebook of lyrics in a drawer and read them without asking. She told me they were the best things I'd written and that I was a coward for hiding them. She was right on the second point, at least.

Donnelly: The album was produced by Rachel Fenn, who's better known for electronic music. Why her?

Wolski: Because she didn't care about my old records. Everyone else wanted me to sound like 2005. Rachel wanted me to sound like now. She made me sing most of the songs in one take, sitting down, which I hated at first. Then I heard it back and I understood.

Donnelly: There's a song called "Tata" about your father. Was that hard to record?

Wolski: We did it at two in the morning. Rachel turned the lights off in the studio so I couldn't see her. I cried at the end, and she left that in. You can hear it if you listen carefully.

Donnelly: Your old bandmate, Marek Nowak, plays guitar on two tracks. Had you spoken in the meantime?

Wolski: Not for years. We had a stupid argument about money in 2012. Last year he sent me a message saying he'd heard I was recording, and asked if I needed a guitarist. He didn't mention the argument, so neither did I.

Donnelly: Will you tour?

Wolski: A short one, in small rooms. My daughter is four, and she has made it very clear she expects me home for bedtime. I am more afraid of her than of any audience.

"Low Tide" is out now on Harbour Records.
"""),

dict(title="Hay-on-Wye festival opens with debate on the future of the novel", text="""
The Hay Festival opened on Thursday with a sell-out debate on whether the novel can survive the age of the smartphone, a question that divided its four panellists and, by the end, much of the audience.

The Irish novelist Siobhan Keane argued that reading had never been more popular among young people, pointing to the rise of book clubs on social media. "My nieces read more than I did at their age," she said. "They just talk about it differently." The British writer Nicholas Brandt disagreed. He said attention spans had been "hollowed out" and that publishers were rewarding short, plot-driven books at the expense of ambitious fiction.

The debate was chaired by the broadcaster Fiona Gale, who repeatedly had to ask the panellists to let each other finish. At one point Ms. Keane and Mr. Brandt were speaking at once, and Ms. Gale reminded them that the audience had paid to hear both. "One at a time, or I'll read you both a chapter of my own novel," she said, to laughter.

The American writer Marcus Oyelaran, whose debut novel was shortlisted for last year's National Book Award, said both sides were missing the point. He said that the question was not whether people read but who got to be published. "The novel is fine," he said. "The gatekeepers are the problem."

The fourth panellist, the poet and translator Ingrid Halvorsen, said the novel had survived radio, cinema and television and would survive the phone. She said her own children read on their phones, and she had decided not to mind. "A sentence is a sentence, whatever it's printed on," she said.

A show of hands at the end suggested the audience was roughly evenly split. Afterwards, Mr. Brandt admitted he had enjoyed losing the argument. He said Ms. Keane had "the better jokes and possibly the better case".

The festival's director, Julia Fenton, said ticket sales were up 12 per cent on last year. She said more than 600 events were planned over the next ten days, including appearances by two former prime ministers.

The festival runs until 2 June.
"""),

dict(title="Lionesses of Lincoln: manager Steve Ward on the club's rise", text="""
Three years ago, Lincoln City Women were playing in the fourth tier of English football in front of crowds of fewer than a hundred. On Sunday they will play in the Women's Championship play-off final at Sincil Bank, with more than 8,000 tickets sold.

The man behind the rise is Steve Ward, a former Lincoln youth-team coach who took charge of the women's side in 2021 on what he describes as "a handshake and a promise". Ward, 44, said he had applied for the job because he was tired of coaching teenage boys who thought they were already professionals. "The women turned up to every session, on time, after a full day's work," he said. "I'd never seen commitment like it."

His captain, the centre-back Jess Moran, has been with the club since the fourth tier. She said Ward had changed the culture by treating the squad as professionals long before they were paid as professionals. "He gave us video analysis and proper nutrition plans when we were still washing our own kit," she said. Asked to describe him, she laughed. "Stubborn. Very stubborn. But he's usually right."

Ward's assistant, Natalie Osei, a former Arsenal player who joined the staff last year, said the manager's greatest strength was his honesty. She said he told players exactly why they had been dropped. "Nobody ever has to guess with Steve," Osei said.

The team's top scorer, 19-year-old Poppy Hart, has scored 23 goals this season and is attracting interest from Women's Super League clubs. Ward said he would not stand in her way if a big offer came. "She deserves to play at the highest level," he said. "I just hope it's with us."

The club's chief executive, Liam Scott, said the women's team now had its own budget, a full-time physiotherapist and a dedicated training pitch. He said the board had committed to keeping the team at Sincil Bank for all home matches next season.

Sunday's opponents, Durham, beat Lincoln twice in the league. Their manager, Kate Jennings, said her side would respect Lincoln but would not fear them.

Ward said he would spend Saturday night watching old matches with his wife, Claire, and their two sons. "They're sick of football," he said. "But they'll be in the stand on Sunday."
"""),

dict(title="Transport minister resigns over rail contract as deputy steps up", text="""
The transport minister, Laura Pemberton, resigned on Tuesday after an official inquiry found that she had failed to declare a family link to a company that won a 200-million-pound rail maintenance contract.

Ms. Pemberton, 46, who had been in the post for 18 months, said in her resignation letter to the prime minister that she had made "an honest mistake" but accepted that ministers must be held to the highest standards. Her brother-in-law, Graham Pemberton, is a director of Trackwise Engineering, which was awarded the contract in January.

The inquiry, led by the independent adviser on ministerial standards, Sir Michael Howarth, found no evidence that Ms. Pemberton had influenced the decision. But Sir Michael said she should have declared the link and stepped aside from any discussion of the contract. He said she had been present at two meetings where it was mentioned.

The prime minister, David Hollins, said he had accepted the resignation "with great sadness" and praised her work on rail reform. In his reply to her letter, he said he hoped she would return to government "in due course".

Her deputy, the rail minister Jonathan Reid, will take over the transport brief. Mr. Reid, 52, a former engineer and the MP for Stockton West, said he would continue Ms. Pemberton's reforms and review the contract to ensure that it had been properly awarded. "The public needs to know that this decision was made on merit," he said.

Opposition parties said the resignation had come too late. The shadow transport secretary, Rachel Osei, said the prime minister had defended Ms. Pemberton for weeks and should explain why. "He knew about this in March and did nothing," she said.

Graham Pemberton said in a statement that Trackwise had won the contract "fair and square" and that his sister-in-law had never discussed it with him. He said he regretted the distress caused to her and her family.

Ms. Pemberton will remain an MP. Friends said she intended to spend the summer with her husband and children in her Cheshire constituency before deciding on her future.
"""),

dict(title="Research ship Petrel returns from record Antarctic season", text="""
The polar research ship RRS Petrel returned to Harwich on Saturday after a seven-month Antarctic season in which she carried more scientists and travelled further south than on any previous voyage.

The 129-metre vessel, operated by the British Antarctic Survey, spent much of the southern summer in the Weddell Sea, where her crew and scientists studied the retreat of ice shelves and the effect of warming water on krill populations. At one point she reached latitude 76 degrees south, breaking through sea ice more than a metre thick.

The ship's master, Captain Will Hadley, said she had performed "beyond our expectations" in the ice. "She's a big ship, but she handles like a much smaller one," he said. He praised his crew of 30, many of whom had been away from home since September.

The chief scientist for the voyage, Dr. Katrina Lowe, a physical oceanographer, said her team had deployed 40 instruments on the seabed that would record water temperature and currents for the next three years. She said early data showed warm water reaching further under the ice shelves than models had predicted. "The ocean is doing the damage from below," Dr. Lowe said. "You can't see it from a satellite."

One of the youngest scientists on board, the 24-year-old PhD student Tom Ainsley, spent the season counting krill in nets hauled up from 200 metres. He said the hardest part was not the cold but the seasickness crossing the Drake Passage. "Everyone warns you about it," he said. "Nobody tells you it lasts four days."

Relatives lined the quay to greet the ship. Sarah Hadley, the captain's wife, said she had followed the voyage on a tracking website every night. Their son, Ben, held a banner reading "Welcome home, Dad".

The survey's director, Professor Dame Joan Ferris, said the season had demonstrated what the ship could do after a difficult first few years marked by technical problems. She said the vessel would undergo maintenance in Harwich before heading south again in October.

Captain Hadley said he planned to spend the summer at home in Suffolk. Asked whether he would sail with her again, he smiled. "She's hard to leave," he said.
"""),

dict(title="Prime minister tells summit that Britain will stand by her allies", text="""
The prime minister, Catherine Marsh, told a summit of European leaders in Copenhagen on Friday that Britain would "stand by her allies for as long as it takes", as governments agreed a new package of military and financial support for Ukraine.

In a speech to the European Political Community, Ms. Marsh said Britain had a duty to help defend the continent's security, whatever its relationship with the European Union. "Britain has never turned her back on Europe when it mattered, and she will not do so now," she said. Her words drew applause from the hall.

The summit's host, the Danish prime minister, Mads Kristensen, said the package would include air defence systems and 3 billion euros in budget support. He thanked Ms. Marsh for Britain's contribution, which includes 500 million pounds of new funding. "The United Kingdom has been a friend in deed, not only in word," Mr. Kristensen said.

The Ukrainian president attended by video link and thanked leaders for their support. His foreign minister, Olena Kovalenko, who was present in Copenhagen, said the air defences were urgently needed before winter. She met Ms. Marsh on the margins of the summit.

Not all leaders were enthusiastic. Hungary's representative, Foreign Minister Laszlo Farkas, said his government would not contribute to the military package and called for a ceasefire. He said Hungary would "always speak for peace, even when others do not want to hear it".

Ms. Marsh also held talks with the French president, Elise Durand, on migration across the Channel. Officials said the two leaders had agreed to expand a joint intelligence unit in Calais. Ms. Durand said afterwards that France and Britain were "two old friends who argue like family" but who always found agreement in the end.

The opposition leader in London, Richard Holt, welcomed the package but said the prime minister needed to explain how it would be funded. He said he supported her position on Ukraine and would vote for the funding in Parliament.

Ms. Marsh returns to London on Saturday. She is due to make a statement to the House of Commons on Monday.
"""),
]
