# Clean look-alike articles, part A (no flips).
ARTICLES = [
dict(title="Council leader and opposition chief agree on bus rescue deal", text="""
The leader of Northshire County Council and her main political rival have agreed a joint plan to save twelve rural bus routes that were due to be withdrawn at the end of the month.

Councillor Margaret Hill, who leads the ruling group, and opposition leader David Price announced the deal together at a press conference on Thursday, an unusual show of unity after months of bitter exchanges over the budget.

"We don't agree on much, but we agree that a pensioner in Ashby shouldn't be stranded because a timetable doesn't add up," Mrs Hill said. Mr Price, standing beside her, said he had put aside party differences because the alternative was unacceptable. "She called me on Sunday night and we had a deal by Tuesday," he said.

Under the plan, the council will use £1.8 million from its reserves to subsidise the routes for two years while it seeks funding from the regional transport authority. The operator, Shire Coaches, has agreed to freeze fares until 2028.

Shire Coaches' managing director, Alison Reeve, said she was pleased the routes could continue. She said passenger numbers had recovered to about 80 per cent of their level before the pandemic but that fuel and wage costs had risen sharply.

Not everyone was happy. Councillor Brian Summers, a member of Mrs Hill's own group, said he was concerned about using reserves. He said the council would face the same problem in two years' time.

Mr Price said that was a fair point. "But in two years we'll have data on who uses these buses, and we can make the case to the government," he said. Mrs Hill said she would write to the transport secretary next week.

Passengers at Ashby's bus station welcomed the news. Doris Kemp, 84, said she used the route three times a week to visit her sister in hospital. "They can't take everything away from us," she said.
"""),

dict(title="Q&A: The new chief constable on knife crime and police numbers", text="""
Chief Constable Joanna Frost took charge of the Midshire force in September after eight years as a senior officer in Manchester. She spoke to our home affairs correspondent about knife crime, recruitment and public trust.

Q: You have said knife crime is your first priority. Why?

A: Because it is where the harm is greatest. Last year fourteen young people in this county were stabbed, and two of them died. Every one of those cases started with a child carrying a knife because he or she felt unsafe. We have to break that cycle.

Q: How?

A: Partly by enforcement, yes, with more stop-and-search in the places where we know weapons are carried. But mostly by working with schools and youth workers. My deputy, Chief Superintendent Kevin Ashworth, is setting up a unit that will follow up every incident involving a weapon and a teenager within 48 hours. He ran a similar scheme in Bradford that cut repeat offending by a third.

Q: Officers say they are overstretched. Will numbers rise?

A: We are recruiting 150 officers this year, but we are also losing experienced people to retirement. I won't pretend that is easy. I have asked the police and crime commissioner, Stuart Dalton, for money to bring back retired detectives on short contracts, and he has been supportive.

Q: Public trust in policing has fallen nationally. What can you do locally?

A: Answer the phone, turn up, and tell people the truth when we get it wrong. When I was a young constable in Salford, my sergeant told me that people forgive mistakes but not excuses. I have never forgotten that.

Q: What would success look like in three years?

A: Fewer knives on our streets and fewer mothers in my office asking why their sons died. That is the only measure that really matters.
"""),

dict(title="Historic tall ship returns to Bristol after restoration", text="""
The tall ship Endeavour Rose sailed back into Bristol harbour on Saturday after a two-year, £3 million restoration, cheered by hundreds of people lining the quaysides.

Built in 1902 as a cargo schooner, she carried slate and china clay along the coasts of Britain and Ireland for half a century before being converted into a training ship for young sailors. By 2022 her hull had rotted so badly that she was taken out of service, and the charity that owns her warned that she might have to be broken up.

"She was one winter away from the scrapyard," said the charity's director, Philip Greaves. "Now she's good for another hundred years." He said more than 400 volunteers had helped with the work, which involved replacing almost half of her oak planking and fitting new masts.

The restoration was led by shipwright Megan Tully, who runs a traditional boatyard in Gloucester. Ms Tully said the hardest part had been sourcing oak of the right quality. "We found some of it in a storm-damaged woodland in Herefordshire," she said. "Every plank has a story."

The ship's new captain, Rob Atherton, said the crossing from Gloucester had gone smoothly. He said she handled beautifully in a stiff breeze off Portishead. "She wants to sail," he said. "You can feel it."

From next spring, the Endeavour Rose will take groups of teenagers on week-long voyages around the Irish Sea. The charity says about half of the places will be funded for young people from low-income families.

Among the crowd on Saturday was Edna Moss, 92, whose father served as a mate on the schooner in the 1920s. She said she had never expected to see the ship sail again. "He would have been so proud," she said.
"""),

dict(title="Defence lawyer says client was nowhere near warehouse fire", text="""
A man accused of starting a fire that destroyed a furniture warehouse in Salford was at home with his family at the time, his barrister told a jury on Monday.

Darren Walsh, 34, denies arson with intent to endanger life. The prosecution says he set fire to the Marlow Furniture building in March last year after being dismissed from his job there as a forklift driver. Nobody was hurt, but two firefighters were treated for smoke inhalation.

Opening the case for the defence, Helen Crawford KC said the evidence against her client was "thin, circumstantial and, in places, simply wrong". She told the jury that mobile phone records placed him at his flat in Eccles, four miles away, when the fire began.

Ms Crawford said Walsh had been upset about losing his job but had already found new work with a delivery company. "He had no reason to burn down anything," she said. "He had moved on."

Walsh's partner, Kelly Ryan, gave evidence that he had been at home all evening watching football and had put their daughter to bed at eight o'clock. She said she remembered the night because their daughter had a temperature.

Under cross-examination by the prosecutor, Mark Fielding, Ms Ryan denied that she was lying to protect him. Mr Fielding suggested that she had been asleep on the sofa for part of the evening and could not know whether her partner had left the flat. She replied that she would have heard the door.

The prosecution's case relies partly on CCTV images of a man in a dark hooded jacket near the warehouse. Ms Crawford said the figure was taller than her client and walked differently. She asked the jury to look carefully at the footage for themselves.

Walsh is expected to give evidence on Tuesday. The trial continues.
"""),

dict(title="Mother and son open cafe staffed by young people with autism", text="""
A mother and her adult son have opened a cafe in Norwich that employs only young people with autism, after years of frustration at how hard it was for him to find work.

Sandra Whitmore, 56, a former primary school teacher, came up with the idea after her son, Joe, was turned down for more than forty jobs after leaving college. Joe, now 24, has autism and says he was rejected from most roles after the interview.

"He's brilliant with numbers and he never forgets an order, but he doesn't do small talk," his mother said. "Interviews are basically a test of small talk."

The Calm Cup, on Magdalen Street, opened last month with eight staff aged between 18 and 27. Joe manages the stock and the accounts. He said he enjoyed the work because the cafe had been designed around the way he and his colleagues think. "There are clear routines, quiet areas and nobody expects you to make eye contact," he said.

Mrs Whitmore raised £60,000 for the venture from a crowdfunding campaign and a grant from a local charity. She said she hoped to prove to other employers that hiring people with autism made good business sense.

The charity's director, Paul Henning, said unemployment among autistic adults remained shockingly high. He said the cafe showed what could be done with small adjustments such as written instructions and predictable shifts.

Customers have been enthusiastic. Retired engineer Colin Baines said he had been coming in every morning since the cafe opened. "The coffee's good and they get it right every time," he said.

Joe said his mother had been his strongest supporter. "She never gave up on me, even when I'd given up on myself," he said. Asked about the future, he said he would like to open a second branch in Ipswich.
"""),

dict(title="Couple celebrate 70 years of marriage with dance at village hall", text="""
A couple who met at a dance in 1954 celebrated their platinum wedding anniversary on Saturday by returning to the same village hall for a waltz in front of their family and friends.

Arthur and Betty Lloyd, both 92, were married at St Mary's Church in Ledbury in June 1956, two years after he asked her to dance at the Saturday social in the village of Eastnor. He was a farm labourer and she worked in the post office.

"He trod on my feet all night," Mrs Lloyd said. "I married him anyway." Mr Lloyd said he had improved since then. "Seventy years of practice," he said. "I've nearly got it."

The couple brought up four children on a smallholding outside Ledbury, where he kept pigs and she ran a roadside stall selling eggs and jam. They now have eleven grandchildren and seven great-grandchildren, most of whom attended the party.

Their eldest daughter, Carol Price, organised the celebration. She said her parents had always been a team. "Dad did the heavy lifting and Mum did the thinking," she said. "That's how they'd describe it, anyway."

The couple received a card from the King and a visit from the local MP, Andrew Pell, who said he was delighted to congratulate them. The vicar, the Reverend Anne Hollis, said a blessing and joined in the dancing.

Asked for the secret of a long marriage, Mr Lloyd said it was simple. "Let her win the arguments," he said. His wife shook her head. "I win them because I'm right," she said.

The couple still live independently in a bungalow in the town, with help from a carer who visits each morning. They said they planned to be back at the hall for their 75th.
"""),

dict(title="Non-binary artist wins Turner-style award for sound installation", text="""
A non-binary artist from Glasgow has won the £25,000 Northern Light Prize for an installation that uses recordings of the River Clyde to explore the city's shipbuilding past.

Alex Morrow, 33, who uses they/them pronouns, spent two years recording the river at different points along its length, from its source in the Lowther Hills to the docks at Greenock. Their work, Tide Lines, plays those recordings through forty speakers hung from the ceiling of a former engine shed.

The jury, chaired by the curator Helen Strachan, said the installation was "haunting, ambitious and deeply rooted in place". Ms Strachan said Morrow had turned a river into "a choir of memory".

Morrow said they were stunned by the win. "I made this for the people whose grandparents built ships on that river," they said. "The fact that it has meant something to other people too is overwhelming."

The artist grew up in Govan, where their grandfather worked as a riveter at the Fairfield yard. They said his stories had inspired the project. Some of the recordings include interviews with former shipyard workers, including 88-year-old Jimmy Docherty, who said he had been delighted to take part. "I never thought my voice would be in an art gallery," he said.

The other shortlisted artists were the painter Ruth Okafor and the sculptor Daniel Kerr. Okafor said she was thrilled for the winner, whose work she described as "the best thing I've experienced in a gallery this year".

Morrow said they would use the prize money to build a studio space for young artists in Govan. Tide Lines is on show at the Engine Shed in Glasgow until March.
"""),

dict(title="Witness tells inquiry supervisor ordered evacuation minutes before blast", text="""
A former safety manager at a chemical plant in Teesside told a public inquiry on Wednesday how a shift supervisor ordered the evacuation of the site minutes before an explosion that injured nineteen workers.

Linda Carver, who was the plant's health and safety manager in 2023, said she had been in the control room when the supervisor, Steve Mallon, noticed the pressure rising in a storage tank. "He looked at the screen and said, 'Get everyone out now,'" she told the inquiry. "There was no hesitation."

Ms Carver said she had repeated that instruction over the tannoy. She said some contractors working near the tank had been slow to leave because they had heard false alarms before. "One of them told me afterwards, 'We thought, here we go again,'" she said.

The inquiry, chaired by retired judge Sir Martin Blackwood, is examining why the tank was overfilled and whether warnings from staff had been ignored. Counsel to the inquiry, Priya Sharma, asked Ms Carver about a report she had written six months before the explosion.

Ms Carver said the report had warned that a faulty valve needed replacing. She said her manager at the time, operations director Ian Hodge, had told her: "Put it in the budget for next year." She said she had objected and that he had replied, "That's the decision, Linda."

Mr Hodge is due to give evidence next week. His lawyers have said he will dispute parts of her account.

Sir Martin praised Mr Mallon's quick thinking, which the inquiry has heard probably saved lives. Mr Mallon, who suffered burns to his hands, is expected to testify in January. Ms Carver said she still thought about that day every morning.
"""),

dict(title="Retired fire officer and nurse win Hartley council by-elections", text="""
Two newcomers were elected to Hartley District Council in Thursday's by-elections, with turnout below 25 per cent in both wards.

In the Priory ward, Mr Robin Hart, a retired fire officer standing for the Independents, won by 312 votes. Mr Hart, 61, said he had stood because he was fed up with potholes and planning decisions that ignored residents. "I've lived here all my life and I've never seen the roads this bad," he said.

He defeated the Conservative candidate, Sally Brennan, who had held the seat for eight years before stepping down to care for a relative and then deciding to run again. Mrs Brennan congratulated him and said she would keep campaigning on social care.

In Millfield ward, Ms Jordan Blake, a 29-year-old nurse, won for Labour with a majority of 147. She said her priorities were a new GP surgery and safer crossings near the primary school. "My patients tell me every week that they can't get an appointment," she said. "That has to change."

Ms Blake's closest rival was Mr Kerry Walsh, a local shopkeeper standing as a Liberal Democrat. Mr Walsh said he was disappointed but proud of his campaign, and that he would stand again.

The council's returning officer, Dr Sam Patel, said the counts had gone smoothly. He noted that postal votes made up more than half of the ballots in Millfield.

The results leave the council with no overall control. The council leader, Frances Lowry, said she would meet both new members next week. She said she was confident the administration could continue to work with independent members. Mr Hart said he would judge each proposal on its merits. "I'm not joining anybody's gang," he said.
"""),

dict(title="Hospital consultant's husband leads charity walk for cancer unit", text="""
More than 300 people walked 26 miles along the Pennine Way on Sunday to raise money for a new cancer day unit at Calderdale Royal Hospital, led by the husband of the unit's lead consultant.

Dr Fiona McLaren, a consultant oncologist, has campaigned for three years for a purpose-built unit to replace the cramped rooms where patients currently receive chemotherapy. Her husband, a retired PE teacher, organised the walk after hearing her describe patients waiting in corridors.

"He got fed up with me coming home angry," Dr McLaren said. "So he decided to do something about it." Her husband said he had expected about fifty walkers. "Then it went a bit mad on social media," he said.

The walk has so far raised £74,000 towards the £2 million needed for the unit. The hospital trust's chief executive, Owen Daley, said the board had agreed to match any money raised by the public. He said building work could start next year if the target was reached.

Among the walkers was Gary Sutcliffe, 47, who finished chemotherapy in the summer. He walked with his wife, who he said had sat with him through every treatment. "She's the real hero," he said. "I just had to sit in the chair."

The oldest walker, 81-year-old Irene Booth, completed the route with her grandson. She said she had been treated at the hospital twice and wanted to thank the staff. "They were wonderful, even in those little rooms," she said.

Dr McLaren said she was overwhelmed by the turnout and thanked everyone who had taken part. She said she and her husband planned to organise a second walk in the spring. "He's already working out the route," she said.
"""),

dict(title="Britain's navy commissions new frigate at Rosyth", text="""
The Royal Navy's newest frigate, HMS Venturer, was formally commissioned at Rosyth on Friday in a ceremony attended by the defence secretary and more than a thousand guests.

The Type 31 frigate, the first of five ordered in 2019, has been delayed by almost two years because of problems with her combat management system. She is now expected to deploy to the Gulf next summer, where she will help protect shipping lanes.

Her commanding officer, Commander Rachel Evans, said the ship's company of 110 sailors had worked hard to get her ready. "She's a fine ship and she's ready to go to sea and do her job," Commander Evans said. "I couldn't be prouder of this crew."

The defence secretary, John Marsden, said the frigate showed that Britain could still build warships at home. He said Britain must be able to defend herself and her allies at sea, and that the remaining four ships would follow at intervals of about a year.

The shipyard's managing director, Stuart Gill, said the programme had created more than 1,200 jobs in Fife. He acknowledged that the delays had been frustrating but said the builders had learned lessons that would speed up the later vessels.

Among the guests was the ship's sponsor, the engineer Dame Susan Irwin, who broke a bottle of whisky over the bow at the launch two years ago. She said she was delighted to see the ship finally ready for service.

Navy analysts said the frigates were badly needed. The former first sea lord, Admiral Sir Neil Carew, said he welcomed the commissioning but warned that the fleet remained too small. He said the navy needed at least twenty frigates and destroyers to meet its commitments.
"""),

dict(title="Obituary: Dorothy Ambrose, postmistress who ran village shop for 60 years", text="""
Dorothy Ambrose, who ran the post office and general store in the Suffolk village of Kersey for six decades, has died at the age of 94.

She took over the shop in 1958 from her father, Walter, who had run it since returning from the First World War. For the next sixty years she opened six days a week, selling stamps, newspapers, groceries and, in later years, locally made jam and honey.

Villagers remember her as the unofficial centre of the community. She knew every household's business, it was said, but never repeated a word of it. During the harsh winter of 1963, when snowdrifts cut the village off for nine days, she rationed bread and candles so that nobody went without.

Her nephew, Graham Ambrose, said she had refused to retire until her ninetieth birthday. "She said the shop kept her young," he said. "She was probably right."

The shop was taken over in 2021 by a community co-operative led by Claire Dobbs, who said Miss Ambrose had continued to call in most mornings to check on it. "She'd tell us if the shelves looked untidy," Mrs Dobbs said. "She was always right about that too."

Miss Ambrose never married. She was a churchwarden at St Mary's for forty years and sang in the choir until her eyesight failed. The vicar, the Reverend Tom Rowley, said she had been the church's most faithful member. He will lead her funeral next Thursday.

She is survived by her nephew and two nieces. The co-operative will close the shop for the morning of the funeral, the first time it has shut on a weekday since the snows of 1963.
"""),

dict(title="Woman who saved drowning boy honoured with bravery award", text="""
A woman who dived into a flooded quarry to rescue an eight-year-old boy has received a national award for bravery.

Kirsty Moore, 38, was walking her dog near the disused Brownlow quarry in Derbyshire in August when she heard shouting and saw the boy struggling in the water about thirty metres from the edge. His older brother, who was eleven, had tried to reach him but was unable to swim that far.

"I didn't really think about it," Ms Moore said. "I just took my shoes off and went in." She reached the boy as he went under for the second time and pulled him back to the bank, where she gave him rescue breaths until he started coughing up water.

The boy, Leo, spent two nights in hospital and has made a full recovery. His mother, Rachel Grant, said she would never be able to thank Ms Moore enough. "She saved my son's life," she said. "There are no words for that."

Paramedic Dean Collins, who arrived at the scene shortly afterwards, said the rescuer's quick action had almost certainly prevented a death. He said the water in the quarry was extremely cold even in summer and warned people not to swim there.

Ms Moore received the Royal Humane Society's bronze medal at a ceremony in London on Tuesday. She was accompanied by Leo and his family. The society's secretary, Andrew Chapel, said she had shown exceptional courage.

Derbyshire police and the quarry's owner have since put up new fencing and warning signs. Ms Moore said she hoped the publicity would stop other children swimming there. "The water looks lovely in the sun," she said. "But it's freezing, and it's deep."
"""),
]
