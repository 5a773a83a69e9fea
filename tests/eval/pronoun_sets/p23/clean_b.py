ARTICLES = [

dict(title="Co-Founders of Agritech Firm Clash Over Board Control", text="""A boardroom dispute between the two co-founders of Harvestline, a Kumasi-based agricultural technology company, spilled into public view this week after one of them filed a lawsuit seeking to overturn her removal as chief executive.

Efua Ansah-Mills, who founded Harvestline in 2017 with her former university classmate Kwabena Osei, was voted out as chief executive at a board meeting on October 3. Osei, who had served as chief operating officer, was named interim chief executive the same day.

In a suit filed at the High Court in Kumasi, Ansah-Mills alleges that the meeting was improperly convened and that two directors were not given the required notice. She is asking the court to declare the vote void.

"I built this company from a spreadsheet on my laptop," Ansah-Mills said in a statement. "I will not allow it to be taken from me through a procedural shortcut."

Osei rejected the allegations. He said the board had acted properly and that concerns about the company's finances had been raised with Ansah-Mills repeatedly over the past year. "I have enormous respect for Efua," he said. "But the board has a duty to the company, not to any one person."

Harvestline sells a subscription app that gives smallholder farmers weather forecasts, crop prices and advice in six local languages. It claims about 90,000 users and has raised roughly $6 million from investors, including a Dutch impact fund.

The fund's representative on the board, Marieke de Vries, voted for the removal. In a brief email, she said the board had "lost confidence in the company's financial reporting" and had acted after an independent review. She did not elaborate.

Another director, Yaw Antwi, said he had not received notice of the meeting until the evening before. He abstained. "I am not taking sides," he said. "I simply think a decision of this size deserves proper process."

Employees say morale has suffered. One engineer, who asked not to be named, said staff were split between loyalty to Ansah-Mills, who hired most of them, and to Osei, who runs daily operations.

Corporate lawyer Abena Ofori-Atta, who is not involved in the case, said founder disputes were becoming more common as Ghanaian startups attracted foreign capital. "Founders often sign shareholder agreements without reading the governance clauses," she said.

A hearing is scheduled for November 12."""),

dict(title="Researchers Find Salmon Returning to Restored Creek", text="""Coho salmon have returned to spawn in a Burnaby creek for the first time in more than 60 years, two years after a volunteer-led restoration removed a concrete culvert that had blocked fish passage since the 1960s.

Biologists from the British Columbia Institute of Technology counted 47 adult coho in Stoney Creek's upper reaches this month, according to a report released on Tuesday. The fish were spotted above the site of the former culvert, which was replaced with an open-bottom arch in 2022.

"Forty-seven doesn't sound like a lot, but it's forty-seven more than zero," said Dr Natalie Chu, the fisheries biologist who led the survey. "These fish found a stream that hadn't been available to their ancestors for six decades."

Chu's co-author, Dr Benjamin Okoro, said genetic sampling suggested the fish had strayed from nearby Brunette River populations. He said such straying was a natural way for salmon to recolonise habitat. "Salmon are opportunists," Okoro said. "If you open a door, some of them will walk through."

The restoration was organised by the Stoney Creek Environment Committee, a volunteer group led by retired schoolteacher Donna Fielding. She spent eight years lobbying the city and the province to replace the culvert. "People told me it would never happen," Fielding said. "I'm seventy-four. I'm glad I lived long enough to see a fish."

The city's environmental services manager, Craig Sutherland, said the project had cost about $1.8 million, split between the city and a federal fund. He said the city was now assessing six other culverts that block fish passage on local streams.

Chu said the numbers would need to hold steady for several years before the population could be considered established. She and Okoro plan to return to the creek every autumn to count spawners and sample juveniles in the spring.

Okoro said the project showed the value of long-term monitoring. "Most restoration projects get a ribbon-cutting and then nobody checks," he said. "Natalie insisted on a five-year budget for surveys, and she was right to."

Fielding's committee has already turned its attention to removing invasive plants from the creek banks. She said volunteers were welcome every second Saturday. "Bring gloves," she said. "And boots. The salmon don't care if your feet get wet.\""""),

dict(title="Review: A Tense, Tender 'Doubt' at the Firehall", text="""Shanley's "Doubt: A Parable" has been staged so often that it is easy to forget how slippery the play really is. The new production at the Firehall Arts Centre, directed by Gwendolyn Marsh, restores that slipperiness, and in its best moments leaves the audience genuinely unsure what to believe.

The play, set in a Bronx Catholic school in 1964, turns on a confrontation between Sister Aloysius, the rigid principal, and Father Flynn, a popular priest she suspects of inappropriate conduct with a student. Marsh keeps the staging spare, a few chairs, a desk, a crucifix, and trusts her actors to fill the space.

She is right to. As Sister Aloysius, veteran actress Miriam Goldfarb gives the performance of the season. Goldfarb plays the principal not as a villain but as a woman who has built her whole life around vigilance and cannot stop. When she finally admits, in the play's last line, that she has doubts, her voice cracks in a way that is almost unbearable.

Opposite her, Daniel Achterberg is a charming, warm Father Flynn, which is exactly what the role requires. His sermons are funny and his anger, when it comes, is frightening. Achterberg never tips his hand. Even in the climactic confrontation, when he shouts at Sister Aloysius across her desk, it is impossible to tell whether he is an innocent man wrongly accused or a guilty one playing his last card.

The younger nun, Sister James, is played with lovely nervousness by Priya Raman, who makes her character's loyalty shift back and forth between the priest and the principal. Her scene with Goldfarb in the garden is a small masterpiece of two women talking past each other.

Only Tamara Jones, as the mother of the student at the heart of the case, seems slightly out of step. Her one scene is among the most important in the play, but Jones plays it too loudly, and some of its quiet devastation is lost.

Set designer Colin Fraser's use of a single stained-glass window, lit differently in each scene, is a clever touch, and composer Amir Haddad's sparse organ music adds to the chill.

Marsh has said in interviews that she wanted the audience to leave arguing. On opening night, they did: in the lobby afterwards, a man and a woman were debating Father Flynn's guilt so loudly that an usher had to ask them to continue outside.

"Doubt" runs through November 30."""),

dict(title="Sam Okoye's Logistics App Lands Backing From Veteran Investor", text="""Sam Okoye spent three years driving a delivery van around Vancouver before he decided there had to be a better way to plan a route. On Thursday, the app he built to do it announced a $4.5 million seed round led by one of Canada's best-known angel investors.

Okoye, 33, is the founder and chief executive of Droply, which helps small courier businesses optimise delivery routes and communicate with customers. The company has 19 employees and about 1,400 paying customers across Canada.

"I was sitting in traffic on the Knight Street bridge for the third time in a day," Okoye said. "I thought, there's no way the big companies plan routes like this. So I started teaching myself to code at night."

The round was led by Catherine Beaulieu, a former technology executive who has invested in more than 60 startups. Beaulieu said she was impressed that Okoye had done the job his customers do. "Sam knows what it feels like when a customer isn't home and the next stop is forty minutes away," she said. "You can't fake that."

Beaulieu will join Droply's board. She said she had turned down two other logistics startups this year because their founders did not understand the industry.

Okoye's co-founder, chief technology officer Megan Liu, joined him in 2021 after leaving a job at a large software company. Liu said the two of them had built the first version of the app in Okoye's apartment. "Sam did the whiteboard and I did the code," she said. "Then he'd tell me the code was wrong because drivers don't actually turn left there."

One early customer, Raj Bains, who runs a six-van courier company in Surrey, said Droply had cut his fuel costs by about 15 per cent. "I was sceptical," Bains said. "Now my drivers would revolt if I took it away."

Not every analyst is convinced the company can scale. Technology consultant Andrew Kim said the route-optimisation market was crowded with well-funded competitors. "The question is whether a small-business focus is a moat or a ceiling," he said.

Okoye said the new money would go toward hiring engineers and expanding into the United States. He still drives a route once a month, he said, to stay close to his customers.

"The day I stop driving," Okoye said, "is the day I start building the wrong thing.\""""),

dict(title="Judge Sides With Caterer in Contract Dispute With Event Firm", text="""A B.C. Provincial Court judge has ordered a Vancouver event planning company to pay a caterer $38,500 for a cancelled wedding, ruling that the company could not rely on a clause it had inserted into the contract after it was signed.

Judge Raymond Ostrander found that Linda Sahota, who runs Saffron Table Catering, had fully performed her obligations before the event was called off in April 2023. The planning firm, Everlast Events, had refused to pay, citing a cancellation clause that Sahota said she had never seen.

In his written reasons, Ostrander said the clause appeared only in a version of the contract emailed to Sahota two weeks after she had signed. "A party cannot unilaterally amend an agreement by sending the other side a new document and hoping it goes unread," the judge wrote.

Sahota, who represented herself, said she was relieved. "I prepared food for 220 guests. I bought the lamb, I hired the servers. Then they told me the wedding was off and I would get nothing," she said. "I'm a small business. That would have finished me."

Everlast's owner, Bradley Keane, testified that the cancellation clause had been discussed verbally before signing. Ostrander said he found Keane's evidence on the point "vague and unconvincing," noting that Keane could not recall the date of the conversation or who else was present.

The judge was more sympathetic to Keane on a separate issue. He reduced the award by $2,000 after finding that some of the food Sahota had prepared was later sold at another event. Sahota did not dispute that finding.

Keane said in a brief interview that he was disappointed and would consult his lawyer, Evan Tremblay, about an appeal. "We believe our contract was clear," he said.

The bride, Simran Gill, whose wedding was cancelled after a family illness, was not a party to the case. Reached by phone, she said she was glad the caterer had been paid. "She was wonderful to work with," Gill said. "I felt terrible about what happened to her."

Small-claims lawyer Danielle Fortier said the ruling was a useful reminder for small businesses. "Always keep the version you signed," she said. "And read every email that says 'updated contract' in the subject line."

Sahota said she had changed her own practices. She now sends every client a signed copy within an hour of signing."""),

dict(title="Richmond City Clerk Resigns, Citing Interference From Mayor's Office", text="""Richmond's city clerk has resigned after 14 years in the job, alleging in a letter to council that staff in the mayor's office repeatedly pressured her to alter the minutes of closed meetings.

Corinne Baxter's resignation letter, dated Monday and obtained by the Fraser Valley Record, describes at least three occasions over the past year when the mayor's chief of staff asked her to remove or reword statements recorded during in-camera sessions. Baxter writes that she refused each time.

"The minutes of council are the legal record of the city," she wrote. "They are not a draft for the mayor's office to edit."

Mayor Howard Leung denied the allegations. In a statement, he said he had "never asked any staff member to alter any record" and had full confidence in his chief of staff, Brent Gallagher. Leung said he regretted Baxter's departure and thanked her for her service.

Gallagher declined to comment. A city spokesperson, Michelle Ong, said the matter would be referred to the city's integrity commissioner.

Baxter, 58, has been widely respected at city hall. Former mayor Diane Archer, who appointed her in 2010, called her "the most meticulous public servant I ever worked with." Archer said she was shocked by the allegations. "If Corinne says it happened, I believe her," she said. "She has never exaggerated anything in her life."

Several councillors called for an independent investigation. Councillor Patrick Yee, who is often at odds with the mayor, said council could not wait for the integrity commissioner. "This goes to the heart of whether we can trust our own records," he said.

Councillor Sunita Varma said she wanted to hear from Baxter directly before drawing conclusions. "I want to know exactly what was asked, by whom, and when," Varma said. "Then I want to hear the mayor's side."

The letter says Baxter kept contemporaneous notes of each conversation and has provided them to her lawyer, Gordon Fitch. Fitch confirmed that he was representing her but would not discuss the contents of the notes.

Baxter's deputy, Alan Mistry, has been named acting city clerk. Council is expected to discuss the matter in a closed session on Monday, and Leung said the minutes of that meeting would be "complete and accurate."

Baxter said she planned to take time off before deciding what to do next."""),

dict(title="Nurses' Leader and Clinic Owner Reach Deal After Three-Week Walkout", text="""A three-week strike by nurses at a chain of private clinics in Accra ended on Saturday after the union's leader and the clinics' owner signed an agreement granting a 22 per cent pay rise over two years.

The agreement was signed at the offices of the National Labour Commission by Gifty Amankwah, chair of the Private Health Nurses' Association, and Dr Kwame Oduro-Frimpong, the physician who founded and owns the MediCare Plus clinics.

"This was not a fight we wanted," Amankwah told reporters after the signing. "But our members were earning less than nurses in the public sector while working longer hours. Something had to give."

Oduro-Frimpong said the clinics had been losing money on some services and that the increase would be funded partly by raising consultation fees. "I respect the nurses," he said. "I trained alongside many of them. But every cedi we pay has to come from somewhere, and patients will feel some of this."

The strike, which began on September 14, forced the chain's nine clinics to suspend outpatient services. Emergency care continued with a skeleton staff of volunteers.

Amankwah, 46, a midwife by training, led the negotiations personally. Colleagues say she spent much of the strike visiting clinics to keep members informed. "She slept four hours a night," said union secretary Rebecca Adomako. "Sometimes less."

The commission's mediator, Alhaji Ibrahim Mahama, said both sides had compromised. The union had initially demanded 35 per cent. Oduro-Frimpong had offered 10. "Neither of them got what they wanted," Mahama said. "That is usually a sign of a fair deal."

Patients expressed relief. Comfort Asare, who brought her infant son to the Osu clinic on Saturday for a scheduled vaccination, said she had been turned away twice during the strike. "I'm just happy the doors are open," she said.

Oduro-Frimpong said he hoped to rebuild trust with staff. He said he would meet nurses at each clinic over the coming weeks and planned to set up a joint committee with the union to review working hours.

Amankwah said her members would return to work on Monday. Asked whether she trusted the owner to keep his word, she smiled. "We have it in writing," she said. "I trust the writing.\""""),

dict(title="Husband-and-Wife Team Marks 25 Years at Commercial Drive Trattoria", text="""When Giulia and Marco Benedetti opened Trattoria Benedetti on Commercial Drive in 1999, they had $12,000 in savings, two used pasta machines and a lease they could barely afford. This week, they celebrated 25 years in business with a free dinner for the regulars who kept them going.

"We fed the neighbourhood for twenty-five years," Giulia Benedetti said. "Tonight the neighbourhood eats for free. It's the least we can do."

The couple met in Bologna in 1992, when she was a cooking student and he was a waiter at her uncle's restaurant. They emigrated to Vancouver five years later, where Marco's brother was already living.

The division of labour has not changed since the first night. Giulia runs the kitchen; Marco runs the dining room. "She cooks, I talk," Marco said. "If we switched, the restaurant would close in a week."

His wife disagreed, at least in part. "He's a better cook than he admits," she said. "But he's a much better talker than I am. So it works."

Longtime customer Elaine Fraser, who has eaten at the trattoria every Friday for 18 years, said she had watched the couple's children grow up in the restaurant. "Their daughter used to do her homework at table six," Fraser said. "Now she's a doctor."

That daughter, Dr Sofia Benedetti, came back from Toronto for the anniversary dinner. She said her parents had never taken a holiday longer than a week. "My mother thinks the kitchen will burn down if she leaves it," she said. "My father thinks the customers will forget him."

The restaurant survived the 2008 recession and the pandemic, during which Marco delivered takeout on his bicycle. Business association president Tom Nakamura said the Benedettis were a Commercial Drive institution. "They've outlasted dozens of restaurants," he said. "People come back because they feel like family."

Asked about retirement, the couple gave different answers. Marco said he would keep going "until my knees stop." Giulia said she would retire the day her husband did, "so that I can keep an eye on him."

Their son, Luca, a chef in Montreal, has not said whether he will take over. His mother said she would not pressure him. "He has to want it," she said. "Otherwise the food will be sad.\""""),

dict(title="Father and Daughter Split Over Sale of Family Blueberry Farm", text="""A Pitt Meadows blueberry farmer and his daughter are on opposite sides of a proposal to sell their family's 40-hectare farm to a developer, a dispute that will come before the Agricultural Land Commission next month.

Henk de Boer, 76, who has farmed the land since his parents bought it in 1962, wants to sell to a company that hopes to remove it from the province's Agricultural Land Reserve and build a warehouse complex. His daughter, Anneke de Boer, 44, who has managed day-to-day operations for a decade, is fighting the sale.

"My father has worked this land his whole life, and he's earned the right to retire comfortably," Anneke de Boer said. "But there are other ways to do that without paving over some of the best soil in the Lower Mainland."

Henk de Boer said blueberry prices had fallen and labour costs had soared. "I love my daughter, and I'm proud of her," he said. "But I've done the numbers a hundred times. The farm is not going to pay for my old age."

The developer, Fraser Gateway Logistics, has offered about $28 million, according to documents filed with the commission. Its vice-president of development, Sandra Koh, said the company would provide a buffer of trees along neighbouring farms. She said the site's proximity to the highway made it ideal for distribution.

The dispute has drawn in the wider family. Henk de Boer's son, Pieter, a Calgary accountant, supports the sale. His wife, Margriet, has declined to take sides publicly. "She tells us both to come for dinner and not talk about it," Anneke de Boer said.

Farmland advocate Jim Hollander of the Lower Mainland Food Coalition said the case was typical of pressures on aging farmers. "Farmers' land is their pension," he said. "Unless the province helps them retire without selling to developers, we'll keep losing farms."

Anneke de Boer has proposed a lease-to-own arrangement under which she would gradually buy the farm from her parents. Her father said the offer was generous but would take too long. "She would be paying me until I'm ninety," he said, smiling. "I don't know if I have that long."

The commission's regional panel will hear submissions from both father and daughter on November 18. Panel chair Deborah Mills said such family disputes were rare but not unprecedented."""),

dict(title="Q&A: Councillor Abena Sarpong on Markets, Toilets and Her Critics", text="""Abena Sarpong has represented the Osu Klottey area on the Accra Metropolitan Assembly since 2019. A former market trader and the daughter of a fishmonger, she has made sanitation and market conditions her central causes. She spoke with the Accra Chronicle's Isaac Mensah about her work. The interview has been edited for length.

Q: You campaigned on public toilets. Why?

A: Because nobody else would. Men in suits don't like to talk about toilets. But if you sit in a market for twelve hours, as my mother did, you know that a toilet is not a small thing. It is dignity.

Q: How many have you built?

A: Eleven, with two more under construction. Each one is run by a local women's group that keeps the fees. That was important to me.

Q: Your critics say you spend too much time on markets and not enough on roads.

A: My colleague Emmanuel Quartey says that every week at the assembly. He's entitled to his opinion. But when I ask the traders what they need, they don't say roads. They say shade, water and toilets.

Q: You've clashed with the metropolitan chief executive. How is that relationship now?

A: Better. Mr Ankomah and I disagreed about the Kaneshie market fees last year. He wanted to raise them, I thought it was the wrong time. We met four times. In the end he agreed to delay the increase. I give him credit for listening.

Q: Who has influenced you most?

A: My mother, Auntie Esi. She sold fish at Jamestown for forty years. She never went to school, but she could calculate faster than any accountant. She told me, "If you go into politics, go for the people who can't go themselves."

Q: Are you planning to run for Parliament?

A: People keep asking me. My husband, Kojo, would prefer I didn't. He says he's tired of eating dinner alone. We'll see.

Q: What's the hardest part of the job?

A: Saying no. People come to my house at six in the morning with problems I can't solve. School fees, hospital bills. I want to help everyone, and I can't.

Quartey, reached separately, said he respected Sarpong despite their disagreements. "She works harder than anyone on the assembly," he said. "I just wish she'd put some of that energy into the roads.\""""),

dict(title="Veteran Research Ship Makes Her Final Voyage to Victoria", text="""The research vessel that spent 42 years mapping the seabed off British Columbia arrived in Victoria on Tuesday on her final voyage, greeted by a small flotilla of boats and a crowd of former crew members on the breakwater.

The CCGS Tanu Explorer, launched in 1982, will be decommissioned next month and eventually scrapped. In her career she logged more than a million nautical miles and supported hundreds of scientific expeditions, from studies of undersea volcanoes to surveys of orca feeding grounds.

"She was never the fastest or the prettiest ship on the coast," said Captain Marion Fletcher, who commanded the vessel for the last eight years. "But she always brought us home."

Fletcher, 61, will retire along with the ship. She joined the Tanu Explorer as a junior officer in 1989 and said it felt right to leave together. "I've spent more nights on her than in my own bed," she said.

Among those on the breakwater was oceanographer Dr Henry Mbeki, who sailed on the ship's first scientific cruise in 1983 as a graduate student. Now 68, he recalled a storm in Hecate Strait that sent waves over the bridge. "We were all sure she was going to roll," Mbeki said. "She didn't even spill the coffee."

The ship has a surprising connection to British naval history. Her design was based on a class of survey vessels built for the Royal Navy in the 1970s, when, as Mbeki put it, "Britain and her former colonies still shared most of their ship plans."

The Canadian Coast Guard's regional commissioner, Jennifer Aulakh, said the ship would be replaced by a new offshore research vessel being built in Vancouver, due in 2026. "The new ship will do more, and she'll do it with a fraction of the emissions," Aulakh said.

Not everyone is happy to see the Tanu Explorer go. Retired engineer Doug Pereira, who kept her engines running for 22 years, said the scrapping was a waste. "She's got another ten years in her," he said. "They should make her a museum."

The coast guard said it had considered offers to preserve the vessel but found none financially viable.

Fletcher will take the ship on one last short cruise around Victoria harbour on Saturday, open to former crew and their families. "Then I'll shut down the engines," she said, "and say goodbye.\""""),

dict(title="Accra Entrepreneur Who Built a Shoe Empire From His Mother's Stall", text="""In the back office of his factory in Kpone, Daniel Addo keeps a battered wooden stool. It is the stool his mother sat on for 31 years selling second-hand shoes at Makola Market, and he says he will never get rid of it.

"Everything in this building came from that stool," Addo said, patting its cracked seat. "My mother sold shoes so that I could go to school. Now I make shoes so that other mothers can send their children."

Addo, 45, is the founder of Sankofa Footwear, which makes leather sandals and school shoes and sells them in 200 shops across Ghana, Togo and Côte d'Ivoire. The company employs 340 people, most of them women from surrounding communities.

He grew up in Jamestown, the youngest of five children and the only son. His father, a fisherman, died at sea when Addo was seven. His mother, Auntie Akweley, raised the family on what she earned at her stall, and his four older sisters took turns looking after him.

"My sisters were my first teachers," he said. "They checked my homework. They beat me when I skipped school. They are the reason I finished."

His eldest sister, Naa Dedei Addo, now runs the company's retail division. She said her brother had always been restless. "Even as a boy, he was always fixing things, taking things apart," she said. "When he told us he wanted to make shoes, we weren't surprised. We were just worried he'd lose his money."

He nearly did. Addo started the business in 2008 with two sewing machines and a loan from a church credit union. The first batch of sandals fell apart in the rain. He spent the next year learning leather tanning from a craftsman in Kumasi, Opanyin Kwaku Boateng, who died in 2019. "He taught me patience," Addo said. "I had none."

Economist Dr Nana Akua Frimpong of the University of Ghana said Sankofa was one of the few manufacturers to compete successfully with cheap imports. "He made quality local, and he made it affordable," she said. "That's very hard to do."

Addo's mother, now 78, still visits the factory every Friday. She walks the production floor, inspects the stitching and tells the workers what she thinks. "She is stricter than my quality control manager," Addo said. "Nobody argues with her."

Asked what she thought of her son's success, Auntie Akweley shrugged. "He was always a good boy," she said. "But his first sandals were terrible.\""""),

dict(title="Nguyen and Adjei Trade Barbs in Tight Vancouver-Kensington Race", text="""The two leading candidates in the Vancouver-Kensington provincial by-election clashed over housing and public safety on Wednesday night in a debate that drew more than 300 people to a community centre gymnasium.

Taylor Nguyen, the governing party's candidate and a former city planner, defended the province's record on housing starts and said he would push for more rental construction near transit. Morgan Adjei, a nurse and first-time candidate for the opposition, accused the government of ignoring rising crime along the Kingsway corridor.

"People in this riding don't feel safe walking to the bus stop at night," Adjei said. "My opponent wants to talk about towers. I want to talk about the people already living here."

Nguyen responded that housing and safety were connected. "When people have stable homes, neighbourhoods are safer," he said. "That's not a slogan. That's what the evidence says."

Adjei pressed him on the province's supportive housing strategy, noting that two projects in the riding had been delayed by more than a year. Nguyen acknowledged the delays and said he would push to speed up permits. "I was a planner for fifteen years," he said. "I know where the bottlenecks are."

"Then why haven't they been fixed?" Adjei asked, drawing applause from her supporters.

The debate was moderated by Rachel Dhillon of the Kensington Neighbourhood Association. She kept the candidates to strict time limits and twice cut off Nguyen when he ran over. He took it with good humour. "She's tougher than the Speaker," he joked.

The third-place candidate, Green Party nominee Casey Robertson, was also on stage. Robertson, a schoolteacher, said both major parties had neglected climate adaptation. "Last summer's heat dome killed people in this riding," she said. "Neither of my opponents mentioned it once tonight."

The by-election was triggered by the resignation of former MLA Gordon Fung, who stepped down in June for health reasons. Fung held the riding for the governing party by fewer than 800 votes in the last election.

Political scientist Dr Kenneth Liu of the University of British Columbia said the race was too close to call. "Adjei has real momentum, and she's very effective on the doorstep," he said. "But Nguyen has a well-funded campaign and he knows the riding."

Voting takes place on October 19. Advance polls open next Thursday."""),

]
