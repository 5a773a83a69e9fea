# Flipped articles, part 1. Markers: ⟦flip:WRITTEN|ORIGINAL⟧
A = []
def add(title, person, gender, body):
    A.append(dict(title=title, person=person, gender=gender, body=body.strip()))

add("Council Approves Harbour District Budget After Late-Night Session", "Maria Alvarez", "f", """
The city council approved a 42 million dollar budget for the harbour district early on Wednesday, ending a session that stretched past midnight and exposed deep divisions over how to pay for new flood defences.

Councillor Maria Alvarez, who chairs the finance committee, opened the debate by warning that the district's sea wall was already failing in places. "We have patched it for twenty years, and the patches are now older than some of the people sitting in this room," ⟦flip:he|she⟧ said.

Mayor Tom Becker backed the plan but urged caution on borrowing. He told members that the city's credit rating had only recently recovered and that a second downgrade would raise costs for every department. "I support the wall. I do not support pretending it is free," he said.

Opposition came mainly from Councillor Derek Mills, who represents the northern wards. He argued that residents far from the water would pay for protection they would never use, and he proposed splitting the bill between the city and the port authority.

Ms Alvarez rejected the idea, pointing out that the port authority had already declined to contribute twice. She said her committee had spent four months testing alternatives and that none of them closed the gap. When Mr Mills pressed her on the timetable, she promised that the first contracts would be signed before the spring tides.

The final vote was seven to four. Several residents who had waited in the public gallery applauded when the result was read out, while others left before the count.

City treasurer Helen Okafor said the first payments would come from reserves, with bonds issued later in the year. She added that the department would publish quarterly reports on spending so that residents could follow the project.

Construction is expected to begin in March and to last about three years.
""")

add("Tech Firm Names New Chief Executive After Turbulent Year", "Priya Raman", "f", """
Lumen Systems, the data storage company that lost two founders and a third of its staff over the past year, named Priya Raman as its chief executive on Monday.

Ms Raman, 47, joins from a rival cloud provider where she ran the infrastructure division. She replaces Gary Holt, who stepped down in June after investors criticised his handling of a failed acquisition. Mr Holt will remain on the board as a non-executive director until the end of the year.

In a statement, chairman Robert Ainsley said the board had interviewed more than a dozen candidates. "Priya has built and fixed large systems under pressure. That is exactly what this company needs now," he said.

The new chief executive faces an immediate test. Lumen's largest customer, a logistics group, has said it will review its contract in the spring, and analysts expect revenue to fall again this quarter. Speaking to staff on ⟦flip:his|her⟧ first morning, Ms Raman said the company would stop chasing new markets and concentrate on reliability.

"We promised people their data would be safe and fast. For a while we only managed one of those," she said. She added that she would meet every team in person over the next six weeks.

Analyst Laura Kim of Harbourside Securities said the appointment was a sensible one but warned that the hard work lay ahead. "The market will give ⟦flip:him|her⟧ one or two quarters, not more," she said.

Shares in Lumen rose 6 per cent on the news. Mr Ainsley told reporters that the board had agreed a pay package weighted towards long-term results, though he declined to give figures.

Former employees contacted by this newspaper were cautiously positive. One engineer who left in the spring said the problem had never been the technology but the constant change of direction at the top.
""")

add("Senator Blocks Water Bill Over Rural Funding", "Elaine Porter", "f", """
A bill to modernise the state's ageing water network stalled on Thursday after Senator Elaine Porter refused to support it without more money for rural districts.

The measure, sponsored by Senator James Whitfield, would provide 600 million dollars over ten years to replace lead pipes and upgrade treatment plants. Supporters say it is the largest investment in the network in half a century. But the senator from the eastern hills said the formula used to share the money would leave small towns waiting for a decade.

"Cities have engineers and grant writers. My towns have a part-time clerk and a pickup truck," Ms Porter told the chamber. She proposed reserving a fifth of the fund for communities with fewer than five thousand people.

Mr Whitfield said he was open to changes but warned that delay carried its own cost. "Every month we wait, the pipes get older and the price goes up," he said after the session.

Because the chamber is split evenly, the senator's vote is decisive. Party leaders spent the afternoon trying to persuade ⟦flip:him|her⟧, and Governor Linda Marsh called Ms Porter twice, according to aides.

By the evening no deal had been reached. The senator said ⟦flip:he|she⟧ had not changed ⟦flip:his|her⟧ mind, but added that the conversations had been constructive.

Water utility director Samuel Greene said his staff had already identified the first hundred miles of pipe that would be replaced if the bill passed. He said a further delay would push some projects into next year's construction season.

Environmental groups were divided. Some urged Ms Porter to accept the bill and fight for rural money later, while a coalition of farm organisations praised her for holding out.

The chamber is expected to return to the bill next Tuesday.
""")

add("Veteran Actress Returns to Stage in Village Revival", "Margaret Doyle", "f", """
Forty years after her first appearance at the Linden Playhouse, the actress Margaret Doyle is back on its stage in a revival of a comedy that once made her famous.

Doyle, now 71, plays the widowed landlady at the centre of the story, a part she first took on when she was barely thirty. The production is directed by Owen Pryce, who saw the original as a teenager and says he has wanted to stage it ever since.

"I asked her three times before she said yes," Mr Pryce said. "The third time I brought cake."

Rehearsals have not been easy. The playhouse lost its lighting designer in the autumn, and the lead actor, Callum Reid, broke his wrist in the second week. He performs with a cast hidden under a long sleeve.

Doyle said she had approached the role differently this time. "When I was young I played her as a joke. Now I know she is the only sensible person in the house," ⟦flip:he|she⟧ said during a break. She laughed when asked whether she had watched recordings of the original, and said she had avoided them so as not to start copying ⟦flip:himself|herself⟧.

Her co-star Annie Fletcher, who plays the landlady's daughter, said working with Doyle had been a lesson in timing. "She can get a laugh by picking up a teacup," she said.

The playhouse has sold almost every seat for the four-week run, its general manager, Peter Lowe, said. He said the theatre had added two matinees to meet demand.

Critics attending a preview on Friday were largely warm. One reviewer wrote that the production creaked in places but that Doyle held the evening together.

The revival runs until the end of next month, and a short tour of regional theatres is under discussion.
""")

add("Hospital Chief Defends Waiting Times Record", "Ruth Adeyemi", "f", """
The head of the region's largest hospital defended her record on waiting times on Tuesday after a watchdog report found that emergency patients were waiting longer than at any time in the past decade.

Dr Ruth Adeyemi, chief executive of St Columba's Hospital, told a committee of local politicians that demand had risen by a quarter in three years while the number of beds had stayed the same. "We are running a hospital built for a smaller town," she said.

The report, written by inspector Alan Forsyth, found that one in five patients waited more than twelve hours in the emergency department last winter. Mr Forsyth said staff were working hard but that the system around them was not working. He called for more beds and better links with care homes.

Committee chair Graham Neill asked Dr Adeyemi whether she accepted the findings. The chief executive said ⟦flip:he|she⟧ accepted the numbers but not the suggestion that the hospital had ignored the problem, noting that ⟦flip:his|her⟧ team had opened a new assessment unit in the spring.

Councillor Jean Murray, a former nurse, said she had heard from patients who had waited on trolleys overnight. "These are not numbers. These are people's parents," she said.

Dr Adeyemi said she shared that frustration and invited members of the committee to spend a night shift in the department. Mr Neill said he would accept the invitation.

The hospital expects to open thirty additional beds next year, funded by the regional health board. Its chair, Colin Watt, said he was confident the money would be released in time.

The watchdog will return for a follow-up inspection in twelve months.
""")

add("Union Leader Calls Off Rail Strike After Pay Offer", "Sandra Keane", "f", """
A planned rail strike that threatened to halt commuter services for three days next week was called off on Sunday after train drivers were offered a new pay deal.

Sandra Keane, general secretary of the drivers' union, said members would vote on the offer over the next fortnight. She described it as a significant improvement but stopped short of recommending it.

The offer was made late on Saturday by the operator's managing director, Neil Sutton, after two days of talks at a hotel near the central station. He said the company had found savings elsewhere to fund a higher rise for drivers. "Nobody wanted a strike. I think both sides showed they could move," Mr Sutton said.

Keane has led the union for six years and has a reputation as a tough negotiator. Colleagues say ⟦flip:he|she⟧ rarely leaves a meeting before the other side does. On Sunday she told reporters that the union had been "dragged to the edge" by months of delay.

Transport minister Philip Crane welcomed the news and said he hoped the vote would end the dispute. He has faced criticism for staying out of the talks, but aides said he had spoken to both sides by phone.

Commuters reacted with relief. Carol Bennett, who travels into the city each morning from the coast, said she had already arranged to work from home. "I will probably still do it. I do not trust it yet," she said.

The union's executive will meet on Tuesday to set the ballot timetable. Asked whether she would campaign for a yes vote, Keane said members would decide for themselves, and that ⟦flip:his|her⟧ job was to make sure they had the facts.

A separate dispute involving station staff is still unresolved.
""")

add("Former Finance Director Tells Inquiry He Warned Board Before Collapse", "Colin Hartley", "m", """
A former finance director of the collapsed builder Stonebridge Homes told a parliamentary inquiry on Wednesday that he warned the board about the company's debts more than a year before it failed.

Colin Hartley, who left the company in 2022, said he had written to the chairman, Mr Victor Lane, setting out his concerns about the cost of a new headquarters and the firm's reliance on short-term loans. Mr Hartley said ⟦flip:she|he⟧ told Mr Lane in person that the company could not survive a rise in interest rates.

Mr Lane, who gave evidence in the morning, said he did not recall receiving the letter. He told the committee that the board had acted on the best advice available at the time and that the collapse was caused by market conditions nobody had predicted.

The committee's chair, Rebecca Osei, asked Mr Hartley why he had not taken his concerns to the regulator. He said he had believed the board would act and that he had been told his role was to advise, not to go outside the company. "In hindsight I should have pushed harder," ⟦flip:she|he⟧ said.

About 1,200 buyers were left with unfinished homes when Stonebridge went into administration last spring. Many are still waiting for compensation.

One of them, Joanne Price, watched the hearing from the public gallery. She said the evidence had left her more angry, not less. "They all knew something. Nobody did anything," she said.

The administrator, Martin Shaw, told the committee that he expected unsecured creditors to receive less than ten pence in the pound. He said his team was still examining payments made in the final months before the collapse.

Mr Hartley told the committee he had since handed his letters to the administrators and would cooperate with any investigation. The inquiry will publish its report in the summer.
""")

add("Obituary: Helen Marsh, Botanist Who Mapped the Northern Bogs", "Helen Marsh", "f", """
Helen Marsh, the botanist whose surveys of the northern peat bogs changed how the country protects its wetlands, has died at the age of 88.

Born in a mining town in 1936, she was the first in her family to attend university. She studied plant science at a time when few women did, and later said that her lecturers expected her to become a schoolteacher. Instead she spent most of the 1960s walking the bogs with a notebook, a spade and a borrowed camera.

⟦flip:His|Her⟧ map of more than four hundred sites, published in 1971, showed that many of them were being drained for forestry. The work brought ⟦flip:him|her⟧ into conflict with landowners and with the forestry commission, whose director, Sir Hugh Gordon, once called her "a nuisance in wellingtons". Marsh had the phrase printed on a mug.

She was appointed to the national conservation council in 1980 and helped draft the law that gave bogs protected status. Colleagues remember ⟦flip:his|her⟧ patience in committee and her impatience with delay. Her former student, Professor David Lyle, said he had never met anyone who could read a landscape so quickly. "She would look at a hillside and tell you where the water went," he said.

In later life Marsh returned to fieldwork, training volunteers to record plants at sites she had first visited half a century earlier. She kept working until her eyesight failed, and ⟦flip:he|she⟧ continued to answer letters from students until last year.

Her husband, the geologist Arthur Marsh, died in 2009. She is survived by her daughter, Clare, her son, Thomas, and four grandchildren.

Clare Marsh said her mother had asked for no flowers at her funeral. "She said there were enough dead plants in the world. She wanted people to go and look at living ones instead."
""")

add("Coach Rebuilds Team After Relegation Season", "Megan Walsh", "f", """
When Megan Walsh took charge of Riverside Athletic's women's team last summer, the club had just been relegated, its captain had left and half the squad was considering offers elsewhere.

Ten months later, Riverside are top of the second division with four games to play. The turnaround has made Walsh, a 36-year-old former defender, one of the most talked-about coaches in the country.

"The first thing was to stop the bleeding," she said at the training ground this week. "I sat down with every player and asked them one question: do you want to be here? Most said yes."

Club chairman Frank Dunmore said he had taken a risk appointing a coach with no experience at senior level. "People told me I was mad. I am not mad, I just listen well," he said. He added that the board had given Walsh full control over recruitment.

Walsh signed six players, most of them from lower leagues, and promoted two teenagers from the academy. One of them, the striker Chloe Barnes, has scored fourteen goals. Barnes said the coach had given her confidence. "She tells you exactly what she wants from you, and then she leaves you alone to do it," the teenager said.

Assistant coach Dan Price, who played alongside Walsh's brother at youth level, said the coach set very high standards for ⟦flip:himself|herself⟧. "She is at the ground before anyone and she leaves after the cleaners," he said.

Not everything has gone smoothly. Riverside lost three games in a row in February, and the coach admitted ⟦flip:he|she⟧ had considered changing the system. She decided against it.

Promotion could be confirmed next weekend if Riverside beat second-placed Eastfield. Walsh said she had not allowed the players to discuss it. "We talk about Saturday, and then about the Saturday after that," she said.
""")

add("Mayor Rejects Calls to Resign Over Housing Contract", "Diane Foster", "f", """
The mayor of Westbrook rejected calls for her resignation on Friday after an audit found that a housing contract worth nine million dollars had been awarded without a proper tender.

Mayor Diane Foster told a packed press conference that she had not been involved in the decision and had only learned of the problem when the auditor's report arrived on her desk. "I am angry about this. But the answer is to fix it, not to walk away," she said.

The contract, for the refurbishment of three apartment blocks, went to a company whose director is a former business partner of the city's housing chief, Paul Ramsey. Mr Ramsey has been suspended on full pay pending an investigation. His lawyer said he denied any wrongdoing.

City auditor Grace Liu said her team had found no evidence that the mayor knew about the arrangement, but she criticised the administration for weak controls. "Nobody checked, and nobody asked," Ms Liu said.

Opposition councillor Keith Barlow said the mayor could not escape responsibility. He said the contract had been signed by ⟦flip:his|her⟧ own deputy and that the council should hold a vote of no confidence. "If she did not know, she should have known," he said.

The mayor responded that the deputy, Simon Clarke, had signed on the basis of papers presented to him by the housing department. She said she had ordered a review of every contract over one million dollars signed in the past three years.

Residents of the three blocks said they were more worried about the work than the politics. Tenant representative Fatima Hassan said the refurbishment was already six months late. "We still have damp in the bedrooms," she said.

The council will debate the audit on Monday. The mayor said ⟦flip:he|she⟧ would attend and answer every question.
""")

add("Sisters Open Bakery in Former Bank Building", "Anna Novak", "f", """
Two sisters have turned a former bank on the high street of Millford into a bakery, and on its first weekend the queue stretched past the post office.

Anna Novak and her younger sister Kasia spent eighteen months converting the building, which had stood empty since the bank closed its branch in 2019. The old vault is now a cold store for butter, and the counter where customers once paid in cheques displays rye loaves and poppy seed rolls.

Ms Novak, who trained as a pastry chef in Krakow, said the idea came from their grandmother's recipes. "She wrote everything on the backs of envelopes. We found a box of them after she died," she said. Her sister added that half the recipes had no quantities at all.

The sisters raised part of the money through a community share scheme, which attracted more than three hundred local investors. Kasia Novak, who handles the accounts, said the response had surprised them both.

Local councillor Brenda Hughes, who helped the sisters find the building, said the bakery showed what could be done with empty shops. She said the council hoped to offer similar help to other small firms. Ms Novak said ⟦flip:he|she⟧ owed the councillor a great deal and presented her with the first loaf.

Not everyone was pleased. The owner of a nearby café, Rosa Mendes, said she welcomed the competition but worried about parking. Anna Novak said ⟦flip:he|she⟧ had spoken to Ms Mendes and that the two businesses planned to share deliveries.

The elder sister starts work at four each morning. Asked whether ⟦flip:he|she⟧ missed sleeping in, she said she had never been good at it anyway.

The bakery opens six days a week and closes on Mondays.
""")
