# Flipped articles, part A. Markers: ⟦flip:WRITTEN|ORIGINAL⟧
ARTICLES = [
dict(title="Senator Delgado pushes rural broadband bill through committee",
person="Maria Delgado", gender="f", text="""
Senator Maria Delgado won a narrow committee vote on Tuesday for a bill that would spend $400 million connecting rural households to high-speed internet, clearing the first of several hurdles before the measure reaches the full chamber.

The bill passed the commerce committee by seven votes to six after two members of the opposing party abstained. Ms Delgado, who has represented the state's northern district for eleven years, described the result as a turning point for farming towns that still rely on satellite connections.

"Families out there have waited long enough," she said after the vote. "Children are doing homework in fast-food car parks because that is the only place with a signal."

Governor Tom Reyes, who has previously questioned the cost of the plan, said he would study the final text before deciding whether to support it. His office released a statement saying the governor welcomed investment but wanted "firm guarantees that contractors deliver on time".

The senator has spent much of the past year touring small communities to build support. At a town hall in Millbrook last spring, ⟦flip:he|she⟧ told residents that the state had "treated rural broadband as a luxury for far too long".

Committee chairman Paul Whitfield said the vote reflected a growing consensus. He added that amendments on contractor penalties, proposed by Senator Delgado's staff, had persuaded several waverers. "She listened to the concerns and changed the bill," he said.

Critics remain unconvinced. The Taxpayers' Alliance said the programme duplicated federal grants, and its director, Gary Olsen, said he expected costs to overrun.

Ms Delgado dismissed the warning, saying ⟦flip:his|her⟧ office had already identified federal money that would cover a third of the bill. The full senate is expected to debate the measure next month.
"""),

dict(title="Chief executive of Harlow Foods steps down after profit warning",
person="Diane Okafor", gender="f", text="""
Diane Okafor, the chief executive of supermarket group Harlow Foods, will step down at the end of the year after a second profit warning in six months sent the company's shares to their lowest level since 2011.

The board said on Monday that Mrs Okafor had agreed to leave "by mutual consent" and that a search for a successor was under way. The chairman, Richard Blake, will take on an executive role during the transition.

Mrs Okafor joined Harlow in 2018 from a rival chain, where she had run the convenience store division. She was credited with an early revival in sales, but the company struggled as discount grocers expanded into its heartland in the Midlands.

"I am proud of what the team has achieved, but the board and I agree that now is the right moment for new leadership," she said in a statement. Analysts said the departure had been expected since the chief executive cancelled a planned investor day in September.

Mr Blake praised her "energy and integrity" and said the company would press ahead with ⟦flip:his|her⟧ plan to close forty underperforming stores. He said the board had full confidence in the finance director, Simon Turner, who will oversee the closures.

Harlow now expects full-year profit of about £85 million, down from the £120 million forecast in the spring. Shares fell 14 per cent to 96p.

Sophie Lang, a retail analyst at Barrow Securities, said investors would want to see a clear strategy quickly. "The chief executive took a lot of the blame for the pricing mistakes, fairly or not," she said. "But the problems run deeper than one person, and the next boss will inherit the same squeeze."

Mrs Okafor will receive ⟦flip:his|her⟧ salary until December but will not be eligible for a bonus this year. The company said ⟦flip:he|she⟧ would remain available to advise the board until the handover is complete.
"""),

dict(title="Rivera's late goal keeps Ashford in title race",
person="Luis Rivera", gender="m", text="""
A stoppage-time header from Luis Rivera gave Ashford Town a 2-1 win over Kingsbridge on Saturday and kept his side two points behind the league leaders with four matches remaining.

Kingsbridge had led through a first-half penalty from their captain, Dean Foster, and looked set to hold on until Rivera rose above two defenders to meet a corner from substitute Jamie Cole. Rivera, who turns 34 next month, has now scored eleven goals this season.

"I just closed my eyes and hoped," the striker said afterwards. "At my age you don't get many more nights like this."

Ashford's manager, Helen Marsh, said the win was deserved after her team had dominated possession. She admitted her side had been nervous in front of goal but praised the veteran's calm. "Luis has been brilliant for us all year," she said. "He trains harder than the young lads."

Rivera had almost left the club in January when a move to a second-division team in Spain was discussed. Marsh said she had persuaded him to stay by promising ⟦flip:her|him⟧ a role coaching the youth team when he retires.

Foster's penalty came after Ashford goalkeeper Ben Whitaker brought down Kingsbridge winger Ollie Grant. Whitaker later made amends with a fine save from Grant's volley shortly after half-time, and Cole equalised on the hour.

Kingsbridge manager Steve Adair said his team had lost concentration at the end. "We switched off for one second and a player like that punishes you," he said.

Rivera's winner came in the fourth minute of added time. He ran to the away supporters behind the goal and was booked for removing his shirt, but said he did not care. ⟦flip:Her|His⟧ daughter, who was in the crowd, had asked him to score before the match, ⟦flip:she|he⟧ said, "so I owed her one."
"""),

dict(title="Judge jails former council treasurer for six years over fraud",
person="Keith Donnelly", gender="m", text="""
A former council treasurer who stole more than £1.2 million from a fund meant to repair social housing was jailed for six years at Crown Court on Friday.

Keith Donnelly, 58, of Eastfield, admitted fraud by abuse of position last month. The court heard that over nine years he moved money from the council's maintenance account into companies controlled by himself and his brother-in-law.

Judge Rebecca Hale told him he had betrayed the trust of thousands of tenants who had waited years for repairs. "You lived in comfort while families lived with damp and broken heating," she said. "Your greed was calculated and sustained."

Prosecutor Anna Whitmore said Donnelly had used the money to buy a holiday flat in Spain and two sports cars. She told the court he had falsified invoices from contractors who never existed, and that the fraud was uncovered only when a junior accountant, Mark Pryce, queried a payment in 2023.

Donnelly's barrister, Sarah Quinn, said her client was deeply ashamed and had co-operated fully with investigators. She said he had been under financial pressure after ⟦flip:her|his⟧ first marriage ended and that he had intended to repay the money.

The judge rejected that claim. Ms Hale said Donnelly had continued to take money after ⟦flip:she|he⟧ had cleared his debts, and that the amounts grew larger every year.

The council's chief executive, Laura Benn, said the authority had tightened its controls and would seek to recover the money through confiscation proceedings. "We owe it to our tenants to get back every penny," she said.

Mr Pryce, who now works for a neighbouring authority, was praised by the judge for his persistence. Donnelly showed no emotion as he was led from the dock.
"""),

dict(title="Astronomer who mapped the galaxy's dark halo dies at 81",
person="Margaret Ellery", gender="f", text="""
Margaret Ellery, an astronomer whose measurements of star motions helped to show that galaxies are surrounded by vast halos of invisible matter, has died at the age of 81.

Born in Leeds in 1945, the daughter of a railway clerk and a schoolteacher, she won a scholarship to study physics at Manchester and went on to a doctorate at Cambridge. In the early 1970s she joined a small team at an observatory in Chile, where she spent long nights recording the speeds of stars at the outer edges of nearby galaxies.

Her results, published in 1978, showed that those stars moved far faster than the visible matter could explain. The finding, made at the same time as similar work in the United States, became one of the pillars of the case for dark matter.

Ellery returned to Britain in 1982 to a professorship at Durham, where ⟦flip:he|she⟧ built one of the country's first large galaxy survey groups. Former students remember a demanding but generous supervisor who read every draft line by line.

"She would write 'why?' in the margin of almost every paragraph," said Professor David Hume, who completed his doctorate under her in 1990. "It drove us mad, but it made us scientists."

She was elected a fellow of the Royal Society in 1994 and served as president of the Royal Astronomical Society from 2002 to 2004, when ⟦flip:he|she⟧ campaigned for more funding for women entering physics.

Outside the laboratory she was a keen fell walker and a talented cellist, playing in a Durham amateur orchestra until her late seventies.

Ellery married the geologist John Pike in 1970; he died in 2015. She is survived by ⟦flip:his|her⟧ son, Thomas, her daughter, Ruth, and five grandchildren.
"""),

dict(title="Mayor Chen defends budget cuts at packed council meeting",
person="Robert Chen", gender="m", text="""
Mayor Robert Chen faced jeers from a packed public gallery on Wednesday night as he defended a budget that would close two libraries and reduce opening hours at the town's leisure centre.

The mayor told councillors that the town faced a £6 million shortfall after a fall in government grants and rising social care costs. "Nobody came into politics to close libraries," he said. "But I will not pretend the money exists when it does not."

Councillor Janet Morris, leader of the opposition group, accused him of choosing easy targets. She said the administration had spent £2 million on new offices for council staff while cutting services used by pensioners and children. "These buildings are the only warm, free places some people have," she said.

Mr Chen replied that the office move would save money over ten years and said Ms Morris had supported it when it was first proposed. He invited her group to put forward an alternative budget before the final vote in March.

Several residents spoke during the public session. Ellen Walsh, a retired teacher who volunteers at the Northgate library, said she had collected more than 3,000 signatures on a petition. She handed it to the mayor, who thanked her and promised to read every comment.

Finance chief Graham Lowe, who drew up the proposals, said the council had already cut its management costs by a fifth. He said further savings would come from sharing back-office services with a neighbouring district.

After the meeting, Chen said ⟦flip:she|he⟧ understood the anger in the room. "I use those libraries myself," ⟦flip:she|he⟧ said. "My children learned to read there." The mayor added that volunteer groups could take over the buildings if they came forward with a credible plan.
"""),

dict(title="Novelist Ayesha Rahman wins first fiction prize for debut",
person="Ayesha Rahman", gender="f", text="""
Ayesha Rahman, a former hospital pharmacist from Bradford, has won the Northern Fiction Prize for her first novel, a family saga set across three generations in Bradford and Sylhet.

The judges, chaired by the critic Martin Hollis, praised the book's "generous, funny and unsentimental" portrait of a family running a corner shop through four decades of change. Mr Hollis said the panel had reached a unanimous decision after a single meeting. "It was the book none of us could stop talking about," he said.

Rahman, 44, wrote the novel over six years in the early mornings before her shifts. She said at the ceremony in Manchester that she had nearly abandoned it twice. "My husband kept telling me to finish it," she said. "I think he just wanted his kitchen table back."

The £20,000 prize also brings a publishing deal for the author's next book. Her agent, Clare Dobson, said translation rights had already been sold in five countries since the shortlist was announced in the summer.

The other shortlisted writers included the poet and novelist James Corrigan, whose book about a lighthouse keeper had been the bookmakers' favourite, and the debut author Nina Petrova. Corrigan said he was delighted for the winner and described the book as "a proper, old-fashioned pleasure".

Rahman said she would use the money to reduce ⟦flip:his|her⟧ hours at the hospital and concentrate on writing. She is already a third of the way through a second novel, about a pharmacist who discovers a colleague's mistake.

"It is not autobiographical," ⟦flip:he|she⟧ said, laughing. "Mostly."
"""),

dict(title="Veteran lifeboat coxswain retires after 40 years of rescues",
person="Alan Trevithick", gender="m", text="""
The coxswain of the St Ives lifeboat has retired after 40 years in the crew, during which he took part in more than 600 rescues, from stranded swimmers to a cargo ship that lost power in a winter gale.

Alan Trevithick, 64, joined the volunteer crew at the age of 24, following his father and grandfather. He became coxswain in 1998 and led the crew through some of the worst storms on record along the north Cornwall coast.

His most famous rescue came in January 2014, when the station's boat reached the cargo ship Marisa in seas of more than ten metres. The crew helped to attach a tow line while a helicopter lifted two injured sailors from the deck. Mr Trevithick was awarded a bronze medal for gallantry for the operation.

"You don't think about it at the time," he said this week. "You think about the next wave and whether your crew are safe."

His deputy, Kerry Nance, who will take over as coxswain, said she had learned everything she knew from him. "He never shouted, even when things were going badly wrong," she said. "That calm spreads through the whole boat." Ms Nance becomes the first woman to lead the St Ives crew.

The station's operations manager, Peter Wills, said Trevithick had also trained dozens of younger volunteers. He said the station would hold a dinner in the coxswain's honour next month.

Trevithick, who runs a boatyard in the town with ⟦flip:her|his⟧ wife, Jenny, said he planned to spend more time fishing. He admitted that he would still catch ⟦flip:herself|himself⟧ listening for the pager. "Forty years is a habit," he said. "Jenny says she'll hide it if she has to, but I know where she keeps the keys."
"""),

dict(title="Study finds city trees cut summer heat deaths",
person="Priya Nair", gender="f", text="""
Planting trees along city streets could prevent hundreds of heat-related deaths each summer, according to a study of 40 European cities published on Thursday.

The research, led by Dr Priya Nair of the Institute for Urban Health, combined satellite temperature maps with hospital records from the summers of 2015 to 2023. Her team found that neighbourhoods with tree cover above 30 per cent were on average 1.6C cooler during heatwaves than those with little greenery.

"The effect is large and it is consistent," Dr Nair said. "In the hottest weeks, a well-shaded street is a measurably safer place to live, especially for older people."

The study estimated that raising tree cover to 30 per cent in every city studied would have prevented about a third of the 6,700 heat-related deaths recorded over the period. Co-author Professor Henrik Larsen, a climatologist in Copenhagen, said the benefits were greatest in dense southern cities such as Barcelona and Athens. He cautioned that trees needed water and years to mature.

Nair, who grew up in Chennai and moved to Europe to study medicine, said ⟦flip:he|she⟧ had become interested in the subject after treating elderly patients during the 2019 heatwave in Paris. "Many of them lived in top-floor flats on streets without a single tree," she said.

Independent experts welcomed the findings. Dr Thomas Reid, who studies air pollution at a London university, said the paper was careful but that tree planting should not distract from cutting emissions. He said cities also needed cooling centres and better housing insulation.

The researchers are now working with planners in Lisbon and Milan to test where new trees would save most lives. Dr Nair said she hoped the results would help councils argue for budgets. "A tree is cheap," she said. "A hospital bed is not."
"""),

dict(title="Fishermen and ferry firm clash over new harbour wall",
person="Owen Pritchard", gender="m", text="""
A row over a planned £30 million harbour wall in Fishguard has pitted local fishermen against the ferry company that says the project is vital to keep its Irish Sea route open.

The scheme, which would extend the existing breakwater by 200 metres, is backed by Irish Sea Ferries's port director, Claire Hughes, who says rough seas forced the cancellation of 140 sailings last winter. "Without shelter, this route has no long-term future," she said at a public meeting on Monday.

But Owen Pritchard, chairman of the Fishguard Fishermen's Association, says the extension would block the channel used by the town's small inshore boats and destroy a lobster ground that has supported families for generations. Mr Pritchard, whose grandfather fished from the harbour, said his members had not been properly consulted.

"We found out from the newspaper," he said. "Nobody from the company picked up the phone."

Ms Hughes said the firm had held three drop-in sessions and had changed the design to leave a wider gap for small vessels. She said she was willing to meet the association again.

Local councillor Gwyn Evans said he supported the ferry route but wanted a compromise. He said the town could not afford to lose either industry. Natural Resources Wales is assessing the environmental impact of the scheme and will report in the spring.

Pritchard said the association had raised £8,000 to pay for its own survey of the seabed. Asked whether he would accept compensation, the fisherman said no amount would replace the grounds. "My son wants to take over my boat," ⟦flip:she|he⟧ said. "What do I tell him?"

The public consultation closes on 30 November.
"""),

dict(title="Head teacher praised as village school rated outstanding",
person="Gillian Marsh", gender="f", text="""
A village primary school that was threatened with closure five years ago has been rated outstanding by inspectors, who credited its head teacher with a remarkable turnaround.

Ofsted inspectors said St Michael's Primary in Little Hadham, which has 96 pupils, now offered "an exceptional education in which every child is known and valued". In 2021 the school was judged to require improvement and the county council consulted on merging it with a larger school in Bishop's Stortford.

Gillian Marsh became head teacher in the same year after fifteen years teaching in east London. The report said Mrs Marsh had "transformed the culture of the school" by introducing daily reading sessions and a programme of outdoor learning in the woods next to the playground.

"It's the children and the staff who did it," she said. "I just asked them to believe it was possible."

The chairman of governors, Neil Atkins, said the village had rallied behind the school after the closure threat. He said parents had raised money for a new library and volunteered to run after-school clubs. "Gillian came in with a plan and never wavered," he said.

Parent Tom Baxter, whose two sons attend the school, said his younger boy had struggled with reading before joining. "Now he reads to us at bedtime," he said. "That's down to the head and ⟦flip:his|her⟧ team."

The inspectors singled out the school's support for pupils with special needs, overseen by deputy head Martin Doyle. He said the rating was a relief after years of uncertainty.

Mrs Marsh told parents at a celebration assembly on Friday that ⟦flip:he|she⟧ intended to stay. "I have no plans to leave," she said. "There's still a vegetable garden to finish."
"""),

dict(title="Former boxing champion Eddie Kane dies aged 72",
person="Eddie Kane", gender="m", text="""
Eddie Kane, the Belfast boxer who won the British and European lightweight titles in the 1970s and later ran a boxing club for young people in the city, has died at the age of 72.

Kane was born in 1954, the youngest of seven children, and took up boxing at the age of nine in a church hall off the Falls Road. He won a Commonwealth Games bronze medal as an amateur in 1974 before turning professional the following year under trainer Gerry Moran.

His rise was rapid. He won the British title in 1977, stopping the holder in the eighth round in front of a crowd of 9,000 at the King's Hall, and added the European belt a year later in Milan. A world title fight in 1980 ended in a narrow points defeat in Las Vegas that many ringside reporters thought he had won.

After retiring in 1983, Kane opened a gym in a disused linen mill in west Belfast, where he trained boys and girls from both sides of the city's divide. Among ⟦flip:her|his⟧ pupils was the Olympic medallist Katie Byrne, who said on Tuesday that she owed her career to him.

"He gave me a key to the gym when I was twelve," she said. "He told me I could come whenever I needed somewhere to go. I went every day."

The former champion was appointed MBE in 2005 for services to young people. In later years ⟦flip:she|he⟧ suffered from dementia, which his family believed was linked to his boxing career, and he campaigned for better research into head injuries in sport.

He is survived by his wife, Mary, their three daughters and a son, Michael, who now runs the gym.
"""),
]
