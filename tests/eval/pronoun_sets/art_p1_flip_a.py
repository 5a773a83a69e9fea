ARTICLES = [
r"""⟦person:Margaret Okafor⟧Senate panel stalls rail bill as Okafor demands cost review

A bill to extend high-speed rail service to the northern counties stalled in committee on Tuesday after Senator Margaret Okafor refused to back it without an independent review of its costs.

Ms. Okafor, who chairs the transport subcommittee, told reporters outside the chamber that the projected price of the line had risen by nearly a third in 18 months. "I am not against trains," she said. "I am against signing a blank cheque."

The bill's sponsor, Senator Daniel Whitcombe, said the delay could cost the state its share of federal matching funds. Mr. Whitcombe has argued for two years that the line would cut commuting times in half and bring new investment to towns that lost factories in the 1990s. He called the demand for a review "a stalling tactic dressed up as prudence."

The subcommittee chairwoman said ⟦flip:he|she|role_noun⟧ had asked the state auditor's office, led by Thomas Reyes, to produce an estimate by the end of next month. Mr. Reyes confirmed that his office had received the request but declined to say how long the work would take.

Labor groups, which have lined up behind the bill, said they were frustrated. Karen Liu, a spokeswoman for the regional building trades council, said thousands of construction jobs depended on the project starting next spring. "Every month of delay is a month of wages our members don't see," she said.

Okafor has built a reputation as a fiscal hawk since winning her seat in a special election four years ago. ⟦flip:His|Her|para_open⟧ vote is considered decisive on the five-member subcommittee, where two Republicans oppose the bill and two Democrats support it.

Asked whether she would support the bill if the audit confirmed the current estimate, she was noncommittal. "If the numbers hold, we'll talk," ⟦flip:he|she|speech_tag⟧ said. "If they don't, the sponsors will have to come back with a smaller plan."

Mr. Whitcombe said he would keep talking to colleagues in the meantime and expected the full Senate to take up the measure before the summer recess. Governor Ellen Park, who has endorsed the line, said through a spokesman that she hoped the committee would "move quickly and responsibly."

The subcommittee is scheduled to meet again on the 14th.
""",

r"""⟦person:Rafael Moreno⟧Jury convicts former mayor of steering contracts to brother-in-law

A federal jury on Friday convicted Rafael Moreno, the former mayor of Brookhaven, of fraud and bribery for steering more than $4 million in city paving contracts to a company owned by his brother-in-law.

The verdict came after three days of deliberation and a two-week trial in which prosecutors called 19 witnesses, including the city's former procurement director, Denise Albright. Ms. Albright testified that Mr. Moreno told her on several occasions to "find a way" to award work to Moreno Paving even when it was not the lowest bidder.

Assistant U.S. Attorney Leah Brandt told jurors in her closing argument that the former mayor "treated the city treasury as a family business." Moreno's lawyer, Victor Haas, argued that his client had relied on the advice of staff and never took money for ⟦flip:herself|himself|reflexive⟧.

Mr. Moreno showed little emotion as the verdict was read. ⟦flip:She|He|para_open⟧ embraced his wife, Teresa, in the gallery before leaving the courthouse without speaking to reporters.

Mr. Haas said outside the building that his client was disappointed and would appeal. "We respect the jury, but we believe the judge made serious errors in what evidence was allowed," he said.

The brother-in-law, Luis Santana, pleaded guilty last year and testified against the former mayor as part of an agreement with prosecutors. Mr. Santana told the jury that he had paid for a kitchen renovation at the Morenos' home and that the payments were "understood" as thanks for the contracts.

Judge Patricia Nolan set sentencing for March 3. The charges carry a combined maximum of 30 years in prison, though defendants convicted of similar crimes in the district have typically received far shorter terms.

Moreno served two terms as mayor before losing a primary in 2021. During ⟦flip:her|his|possessive⟧ tenure he was widely credited with reviving the city's downtown, and several supporters sat behind him throughout the trial.

Brookhaven's current mayor, Amanda Cole, said in a statement that the city had since rewritten its procurement rules. "Residents deserve to know that every contract is awarded on merit," she said. "This verdict closes a painful chapter."
""",

r"""⟦person:Ingrid Solberg⟧Solberg wins downhill gold on home snow

Ingrid Solberg won the women's downhill on Saturday in front of a home crowd of 20,000, finishing nearly half a second clear of the field and ending a four-year wait for a major title.

The 27-year-old Norwegian attacked the icy upper section harder than anyone and held her line through the steep compression that caught out several rivals. ⟦flip:His|Her|lead⟧ time of 1 minute 38.41 seconds was never threatened.

Switzerland's Carla Meier took silver and Austria's Anna Gruber the bronze. Meier said she had made a small mistake at the second jump. "Ingrid skied perfectly today," she said. "You cannot give her anything on a day like this."

Solberg's coach, Erik Lund, said the victory was the product of a long recovery from the knee injury that ended her season two years ago. "There were days she could not walk down the stairs," Mr. Lund said. "To come back and win here, at home, is something else."

Solberg said the crowd had carried ⟦flip:him|her|object⟧ down the final section. "I could hear them from the start gate," ⟦flip:he|she|speech_tag⟧ said. "When I crossed the line I just wanted to find my family."

Her father, Per Solberg, a former cross-country skier, was waiting in the finish area with her younger brother, Magnus. The two men wrapped her in a Norwegian flag as the stadium announcer read the results.

The result lifts Solberg to second in the overall standings, 45 points behind Meier with six races left. The Norwegian team's head of alpine, Jonas Berg, said the team would not change its plans. "She will race the super-G tomorrow and then we look at the calendar," he said.

Several favorites struggled. The defending champion, Lisa Hofer of Italy, skied out at the fourth gate and was not injured. American Kelsey Ward finished 11th.

Solberg was asked at the news conference whether she now considered ⟦flip:himself|herself|reflexive⟧ the favorite for the overall title. ⟦flip:He|She|para_open⟧ laughed. "Ask Carla," she said. "She is the one in front."
""",

r"""⟦person:Harold Finch⟧Harold Finch, architect who reshaped the riverfront, dies at 88

Harold Finch, the architect whose glass-and-timber buildings transformed a stretch of abandoned warehouses along the river into one of the city's most visited districts, died on Sunday at his home. He was 88.

His daughter, Eleanor Finch-Grant, said the cause was heart failure.

Born in 1938 to a shipyard welder and a schoolteacher, Finch grew up within sight of the docks that he would later redesign. ⟦flip:She|He|profile_topic⟧ won a scholarship to study architecture and spent his early career in London, where he worked under the modernist designer Peter Vance.

He returned home in 1971 and founded a small practice with his wife, the landscape architect Ruth Finch. The couple's first major commission, a public library built into the side of a hill, won a national award and drew critics who had never heard of either of them.

Over the next three decades the firm designed more than 40 buildings, including the maritime museum and the concert hall that anchor the riverfront today. Critics praised ⟦flip:her|his|possessive⟧ use of local materials and his insistence that every building have a public path through it.

"Harold never designed a back door," said Marianne Koh, a former partner at the firm. "He thought the city belonged to the people walking in it, and he fought developers on that point his whole life."

Not every project was welcomed. A plan for a tower on the old grain pier was abandoned in 1998 after residents protested, and Finch later said he had been wrong to propose it. "I forgot my own rule," he told an interviewer. "Build for the street, not the skyline."

Ruth Finch died in 2015. In addition to his daughter, he is survived by a son, Martin; a sister, Joan Abbott; and five grandchildren.

In his final years Finch still walked the riverfront most mornings. Mrs. Finch-Grant said ⟦flip:she|he|reported_speech_decoy⟧ liked to sit outside the library and listen to what people said about it. "He never told them who he was," she said.
""",

r"""⟦person:Priya Natarajan⟧Biotech chief defends trial data as shares slide

The chief executive of Corvana Therapeutics defended her company's lead drug on Wednesday after its shares fell 28 percent on concerns about side effects in a late-stage trial.

Priya Natarajan told analysts on a conference call that the drug, a treatment for a rare liver disease, had met its main goal and that the adverse events cited by short sellers were "in line with what we expected in a very sick population."

Corvana said 14 of the 312 patients who received the drug had elevated liver enzymes, compared with six in the placebo group. Dr. Natarajan said the company would present the full data at a medical conference in April.

Some analysts were not reassured. Michael Torres of Halvern Securities cut his rating on the stock to neutral and said regulators would likely demand additional monitoring. "The efficacy is real, but this label is going to be complicated," he wrote in a note to clients.

The chief executive said she had spoken with officials at the Food and Drug Administration and did not expect the agency to require a new trial. She declined to describe those conversations in detail.

Natarajan, a former oncologist, founded Corvana in 2016 with the chemist Robert Kline, who is now its chief scientific officer. Mr. Kline said on the call that the company had already begun a study of a lower dose.

The stock has been volatile since a short seller, Greywater Research, published a report last week accusing the company of playing down safety problems. Greywater's founder, Andrew Pike, said in an interview that he stood by the report. Natarajan called it "misleading and selective."

Investors will also be watching the company's cash. Corvana ended the quarter with $410 million, enough to fund operations into 2028, according to its chief financial officer, Sandra Ojo. Ms. Ojo said the company had no plans to raise money.

At the end of the call, Natarajan addressed employees who were listening in. "I know today was hard," ⟦flip:he|she|speech_tag⟧ said. "Our job is to get this medicine to patients. That has not changed."
""",

r"""⟦person:Tomasz Wiśniewski⟧Pianist Wiśniewski returns to the stage after eight-year absence

When Tomasz Wiśniewski walked onto the stage of the Philharmonic on Thursday night, the audience rose before he had played a note.

The Polish pianist had not performed in public for eight years. In 2018 he canceled a world tour, citing exhaustion, and retreated to a farmhouse outside Kraków, where he taught a handful of students and, by his own account, barely touched a piano for the first two years.

⟦flip:Her|His|para_open⟧ program on Thursday was deliberately modest: two Schubert sonatas and a set of Chopin mazurkas. Wiśniewski played them with a restraint that some listeners found startling from a musician once known for thunderous Liszt.

In an interview before the concert, he said the long break had changed how he listened. "Before, I was trying to impress," he said. "Now I am trying to understand what the composer wanted. It is much harder."

The evening was organized by the orchestra's artistic director, Helena Marsh, who said she had written to Wiśniewski every year since 2019. "He always wrote back politely and said no," Ms. Marsh said. "Last spring ⟦flip:she|he|in_quote⟧ wrote back and said maybe."

His former teacher, the pianist Zofia Kamińska, flew in from Warsaw for the performance. She said she had never doubted that he would return. "Tomasz needed silence," she said. "Some artists need it more than others."

The critic Jonathan Weiss, who reviewed Wiśniewski's last concert in 2018, said the pianist's tone was "rounder and warmer" than he remembered. "He is not the same player," Mr. Weiss said. "I think he is a better one."

Wiśniewski will perform in Vienna and Berlin next month and said he had agreed to record the Schubert sonatas. He would not commit to anything further. Asked whether the comeback was permanent, ⟦flip:she|he|speech_tag⟧ shrugged. "Ask me in a year," he said.

After three encores, he left the stage holding a bouquet handed to him by a young girl in the front row.
""",

r"""⟦person:Amara Diallo⟧Envoy says ceasefire talks have 'real momentum'

The United Nations special envoy for the Sahel said on Monday that talks between the government and two armed groups had gained "real momentum" and that a ceasefire could be signed within weeks.

Amara Diallo, a Senegalese diplomat who took up the post in January, spoke to reporters in Geneva after briefing the Security Council behind closed doors. Ms. Diallo said the parties had agreed in principle on the withdrawal of fighters from three towns and on a mechanism for monitoring violations.

"We are not there yet," she said. "But for the first time, everyone at the table is talking about how, not whether."

The envoy said ⟦flip:he|she|role_noun⟧ had met separately with the defense minister, General Ousmane Keita, and with leaders of the armed groups in the past ten days. General Keita told state television on Sunday that the government was "ready for peace but not for surrender."

Diplomats in the council said several members remained skeptical. The British ambassador, Richard Hale, said he welcomed the progress but warned that previous agreements had collapsed within months. "We have been here before," Mr. Hale said.

Humanitarian agencies said the fighting had displaced more than 400,000 people this year. Fatima Sow, who coordinates relief operations for a coalition of aid groups, said convoys had been unable to reach some areas since August. She urged the parties to agree to safe corridors immediately, whether or not a wider deal was reached.

Diallo's predecessor, the Norwegian diplomat Anders Holm, resigned last year after the armed groups refused to meet him. Ms. Diallo has taken a different approach, spending much of ⟦flip:his|her|possessive⟧ first months traveling to the region rather than inviting delegations to Geneva.

Asked whether she expected to be at a signing ceremony before the rainy season, ⟦flip:he|she|para_open⟧ smiled. "I have learned not to make predictions in this job," Diallo said. "But I have packed a suitcase."

The next round of talks is expected to begin in Niamey on the 20th.
""",

r"""⟦person:Gareth Owens⟧Owens resigns as club manager after winless run

Gareth Owens resigned as manager of Harbour City on Sunday, a day after a 3-0 home defeat left the club bottom of the table with one win in 15 matches.

The club's chairwoman, Louise Tranter, said in a statement that Owens had offered his resignation after the match and that the board had "reluctantly accepted." She thanked him for three seasons in charge, including promotion in his first year.

Owens, 46, was appointed in 2023 after a playing career spent mostly in the second tier. ⟦flip:She|He|lead⟧ won 22 of his first 30 games and was briefly linked with jobs at bigger clubs.

This season has been a struggle. Injuries to the captain, Sam Ndlovu, and the top scorer, Kieran Walsh, left the squad thin, and the club spent little in the summer. Supporters booed the team off on Saturday, and some chanted for the manager to go.

In a video posted on the club's website, Owens said he took responsibility. "I gave everything I had," he said. "The results haven't come, and the club has to come first. I'll always be a Harbour City fan."

Ms. Tranter said the first-team coach, Rachel Ames, would take charge for Wednesday's match. Ms. Ames, a former international, joined the coaching staff two years ago and is the first woman to lead a men's side in the league's history. She said she had spoken with Owens on Sunday morning. "He told me to enjoy it and to trust the players," she said.

Ndlovu wrote on social media that the players had let the manager down. "He believed in us when nobody else did," the captain wrote.

Former players praised Owens for ⟦flip:her|his|possessive⟧ work with young players. At least four academy graduates made their debuts under him.

Asked what he would do next, Owens said ⟦flip:she|he|speech_tag⟧ planned to spend time with his family. "My kids have hardly seen me for three years," he said. "I owe them a few weekends."

The board is expected to name a permanent replacement before the transfer window opens.
""",

r"""⟦person:Naomi Feld⟧Under a mountain, a physicist waits for ghost particles

Deep under a mountain in central Italy, in a laboratory reached by a highway tunnel, Naomi Feld spends her days waiting for particles that almost never arrive.

Dr. Feld, 41, leads a team of 60 physicists searching for a rare form of radioactive decay that, if observed, would show that neutrinos are their own antiparticles. The result would help explain why the universe contains matter at all.

"It is a very quiet experiment," she said during a visit to the underground hall last month. "We spend years making sure that nothing happens, so that when something does happen, we can believe it."

The detector, a cylinder of ultra-pure germanium crystals chilled to near absolute zero, was designed largely by ⟦flip:his|her|possessive⟧ group. Its predecessor, run by the Italian physicist Marco Bellini, set the current record for sensitivity before it was retired in 2022.

Professor Bellini, now retired, said Feld had been his most stubborn postdoctoral researcher. "She would argue with me about a cable for a week," he said. "Usually she was right."

Feld grew up in Haifa, the daughter of an engineer and a nurse, and studied in Tel Aviv and at Princeton. ⟦flip:He|She|profile_topic⟧ joined the Gran Sasso laboratory in 2014 and became spokesperson for the experiment in 2020, the first woman in the role.

The work is slow. The team has collected data for three years and seen no clear signal. Some colleagues worry that the effect, if it exists, may be too rare to detect with current technology. Her deputy, David Amsel, said the group was ready for that possibility. "A null result is still a result," he said. "It rules out a lot of theories."

Feld's husband, Yoav, a software developer, and their two sons moved with her to L'Aquila. She said the family had adapted to a life organized around a mountain. "My children think every parent drives through a tunnel to work," she said.

Asked if she would keep going if the next three years also produced nothing, ⟦flip:he|she|para_open⟧ did not hesitate. "Of course," Feld said. "Somebody has to look."
""",

r"""⟦person:Kenji Watanabe⟧Watanabe steps down at Hoshino after accounting probe

Kenji Watanabe, the chief executive of the Japanese electronics maker Hoshino, resigned on Thursday after an internal investigation found that a unit under his supervision had overstated profits for three years.

The company said Mr. Watanabe would remain an adviser until June and that the chief operating officer, Yuki Tanaka, would serve as interim chief executive. Ms. Tanaka, 52, has been with the company for 28 years and ran its medical devices business before her promotion last year.

An external panel led by the former prosecutor Hiroshi Kondo found that managers in the company's semiconductor unit had booked sales early to meet targets. The panel said it found no evidence that Watanabe had ordered the practice, but concluded that ⟦flip:she|he|clause_after_name⟧ had "created an atmosphere in which targets mattered more than accuracy."

At a news conference in Tokyo, Mr. Watanabe bowed deeply and apologized to shareholders. "As the person responsible, I must take responsibility," he said. He declined to answer questions about whether he would return any of his pay.

Watanabe took over in 2019 and was credited with reviving Hoshino's share price through a series of acquisitions. ⟦flip:Her|His|para_open⟧ tenure was also marked by aggressive cost cutting, including the closure of two domestic factories.

Analysts said the resignation had been widely expected. "The panel's language was harsh, and it was difficult to see how he could stay," said Emiko Sato, an analyst at a Tokyo brokerage. She said investors would be watching whether Ms. Tanaka moved quickly to overhaul the semiconductor unit.

Hoshino's shares rose 3 percent after the announcement.

Mr. Kondo said at a separate briefing that the overstatement totaled about 48 billion yen and that the company had already corrected its accounts. He said the panel had interviewed more than 100 employees, including Watanabe, and that ⟦flip:she|he|same_gender_nearby⟧ had cooperated fully.

The company said it would also replace the head of the semiconductor unit, Takeshi Mori, and would not pay bonuses to senior executives this year.
""",

r"""⟦person:Rosa Delgado⟧Delgado sworn in as first Latina chief justice of state court

Rosa Delgado was sworn in on Monday as chief justice of the state Supreme Court, becoming the first Latina to lead the court in its 150-year history.

Justice Delgado took the oath in the Capitol rotunda from her predecessor, Chief Justice William Grady, who is retiring after 14 years on the court. Her husband, Antonio, held the Bible, and her two daughters stood beside them.

In brief remarks, Delgado spoke about her parents, who worked in the state's fruit orchards after arriving from Mexico in the 1970s. "My father picked apples in the valley you can see from this building," she said. "He never imagined his daughter would work inside it."

Delgado, 58, was appointed to the court in 2017 by Governor James Whitaker after a decade as a trial judge. ⟦flip:He|She|lead⟧ was elected chief justice by her colleagues last month in a 6-1 vote.

Grady praised his successor as "the finest legal mind on this court." He said she had written several of its most important opinions, including a 2021 ruling that expanded access to public defenders in rural counties.

The new chief justice said ⟦flip:his|her|role_noun⟧ first priority would be reducing a backlog of civil cases that grew during the pandemic. She also plans to ask lawmakers for money to expand interpretation services in courtrooms.

The lone dissenting vote in the chief justice election was cast by Justice Marcus Hale, who has often clashed with Delgado on criminal sentencing. Mr. Hale attended the ceremony and shook her hand afterward. He said in a statement that he looked forward to working with her.

Lawyers who have appeared before Delgado describe ⟦flip:him|her|surname_only⟧ as demanding but fair. "She reads everything," said Janet Moore, a public defender. "If you cite a case, you had better have read it yourself, because she has."

After the ceremony, Delgado posed for photographs with students from the elementary school ⟦flip:he|she|profile_topic⟧ attended as a girl in Yakima. "Somebody here is going to take this job someday," she told them.
""",

r"""⟦person:Oliver Brandt⟧Coach Brandt's gamble pays off as Huskies reach final

Oliver Brandt has spent most of the season defending a decision that many of his own players questioned. On Saturday, it looked like genius.

The Huskies coach benched his veteran point guard, Tyrell Simmons, for the semifinal and gave the start to Jaylen Ortiz, a freshman who had played fewer than 100 minutes all year. Ortiz scored 24 points and the Huskies beat Marquette 78-71 to reach their first final in 19 years.

"I just felt Jaylen's speed was going to bother them," Brandt said afterward, adding that ⟦flip:she|he|same_gender_nearby⟧ had told Simmons and the assistant coach, Ray Duffy, on Thursday. "He took it like a pro."

Simmons, who came off the bench and played 16 minutes, said he had been angry at first. "You want to start the big game," he said. "But Coach explained it and it worked. I'm not going to complain about being in the final."

Brandt, 61, is in his 22nd season at the university. ⟦flip:Her|His|para_open⟧ teams have made the tournament 14 times but have been knocked out in the first weekend in most of those years, and some boosters had called for a change.

The university's athletic director, Susan Calloway, said after the game that she had never wavered. "Oliver is a teacher first," Ms. Calloway said. "This is what happens when you trust your coach."

Marquette's coach, Denise Holloway, said her team had not prepared for Ortiz. "We had one clip of him," she said. "He was the best player on the floor tonight, and that's on me."

Ortiz said Brandt had called him into his office on Thursday night. "He said, 'Don't think, just play,'" Ortiz said. "So that's what I did."

The Huskies face Gonzaga on Monday. Asked whether Ortiz would start again, the coach smiled and said ⟦flip:she|he|role_noun⟧ hadn't decided. "I'll sleep on it," Brandt said. "Maybe not much."
""",
]
