ARTICLES = [
dict(title="Two Rivers Brewing to move into Niagara Street's old Engine 21 firehouse", text="""
BUFFALO, N.Y. — Two Rivers Brewing Co. will move into the long-vacant Engine 21 firehouse on Niagara Street next spring, tripling its production and adding a 150-seat taproom, the company's owners announced Wednesday.

Co-owners Megan Haller and Marcus Obi bought the 1894 brick firehouse from the city for $310,000 last year and plan to spend about $2.6 million renovating it. The brewery currently operates out of a cramped warehouse unit in Black Rock that Haller described as "basically a very large closet with tanks in it."

"We've been turning away wholesale accounts for two years because we physically couldn't make more beer," Haller said.

"And we've been turning away people at the taproom door on Fridays," Obi added. "Neither of those is a good problem to have for very long."

The pair met as homebrewers in 2014 and opened Two Rivers in 2017. Haller, a former chemical engineer, handles the brewing; Obi, who spent a decade in restaurant management, runs the taproom and the books. He said the firehouse's original brass pole would stay, though customers will not be allowed to use it.

"People keep asking," he said. "The answer is no."

She laughed. "The answer is no for now," she said. "Talk to our insurance company."

The project won approval from the city's Preservation Board in March after the owners agreed to restore the building's arched apparatus doors and keep its hose-drying tower. Board member Caroline Tebbs said she had worried about the tower, which had been slated for demolition in an earlier proposal, and was glad to see it saved.

Architect Peter Lindqvist, whose firm is designing the renovation, said the tower would house a small mezzanine bar. "It's a strange, tall, narrow space, and I think that's exactly why people will love it," he said.

The brewery expects to hire about 18 people, bringing its staff to 30. Haller said she and Obi had deliberately kept the name and the logo, a pair of crossed oars, unchanged. Obi said he hoped the move would help revive a stretch of Niagara Street that has struggled since the firehouse closed in 2009.

"This building sat empty for fifteen years," he said. "We'd like to give it another hundred."
"""),

dict(title="Printmaker River Ashdown walks the Lune for flood series at the Storey", text="""
When the River Lune burst its banks in December 2015, the printmaker River Ashdown was living in a ground-floor flat in Caton with most of their work stored under the bed. Almost all of it was lost.

Nine years later, Ashdown's response fills the upstairs gallery at the Storey in Lancaster. High Water is a series of 40 large woodcuts, printed in muddy greens and browns, that trace the course of the Lune from its source in the Howgill Fells to the estuary at Sunderland Point.

"For a long time I couldn't look at the river at all," Ashdown said. "Then I decided the only way through it was to spend a year walking every mile of it."

Ashdown, who is 38 and uses they/them pronouns, carved many of the blocks from timber salvaged from fallen trees along the riverbank. They printed the series by hand on an old Albion press in a shared studio in Lancaster, a process that took more than two years.

Gallery director Helen Gough said she had been following Ashdown's work since a small show in Kendal in 2018. "River has this extraordinary patience with the material," she said. "You can see every decision they made in the grain."

Ashdown's father, Colin Ashdown, a retired joiner, helped source and plane the wood. He said he had been "dragged out of retirement" but admitted he had enjoyed it. "I taught River to use a chisel when they were about seven," he said. "I didn't think it would end up in an art gallery." Their mother, Ann, a former art teacher, sewed the linen hangings that separate the sections of the show.

The prints are arranged in the order of the river's course, so visitors walk downstream as they move through the room. Fellow printmaker Tom Brierley, who shares the studio, said the scale of the project had astonished other artists in the building. "They'd be in at six in the morning, carving, and still there when I locked up," he said.

The final print, Sunderland Point, is the only one in colour: a thin strip of blue at the horizon. Ashdown said it was meant as a kind of truce with the river. Their next project, a series about the Morecambe Bay cockle beds, is already under way.

High Water runs at the Storey until 30 November. Entry is free.
"""),

dict(title="Loch Carra makes her last crossing to Raasay after 38 years", text="""
The MV Loch Carra, the ferry that has carried cars, sheep, school pupils and at least one piano across the Sound of Raasay since 1986, made her final scheduled crossing on Saturday.

Hundreds of people lined the slipway at Sconser on Skye to watch the 54-metre vessel come in for the last time, and her horn was answered by car horns all along the shore road.

Captain Fiona MacRae, who has been master of the Loch Carra for the past eleven years, said it had been an emotional day for the crew. "She's not the prettiest ship on the west coast, and she rolls like a barrel in a northerly, but she has never once let us down," she said. "I'll miss her more than I can say."

Chief engineer Donald Nicolson, who has looked after the ferry's engines since 1993, said he knew every bolt in her. "She was built on the Clyde, and she was built properly," he said. "They don't make them like that any more, which is partly why she lasted so long."

The Loch Carra is being replaced by the MV Glen Sannox II, a new hybrid diesel-electric vessel, which is expected to enter service on the route next month. The new ferry has twice the car capacity and is designed to cut fuel use by about a third.

Morag Ross, the Highland councillor for the area, said the new vessel was badly needed but that islanders would always have a soft spot for the old one. "Every child on Raasay has been sick on that boat at least once," she said. "It's a rite of passage."

Raasay crofter Angus Gillies, 84, was on the first crossing in 1986 and on the last. He said he remembered the day she arrived. "We'd had a wee boat that took four cars, if you were lucky," he said. "When she came round the point, we thought she was the QE2."

The Loch Carra will sail to Greenock this week, where she will be assessed for possible sale. Captain MacRae said she hoped the ship would find a new life elsewhere rather than going for scrap. "She has a few good years left in her," she said.
"""),

dict(title="Sixty-two new citizens sworn in at Washington State History Museum", text="""
TACOMA, Wash. — Sixty-two people from 27 countries became United States citizens Thursday morning in a naturalization ceremony at the Washington State History Museum, the first held at the museum since 2019.

U.S. District Judge Eleanor Haddad presided and told the new citizens that their arrival was part of a long national story. "America has never been finished," she said. "She has always been at her best when people like you have walked through her door and insisted on being counted."

Among those taking the oath was Tomás Herrera, 41, a welder who came to Tacoma from Guatemala in 2004. He said he had been waiting for the day for more than a decade. "My daughter was born here. Today we are the same," he said, holding up a small flag. "She's been teasing me about it all week."

Next to him in the front row was Amina Yusuf, 29, a nursing student originally from Somalia, who arrived as a refugee with her mother in 2012. She said she planned to register to vote that afternoon. "My mother cried this morning before I left the house," she said. "She said she would cry again when I got home, so I should be ready."

The ceremony was organized by U.S. Citizenship and Immigration Services with help from the League of Women Voters, whose volunteers set up registration tables in the lobby. Volunteer Carol Lindgren said more than 40 of the new citizens had signed up by noon.

Museum director Paul Okamoto said hosting the ceremony had been one of the proudest days in the institution's history. "This is a museum about how Washington came to be," he said. "Well, this is how. It's still happening."

The oath was administered by a court clerk, and the ceremony closed with the singing of "America the Beautiful," led by a choir from Lincoln High School.

Herrera's wife, Lucía Herrera, who became a citizen in 2019, watched from the balcony. She said her husband had practiced the civics test questions every night at the dinner table for six months. "He knows more history than I do now," she said. "He won't stop telling me about the Federalist Papers."

Judge Haddad shook hands with each new citizen in turn. "Welcome home," she told them.
"""),

dict(title="Interview: Maeve Doran on The Weir, her father and the book she wrote twice", text="""
Maeve Doran's fourth novel, The Weir, is set in the Limerick suburb where she grew up and follows a woman who returns home to care for her dying father. It was shortlisted last week for the Irish Novel of the Year award. We spoke to her at her home in Clare.

Your new book is about a daughter and her father. How much of it is you?

Less than people think. My father is alive and well and playing golf in Adare three times a week, which he would like everyone to know. But my mother was ill for a long time before she died in 2017, and I looked after her for most of that. So the feelings are mine, even if the facts aren't.

Your brother Ciarán is thanked in the acknowledgments "for the weir".

He's the one who told me the story of the boy who drowned there in the 1950s. He heard it from our grandmother. I rang him one night and said, can I have that? He said yes, as long as I made him taller in the book.

Did you?

There's a character who's about six foot four. He's very pleased.

The novel took seven years. Why so long?

I wrote it twice. The first version was from the father's point of view and it didn't work. My editor, Jonathan Reese, read 300 pages and said, very kindly, that it was a beautiful book about the wrong person. He was right. I threw it out and started again with Nora.

Nora is not always likeable.

No, and I had some arguments about that. One early reader, a woman I respect enormously, told me Nora was too hard on her father. But she's hard on everyone, including herself. That's the point of her.

What's next?

A short story collection, and then I don't know. My partner, Sarah, says I'm unbearable between books, so I'd better think of something soon.

Who are you reading at the moment?

Ruth Halloran, always. And a young writer from Galway, Aoife Brennan, whose first collection comes out in the spring. She's going to be very good.

The Weir is published in paperback next month. Maeve Doran will read at the Limerick Literary Festival on 22 February.
"""),

dict(title="Jordan Whitley, 34, becomes youngest Brookfield school board president", text="""
BROOKFIELD, Conn. — Jordan Whitley was elected president of the Brookfield Board of Education on Tuesday night, becoming, at 34, the youngest person to lead the board in its history.

Whitley, a pediatric nurse and mother of two Brookfield elementary students, won the post on a 5-2 vote over board member Vivian Tran. She replaces Mark Sloane, who led the board for six years and did not seek re-election to the position, though he will remain a member.

"I ran for this board because I was the parent at the back of the room with a lot of questions," Whitley said after the vote. "I'd like to make sure that parent gets answers faster than I did."

Tran, a retired accountant, congratulated her colleague and said she looked forward to working with her on the budget. "Jordan and I don't always agree, but she does her homework," Tran said. "You can't ask for much more than that."

The new president takes over as the district prepares a 2025-26 budget that Superintendent Alan Pierce has warned will require "difficult choices." He told the board last month that rising special education costs and the end of federal pandemic funds had left a gap of roughly $1.8 million.

Whitley said her first priority would be a series of public budget workshops in January, held in the evenings at each of the district's four schools so parents could attend. She also said she wanted the board to revisit its policy on cellphone use during the school day, an issue she raised during her campaign in 2023.

Sloane said he had encouraged Whitley to run for the presidency. "She asks the question everyone else in the room is thinking and is too polite to ask," he said. "That's exactly what this board needs right now."

Whitley's husband, Daniel, and their two sons, Eli and Owen, watched from the front row. Eli, who is in fourth grade at Huckleberry Hill Elementary, said he was proud of his mother but hoped she would not start "making rules at home too."

She laughed when told of the comment. "Too late," she said.

The board's next regular meeting is Jan. 14.
"""),

dict(title="El Paso teen carries elderly neighbor from burning house", text="""
EL PASO, Texas — Alex Moreno was doing homework at the kitchen table just after 10 p.m. Sunday when he smelled smoke. By the time firefighters arrived at the house next door, the 17-year-old had already carried one of his neighbors out of it.

Fire officials say Moreno kicked open the back door of Frank and Betty Lowry's home on Cedar Grove Drive after seeing flames in the kitchen window. He found Betty Lowry, 82, who uses a walker, in the hallway and carried her onto the back lawn. He then went back inside to help Frank Lowry, 85, who was trying to reach the bedroom to find the couple's cat.

"I wasn't really thinking," Moreno said Monday afternoon, his right hand still bandaged from a cut he got on the door. "I just knew they couldn't get out by themselves."

El Paso Fire Department Capt. Dana Fischer said the fire started on the stovetop and had spread into the cabinets and ceiling by the time the first engine arrived. She said the Lowrys would almost certainly have been overcome by smoke if Moreno had not reached them.

"I don't recommend that anybody run into a burning building," Fischer said. "But I'm very glad he did."

Betty Lowry was treated for smoke inhalation at University Medical Center and released Monday. Her husband remained in the hospital in stable condition with burns to his hands. Speaking by phone from his bedside, she said she had known Alex since he was a toddler.

"He used to ride his tricycle up and down our driveway," she said. "Now he's taller than the doorframe and he saved our lives. I don't know how you thank somebody for that."

Moreno's mother, Carmen Moreno, said she was asleep when her son ran out of the house and woke up to the sound of sirens. "My first thought was, where is Alex?" she said. "Then I looked outside and he was on the Lowrys' lawn with Betty in a blanket. I've never been so scared or so proud."

The cat, a 14-year-old tabby named Pepper, was found hiding under a bed by firefighters and is unharmed. The Lowrys' home is a total loss. Their daughter, Karen Lowry-Shaw, has set up an online fundraiser to help them rebuild.

Moreno, a senior at Franklin High School, said he hopes to study engineering. The fire department plans to present him with a civilian commendation next month.
"""),

dict(title="Okafor's late winner sends Harrowby Ladies into first county cup final", text="""
Sam Okafor scored in the 89th minute to send Harrowby Ladies into the final of the Lincolnshire Women's Cup for the first time, beating holders Grantham Town 2-1 in front of a record crowd of 640 at Mill Lane on Sunday.

The 22-year-old striker, who had missed two clear chances in the first half, met a cross from right-back Jess Wainwright at the near post and flicked it past Grantham goalkeeper Kerry Lund.

"I'd been rubbish all afternoon, to be honest," Okafor said. "Jess just kept putting the ball in the box and I kept missing it. I told her at half-time to keep going, that I'd get one eventually. I think she'd stopped believing me."

Grantham had taken the lead in the 20th minute through Amy Pollard's header. Harrowby equalised early in the second half when Lund could only parry a shot from captain Leah Moss, and Wainwright followed up.

Harrowby manager Steve Pringle, who took over the club in 2021 when it had only eleven registered players, said the win was the best day of his time in charge. "Two years ago we were borrowing kit from the under-twelves," he said. "Now we're in a county final. Sam has been brilliant for us all season, and she's earned that goal."

Okafor's older brother, Tunde Okafor, plays for Harrowby's men's side and was in the crowd. He said he had spent the last ten minutes of the game with his hands over his eyes. "She always does this," he said. "She's terrible for 88 minutes and then wins it."

Okafor, who works as a physiotherapy assistant at Lincoln County Hospital, has now scored 27 goals this season. She said she had turned down an approach from a Women's Championship club last summer because she did not want to leave her job.

Grantham manager Rachel Dyer said her side had "not done enough with the ball" and praised Harrowby's spirit. Lund, she said, had kept her team in the tie with three fine saves.

The final will be played at Sincil Bank on 12 May against either Boston United or Stamford. Pringle said he hoped to take at least three coaches of supporters. "We might need four," he said. "Sam's nan has already booked a seat on every one."
"""),

dict(title="Jury acquits Westfield mason in fatal scaffold collapse", text="""
WESTFIELD, Mass. — A Hampden County jury on Friday acquitted a Westfield contractor of involuntary manslaughter in the 2022 death of a worker who fell from a collapsed scaffold at a downtown construction site.

Dennis Albright, 57, owner of Albright Masonry, bowed his head and gripped the table as the verdict was read after two days of deliberation. His wife, Kathy Albright, sobbed in the front row of the gallery.

Prosecutors had argued that Albright ignored repeated warnings about the scaffold, which gave way on the morning of Aug. 3, 2022, sending laborer Luis Santos, 34, three stories to the pavement. Santos died two days later.

Defense attorney Lauren Fitch told jurors during her closing argument that her client had relied on a scaffolding subcontractor that inspected and certified the structure the day before the collapse. Outside the courthouse, she said the verdict vindicated him.

"Dennis has lived with this every single day for two years," Fitch said. "He knew Luis. He hired him, he went to his daughter's christening. He would have done anything to trade places with him. But he did not commit a crime, and the jury saw that."

She said her client intended to keep his company open and had already paid for safety training for all of his employees.

Assistant District Attorney Robert Kwan said his office respected the verdict but believed the case had been worth bringing. "A man went to work and didn't come home," he said. "That should never be the end of the conversation."

Santos' widow, Maria Santos, said she was devastated. She has filed a wrongful death lawsuit against Albright Masonry and the scaffolding firm, which is scheduled for trial next year. "My daughter asks me every day when her father is coming home," she said. "Nobody in that courtroom has to answer that question but me."

Judge Patricia Moore thanked the jurors and told them their service had been "unusually difficult." Federal safety regulators fined Albright Masonry $42,000 in 2023 for fall-protection violations; the company is appealing.

Fitch said Albright would not be speaking to the media. "He needs to go home and be with his family," she said. "And he wants the Santos family to know that he thinks about Luis every day."
"""),

dict(title="Mother and son bring Calloway's back to Farish Street", text="""
JACKSON, Miss. — The grill at Calloway's is hot again.

The Farish Street diner, which closed in 2020 after 41 years, reopened Monday under the same family that ran it for most of those decades: Doris Calloway, 68, whose parents opened it in 1979, and her son, Jamal Calloway, 36, who left a job as a sous chef in New Orleans to come home and run the kitchen.

"I told him he was crazy," Doris Calloway said, wiping down the counter during a lull in the lunch rush. "He had a good job, a good apartment, a girlfriend with sense. And he wanted to come back and fry catfish with his mama."

"She didn't say no, though," Jamal Calloway said from the pass. "She said I was crazy, and then she said yes."

The diner closed during the pandemic when Doris Calloway's husband, Willie, became seriously ill. He died in 2021. She said she never expected to reopen. Her son spent most of last year persuading her, and the pair used their savings and a $75,000 small-business loan to renovate the kitchen and replace the roof.

The menu is mostly unchanged: fried catfish, smothered pork chops, butter beans and the cornbread that Doris Calloway says is her mother's recipe. Her son has added a few things of his own, including a shrimp and grits plate he developed in New Orleans. She said she had tried it and "allowed it."

Earl Tate, 79, who cooked at Calloway's from 1983 until it closed, came in on opening day and was given a seat at the end of the counter that regulars used to call "Earl's office." He said the cornbread was right. "I'd tell them if it wasn't," he said.

City Councilwoman Tanisha Reed, whose district includes Farish Street, cut the ribbon Monday morning. She said the historic business district had lost too many of its landmarks and that the reopening was "a sign of life." A line had formed down the block by 11 a.m.

Jamal Calloway said his mother still arrives before he does every morning, usually around 5:30. "I keep telling her she doesn't need to," he said. "She tells me she's been opening this door since before I was born, and she's not going to stop now."

Calloway's is open Tuesday through Saturday, 7 a.m. to 3 p.m.
"""),

dict(title="Brother and sister jailed over Vale of Glamorgan puppy farm", text="""
A brother and sister who ran an illegal puppy farm from a rented smallholding in the Vale of Glamorgan, selling sick dogs to families across southern England and Wales, have been jailed.

Wayne Baxter, 41, and Leanne Baxter, 37, both of Llantwit Major, pleaded guilty at Cardiff Crown Court to animal welfare offences and to fraud. Wayne Baxter was jailed for two years and four months. His sister received 20 months.

The court heard that between 2020 and 2023 the pair sold more than 400 puppies, mostly cockapoos and French bulldogs, through online adverts that claimed the dogs were raised "in a loving family home". Prosecutor Nicholas Penn said the pair had made at least £560,000.

In reality, RSPCA inspectors found 67 dogs in sheds and a converted horsebox when they raided the site in March 2023. Inspector Gemma Stokes told the court that several breeding bitches had never been outside and that one had given birth to eleven litters.

Mr Penn said Wayne Baxter ran the breeding operation while his sister managed the adverts and met buyers, often in supermarket car parks. She used at least six different names and told one family she was a veterinary nurse.

One buyer, Joanne Whitfield, from Reading, said her family's puppy died of parvovirus nine days after they collected it. "My son carried that puppy's collar around for a month," she said in a statement.

Adam Lowe, representing Wayne Baxter, said his client had gambling debts and had "lost sight of the animals as living things". Harriet Moss, for Leanne Baxter, said her client had been under her brother's influence and was a single mother of three. Ms Moss said Miss Baxter had cut off contact with him since the raid.

Sentencing, Judge Susan Carr said she did not accept that either defendant had been led astray. "You both knew exactly what was happening in those sheds, and you both took the money," she said. She told Leanne Baxter that her lies to buyers had been "calculated and repeated" and told Wayne Baxter that his treatment of the breeding dogs was "nothing short of cruel".

Both were banned from keeping animals for life. A proceeds of crime hearing will take place later this year. The RSPCA said all 67 dogs had since been rehomed.
"""),

dict(title="Profile: Ruth Okonjo, the engineer who listens to the Severn bridge breathe", text="""
At four o'clock on a February morning, with the wind gusting at 50mph across the estuary, Ruth Okonjo is standing beside one of the main cables of the Severn bridge, on a steel walkway 40 metres above the water, clipped to a safety line, close enough to put a gloved hand on the cable and feel it move.

"People think bridges are solid," she says. "They're not. They breathe. This one breathes quite a lot."

Okonjo, 49, has been chief structural engineer for the crossing for seven years. She leads a team of 23 engineers and technicians responsible for inspecting every cable, bearing and bolt on a structure that carries tens of thousands of vehicles a day between England and Wales.

She grew up in Cardiff, the daughter of a Nigerian-born civil engineer and a Welsh primary school teacher. Her father, Samuel Okonjo, worked on the construction of the M4 in the 1970s and used to take her to look at motorway bridges on Sunday afternoons. "Other families went to the beach," she says. "We went to look at concrete."

She studied engineering at Bristol and spent fifteen years designing bridges before deciding she preferred looking after them. "Designing is glamorous. Maintenance is where you find out whether the designers were right."

Her manager, operations director Gareth Price, says she has an uncanny ability to spot problems before the instruments do. "Ruth once stopped an inspection because she said a bearing sounded wrong," he says. "We took it apart and she was right. I still don't know how she heard it over the traffic."

Some of her work is less romantic: spreadsheets, contractor meetings and a long-running argument with ministers about funding. She is blunt about the state of Britain's bridges. "We've been living on the investment of the 1960s and 70s for too long," she says.

She spends much of her time now training younger engineers. Apprentice Kieran Walsh, 20, says she made him climb the tower in his first week "to see if I'd be sick". He wasn't, just. "She doesn't shout, but you don't want to let her down," he says.

Okonjo lives in Chepstow with her husband, Tom, a music teacher, and their daughter, Efa, who is 15 and, her mother says, "completely uninterested in bridges, which is fine".

Her father died in 2019. She keeps his old slide rule in her desk drawer. Asked if he would have been proud, she looks out at the towers for a while before answering.

"He'd have wanted to know the load figures first," she says. "Then he'd have been proud."
"""),

dict(title="Millbrook council deadlocks on short-term rental cap", text="""
MILLBROOK, N.C. — An ordinance that would cap the number of short-term rentals in Millbrook's historic district stalled Monday night after the Town Council split 2-2 and Mayor Susan Farrow declined to break the tie, sending the proposal back to the planning board.

Farrow said she wanted more information about how the cap would be enforced before casting a deciding vote. "I'm not going to pass a rule tonight that we can't explain to people tomorrow," she said.

Councilman Greg Aldana, who sponsored the ordinance, said the town had already waited too long. He said the number of short-term rentals in the historic district had grown from 14 to 61 in three years and that long-term renters were being priced out. "Every one of those houses used to have a family in it," he said.

Councilwoman Tina Brooks agreed. "We are a town, not a hotel," she said.

Councilman Roy Petit, who voted against the measure along with Councilwoman Deb Haskins, said the cap would hurt retirees who rent out rooms to supplement their income. He proposed a registration system and a fee instead.

"I'm not against doing something," Petit said. "I'm against doing the wrong thing fast."

"With respect, Roy, we've been doing nothing slowly for two years," Aldana replied.

"Then two more months won't kill us," Petit said.

Farrow stepped in. She asked the town attorney, Martin Greer, to draft language combining a registration system with a cap and to bring it to the planning board in March. Greer said he could have a draft ready in four weeks.

More than 80 people attended the meeting. Jenna Cole, who rents out a converted garage apartment behind her house on Church Street, said she depended on the income to pay her mortgage. Harold Ng, who has lived on Walnut Street since 1978, said he now has short-term rentals on both sides of his home. "I don't know my neighbors anymore, because I don't have neighbors," he said. "I have guests."

After the meeting, Aldana said he was disappointed but not discouraged. Farrow said she expected the council to vote on a revised ordinance by April, and that she would hold a public listening session before then.
"""),
]
