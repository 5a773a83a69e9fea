# Clean look-alike articles, part 1 (no flips).
A = []
def add(title, body):
    A.append(dict(title=title, body=body.strip()))

add("Ferry Operator Agrees New Timetable With Island Council", """
Islanders will get two extra ferry crossings a day from next month under a deal agreed on Friday between the operator and the island council.

Council leader Moira Campbell and the operator's managing director, Ian Fraser, announced the agreement together at the harbour office in Portree. Both described it as a compromise.

"We asked for four extra sailings and we got two. That is not everything, but it is a lot more than we had," Ms Campbell said. Mr Fraser said the company could not add more crossings until a second vessel was available. "I would rather promise two and deliver them than promise four and cancel half," he said.

Asked who had given more ground, the two exchanged a glance. "She drove a hard bargain," Mr Fraser said. "He knew his numbers," she replied, "which made it harder."

The new timetable adds an early morning sailing, aimed at workers and hospital patients, and a late evening return. Fares will rise by three per cent, below inflation.

Fisherman Alasdair Ross, who uses the ferry to send his catch to the mainland, said the early sailing would make a real difference. His neighbour, Catriona MacLeod, said she was pleased but would wait to see whether the service was reliable. "Last winter we lost a week of crossings. That is what people remember," she said.

Transport secretary Fiona Grant said the government would contribute to the cost of the extra crossings for two years. She said a new vessel was being built and would enter service in 2027.

Mr Fraser said his crews had been consulted on the changes and that no jobs would be lost. Ms Campbell said she would hold a public meeting in the village hall next week so that residents could ask questions about the details.
""")

add("Retiring Research Vessel Makes Final Voyage Home", """
The research ship Endeavour Star sailed into her home port for the last time on Sunday, ending forty-one years of service that took her from the Arctic ice to the Southern Ocean.

Hundreds of people gathered on the quay to watch the vessel come alongside, and a brass band played as her crew lined the rails. She will be decommissioned next month and is expected to be sold for scrap.

Captain Robert Hale, who has commanded the ship for the past eight years, said it had been an emotional passage. "She has carried thousands of scientists and never once let us down in bad weather. She rolls like a barrel, but she always gets you home," he said.

The ship's chief scientist, Dr Ellen Masters, said research carried out on board had transformed understanding of ocean currents. She said data collected on her cruises to the Antarctic in the 1990s had helped show how quickly the ice shelves were thinning. "Half the papers in my field have her name in the acknowledgements," Dr Masters said.

Among those waiting on the quay was retired cook Joe Murphy, who sailed on her maiden voyage in 1983. He said he had served on her for twenty years and knew every creak in her hull. "I cried when I saw her come round the point," he said.

The national oceanography centre's director, Professor Karen Lindqvist, said a replacement vessel would arrive next year. She said the new ship would be quieter and more efficient, but admitted that she would have a lot to live up to.

A campaign to save the Endeavour Star as a floating museum has raised about 200,000 pounds, well short of the millions needed. Its organiser, Peter Wallace, said he had not given up hope. "She deserves better than a breaker's yard," he said.
""")

add("Interview: The Surgeon Who Trains Doctors With Virtual Reality", """
Dr Naomi Chen, a cardiac surgeon at Western General Hospital, has spent five years developing a virtual reality system that lets trainee doctors practise operations before they touch a patient. Last month it was adopted by eleven hospitals. She spoke to our health correspondent, Mark Ellis.

Q: How did the idea start?

A: With a mistake, honestly. Early in my career I watched a trainee freeze during an emergency. He knew the theory perfectly but he had never felt the pressure. I thought, there must be a way to let people feel it safely.

Q: What does the system actually do?

A: You put on a headset and you are in an operating theatre. The patient's heart responds to what you do. If you cut in the wrong place, it bleeds. Your heart rate goes up, I promise you.

Q: Some senior surgeons say nothing replaces real experience. Is that fair?

A: They are right, and I say the same thing. My own mentor, Professor David Moss, told me years ago that he learned more from his first hundred patients than from any book. But he also told me he wished he had made his early mistakes on something other than a person.

Q: What do trainees say?

A: One of our registrars, Sarah Okonkwo, told me she went into her first real valve operation feeling she had done it before. That is exactly what we want.

Q: Who paid for it?

A: A charity, mostly, and a lot of evenings. My husband, Tom, says he has not seen me without a headset since 2020.

Q: What comes next?

A: Children's surgery. The hearts are smaller and the margins are tighter. We are working with the paediatric team now, and I hope we will have something to test next year.

Q: Any advice for young surgeons?

A: Practise until it is boring. Then practise more.
""")

add("Lawyer Says Client Will Appeal Fraud Conviction", """
A businessman convicted of defrauding investors in a property scheme will appeal, his lawyer said on Monday, arguing that the trial judge misdirected the jury.

Graham Whitby, 58, was found guilty on Friday of six counts of fraud after a seven-week trial. Prosecutors said he took more than four million pounds from about ninety investors, promising returns from holiday apartments that were never built.

His barrister, Rachel Adair, told reporters outside the court that her client maintained his innocence. "Mr Whitby believed in this project. He put his own money into it, and he lost his own money in it," she said. She said the judge had failed to explain to the jury the difference between a business that fails and a business that is dishonest.

Ms Adair, who has represented several defendants in high-profile fraud trials, said she had already begun preparing the grounds of appeal. She said her client had asked her to apologise on his behalf to investors for their losses, while insisting he had not intended them.

Prosecutor James Thornton said the Crown was confident the conviction would stand. He said the evidence had shown that Whitby continued to take money long after he knew the apartments would not be built.

Investor Susan Blake, a retired teacher who lost 60,000 pounds, said she was relieved by the verdict. "I do not care about his apology. I care about my pension," she said.

Whitby will be sentenced next month. Judge Helen Carver told him that a prison sentence was inevitable and refused his application for bail. Ms Adair said she would renew the application at the Court of Appeal.

Outside the court, Whitby's wife, Angela, declined to comment. She left with her husband's barrister shortly after the hearing.
""")

add("Mother and Son Graduate From University on Same Day", """
A mother and her son collected their degrees at the same ceremony on Wednesday, four years after they enrolled at the University of Easthaven within a week of each other.

Linda Morrow, 52, graduated with a first-class degree in nursing, and her son, Jake, 22, received a degree in civil engineering. They sat in different rows, but the university arranged for them to cross the stage one after the other.

"I was more nervous watching him than I was walking up myself," Mrs Morrow said afterwards. She said she had left school at sixteen and had always wanted to study. "When Jake got his place I thought, if not now, when?"

Jake said his mother had been the more organised student. "She had her essays done a week early. I used to borrow her highlighters," he said. He admitted that he had been embarrassed at first to share a campus with her. "By the second year I was proud. By the third year I was asking her for help with my reports," he said.

The pair studied in different faculties and rarely saw each other during the day, though they often travelled home together on the bus. Jake's father, Paul, said the house had been full of textbooks for four years. He said he was looking forward to having the kitchen table back.

The university's vice-chancellor, Professor Anita Desai, congratulated the family from the stage. She said their story showed that it was never too late to start.

Mrs Morrow has accepted a job on the children's ward at the city hospital, where she worked as a healthcare assistant before her studies. Her son will join an engineering firm in the autumn. He said he planned to move out, but not too far away.

"Someone has to check his cooking," his mother said.
""")

add("Couple Celebrate Seventy Years of Marriage With Village Party", """
A couple who met at a dance hall in 1953 celebrated their seventieth wedding anniversary on Saturday with a party for two hundred guests in the village hall where they held their wedding reception.

George and Edith Barnes, both 92, were married at St Mary's church in Little Haddon in the spring of 1955. He was a farm labourer and she worked in the village shop. They have lived in the same cottage ever since.

Mr Barnes said the secret was simple. "She is always right, and I learned that early," he said, to laughter from the guests. His wife said that was not quite true. "He is right sometimes. He just does not tell me when," she said.

The couple have three children, eight grandchildren and eleven great-grandchildren. Their daughter, Margaret, organised the party with help from the parish council. She said her parents had not wanted a fuss but had agreed when they heard that their old friends from the dance hall would come.

One of those friends, Walter Cole, 94, said he had been at the dance the night they met. "She asked him to dance, not the other way round. He was too shy," he said. Mrs Barnes confirmed the story. She said she had noticed him standing by the door all evening and had decided to do something about it.

The couple received a card from the King, which was read out by the local vicar, Rev Susan Hart. She said the Barnes family had been part of the parish for as long as anyone could remember.

Asked what they would do next, Mr Barnes said he planned to finish his vegetable garden before the winter. His wife said she would make sure he wore a hat.
""")

add("Non-Binary Artist Wins National Portrait Award", """
The painter Robin Achterberg won the National Portrait Award on Thursday for a large oil painting of their grandmother sitting in a hospital waiting room.

Achterberg, 31, who is non-binary and uses they/them pronouns, said the portrait had taken eight months to complete. They said they had sketched their grandmother during dozens of visits while she waited for treatment. "She hated sitting still, so I had to be quick," they told the audience at the ceremony.

The chair of the judges, the gallery director Simon Fletcher, said the painting had stood out from more than two thousand entries. He said it combined great technical skill with a tenderness that was rare. "It is a picture about waiting, and it makes you wait with her," he said.

Achterberg grew up in a small town in the north and studied at the city art school, where their tutor was the painter Helen Rooke. She said she had known from the first term that they had an unusual talent. "They see faces the way other people read books," Ms Rooke said.

The grandmother, Maria Achterberg, 89, attended the ceremony in a wheelchair. She told reporters she had not liked the painting at first because it made her look old. "Then I realised I am old," she said.

The award carries a prize of 35,000 pounds and a commission to paint a portrait for the gallery's permanent collection. Achterberg said they had not decided on a subject yet but would like to paint someone who worked in a hospital.

The painting will be shown with forty-five other shortlisted works from next week. Mr Fletcher said he expected record visitor numbers. Achterberg said they would use part of the prize money to rent a proper studio. "At the moment I paint in my kitchen," they said.
""")

add("Campaigner Recalls Father's Words at Memorial Unveiling", """
A memorial to the forty-two miners killed in the Glenmorran pit disaster was unveiled on Sunday, sixty years after the explosion that devastated the village.

The ceremony was led by Sheila Grant, whose father, Hugh, was among those who died. She was six at the time. Speaking to a crowd of several hundred, she recalled the last thing he said to her before his shift. "He said, 'Tell your mother I'll be late, and tell her not to worry,'" she said. "I have been telling her not to worry for sixty years."

Mrs Grant has campaigned for a memorial since the 1980s. She said many families had felt forgotten. Local historian Peter Muir, who helped research the names, said he had found three men whose deaths had never been officially recorded.

The memorial, a bronze figure of a miner holding a lamp, was made by the sculptor Catherine Bell. She said she had based the face on photographs of several of the men. "One of the widows told me, 'Make him look tired, because they always were,'" Ms Bell said. She said she had kept that advice in mind throughout the work.

The only surviving miner from the shift, Tommy Reid, 84, laid the first wreath. He was working in a different part of the mine when the explosion happened. He said he still thought about his friends every day. "My foreman told me, 'Get out, son, and don't look back.' I got out. I have looked back every day since," Mr Reid said.

The energy minister, Alan Drummond, attended and said the government would fund a permanent exhibition in the village library. He said the miners' sacrifice had powered the country for generations.

Mrs Grant said the memorial was finally a place where the families could gather. She said her mother, who died in 2004, would have been proud.
""")

add("Trans Runner Sets Club Record in City Marathon", """
A transgender runner from Eastside Harriers set a new club record at the city marathon on Sunday, finishing in two hours and twenty-one minutes.

Jordan Hale, 28, a trans man who came out publicly three years ago, said he had trained for eighteen months for the race. He uses he/him pronouns and has competed in the men's category since 2022, in line with the sport's rules. "I just wanted to run the race I knew I could run," he said after crossing the line.

His coach, Linda Osei, said the result had been coming for some time. She said Hale's training partner, Marcus Webb, had pushed him through the hardest sessions of the winter. "Marcus would not let him cut a single corner," Ms Osei said.

Webb, who finished about two minutes behind, said he was delighted for his friend. "He beat me fair and square. I will get him next time," he joked.

The previous club record was set in 1998 by Alan Rigby, who was at the finish to congratulate Hale. Mr Rigby said he had been waiting a long time for someone to break it. "I am glad it was him. He works harder than anyone," he said.

The women's race was won by Kenyan runner Esther Wanjiru, who finished in two hours and twenty-three minutes. She said the cold had made the second half difficult. The men's winner, Ethiopia's Dawit Bekele, ran two hours and nine minutes.

Hale works as a physiotherapist at the city hospital and trains before his shifts. He said messages from other trans athletes had meant a great deal to him. "A few years ago I did not think I would be allowed to race at all," he said. He plans to run the national championships in the spring.
""")

add("Nation Marks Centenary of Independence With Parade", """
Thousands of people lined the streets of the capital on Saturday as the country marked one hundred years since independence with a parade of soldiers, school children and folk dancers.

President Maria Lindqvist told the crowd in the main square that the nation had come a long way since the first flag was raised. "A hundred years ago she was poor, divided and unsure of her future. Today she stands with her neighbours as an equal," the president said, in a speech that drew long applause.

The prime minister, Johan Berglund, laid a wreath at the memorial to those who fought in the war of independence. He said the centenary was a moment to remember the cost of freedom as well as to celebrate it.

The parade included a fly-past by the air force and a procession of veterans' associations. Among the oldest participants was Arvid Holm, 101, who was born in the first year of the new state. He said he had watched the fiftieth anniversary parade from the same spot. "Then I was young and the country was young. Now only she is young," he joked.

Historian Karin Ek, who has written a new history of the century, said the country had often been described in patriotic songs as a mother. She said that image had been important in the early years, when the nation needed to feel that she could protect her people.

In the evening, a concert in the old harbour featured the national orchestra and the singer Elsa Nordin, who performed a new song written for the occasion. She said she had been nervous about singing in front of the president.

Celebrations will continue through the week with exhibitions, concerts and open days at government buildings. The culture minister, Lars Wiik, said he expected more than a million people to take part.
""")

add("Two Barristers Sworn In as Appeal Court Judges", """
Two senior barristers, Ms Hilary Brandt and Mr Leslie Ogden, were sworn in as judges of the Court of Appeal on Monday, filling vacancies left by retirements last year.

Ms Brandt, 56, has specialised in employment law for most of her career and has appeared in several landmark cases on equal pay. She said she was honoured and a little daunted. "I have spent thirty years telling judges they were wrong. Now I find out what it feels like," she said.

Mr Ogden, 61, is a criminal barrister who has prosecuted and defended in some of the country's longest trials. He said he would miss the courtroom but looked forward to the intellectual challenge of appeals. His colleagues describe him as meticulous and unfailingly polite.

The Lord Chief Justice, Sir Andrew Pike, welcomed the new judges at a ceremony in the great hall. He said both had shown the qualities the bench needed most: patience, independence and an ability to write clearly. He said he had worked with Ms Brandt on a commission on tribunal reform and had been impressed by her grasp of detail.

The appointments were welcomed by the Bar Council, whose chair, Francesca Moore, said the court was becoming more representative of the profession. She noted that nearly half of new appeal judges in the past five years had been women.

Mr Ogden's wife, Carol, and their two daughters attended the ceremony. Ms Brandt was accompanied by her partner, the architect Sam Reeve, and her elderly father, who travelled from Scotland. Mr Reeve said he had never seen her so nervous.

Both judges will sit for the first time next month. Ms Brandt said she would take her first case home to read over the weekend, as she always had.
""")

add("Kindergarten Teacher Named Educator of the Year", """
A kindergarten teacher who turned a derelict playground into a forest garden has been named the country's educator of the year.

Lesley Hamilton, 44, has taught at Parkfield Primary School for fifteen years. Ms Hamilton persuaded local businesses to donate trees, tools and soil and spent three summers with parents and pupils building ponds, paths and a willow tunnel on a patch of tarmac behind the school.

"Children learn better when they have mud on their hands," she said at the awards ceremony on Friday. She said she had only entered the competition because a colleague had filled in the form for her.

That colleague, deputy head Chris Morgan, said he had watched the garden change the way children behaved. "Kids who would not sit still for five minutes will spend an hour watching a frog. He or she might not remember the lesson, but they remember the frog," Mr Morgan said.

The school's head teacher, Ruth Ackroyd, said Ms Hamilton had also used the garden to teach maths and writing. She said reading scores in the early years had risen for three years running.

The award was presented by the education minister, Dominic Hale, who visited Parkfield last term. He said he had been shown around the garden by a five-year-old who knew the name of every plant. "She corrected me twice," the minister said.

Parent Kevin Shaw, whose son started at the school last year, said the garden was the reason the family had chosen Parkfield. He said his son talked about the pond every evening.

Ms Hamilton receives 10,000 pounds for the school and a trip to visit outdoor schools in Denmark. She said she would spend the money on a greenhouse. Her pupils, she said, had already drawn the plans.
""")

add("Journalist Describes Interview With Reclusive Inventor", """
A veteran radio journalist has described how she secured the only interview ever given by the inventor of the folding bicycle, who died last week at the age of 96.

Margaret Lowe, who presented a science programme for thirty years, said she wrote to Harold Finch eleven times before he agreed to talk to her in 1987. "On the twelfth letter he wrote back, 'Come on Tuesday. Bring your own tea, mine is terrible,'" she recalled.

Mr Finch, who designed the bicycle in a garden shed in the 1960s and sold millions of them worldwide, avoided publicity all his life. He refused honours and never attended the trade fairs where his machine was shown.

Ms Lowe said the interview took place in the same shed. She said he spent most of the first hour asking her questions about her microphone. "He took it apart. Then he put it back together better than it was," she said.

In the recording, which the broadcaster replayed on Sunday, Mr Finch says that his wife, Joan, gave him the idea. "She said to me, 'Harold, if you could fold it up, I could take it on the train.' So I did," he says.

His grandson, Oliver Finch, said the family was grateful that the recording existed. He said his grandfather had rarely spoken about his work even at home. "He was more interested in what he was building next than in what he had built," Oliver said.

The broadcaster's archive manager, Deborah Kay, said the tape had been found in a box of unlabelled reels during a digitisation project. She said she had recognised Ms Lowe's voice immediately.

Ms Lowe, now 81, said she still had the cup he gave her at the end of the interview. "He said it was the only clean one in the shed," she said.
""")
