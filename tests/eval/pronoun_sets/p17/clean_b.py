ARTICLES = [
dict(title="Frank Delgado, South Flores music shop owner who taught a neighborhood to play, dies at 79", text="""
SAN ANTONIO — Frank Delgado, who sold guitars, fixed amplifiers and gave free lessons to neighborhood kids for more than five decades at Delgado's Music on South Flores Street, died Tuesday. He was 79.

His wife of 54 years, Rosa Delgado, said he died at home surrounded by family after a long battle with heart disease. "He was playing the guitar in bed on Sunday," she said. "Badly, he would want me to say. But he was playing."

Born in 1944 in the West Side neighborhood where he would spend most of his life, Delgado taught himself to play on a borrowed guitar with four strings. He served in the Army in Germany, where he played in a base band, and opened the shop in 1969 with money he saved from his military pay.

For years he kept a row of loaner guitars on the back wall for children who could not afford their own, and on Saturday mornings he taught anyone who showed up. Musician Danny Ruiz, who went on to play with several Tejano bands, was one of them.

"I walked in there when I was nine with no money and a lot of attitude," Ruiz said. "Mr. Delgado handed me a guitar and said, 'Show me the attitude on this.' He changed my life in about ten minutes."

His daughters, Elena Delgado and Marisol Delgado-Price, have run the shop's day-to-day business since 2015. Elena Delgado said her father still came in most afternoons until last fall, mostly to argue with customers about amplifiers. "He had opinions," she said. "He also had a stool by the register, and nobody else sat on it."

Marisol Delgado-Price said she and her sister planned to keep the store open and continue the Saturday lessons. "That's what he'd want. He'd actually be furious if we closed even one Saturday," she said.

City Councilwoman Adriana Flores said the council would consider renaming a stretch of South Flores Street in his honor. "Frank Delgado never asked for anything," she said. "He just kept handing out guitars."

In addition to his wife and daughters, Delgado is survived by a brother, Tony Delgado of Laredo, and six grandchildren. A rosary will be said Monday at San Fernando Cathedral, followed by a funeral Mass on Tuesday.
"""),

dict(title="Review: Nadia Quarrie's restless Hamlet at the Royal Exchange", text="""
Nadia Quarrie is not the first woman to play Hamlet, and Tom Hebden's production at the Royal Exchange makes no fuss about it. Her prince is still a prince, still "he" to everyone on stage, still the son of a murdered king. What Quarrie brings is not a novelty but a Hamlet of startling physical restlessness: a young man who cannot keep still because if he stopped moving he would have to think.

She is very funny, too. Her scenes with Polonius, played with fussy charm by Adrian Tull, have the timing of a double act, and she delivers the "words, words, words" exchange lying flat on her back on the revolving stage, letting it carry her slowly past him.

Hebden's staging, in the round, is spare: a few chairs, a long table, a trapdoor that serves as grave, cellar and Ophelia's river. Martin Oyelaran's Claudius is a smooth, watchful politician who is most dangerous when he is being kind. Judith Fane, as Gertrude, is superb. Her closet scene with Quarrie is the production's emotional peak: mother and son on their knees on the floor, both in tears, neither able to say what they mean. Fane makes you believe that Gertrude genuinely did not know, and that when she finally understands, it breaks her.

Grace Mullan's Ophelia is less well served. Hebden gives her a guitar for the mad scene, which is a mistake; she plays it well, but the songs become a performance rather than a collapse.

The second half drags a little before the graveyard, where Tull returns, doubling as the gravedigger, to steal the scene with a bag of crisps. The duel is brisk and convincing, since Quarrie and Kwame Asante's Laertes trained for weeks with a fight director, and the final tableau, as Fortinbras's soldiers stamp in from all four corners, is genuinely chilling.

It is Quarrie's evening, though. In the final scene, as Hamlet dies, she turns slowly to each side of the auditorium as if looking for someone. It is a small gesture, and it lands harder than any soliloquy. "The rest is silence," he says, and for a few seconds it really is.

Hamlet runs at the Royal Exchange, Manchester, until 5 October.
"""),

dict(title="Man charged with attempted murder after woman stabbed in Huddersfield flat", text="""
A man has been charged with attempted murder after a woman was stabbed several times at a flat in Huddersfield town centre.

Jason Reeve, 33, of no fixed address, appeared before Kirklees Magistrates' Court on Monday and was remanded in custody. He did not enter a plea and will appear at Leeds Crown Court next month.

Police were called to a first-floor flat in Upperhead Row at around 11.40pm on Friday after neighbours reported screaming. Officers found a 29-year-old woman, named locally as Danielle Fry, with stab wounds to her arms and back. She was taken to Leeds General Infirmary, where she remains in a serious but stable condition.

Detective Inspector Claire Burrows, of West Yorkshire Police, said the woman and the man were known to each other. She said officers had recovered a knife from a bin behind the property and were keen to speak to anyone who had seen a man running along Upperhead Row towards the ring road shortly before midnight.

"This was a frightening incident for residents, and I want to reassure them that we are not looking for anyone else," DI Burrows said. "But we still need to build a full picture of what happened, and any footage, however brief, could help us."

Tony Fairclough, who lives in the flat below, said he heard shouting and a crash before a woman began screaming for help. "I went up the stairs and she was on the landing, holding on to the rail," he said. "I just kept pressing a tea towel on her arm and talking to her until the ambulance came."

Ms Fry's mother, Linda Fry, thanked Mr Fairclough and the paramedics. In a statement released through police, she said her daughter was "a kind, funny girl who has always thought the best of people" and asked for privacy while the family stayed at her bedside.

Reeve was arrested on Saturday afternoon at an address in Dewsbury. A 27-year-old woman arrested on suspicion of assisting an offender has been released under investigation.

Magistrates heard that Reeve had been released from prison in January after serving a sentence for burglary. The chairman of the bench, Richard Moss, said the case was too serious for magistrates to deal with and that he had no choice but to send it to the crown court.

Anyone with information is asked to contact West Yorkshire Police on 101.
"""),

dict(title="Cedar Falls student board member pushes for later high school start", text="""
CEDAR FALLS, Iowa — For most of his junior year, Taylor Briggs has been setting two alarms: one at 5:50 a.m. to catch the bus, and one on his phone that reminds him, every Monday, to email the school board.

The 17-year-old, who serves as the student representative on the Cedar Falls Community School Board, has spent months lobbying for a later start time at Cedar Falls High School, which currently begins classes at 7:40 a.m. On Monday night, the board agreed to study the idea.

"I'm not asking for a vacation," Briggs told the board. "I'm asking for the research to be taken seriously. Every major medical group says teenagers shouldn't start school before 8:30."

His case got an unusual assist from his mother, Dr. Lisa Briggs, a pediatric sleep researcher at the University of Northern Iowa, who testified during public comment. She told the board that she had deliberately stayed out of her son's campaign until he asked her to speak. "I want to be clear, this was his idea, not mine," she said. "He just happens to live with someone who has the data."

Board President Janet Ortiz said she was persuaded enough to form a committee, which will report back in March. But she warned that changing bell times would affect bus routes at every school in the district, as well as after-school sports and jobs. "There is no version of this that's free," Ortiz said.

Transportation director Mike Halvorsen said a later high school start would likely require either more buses or an earlier start for elementary students. He estimated the cost of additional buses at $400,000 a year.

Paul Kemp, president of the Cedar Falls Education Association, said teachers were open to the change but wanted a say in how it was done. "Our members have kids and second jobs and childcare too," he said.

Briggs said he was happy with the outcome. He has already collected more than 900 student signatures and said he would ask to sit on the new committee. His younger sister, Morgan, a freshman, helped him gather them.

"She's scarier than me," he said. "People sign things when she asks."

His mother said she would support the committee's work, whatever it found. Asked whether her son's campaign had changed anything at home, she laughed. "He's still impossible to wake up," she said.
"""),

dict(title="Redfern siblings take Cheshire mixed doubles badminton crown", text="""
Brother and sister Nathan and Chloe Redfern won the Cheshire Badminton Championships mixed doubles title on Sunday, beating top seeds Owen Davies and Lucy Hart in three games at Macclesfield Leisure Centre.

Nathan, 19, and Chloe, 17, came back from a game down to win 17-21, 21-18, 21-16, clinching the match when Chloe intercepted a cross-court drive at the net.

"I was just trying not to get hit in the face," she said afterwards. "Nathan told me to stand closer. I think he was hoping I'd block it with my head."

"That's not true," her brother said. "I was hoping she'd block it with her racket. She did. It's fine."

The Redferns have played together since Chloe was eleven, when their father, Mark Redfern, a former county player, began coaching them on the courts at their school in Poynton. He watched Sunday's final from the balcony with their mother, Andrea, who said she could not bear to look during the final game.

"Mark coaches, I worry," she said. "That's how we split the work."

Davies and Hart, who won the title in 2022 and 2023, led 14-9 in the third game before the siblings won eight points in a row. Hart said the Redferns had been the better pair on the day. "Their defence was unbelievable. Every time we thought we'd won the point, it came back," she said. Davies said he and Hart would be back next year.

Nathan Redfern, a sports science student at Manchester Metropolitan University, also reached the semi-finals of the men's singles, where he lost to the eventual champion, Tom Ashworth. His sister won the girls' under-19 singles title earlier in the day without dropping a game.

Chloe Redfern said she hoped to be selected for the England under-19 squad later this year, and that she and her brother would enter the national mixed doubles championships in Milton Keynes in February.

Her father said the pair argued constantly in training but almost never on court. "At home, they can't agree what to watch on television," he said. "Out there, they don't even need to talk. He knows where she'll be before she does."
"""),

dict(title="Retired headteacher cleared of pushing parking enforcement officer", text="""
A retired headteacher accused of assaulting a civil enforcement officer during a row over a parking ticket has been cleared after a district judge said he could not be sure she had pushed him deliberately.

Patricia Onslow, 66, of Church Lane, Tonbridge, had denied common assault following the incident outside a pharmacy on Tonbridge High Street last August.

Sevenoaks Magistrates' Court heard that Mrs Onslow had left her car on double yellow lines for about six minutes while collecting a prescription for her husband, who has Parkinson's disease. When she returned, civil enforcement officer Kevin Doyle was photographing the vehicle.

Mr Doyle, 31, told the court that Mrs Onslow had shouted at him and shoved him in the chest with both hands, causing him to stumble into the road. He said he had been "genuinely shaken" and took two days off work.

Mrs Onslow said she had reached out only to show him the prescription bag and that he had stepped backwards off the kerb of his own accord. "I have never hit anyone in my life," she told the court. "I spent thirty-five years telling children not to."

Her son, Daniel Onslow, 38, who was waiting in the passenger seat, gave evidence in her defence. He said his mother had been upset but that he had not seen her push anyone. Under cross-examination by prosecutor Eleanor Pike, he accepted that his view had been partly blocked by a delivery van.

A pharmacist, Amrit Sandhu, who watched from inside the shop, said she saw the pair "very close together" and saw Mr Doyle step back, but could not say whether there had been any contact.

District Judge Anthony Burke said he found Mr Doyle to be an honest witness who clearly believed he had been pushed. But he said the CCTV footage, which showed the encounter from across the street, was "simply too poor to resolve the question", and that he could not be sure Mrs Onslow had acted deliberately.

"Civil enforcement officers do a difficult job and are entitled to do it without being abused," the judge said. "But the prosecution must prove its case, and in this instance it has not."

Outside court, Mrs Onslow said she was relieved and would be paying the parking fine. Her son said the family had found the past seven months "a nightmare". Her solicitor, Hugh Talbot, said she had no complaint about Mr Doyle and wished him well.
"""),

dict(title="Third generation takes the reins at Kessler Family Dairy", text="""
IOLA, Wis. — When Jenna Kessler was eight, she announced at the dinner table that she would run the family dairy one day. Her father, Jim Kessler, remembers laughing. Her grandmother, Ruth Kessler, remembers writing it down.

"I still have the napkin," Ruth Kessler, 88, said Wednesday, producing it from a kitchen drawer. "She signed it, too."

On Jan. 1, Jenna Kessler, now 31, officially took over as manager of Kessler Family Dairy, the 600-cow operation outside Iola that her great-grandparents started in 1948 with eleven cows and a team of horses. Her father, 63, will stay on as a partner but said he was handing over day-to-day decisions.

"She knows more about the cows than I do and a lot more about the computers," Jim Kessler said. "I know where the bodies are buried, so to speak. She can call me."

The transition comes at a hard time for Wisconsin dairy farms. The state lost hundreds of dairy herds last year as low milk prices and high feed and labor costs pushed smaller operations out of business.

Jenna Kessler, who has a degree in dairy science from the University of Wisconsin-River Falls, said she plans to install robotic milking systems over the next three years and to expand the farm's small cheese line, which is sold at farmers markets in the Fox Valley.

"We can't win by being bigger than everybody, so we have to be smarter," she said.

Bob Lind, the county's agricultural extension agent, said farms that had a clear succession plan were far more likely to survive. "The ones that make it are the ones where the older generation actually lets go," he said. "It sounds like Jim's doing that, which isn't easy."

Her father admitted it had not been. "I still go out to the barn at 4:30," he said. "I just don't tell anybody what to do. Mostly."

Ruth Kessler, who milked cows by hand on the farm as a young bride, said she was proud of her granddaughter and confident in her. Her late husband, Carl, would have been too, she said. "He didn't think women should run farms," she said. "He'd have changed his mind in about a week."
"""),

dict(title="Tucson couple's study finds bats sing in regional dialects", text="""
TUCSON, Ariz. — A pair of University of Arizona biologists say they have found evidence that male Mexican free-tailed bats sing songs with distinct "dialects" that vary from one roost to another, much like songbirds.

The study, published Wednesday in the journal Current Biology, was led by Ana Ferreira and Paul Ferreira, a married couple who have studied bats together for nearly two decades. They recorded more than 40,000 songs at seven roosts across Arizona, New Mexico and Texas over four summers.

"We expected some variation," Ana Ferreira said. "What we didn't expect was that you could play us a ten-second recording and we could tell you, with about 85 percent accuracy, which cave it came from."

Her husband said the songs were far too high-pitched for humans to hear without equipment. "When you slow them down, they sound like something between a bird and a dial-up modem," Paul Ferreira said. "I say that affectionately."

The couple met as graduate students in Austin in 2003, when she was studying bat echolocation and he was studying songbirds. He said the project was, in a sense, their marriage in scientific form. She said that was "a very Paul thing to say."

Much of the fieldwork was done by doctoral student Jake Moran, who spent nights crawling into roosts with microphones and a headlamp. He said the smell of the caves was "indescribable" and that he had stopped noticing it after the first month. A second graduate student, Priyanka Desai, wrote the machine-learning software that sorted the recordings.

Dr. Laura Chen, a bat biologist at Texas A&M University who was not involved in the study, called the findings "a really elegant piece of work." She said she would like to see whether young bats learn the songs from adults or are born knowing them. "That's the question everybody is going to ask next," Chen said.

The Ferreiras say it is also the question they are asking next. Ana Ferreira said the team had already begun raising a small number of pups in the laboratory to find out. Her husband said the bats were doing well, though one had developed a habit of singing at 3 a.m.

"He's either very talented or very annoying," he said. "We haven't decided."
"""),

dict(title="Review: Jack and the Beanstalk, Theatre Royal Wakefield", text="""
There are two things you can rely on at the Theatre Royal Wakefield in December: Geoff Rowley will be wearing a dress, and the dress will be absurd. This year, in his eighteenth season as the theatre's pantomime dame, Rowley's Dame Trott makes her first entrance in a frock made entirely of cabbages, and it only gets worse from there.

Jack and the Beanstalk is a fairly traditional affair, and all the better for it. Director Mandy Pryce knows her audience and gives them exactly what they came for: a cow, a giant, a beanstalk that grows through the roof, and a dame who insults the front row with the ease of long practice.

Rowley is the beating heart of it. Dame Trott is a widow with no money, a lazy son and designs on the local squire, and Rowley plays her with a sort of weary magnificence. She breaks off in the middle of a song to ask a man in row C where he got his jumper. She throws sweets at the circle with alarming accuracy. In the second act, she is swallowed by the giant and emerges, somehow, in a different dress.

Following another old tradition, Jack is played by a woman. Ellie-Mae Barton, who was in the ensemble last year, makes a lovely principal boy: cheeky, athletic and with a belter of a voice. Her Jack is a dreamer who sells the family cow for a handful of beans and spends the rest of the show trying to prove he was right. Barton's duet with Sophie Kerr's Princess Jill is a genuine showstopper.

Derek Lowe provides the booming voice of the giant, and is also seen, briefly and to great effect, as his own enormous boots. Daisy the cow, operated by two performers whose names the programme refuses to disclose, very nearly steals the show with a tap routine.

Some of the jokes are aimed squarely over the children's heads, and at least one is aimed somewhere a good deal lower. The songbook leans heavily on hits from the 1980s, which will delight parents and baffle everyone under thirty.

But the final scene, in which Dame Trott marries the squire in a wedding dress the size of a small marquee, had the audience on its feet. Rowley took his bow, curtsied, and then fell over. Whether the fall was intentional remains, like much about Dame Trott, a mystery.

Jack and the Beanstalk runs until 5 January.
"""),

dict(title="Dr. Miriam Stoltz, Granite Falls family doctor for three decades, dies at 89", text="""
GRANITE FALLS, Minn. — Dr. Miriam Stoltz, who delivered more than 3,000 babies in Yellow Medicine County and for many years was the only physician in Granite Falls who made house calls, died Friday at her home. She was 89.

Her husband of 64 years, Arthur Stoltz, a retired pharmacist, said she had been in declining health since a fall in the spring. "She was a doctor right up to the end," he said. "She was telling the hospice nurse how to adjust the morphine on Wednesday. The nurse said she was right."

Born Miriam Halvorsen on a farm near Montevideo in 1935, she graduated from the University of Minnesota Medical School in 1961, one of four women in her class. She and her husband moved to Granite Falls in 1963, when the town's only doctor was about to retire. Arthur Stoltz opened a pharmacy across the street from her clinic.

"For thirty years she wrote the prescriptions and I filled them," he said. "We used to say we had the whole town covered."

She was known for driving out to farms in blizzards and for keeping her clinic open on Saturdays. Joan Miller, who worked as her nurse from 1972 to 1999, said Dr. Stoltz rarely took a vacation. "She'd go to Duluth for three days in August and call the clinic twice a day," Miller said.

Linda Garber, a Granite Falls teacher, said Dr. Stoltz delivered her, her two sisters and both of her children. "She knew everything about every family in this town, and she never told a soul," Garber said.

Her son, Dr. Peter Stoltz, took over the practice in 1995 and still runs it. He said his mother continued to stop by the clinic into her eighties to "check on the coffee, and on me."

"My mother did not believe in retirement," he said. "She believed in cutting back to forty hours a week."

In addition to her husband and son, Dr. Stoltz is survived by a daughter, Karen Stoltz-Olson of Minneapolis, six grandchildren and three great-grandchildren. A funeral will be held Thursday at First Lutheran Church.
"""),

dict(title="Two charged in string of Des Moines catalytic converter thefts", text="""
DES MOINES, Iowa — Two people have been charged in connection with a string of catalytic converter thefts that police say hit more than 60 vehicles across Des Moines and Urbandale over the summer.

Robin Keller, 28, and Casey Dunn, 31, both of Des Moines, each face one count of ongoing criminal conduct and multiple counts of second-degree theft and criminal mischief. Both were booked into the Polk County Jail on Tuesday.

Police say Dunn did most of the cutting, using a battery-powered saw to remove converters from parked vehicles in under two minutes, while Keller drove and kept watch. Sgt. Troy Bennett said investigators identified the pair after a victim's doorbell camera caught Dunn sliding under a Toyota Prius in the 3900 block of Beaver Avenue while a woman waited in a gray Honda Accord nearby.

"She had the engine running and the lights off the whole time," Bennett said. "He was under that car for about ninety seconds."

Detectives later traced the Honda to Keller, who they say sold converters to a scrap dealer in Ankeny on at least 14 occasions. According to a criminal complaint, she told detectives she needed the money for rent and did not know how many vehicles Dunn had hit. Dunn, the complaint says, declined to speak with investigators and asked for a lawyer.

Maureen Pratt, who owns a landscaping company in Urbandale, said thieves took converters from three of her work trucks in a single night in July. Replacing them cost more than $7,000. "I had crews sitting at home for a week because I had no trucks to send them out in," she said. "I'm glad somebody's been caught."

Assistant Polk County Attorney Jill Navarro said prosecutors would seek restitution for every victim identified. She said the investigation was ongoing and that additional charges were possible.

Keller's father, Doug Keller, reached by phone, said his daughter had struggled since losing her job at a call center last year and had "fallen in with the wrong guy." He said he planned to attend her first court appearance.

An attorney for Dunn could not be reached for comment. He is being held on a $50,000 bond; Keller's bond was set at $25,000.
"""),

dict(title="Harpenden couple's extension refused after neighbour's daylight plea", text="""
Plans for a two-storey rear extension to a semi-detached house in Harpenden have been refused after a neighbour told councillors it would leave her kitchen "in permanent twilight".

Graham and Susan Holloway had applied to St Albans City and District Council for permission to extend their home on Milton Road by four metres at the back, creating a larger kitchen and a fourth bedroom. Planning officers had recommended approval.

But the council's planning committee voted 6-3 on Thursday to refuse the application, after hearing from Pamela Grant, 74, who has lived next door since 1986. Mrs Grant said the extension would block most of the afternoon light from her kitchen and garden.

"I am not trying to stop anyone improving their home," she told the committee. "I am asking not to spend the rest of my life eating breakfast with the light on."

Mr Holloway, speaking in support of the application, said the family had reduced the depth of the extension twice in response to her concerns. He said the couple, who have three children, needed the extra space. "We have tried very hard to be good neighbours," he said. "We have changed the plans, we have offered to pay for a new window for Mrs Grant, and we have listened."

Mrs Holloway also addressed the committee briefly. She said their eldest daughter was sharing a room with her younger brother and that the family could not afford to move. "We love this street," she said. "We want to stay on it."

Planning officer Neil Hardy said a daylight assessment had found the extension would reduce light to the neighbouring kitchen window by 28 per cent, within guidance but "at the upper end of what would normally be acceptable".

Committee chair Cllr Joan Ferris said it was a finely balanced case. Cllr Imran Shah, who proposed refusal, said the impact on Mrs Grant was "significant and permanent", whereas the applicants could revise the design. He suggested a single-storey scheme would be likely to succeed.

After the meeting, Mr Holloway said he and his wife were disappointed and would consider an appeal to the Planning Inspectorate. Mrs Grant said she was relieved but felt sorry for the family. "They're a lovely family," she said. "I just wish they'd gone into the loft."
"""),

dict(title="Kingswood's first female watch manager marks 25 years with the fire service", text="""
When Karen Dobbs joined Avon Fire and Rescue Service in 1999, the station at Kingswood did not have a women's changing room. For her first two years she got changed in a storeroom next to the diesel tanks.

"It smelt terrible, but it had a lock," she said. "I've had worse."

This week Dobbs, now 49 and the watch manager in charge of Kingswood's Blue Watch, marked 25 years of service. She was the first woman in the county to reach the rank, and for much of her career was the only woman on her watch.

Firefighter Lee Parsons, who has served alongside her for twelve years, said she was the calmest person he had ever seen at an incident. "You could have a building falling down around her and she'd be talking to you like she was ordering a coffee," he said. "That's what you want. When she's calm, everyone's calm."

Dobbs said that in her early years some of the older firemen, as they still called themselves, were openly hostile. One refused to ride in the same appliance. "He came round in the end," she said. "He retired about ten years ago and sent me a Christmas card every year after that. I think that was his apology."

Station manager Phil Grayson said Dobbs had trained dozens of new recruits, including several who had gone on to senior roles. "Half the people on this station learned to climb a ladder from Karen," he said.

Among her former trainees is her daughter, Jess Dobbs, 23, who joined the service in 2022 and is now based at Temple station in central Bristol. Jess Dobbs said she had grown up hearing stories around the dinner table and never wanted to do anything else.

"Mum tried to talk me out of it for about a year," she said. "Then she gave up and started quizzing me on breathing apparatus procedures."

Her mother admitted she had mixed feelings. "I know exactly what she's going to walk into," Karen Dobbs said. "That's the hard part."

Her husband, Steve, a paramedic, said the family's dinner table conversations were "not for the faint-hearted". Dobbs said she had no plans to retire. "Ask me again in five years," she said.
"""),
]
