ARTICLES = [
dict(title="Church bookkeeper charged with embezzling $600,000 from Lakeview parish", person="Sharon Pettibone", gender="f", text="""
LAKEVIEW, Mich. — A longtime bookkeeper at St. Casimir Catholic Church has been charged with embezzling more than $600,000 from the parish over nearly eight years, according to the Montcalm County Prosecutor's Office.

Sharon Pettibone, 63, of Lakeview, was arraigned Monday on one count of embezzlement over $100,000 and four counts of using a computer to commit a crime. She was released on a $50,000 personal bond and ordered to surrender her passport.

Lt. Brian Osei of the Michigan State Police said investigators believe Pettibone wrote more than 300 checks from parish accounts to herself and to a landscaping company owned by her husband, Ronald Pettibone, between 2015 and 2023. Ronald Pettibone has not been charged, and Osei said the investigation into the landscaping business was continuing.

The Rev. James Kowalski, pastor at St. Casimir since 2021, said he first noticed problems last spring, when the parish could not pay for a roof repair it had budgeted for. He asked the diocese for an outside audit, and Pettibone resigned two weeks after the auditors arrived, telling parish staff ⟦flip:he|she⟧ wanted to spend more time with ⟦flip:his|her⟧ grandchildren.

"It's a betrayal of people who put their five and ten dollars in the basket every week," Kowalski said. "But we are praying for Sharon, and for her family."

Marjorie Dale, who served as parish treasurer for much of that time, said she signed off on monthly reports prepared by the bookkeeper and had no reason to doubt them. "She was here before any of us," Dale said. "She knew where everything was. We trusted her completely."

According to an affidavit, Pettibone disguised the payments as maintenance invoices and kept a second set of spreadsheets on a laptop found at ⟦flip:his|her⟧ home during a search in October.

Defense attorney Neil Sandoval said his client intended to plead not guilty. "Mrs. Pettibone has served that parish for more than twenty years, and there is a great deal more to this story than what's in a police affidavit," he said.

The Diocese of Grand Rapids said it had strengthened financial controls at all of its parishes, including requiring two signatures on any check over $1,000. A probable cause conference is set for Feb. 20.

If convicted on the top count, Pettibone faces up to 20 years in prison. Parishioners at St. Casimir have launched a fundraiser to replace the money, which Kowalski said had raised about $41,000 so far.
"""),

dict(title="Rossendale councillor suspended after vote on sister's land", person="Alan Threlfall", gender="m", text="""
A councillor has been suspended from his party after voting to approve a housing development on land owned by his sister without declaring an interest.

Councillor Alan Threlfall, who represents Ashworth ward on Rossendale Borough Council, was one of seven members of the development control committee who backed plans for 34 homes on a former paddock off Moor Lane in November. The application was approved by a single vote.

It has since emerged that the land belongs to his sister, Margaret Threlfall, who inherited it from their late father in 2016 and stands to receive an estimated £1.2 million from the sale.

Council leader Priya Mistry said she had referred the matter to the monitoring officer, Susan Greaves, and asked her to report back within 28 days. "Members of the public need to have absolute confidence that planning decisions are made on their merits," Ms Mistry said. "That confidence has been damaged."

Mr Threlfall, a retired electrician who has sat on the council since 2011, said he had made "an honest mistake". In a statement, ⟦flip:she|he⟧ said he had not realised that a relative's ownership counted as a disclosable interest because ⟦flip:she|he⟧ had no financial stake in the land himself.

"I have never hidden the fact that Margaret is my sister. Half of Ashworth knows it," he said. "I should have declared it, and I apologise."

Margaret Threlfall declined to comment when approached at her home on Thursday.

Tom Eaves, who led a residents' campaign against the development, said more than 200 people had objected to the scheme on grounds of traffic and flooding. "We were told the committee weighed everything fairly," he said. "Now we find out one of the people weighing it was the landowner's brother."

The Labour group confirmed that Cllr Threlfall had been suspended pending the outcome of the investigation and would sit as an independent in the meantime. ⟦flip:She|He⟧ remains a member of the council and is entitled to keep ⟦flip:her|his⟧ seat on the committee, though Ms Mistry has asked him to stand down from it voluntarily.

Linda Bowes, who chairs the council's standards committee, said any hearing would be held in public. Residents have asked the council to reconsider the planning decision, but Ms Greaves said that could only be done through a judicial review in the High Court.
"""),

dict(title="Whitcombe smashes course record to win Derbyshire Dales Marathon", person="Ellie Whitcombe", gender="f", text="""
Ellie Whitcombe knocked more than two minutes off the women's course record to win the Derbyshire Dales Marathon on Sunday, crossing the line in Bakewell in 2 hours 31 minutes and 8 seconds.

The 27-year-old physiotherapist from Matlock, who only took up distance running four years ago, led from the 10-mile mark and finished almost six minutes clear of last year's champion, Hannah Lyle.

"I kept waiting for the wall, and it never came," Whitcombe said, wrapped in a foil blanket beside the finish. "Around Monsal Head I thought, I might actually do this."

Her coach, Dave Rudd, who also coaches Lyle, said the result had been coming. He said Whitcombe had been running 90 miles a week through the winter, much of it on the Monsal Trail before ⟦flip:his|her⟧ shifts at Chesterfield Royal Hospital.

"She is the most stubborn athlete I've ever worked with, and I mean that as a compliment," Rudd said. "If I tell her to do eight repeats, she does ten and then argues about it."

Lyle, who finished second in 2:37:02, said she had no answer to the pace. "Ellie went at halfway and I made the decision to let her go," she said. "I'd have blown up completely if I'd tried to go with her."

The men's race was won by Josh Petrie of Sheffield in 2:19:44, his second victory in three years. He was followed home by Arjun Mehta and Callum Ryder.

Whitcombe's mother, Sue Whitcombe, ran the race herself in 1994 and was at the finish with a homemade banner. She said her daughter had spent most of her childhood refusing to run anywhere. "⟦flip:He|She⟧ used to hide in the toilets on cross-country day," Mrs Whitcombe said. "I don't know where all this came from."

The record had stood since 2011. Race director Pauline Grey said more than 1,800 runners finished, a record for the event, which raises money for the Derbyshire air ambulance.

Whitcombe said ⟦flip:he|she⟧ would now target the London Marathon in April, where a time under 2:30 could put ⟦flip:him|her⟧ in contention for selection for England at the Commonwealth Games. "That's the dream," she said. "But first I'm having a very big breakfast."
"""),

dict(title="Thirty years at the stove: Luca Bernardi looks back on Clement Street trattoria", person="Luca Bernardi", gender="m", text="""
SAN FRANCISCO — Thirty years ago this month, Luca Bernardi opened a 28-seat trattoria on Clement Street with $40,000 borrowed from his uncle, a secondhand pizza oven and a menu he wrote by hand on the back of a calendar. Trattoria Bernardi now seats 110, has survived two recessions and a pandemic, and still serves the same rabbit ragù he cooked on opening night.

Bernardi, 61, sat down with us before dinner service last week to talk about what has changed, and what hasn't.

He grew up in Lucca, in Tuscany, the son of a butcher, and came to San Francisco in 1988 to work as a line cook. His wife, Anna Bernardi, whom he met when she was a waitress at a North Beach restaurant, has run the front of house since the first night.

"Luca cooks, I count," Anna Bernardi said. "That has been the arrangement for thirty years, and it has saved our marriage more than once."

The biggest change came in 2019, when their daughter, Sofia Bernardi, took over as head chef after training in Bologna and at a restaurant in Copenhagen. Her father admits ⟦flip:she|he⟧ found it hard to let go.

"For the first year I stood behind her at the pass and criticised everything," he said. "Then one night she sent out a plate of tortelli and I thought, this is better than mine. That was difficult to accept."

Sofia Bernardi has added a handful of dishes, among them a burnt-honey panna cotta and a crudo of local halibut, but said she has no plans to touch the ragù. "My father would leave the country," she said.

The restaurant nearly closed in 2020, when indoor dining was shut for months. Bernardi said ⟦flip:she|he⟧ kept all 19 staff on the payroll by selling take-home pasta kits and borrowing against the family's house in the Sunset. Food critic Jane Holloway, who has reviewed the restaurant three times, called that period "a small act of heroism that most of the city never noticed."

Asked whether he would ever retire, Bernardi laughed. His knees, ⟦flip:she|he⟧ said, have made the decision for ⟦flip:her|him⟧; he now comes in only three nights a week to make the bread and talk to regulars.

"Thirty years," he said, looking around the dining room. "I still don't know how we did it. Ask Anna."
"""),

dict(title="Fairview school board censures member over posts naming teachers", person="Kristin Albers", gender="f", text="""
FAIRVIEW, Wis. — The Fairview Area School Board voted 6-1 Monday to censure board member Kristin Albers over a series of social media posts that criticized individual teachers by name, the first time the board has formally rebuked one of its own members in at least two decades.

Albers, who was elected in April 2023 on a platform of "curriculum transparency," cast the only vote against the resolution. She told a crowd of about 150 people in the Fairview High School auditorium that she had been "elected to ask questions, and I will keep asking them."

The resolution, drafted by board President Tom Wendt, cites eleven posts on Albers' public Facebook page between September and January. In several of them, ⟦flip:he|she⟧ named teachers at Fairview Middle School and linked to lesson materials she described as "political indoctrination."

Wendt said the board supported the right of members to disagree with district policy but that singling out employees crossed a line. "Our teachers cannot reply to her on Facebook. That is the whole point," he said. "It is not a fair fight."

Superintendent Michelle Yates said two of the teachers named in the posts had received threatening messages, one of which had been reported to the Fairview Police Department. She said the district had offered both teachers counseling and temporary security at their homes.

Parent Jerome Pike, who spoke during public comment, said he agreed with many of Albers' concerns but not with her methods. "I've got kids in that middle school. I want answers too," Pike said. "But you don't get them by putting a teacher's face on the internet."

Others rose to defend her. Carla Ruiz, a grandmother of two Fairview students, said the board was punishing Albers "for doing the job we sent ⟦flip:him|her⟧ there to do."

The censure carries no formal penalty. Albers keeps her seat and her vote but was removed from the board's curriculum committee, where ⟦flip:he|she⟧ had served as vice chair.

Student board representative Aiden Cho, a senior, read a statement signed by 84 students asking board members to "model the respectful disagreement you expect from us."

After the meeting, Albers said she had no plans to delete the posts and was consulting an attorney about whether the censure violated ⟦flip:his|her⟧ First Amendment rights. Her term runs through April 2026.
"""),

dict(title="Van driver who was scrolling messages jailed for killing cycling doctor", person="Liam Corrigan", gender="m", text="""
A van driver who was scrolling through messages on his phone when he struck and killed a consultant anaesthetist cycling to work has been jailed for six years.

Liam Corrigan, 38, of Beeston, Leeds, admitted causing death by dangerous driving when he appeared at Leeds Crown Court in January.

Dr Sarah Holt, 46, was cycling along the A65 in Kirkstall at about 7.20am on 14 June last year when Corrigan's Ford Transit drifted across the cycle lane and hit her from behind. She died at the scene.

Prosecutor Mark Dyson told the court that phone records showed Corrigan had opened a messaging app and scrolled through ⟦flip:her|his⟧ messages for eleven seconds before the collision. Dashcam footage from a following bus showed the van travelling at 38mph in a 30mph zone.

Dr Holt's husband, Peter Holt, read a statement from the witness box. He described his wife as "the calmest person in any room, which is why she was so good at her job", and said their two teenage daughters had been "robbed of their mother for the sake of a message that could have waited".

"I don't want him to suffer," Mr Holt said. "I want every driver who reads about this to put their phone in the glovebox."

Siobhan Reilly, defending, said her client had no previous convictions and was "utterly broken" by what he had done. Corrigan had written to the Holt family, she said, and had not driven since the day of the crash. ⟦flip:She|He⟧ had also lost ⟦flip:her|his⟧ job as a courier and was now caring for his elderly father.

Sentencing, Recorder Anne Whitworth said the dashcam footage was "among the most distressing I have seen". She told Corrigan that ⟦flip:she|he⟧ had made "a choice, not a mistake" when he picked up his phone. "You chose to look at a screen rather than the road," she said. "Dr Holt paid for that choice with her life."

Corrigan, who wore a dark suit, kept his head bowed throughout and did not react as the sentence was passed. He was also banned from driving for seven years and will have to pass an extended test before ⟦flip:she|he⟧ can drive again.

Dr Holt worked at Leeds General Infirmary for 14 years. Her colleagues have raised more than £30,000 for a cycling safety charity in her name.
"""),

dict(title="Review: Agnes Thorne steps out of her husband's shadow at the Hepworth", person="Agnes Thorne", gender="f", text="""
For most of the twentieth century, if you had heard the name Thorne in connection with British art, you would have thought of William Thorne, the sculptor whose bronze herons still stand outside half the civic centres of the north of England. His wife, Agnes Thorne, was a footnote: the woman in the photographs, handing him tools.

The Hepworth Wakefield's new exhibition, Agnes Thorne: The Kitchen Table Years, should settle that. It gathers 64 paintings and drawings made between 1958 and 1994, most of them at the kitchen table of the couple's farmhouse near Hebden Bridge, and many never exhibited in her lifetime.

The early work is small and cautious: jugs, eggs, a child's shoe. But by the mid-1960s something has loosened. Thorne starts to paint the view from the kitchen window over and over, in every weather and at every hour, and the hills become blocks of colour, then stripes, then something close to pure abstraction. A canvas from 1971, Moor, Rain, is as good as anything painted in Britain that year.

Curator Michael Ashby, who spent four years tracking down works held by family friends and in the attic of the farmhouse, argues that she was quietly working in parallel with the St Ives painters but without their connections or their dealers. He quotes a letter in which ⟦flip:he|she⟧ tells her sister Dorothy that "William has the studio and the reputation, and I have the table and the light, which is the better bargain."

The hang is chronological, which mostly helps. The final room, of paintings made after William's death in 1989, is extraordinary: darker, looser and bigger, as if grief gave ⟦flip:him|her⟧ permission to take up space at last. The largest, Table, Night, is nearly two metres wide.

There are missteps. A wall text suggests, rather too neatly, that William Thorne suppressed his wife's career; the letters on display tell a more complicated story, in which he seems to have been proud of her and she seems to have preferred obscurity. And the inclusion of three of his herons in the foyer feels like a hedge.

But the paintings themselves need no defending. The exhibition's last work, a tiny still life of a cup and a pair of reading glasses, was found on her easel after her death in 1994. It is unfinished, and it is the most moving thing in the building.

Agnes Thorne, who was 71 when ⟦flip:he|she⟧ died, has had to wait three decades for this. It was worth it.

Agnes Thorne: The Kitchen Table Years is at The Hepworth Wakefield until 8 September.
"""),

dict(title="Ledgerly co-founder Ethan Vossler steps down as CEO after board clash", person="Ethan Vossler", gender="m", text="""
AUSTIN, Texas — Ethan Vossler, the co-founder and chief executive of payroll software company Ledgerly, stepped down Friday after a months-long dispute with the company's board, ending a tenure that took the startup from a two-person garage operation to a valuation of $1.4 billion.

In a post on LinkedIn, Vossler said he was leaving "with enormous pride and some sadness" and would remain on the board as a director. He did not address the dispute directly.

Ledgerly's co-founder and chief technology officer, Priya Natarajan, will serve as interim CEO while the board searches for a permanent replacement. She said in a statement that the company's 430 employees "built this together, and they will keep building it."

People familiar with the situation said tensions came to a head in December when Vossler proposed buying a Brazilian competitor, a deal that board chair Margaret Liu and two other directors opposed. Liu, a former executive at Intuit, had pushed Vossler for more than a year to bring in a seasoned chief operating officer, a suggestion ⟦flip:she|he⟧ repeatedly rejected.

Adding to the awkwardness, the company's chief financial officer is Vossler's older sister, Dana Vossler. She was hired in 2020, and investors had raised questions about the arrangement before the company's most recent funding round. Dana Vossler will remain in her role, a company spokeswoman said.

Kevin Ostrowski, a partner at Lone Star Ventures and one of Ledgerly's earliest investors, defended the departing chief executive. "Ethan saw this market before anyone else did," Ostrowski said. "There are maybe a dozen people in the country who could have done what ⟦flip:she|he⟧ did with the money ⟦flip:she|he⟧ had."

Vossler, 36, founded Ledgerly in 2016 with Natarajan after the two met as graduate students at the University of Texas. He had previously worked at a bank in Houston, and has said in interviews that ⟦flip:her|his⟧ frustration with payroll systems there gave him the idea for the company.

The company said it was not planning any layoffs. Natarajan said she would hold an all-hands meeting Monday.

Vossler told the Austin Business Journal that he was "not going anywhere" and planned to take a few months off before deciding what to do next. He said he and his sister remained close.
"""),

dict(title="Dame Winifred Ashcombe, Bradford headmistress and school meals campaigner, dies aged 94", person="Winifred Ashcombe", gender="f", text="""
Dame Winifred Ashcombe, who transformed a struggling girls' grammar school in Bradford into one of the highest-achieving state schools in the country and later campaigned for free school meals, has died aged 94.

Her nephew, Richard Ashcombe, said she died on Monday at a care home in Ilkley, where she had lived since breaking her hip in 2020.

Born in Halifax in 1929, the daughter of a mill overseer and a seamstress, she won a scholarship to Girton College, Cambridge, where she read mathematics. Her elder brother, the Rt Rev Robert Ashcombe, later Bishop of Wakefield, used to say that she had "all the brains and most of the nerve" in the family.

She taught in Leeds and Sheffield before becoming headmistress of Bradford Girls' Grammar in 1968, at 38 one of the youngest heads in the country. The school was then failing in all but name. Within a decade its results were among the best in the north of England.

Former pupil Baroness Helen Ayodele, who went on to chair the Equality and Human Rights Commission, said the headmistress had changed the course of her life. "She called me into her study when I was 14 and told me I was going to university. No one in my family had ever been. I didn't dare argue," she said.

Dame Winifred retired in 1989 and spent the next twenty years campaigning for universal free school meals, a cause ⟦flip:he|she⟧ took up after seeing pupils faint from hunger in assembly. She gave evidence to two parliamentary committees and was appointed DBE in 2002.

Michael Pryce, a former education minister, described her as "the most formidable witness I ever faced. You did not interrupt Winifred Ashcombe. You waited for ⟦flip:him|her⟧ to finish and hoped ⟦flip:he|she⟧ had not noticed your mistakes."

Bishop Ashcombe died in 2011. Dame Winifred never married. Asked once by a journalist whether ⟦flip:he|she⟧ regretted it, she replied that she had "nine hundred daughters and no time".

She is survived by her nephew and two nieces. A memorial service will be held at Bradford Cathedral in June.
"""),

dict(title="Retired machinist discovers comet from backyard shed in Oshkosh", person="Howard Bleeker", gender="m", text="""
OSHKOSH, Wis. — Howard Bleeker has spent most clear nights for the last 22 years in a converted garden shed behind his house on Algoma Boulevard, pointing a 14-inch telescope at the sky. Last month, the sky pointed something back.

The retired machinist, 71, is credited with discovering a new comet, officially designated C/2024 H2 (Bleeker), after spotting a faint smudge on images he took in the early hours of April 19. It is the first comet discovered by an amateur in Wisconsin in more than two decades.

"I thought it was a smudge on the sensor," Bleeker said. "Then it moved."

He sent his measurements to the Minor Planet Center, which coordinates the naming of comets and asteroids. Dr. Rebecca Sung, an astronomer who helped confirm the discovery, said professional surveys had missed the object because it was close to the sun's glare and moving in an unusual direction.

"Amateurs still find things that the big surveys miss, precisely because they're patient and they look where nobody else is looking," Sung said. "Mr. Bleeker's images were excellent. ⟦flip:She|He⟧ knew exactly what ⟦flip:she|he⟧ was doing."

His wife, Gail Bleeker, said she has long since stopped trying to get him to bed at a reasonable hour. "We've been married 48 years, and I'd say he's spent about 20 of them in that shed," she said. "I'm happy for him. I really am. I'd just like the lawn mower back in there."

The comet is not expected to be visible to the naked eye, Sung said, but should be within reach of backyard telescopes when it makes its closest approach to the sun in August.

Bleeker's granddaughter, Maya Bleeker, 15, was with him the night of the discovery. She has been helping ⟦flip:her|him⟧ process images since she was 10, and said she plans to study physics at the University of Wisconsin.

"Grandpa let me name the file," she said. "I called it 'maybe.'"

Bleeker said ⟦flip:she|he⟧ would keep observing. The Oshkosh Astronomical Society, where he has been a member since 1987, plans to host a public viewing night at the Lakeside Park observatory in August. Society president Tom Gerrits said Bleeker would be the guest of honor. "He'll hate every minute of it," Gerrits said.
"""),

dict(title="Deborah Kincaid sworn in as Hartwell's first female police chief", person="Deborah Kincaid", gender="f", text="""
HARTWELL, Ohio — Deborah Kincaid was sworn in Tuesday as Hartwell's first female police chief, taking the oath in the same City Hall chamber where her father joined the department 51 years ago.

Her father, retired Sgt. Walter Kincaid, 79, pinned the chief's badge on her uniform as about 200 people, many of them officers in dress blues, stood and applauded.

"I used to bring her to the station on Saturdays when she was little and let her sit in the patrol car," Walter Kincaid said. "She always sat in the driver's seat. I should have known."

Kincaid, 52, joined the Hartwell Police Department in 1995 and has served as a patrol officer, detective and commander of the investigations division. She replaces Chief Ron Peterson, who retired in December after eight years in the job.

Mayor Frank Ruiz, who chose Kincaid from a field of 23 applicants, said she had been the unanimous choice of the selection panel. "⟦flip:He|She⟧ knows every street in this city and every officer in this department," Ruiz said. "And every officer in this department knows ⟦flip:him|her⟧."

In her first remarks as chief, Kincaid said her priorities would be recruiting, reducing response times and rebuilding trust in the city's East End, where a 2021 police shooting led to months of protests. She said she would meet with East End pastors and neighborhood groups within her first 30 days.

Councilwoman Gloria Banks, who represents much of the East End and was one of the department's sharpest critics after the shooting, said she was cautiously optimistic. "I've known Deborah for fifteen years. She has always returned my calls, even when ⟦flip:he|she⟧ didn't like what I had to say," Banks said. "That counts for something."

Mike Sturgis, president of the local Fraternal Order of Police lodge, said officers were relieved the city had promoted from within. The department has 14 vacancies out of 96 sworn positions, and Sturgis said morale had suffered.

Kincaid acknowledged the staffing problems and said ⟦flip:he|she⟧ would ask the council for money for signing bonuses in the next budget. Asked how it felt to take the job her father never got the chance to apply for, she paused.

"He'd tell you he never wanted it," she said. "But I know he's proud. He told me so this morning, which for him is a speech."
"""),

dict(title="Inquest hears Powys farmer was crushed by bull he raised from a calf", person="Gareth Pugh", gender="m", text="""
A farmer who was crushed by a bull while moving cattle on his farm in Powys died from multiple injuries, an inquest has heard.

Gareth Pugh, 58, was found by his son, Rhys Pugh, in a cattle shed at Cefn Mawr Farm near Llanidloes on the afternoon of 9 October last year.

The inquest in Welshpool heard that Mr Pugh had gone into the shed alone to separate a pedigree Limousin bull from a group of cows. His wife, Eleri Pugh, told Senior Coroner Rachel Lloyd-Jones that she had expected him back for lunch at about 1pm and became worried when he did not answer his phone.

"He had done that job a thousand times," Mrs Pugh said in a statement read to the court. "He knew that bull. He had raised it from a calf."

Rhys Pugh, 24, said he found his father lying near a gate at about 2.15pm. He called 999 and began CPR, but paramedics pronounced Mr Pugh dead at the scene. The bull was later found standing in the far corner of the pen.

Martin Hale, an inspector with the Health and Safety Executive, told the inquest that the bull had shown signs of aggression in the weeks before the incident. He said the shed had no refuge area or escape gap, and that Mr Pugh had not been carrying a stick or board.

Vet Dr Siân Morgan, who treated the animal in September, said she had warned Mr Pugh about the bull twice and told ⟦flip:her|him⟧ not to go into the pen without help. "He listened politely," she said. "But farmers of his generation don't always take advice from a vet half their age."

Recording a conclusion of accidental death, the coroner said Mr Pugh had been an experienced and respected stockman, and that there was no suggestion ⟦flip:she|he⟧ had been careless. But she said the case showed the danger that cattle posed even to those who knew them best. Cattle are involved in around a third of farm deaths in Wales.

After the hearing, the family said Gareth Pugh had been "the heart of this farm and this community". Rhys Pugh, who now runs the farm with his mother, said the bull had been sold. A memorial trophy in ⟦flip:her|his⟧ name will be awarded at the Llanidloes Show in August.
"""),
]
