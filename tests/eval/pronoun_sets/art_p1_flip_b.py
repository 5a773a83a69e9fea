ARTICLES = [
r"""⟦person:Samuel Achebe⟧Ferry operator fined after engine fire forced evacuation

A ferry operator was fined £1.2 million on Tuesday over an engine-room fire that forced the evacuation of 340 passengers off the Welsh coast two years ago.

Samuel Achebe, the company's former fleet engineer, told Swansea Crown Court that he had warned managers about a leaking fuel line on the vessel three weeks before the fire. Mr. Achebe said ⟦flip:she|he|fits_nobody⟧ sent two emails and raised the problem at a safety meeting, but was told the repair would wait until the ship's scheduled overhaul.

The company, Celtic Sea Ferries, pleaded guilty to breaching maritime safety rules. Its managing director at the time, Robert Pryce, has since left the business. Mr. Pryce did not give evidence.

Prosecutors said the fire broke out shortly after the ship left Pembroke Dock and spread through the engine room within minutes. Two crew members were treated for smoke inhalation. Passengers were taken off by lifeboats and a nearby fishing vessel, whose skipper, Gwyn Harries, was later given a bravery award.

Judge Alan Rees said the company had shown "a careless attitude to the safety of the travelling public." He said Mr. Achebe's warnings had been "clear, repeated and ignored."

Achebe, who now works for a shipping firm in Rotterdam, left Celtic Sea Ferries a year after the fire. He told the court he had felt unable to stay. "I kept thinking about what could have happened if the fire had started at night," he said.

The company's current chief executive, Helen Morgan, apologized in a statement read outside court by a solicitor. She said the firm had replaced its entire safety management team and commissioned an independent audit of all five vessels.

Maritime union officials said the case showed the need for stronger protection for whistleblowers. "Sam did exactly the right thing," said Dai Lewis, a regional organizer. "The system let him down, not the other way round."
""",

r"""⟦person:Claire Beaumont⟧Beaumont's novel wins Meridian Prize

Claire Beaumont won the Meridian Prize for fiction on Wednesday for "The Salt Year," a novel about a family of oyster farmers on the Brittany coast during a summer of drought.

The judges, chaired by the critic Laurence Hill, called the book "a quiet masterpiece" and praised its portrait of three generations living in one small house. Mr. Hill said the panel had reached a unanimous decision after less than an hour.

Beaumont, 52, was born in Nantes and has lived in Edinburgh for 20 years. She writes in English and translates her own work into French. The novel is her fourth and the first to be published in the United States.

Accepting the prize at a ceremony in London, ⟦flip:he|she|lead⟧ thanked her editor, Simon Kerr, and her late mother, who ran a café in Cancale. "My mother told me every story in this book, although she would say I got most of them wrong," Beaumont said.

The prize carries an award of £30,000. The other shortlisted authors included Tobias Grant, whose debut novel about a Glasgow boxing gym was a bestseller last year, and the Nigerian writer Chidi Okonkwo. Mr. Grant said he was delighted for Beaumont. "It's the book I wish I had written," he said.

Mr. Kerr, who has edited all four of Beaumont's novels, said ⟦flip:he|she|reported_speech_decoy⟧ had rewritten "The Salt Year" from scratch twice. "Claire throws away more good pages than most writers ever produce," he said.

Sales of the novel have risen sharply since the shortlist was announced, according to its publisher, Harrow Books. A television adaptation is in development with the producer Fiona Walsh.

Asked what she would do with the prize money, Beaumont said she planned to repair the roof of ⟦flip:his|her|possessive⟧ house. "It has been leaking on my desk for three winters," she said. "That is where the book was written."
""",

r"""⟦person:Diego Fernández⟧Fernández brace sends Rovers top

Diego Fernández scored twice in the second half as Rovers came from behind to beat City 2-1 on Saturday and move to the top of the table for the first time this season.

City led through a first-half header from Marcus Bell and were comfortable until the 62nd minute, when Fernández picked up a loose ball on the edge of the area and curled it into the far corner. ⟦flip:Her|His|lead⟧ second, eight minutes from time, was a tap-in after the goalkeeper parried a shot from Liam Doyle.

The Argentine forward, who joined Rovers in the summer from Lanús, now has 11 goals in 14 league games. Rovers manager Sarah Pemberton said she was not surprised. "Diego is the hardest worker we have," Ms. Pemberton said. "People see the goals. I see him running back to defend in the 90th minute."

Fernández said after the match that he had struggled with the cold when he first arrived. "In October I thought I would never feel my feet again," ⟦flip:she|he|speech_tag⟧ said, through an interpreter. "Now I am used to it. Almost."

City's manager, Graham Fowler, complained that Doyle had fouled his defender in the build-up to the winning goal. "Everyone in the ground saw it except the referee," Mr. Fowler said. The referee, Stuart Nash, did not comment.

The result leaves Rovers one point ahead of United, who drew at Town on Friday. Pemberton, in her second season in charge, has guided the club from 15th place last year with one of the smallest budgets in the division.

Doyle, who set up both goals, said the dressing room believed the club could stay at the top. "We have nothing to lose," he said. "Nobody expected us to be here."

Fernández's wife, Lucía, and their infant son watched from the stands. The striker ran to the corner after ⟦flip:her|his|possessive⟧ second goal and made a cradling gesture toward them.
""",

r"""⟦person:Elaine Marsh⟧Q&A: Elaine Marsh on 30 years of running the city's food bank

Elaine Marsh founded the Eastside Food Pantry in a church basement in 1995 with two folding tables and a donated freezer. This month she retires as its director. The pantry now feeds about 9,000 families a month from a warehouse near the rail yards. Her successor, Marcus Hill, takes over on the 1st. She spoke with our reporter, Daniel Ross, last week. The conversation has been edited for length.

Why did you start the pantry?

My neighbor, Mrs. Jenkins, lost her job at the laundry and was too proud to ask anyone for help. I found out her children were eating one meal a day. I thought, if this is happening on my street, it is happening everywhere.

What has changed in 30 years?

The people. In the beginning it was mostly older people and families where someone had lost a job. Now we see people who work full time, nurses' aides, delivery drivers. They have jobs. They just can't make the rent and eat.

You clashed with the city council several times.

Yes. In 2009 they wanted to move us out of the warehouse to build parking. Councilman Frank Ruiz told me to my face that food banks were "not a good look" for the neighborhood. I brought 200 volunteers to the next meeting. He changed his mind.

Marsh laughed when asked whether Mr. Ruiz had ever apologized. ⟦flip:He|She|para_open⟧ said he had, eventually, and that the two were now friends.

What advice have you given Marcus?

Listen to the volunteers. Most of them have been here longer than he has. And never turn anybody away.

What will you do now?

Sleep. And garden. My husband, Ray, has been waiting for me to retire for about ten years. He has built me raised beds. I suppose I have to use them.

Mr. Hill, a former warehouse manager, said in a separate interview that Marsh had trained him for two years. "Elaine built this place with ⟦flip:his|her|possessive⟧ own hands," he said. "I just have to not break it."
""",

r"""⟦person:Victor Lindqvist⟧Lindqvist cleared of insider trading after six-year case

A Stockholm court on Thursday acquitted Victor Lindqvist, the former finance director of the shipping group Nordhavn, of insider trading, ending a case that began with a dawn raid on his home six years ago.

Prosecutors had accused Mr. Lindqvist of selling shares worth 14 million kronor days before the company announced a large loss in 2020. The court found that the sale had been scheduled months in advance under a trading plan approved by the company's compliance department.

The presiding judge, Birgitta Ek, said the prosecution had failed to show that Lindqvist knew the size of the loss when the plan was set up. She also criticized the length of the investigation, which she said had placed "an unreasonable burden" on the defendant.

Lindqvist's lawyer, Karin Svensson, said her client was relieved. "He has lived under a cloud for six years," she said. "He lost his job, his reputation, and for a time his health. Today he has his name back."

Speaking briefly outside the courthouse, the former finance director thanked ⟦flip:her|his|possessive⟧ family. "My wife never doubted me for a single day," he said.

The prosecutor, Anders Nyberg, said he would study the judgment before deciding whether to appeal. Mr. Nyberg told reporters that the case had raised "important questions about how trading plans are used" and that he believed it had been right to bring it.

Nordhavn's chief executive, Maja Holm, said the company would not comment on the verdict. Ms. Holm joined the group in 2022, after Lindqvist's departure.

Lindqvist, 57, spent most of his career at Nordhavn and was widely seen as a candidate for the top job before the investigation. ⟦flip:She|He|para_open⟧ now runs a small consultancy advising family-owned companies.

Asked whether he would seek compensation from the state, Mr. Lindqvist said ⟦flip:she|he|speech_tag⟧ had not decided. "Today I want to go home and have dinner," he said. "Tomorrow I will think about the rest."
""",

r"""⟦person:Hannah Osei⟧Osei takes the reins at struggling theatre

Hannah Osei was named artistic director of the Lyric Theatre on Monday, taking over a company that lost its public subsidy last year and has cut its season in half.

Ms. Osei, 39, has run the Riverside Studio in Leeds since 2019, where she was credited with doubling audiences and commissioning new plays from writers who had never been staged before. She will start in April.

The Lyric's chairman, Geoffrey Staunton, said the board had interviewed eight candidates. "Hannah was the only one who came in with a plan for the money as well as the art," Mr. Staunton said. "We need both."

Osei replaces Jonathan Pell, who left in the summer after 11 years. ⟦flip:His|Her|possessive⟧ appointment was welcomed by several actors who have worked with her. "She makes you feel that the whole building is behind you," said the actor Michael Obi, who appeared in her 2022 production of "The Crucible" in Leeds.

In an interview, Osei said she planned to open the Lyric's foyer during the day as a café and workspace and to bring back a youth theatre program that was cut two years ago. "A theatre that is dark eight hours a day is a theatre that is wasting its building," ⟦flip:he|she|speech_tag⟧ said.

The new artistic director said ⟦flip:he|she|role_noun⟧ would direct at least one production a season but would leave most of the program to guest directors. Her first season will be announced in September.

The Lyric's executive director, Paul Ainsworth, said the theatre had stabilized its finances through a fund-raising campaign that raised £1.8 million, much of it from local businesses. He said the board hoped the appointment would persuade the arts council to restore some funding.

Osei grew up in Croydon, the daughter of Ghanaian parents who ran a hair salon. She said her mother had taken her to the Lyric once as a teenager, to see a pantomime. "I remember thinking it was the most beautiful room I had ever been in," she said.
""",

r"""⟦person:Michael Adeyemi⟧Michael Adeyemi, surgeon who pioneered keyhole heart repair, dies at 79

Michael Adeyemi, a cardiac surgeon who helped develop minimally invasive techniques for repairing heart valves, died on Friday in Boston. He was 79.

His wife, Dr. Joan Adeyemi, a retired pediatrician, said the cause was complications of Parkinson's disease.

Born in Lagos in 1947, Adeyemi came to the United States at 19 on a scholarship to study chemistry. ⟦flip:She|He|profile_topic⟧ switched to medicine after a summer job in a hospital laboratory and trained in surgery at Johns Hopkins, one of few Black residents in the program at the time.

In the 1990s, working with the engineer Carl Hoffman, he developed instruments that allowed surgeons to repair the mitral valve through small incisions between the ribs rather than by opening the chest. The technique, initially criticized as risky, is now standard in many hospitals.

"Michael was fearless in the operating room and humble outside it," said Dr. Susan Greer, who trained under him and now leads cardiac surgery at Massachusetts General Hospital. "He would spend an hour explaining a procedure to a frightened patient and then go and do it perfectly."

Adeyemi published more than 200 papers and trained dozens of surgeons from Africa, an effort ⟦flip:she|he|fits_nobody⟧ considered the most important of his career. In 2005 he helped establish a cardiac unit at a teaching hospital in Ibadan, where he operated for several weeks each year until 2016.

⟦flip:She|He|para_open⟧ was diagnosed with Parkinson's in 2015 and stopped operating the following year.

In addition to his wife, ⟦flip:she|he|profile_topic⟧ is survived by two sons, Daniel and Peter; a daughter, Grace Adeyemi-Cole; and seven grandchildren.

His son Peter, also a surgeon, said his father had kept a drawer full of letters from former patients. "He read them when he had a bad day," he said.
""",

r"""⟦person:Lucy Tran⟧Lucy Tran wins Boston Marathon in breakthrough run

Lucy Tran won the Boston Marathon on Monday in 2 hours 21 minutes 14 seconds, pulling away from a pack of Kenyan and Ethiopian runners on Heartbreak Hill and becoming the first American woman to win the race since 1985.

Tran, a 29-year-old former college swimmer from Sacramento, took up distance running only five years ago. ⟦flip:His|Her|lead⟧ previous best was 2:24, set in Chicago last fall.

She ran with the lead group through the Newton hills before making her move at mile 21. Only Ethiopia's Tigist Alemu went with her, and Alemu dropped back within a mile. Kenya's Ruth Chebet finished third.

"I kept waiting for someone to come back," ⟦flip:he|she|speech_tag⟧ said. "When I turned onto Boylston Street and there was nobody next to me, I started crying."

Her coach, Ben Rosales, who also coaches her husband, the 10,000-meter runner Kevin Tran, said the win was the result of a cautious build-up after a stress fracture two years ago. "Lucy is patient in a way most athletes aren't," Mr. Rosales said. "She didn't race for seven months. Most people can't handle that."

In the men's race, Evans Kiprop of Kenya won a close finish in 2:07:02. He said he was proud to share the day with the women's winner. "She ran a brave race," he said. "Everyone was talking about her at the finish."

Kevin Tran, who was watching from a press truck, said his wife had told him at breakfast that she felt good. "She says that every time," he said. "This time she was right."

Tran is now expected to be named to the U.S. team for the world championships. Asked about it, ⟦flip:he|she|para_open⟧ said she needed a week off first. "And a cheeseburger," she said.
""",

r"""⟦person:Jonathan Mercer⟧Minister resigns over undeclared consultancy payments

Jonathan Mercer resigned as housing minister on Friday after it emerged that he had failed to declare payments from a property consultancy while his department was reviewing planning rules that affected its clients.

Mr. Mercer, 48, said in a letter to the prime minister that he had made "an honest mistake" but did not want to become "a distraction from the government's work." ⟦flip:She|He|lead⟧ said the payments, totalling £42,000, related to work done before he entered government.

The prime minister, Catherine Hale, accepted the resignation and said she was grateful for his service. Ms. Hale has been under pressure from her own backbenchers to show that she takes standards seriously after two other ministers left in similar circumstances this year.

The payments were first reported by the Gazette on Wednesday. The newspaper's political editor, Amira Shah, said her team had obtained invoices showing that the payments continued for three months after Mercer joined the department.

The parliamentary standards commissioner, Lord Ashdown, said he had opened an investigation. A spokesman for the commissioner said the inquiry would proceed regardless of the resignation.

Opposition housing spokesman Peter Gault said the former minister had to explain why ⟦flip:she|he|role_noun⟧ had not declared the money. "This isn't a small oversight," Mr. Gault said. "He was writing the rules that his paymasters wanted changed."

Mercer's allies said he had been unfairly treated. His parliamentary aide, Tom Fenwick, said Mercer had declared the consultancy role itself when ⟦flip:she|he|same_gender_nearby⟧ was elected and had assumed the payments were covered. "He's devastated," Mr. Fenwick said. "He loved that job."

Mercer will remain a member of Parliament. His replacement at the housing department is expected to be named on Monday. Several commentators said the likeliest candidate was the junior minister Sarah Ellwood. Mercer wrote in his letter that he would support his successor "from the back benches."
""",

r"""⟦person:Aisha Rahman⟧Trial told chemist ignored warnings on toxic waste

A former plant manager testified on Wednesday that the chief chemist at a fertilizer factory ignored repeated warnings that toxic waste was leaking into a nearby river.

The chemist, Aisha Rahman, is on trial in Manchester Crown Court with two other former executives of Northwell Chemicals, accused of breaching environmental laws between 2017 and 2020. All three deny the charges.

The plant manager, Stephen Clarke, told the jury that he had shown Dr. Rahman photographs of discolored water near the outflow pipe in the spring of 2018. "She said it was rust from the pipe and nothing to worry about," Mr. Clarke said. "I didn't believe her, but she was the expert."

Under cross-examination by Rahman's barrister, Julian Fitch, Mr. Clarke acknowledged that he had not put his concerns in writing until a year later. Mr. Fitch suggested that Clarke was exaggerating his role to avoid prosecution himself. Clarke denied that.

Prosecutors say Rahman signed monthly reports stating that the plant's discharges were within legal limits when ⟦flip:he|she|clause_after_name⟧ knew that testing equipment had been broken for months. The other defendants are the former managing director, Paul Whitley, and the former environmental officer, Graham Lowe.

A second witness, the laboratory technician Jessica Ward, said she had told the chief chemist about the broken equipment in late 2017. "I told her twice," Ms. Ward said. "The second time, ⟦flip:he|she|speech_tag_reported⟧ told me to stop making a fuss."

Rahman, 51, joined Northwell in 2012 after several years at a university research laboratory. ⟦flip:His|Her|para_open⟧ lawyers say she repeatedly asked for money to replace the equipment and that Whitley refused.

Mr. Whitley's lawyer, Deborah Grant, told the court her client had never been told the equipment was broken.

Environmental groups have followed the case closely. The river, a tributary of the Irwell, was closed to anglers for two years after thousands of fish died in 2020.

The trial is expected to last another three weeks.
""",

r"""⟦person:Felix Okoro⟧Okoro's start-up raises $80 million for grid batteries

Volta Grid, a start-up that builds battery systems for electricity networks, said on Tuesday that it had raised $80 million from investors led by the venture capital firm Northgate Partners.

The company's founder and chief executive, Felix Okoro, said the money would pay for a factory in Ohio capable of producing enough batteries each year to power about 200,000 homes for four hours. Mr. Okoro, 34, started the company in 2020 after working as an engineer at Tesla.

"The grid needs storage more than it needs anything else right now," he said in an interview. "We have more solar and wind than we can use at the wrong times of day."

Northgate's managing partner, Rebecca Stein, will join Volta's board. Ms. Stein said she had been impressed by the company's contracts with three utilities. "Most hardware start-ups at this stage have pilots," she said. "Felix has customers."

Volta's batteries use iron rather than lithium, which the company says makes them cheaper and less prone to fire. Some analysts are skeptical. Mark Tilley, an energy storage analyst at Bloomberg, said iron-based batteries were heavier and less efficient. "They make sense for some uses, but the economics are still being proven," Mr. Tilley said.

Okoro, who grew up in Houston, the son of Nigerian immigrants, said ⟦flip:her|his|possessive⟧ father, an electrician, had been his first teacher. "He let me take apart every radio in the house," he said.

The company has about 140 employees and expects to reach 400 when the factory opens in 2027. Its chief operating officer, Laura Kim, said Volta had received more than 3,000 applications for factory jobs. "Ohio has the workers," she said. "It just needs the jobs."

Asked whether ⟦flip:she|he|para_open⟧ planned to take the company public, Okoro said not soon. "I'd rather build the factory first," he said.
""",

r"""⟦person:Eleanor Voss⟧Council leader survives confidence vote after budget revolt

Eleanor Voss survived a vote of no confidence on Thursday night, keeping her job as leader of the county council by a margin of four votes after a rebellion over cuts to libraries and bus services.

Mrs. Voss, who has led the council since 2021, won the vote 31-27 after three hours of debate. Six members of her own group voted against her, and two abstained.

The motion was tabled by the opposition leader, Councillor Martin Frobisher, who accused ⟦flip:him|her|object⟧ of "balancing the books on the backs of the people who can least afford it." Mr. Frobisher said the county's plan to close nine of its 24 libraries would leave entire towns without one.

Voss told the chamber that the council faced a £38 million shortfall and had no good options. "Nobody in this room became a councillor to close a library," she said. "But I will not hand the next administration a bankrupt council."

The revolt was led by Councillor Derek Hale, a member of her cabinet until he resigned last month. Mr. Hale said after the vote that the leader had been warned. "We told her in September that the library closures would not pass," he said. "She chose to press ahead anyway."

Councillor Alan Pryor, the group's chief whip, said Mrs. Voss had phoned each of the rebels before the vote and would meet them again next week. Pryor said there would be "no purge" of members who voted against the leader.

Outside the chamber, about 200 protesters held placards and chanted. Among them was Gillian Marsh, who runs a reading group at the library in Thornbury. "She's kept her job tonight," Ms. Marsh said of the council leader. "We'll see if she keeps it in May."

Voss, a former head teacher, is expected to present a revised budget next month. ⟦flip:His|Her|para_open⟧ aides said she was considering keeping three of the libraries open with volunteer staff.

She was asked by reporters whether she would stand again at the May elections. "Yes," ⟦flip:he|she|speech_tag⟧ said. "Next question."
""",
]
