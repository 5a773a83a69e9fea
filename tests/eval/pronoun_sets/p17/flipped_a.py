ARTICLES = [
dict(title="Care worker jailed for stealing £38,000 from blind pensioner", person="Denise Harcourt", gender="f", text="""
A care worker who stole more than £38,000 from a blind pensioner she was paid to look after has been jailed for two years and eight months.

Denise Harcourt, 51, of Alder Road, Kettering, admitted fraud by abuse of position at Northampton Crown Court in March and returned to the dock on Friday for sentence.

The court heard that Mrs Harcourt had visited Edna Walsh, 88, at her bungalow four times a day between 2019 and 2022. During that time she used the pensioner's bank card for 214 cash withdrawals and paid for a holiday in Tenerife and a second-hand Vauxhall Corsa.

Prosecutor Owen Pryce said the theft only came to light when Mrs Walsh's son, Graham Walsh, tried to pay a care home deposit and found the account almost empty. "He asked the bank for statements and discovered, line by line, that his mother's savings had been drained," Mr Pryce said.

In a victim statement read to the court, Mr Walsh said his mother had treated the defendant "like a daughter" and had been left frightened to let anyone into her home. Mrs Walsh died in a care home last August.

Rachel Okafor, defending, said her client had fallen into serious debt after her husband lost his job and had "buried her head in the sand". Harcourt, Miss Okafor said, had repaid £4,000 from the sale of ⟦flip:his|her⟧ car and was "deeply ashamed".

Passing sentence, Judge Martin Ellery told Harcourt that ⟦flip:he|she⟧ had exploited "the most vulnerable person imaginable, a woman who could not see what was being done to her".

"You were trusted with her keys, her money and her dignity, and you abused all three," the judge said. He added that a confiscation hearing would take place in the autumn.

Harcourt, who wore a grey cardigan, wept as ⟦flip:he|she⟧ was led down to the cells. Her sister, Karen Dowd, had left the public gallery before the sentence was passed.

Northamptonshire Police said the case should serve as a warning to families to check the accounts of elderly relatives regularly. Detective Constable Amy Fielding said: "Most carers do a wonderful job. This defendant did not."
"""),

dict(title="Maple Ridge board votes 4-1 to close Hollister Elementary", person="Raymond Ochoa", gender="m", text="""
MAPLE RIDGE, Ore. — After nearly four hours of public comment, the Maple Ridge School Board voted 4-1 late Tuesday to close Hollister Elementary at the end of the school year, a decision that drew tears and shouting from a packed cafeteria at Lincoln Middle School.

Superintendent Raymond Ochoa told the board that enrollment at Hollister has fallen by more than a third since 2016 and that the 71-year-old building needs an estimated $9.4 million in roof, boiler and seismic work. He said the district could not justify the expense while other schools were short of counselors.

"Nobody goes into this job wanting to close a neighborhood school," Ochoa said. "But I have to look at every child in this district, not just the 212 who walk through those doors."

Hollister's principal, Angela Ochoa, is the superintendent's sister-in-law. She recused herself from the district's closure committee last fall, and Ochoa said ⟦flip:she|he⟧ had not discussed the recommendation with his sister-in-law at any point.

Parents were not persuaded. Tasha Greene, whose twin sons are in third grade at Hollister, said families learned about the proposal from a Facebook post. "We were told there would be a conversation," Greene said. "This was a presentation, not a conversation."

Board President Linda Castellanos said she sympathized but that the board had already delayed the decision twice. Trustee Derek Lund cast the lone vote against the closure, arguing that the district should first put a bond measure to voters in May.

"If we close it, we are never getting it back," Lund said. "Once that land is sold, it is gone."

Students at Hollister will be split between Cedar Park and Westview elementary schools next fall. The district has promised free bus service to both.

After the vote, the superintendent lingered in the parking lot to talk with parents, some of whom accused ⟦flip:her|him⟧ of making up his mind months ago. Ochoa said he would hold listening sessions at both receiving schools in April.

"I know some of these families are angry with me," ⟦flip:she|he⟧ said. "I'd be angry too."

The district will decide what to do with the Hollister property next year.
"""),

dict(title="Marguerite Dunleavy, who kept Bramford's Regal cinema open for 40 years, dies at 86", person="Marguerite Dunleavy", gender="f", text="""
Marguerite Dunleavy, who kept the Regal Picture House in Bramford open for four decades after the town's two other cinemas closed, has died at the age of 86.

Her family said she died peacefully at St Oswald's Hospice on Sunday after a short illness.

Born Marguerite Kelleher in Cork in 1937, she came to England at 19 to train as a nurse and met Patrick Dunleavy, a projectionist, at a dance in Ipswich. They married in 1960 and bought the lease on the Regal, then a draughty 600-seat picture house on Station Street, in 1979. Patrick died in 1998, and Mrs Dunleavy ran the business alone for the next 23 years, often selling tickets, scooping ice cream and sweeping the aisles ⟦flip:himself|herself⟧.

Their son, Michael Dunleavy, said his mother had refused every offer to sell the building. "Developers came round every couple of years with a cheque," he said. "She'd make them a cup of tea, let them finish, and then show them the door."

Stanley Birch, who worked as the Regal's projectionist from 1985 until the switch to digital in 2012, said she knew almost every regular by name. "If a pensioner couldn't afford a ticket, she let them in and told them to pay next week. Most of them never did, and she never asked."

In 2006 the cinema was threatened by a steep rent increase, and more than 4,000 people signed a petition organised by her daughter, Clare Dunleavy-Hart. The landlord backed down, and Mrs Dunleavy later described the campaign as "the best film the Regal ever showed".

She handed the running of the cinema to a community trust in 2021, but continued to attend Tuesday matinees until last spring. Councillor Hugh Ransome, who chairs the trust, said her favourite film was Brief Encounter, which she claimed to have seen 41 times. Mrs Dunleavy always sat in row F, and the trust has since fixed a small brass plaque bearing ⟦flip:his|her⟧ name to the seat.

"Bramford has lost a great character," Mr Ransome said. "The Regal exists today because she simply would not let it go."

Mrs Dunleavy is survived by her son and daughter, five grandchildren and two great-grandchildren. The Regal will screen Brief Encounter free of charge on the evening of her funeral.
"""),

dict(title="Springdale man held without bond after six-hour standoff", person="Curtis Lamb", gender="m", text="""
SPRINGDALE, Mo. — A 34-year-old man is being held without bond after a six-hour standoff with police at an Eastgate apartment complex that forced dozens of residents from their homes Wednesday night.

Curtis Lamb faces charges of first-degree domestic assault, armed criminal action and unlawful use of a weapon, according to charging documents filed Thursday in Greene County.

Police were called to the Brookhaven Apartments on East Cherry Street around 6:15 p.m. after a woman reported that her boyfriend had fired a handgun inside their second-floor unit. Sgt. Monica Reyes, a department spokeswoman, said the woman, identified in court papers as Alyssa Kerr, 29, escaped through a neighbor's apartment with a cut to her forehead.

Reyes said Lamb refused to come out and told negotiators by phone that ⟦flip:she|he⟧ had "nothing left to lose." SWAT officers evacuated 40 units and closed a stretch of Cherry Street to traffic.

Neighbor Dolores Finch, 71, said she spent the night at a church shelter set up by the Red Cross. "I heard a pop and then I heard her screaming," Finch said. "I've lived here eleven years and I've never seen anything like it."

According to the probable cause statement, negotiators brought Lamb's mother, Brenda Lamb, to the command post shortly after midnight. She spoke with her son for about twenty minutes, and he surrendered at 12:40 a.m., walking out with his hands raised. No shots were fired by officers.

Investigators recovered a 9mm pistol and two spent casings from the apartment. Kerr told detectives the couple had argued over money and that Lamb fired into the ceiling after she threatened to leave him.

Court records show Lamb was on probation for a 2019 burglary conviction at the time, and that ⟦flip:her|his⟧ probation officer had filed a violation report in January after two missed drug tests.

At a brief video arraignment Thursday, Associate Circuit Judge Harold Vance denied bond, citing the danger to Kerr and the public. Lamb, wearing an orange jumpsuit, said only "yes, sir" when asked whether ⟦flip:she|he⟧ understood the charges.

Brenda Lamb declined to comment outside the courthouse. Her son's next hearing is scheduled for March 14.
"""),

dict(title="Crumb & Co bakery chain sold to private equity in £22m deal", person="Helen Marsh", gender="f", text="""
The family behind Crumb & Co, the Midlands bakery chain founded in a Walsall back street in 1974, has sold a majority stake in the business to private equity firm Larchfield Partners in a deal valuing it at £22 million.

Helen Marsh, the founder's daughter and managing director since 2015, will remain in charge and keep a 30 per cent shareholding. She said the investment would fund 25 new shops over the next four years, mostly in the East Midlands and South Yorkshire, and a second production site near Burton upon Trent.

"My dad started this with one oven and a van," Ms Marsh said. "He always said the day we stopped growing was the day we started dying. This lets us grow without betting the family home on it."

Her father, Geoffrey Marsh, now 79, stepped back from the board in 2019. Her younger brother, Tom Marsh, who ran the company's wholesale arm, sold his entire stake as part of the deal and will leave the business in the summer.

Nadia Rahman, a partner at Larchfield, said the firm had been "chasing" Crumb & Co for three years. "Helen has built something customers are genuinely loyal to," Ms Rahman said. "⟦flip:His|Her⟧ numbers were the strongest we've seen in food-to-go outside London."

The chain employs 640 people across 58 shops. Gareth Lloyd, a regional organiser for the bakers' union, said staff had been given assurances about pay and pensions but wanted them in writing. "Private equity has a habit of promising the earth and then selling the shops off one by one," he said.

Ms Marsh said she understood the concern and had met union representatives twice before the deal was signed. Asked whether ⟦flip:he|she⟧ would rule out closures, she said no shop that was making money would close "while I'm sitting in this chair".

Crumb & Co reported revenue of £31.8 million in the year to March, up 14 per cent, with pre-tax profit of £2.4 million. The business is best known for its steak and Stilton pasty, which Ms Marsh said her father invented "by accident, after a delivery mix-up in 1981".

The deal is expected to complete next month, subject to approval from lenders. Advisers on the sale said Ms Marsh had insisted the company's head office stay in Walsall, a condition ⟦flip:he|she⟧ described as "non-negotiable".
"""),

dict(title="Review: Desmond Ayre's King Lear at the Crucible finds its weight late", person="Desmond Ayre", gender="m", text="""
There is a moment, about twenty minutes into Philippa Stone's new King Lear at the Crucible, when Desmond Ayre simply stops talking. His Lear has just banished Cordelia, and the court waits for him to say something, anything, and he stands with his mouth slightly open, like a man who has walked into a room and forgotten why. It lasts perhaps eight seconds. It is the most frightening thing in the production.

Ayre, who is 74 and last played the part at the Bristol Old Vic in 1998, has said in interviews that he wanted to come back to Lear "as someone who is actually old this time". He is not the roaring tyrant of tradition. His king is small, peevish and disastrously charming, and the rage, when it arrives, seems to surprise him more than anyone.

Stone's production sets the play in a crumbling country hotel in what looks like the 1970s, all swirling carpets and a bar that never closes. It mostly works. Ruth Makin's Goneril is a brisk manager in a trouser suit who clearly runs the place, and Zainab Cole makes Regan genuinely funny before she becomes genuinely monstrous. Makin and Ayre's first confrontation, over the size of his retinue, is played almost entirely in whispers across the bar, and it is Ayre, not Makin, who breaks first, ⟦flip:her|his⟧ voice cracking on "O, reason not the need".

The storm scene is less successful. Stone has the hotel's ceiling collapse in stages, and the rain effects are impressive, but the noise swallows most of the verse. Ayre fights through it gamely, but you sense ⟦flip:her|his⟧ frustration.

Lily Harrow is a sturdy, unsentimental Cordelia, and Peter Vance, as Gloucester, gives the evening its moral centre. The blinding is staged with unnerving calm. Sam Oduya's Edmund is all swagger and not enough menace.

It is in the final act that Ayre's performance finds its full weight. Carrying Harrow's body on to a bare stage, the hotel stripped away entirely, he kneels and checks her lips for breath with a shaving mirror taken from his own pocket. The audience on the night I attended was utterly silent.

Whatever the production's faults, it is worth the trip to Sheffield for that last scene alone, and for the chance to see a great actor close a circle ⟦flip:she|he⟧ opened a quarter of a century ago.

King Lear runs at the Crucible until 22 June.
"""),

dict(title="Riverton council approves $14 million Front Street parking garage", person="Patricia Nguyen", gender="f", text="""
RIVERTON, La. — The Riverton City Council voted 5-2 Monday night to borrow $14 million for a 420-space parking garage on Front Street, ending more than a year of argument over how to handle downtown's growing traffic.

Councilwoman Patricia Nguyen, whose District 3 includes most of the downtown core, introduced the measure and spent much of the three-hour meeting defending it. She said business owners on Front and Magnolia streets had been losing customers who could not find a place to park.

"I have stood on that sidewalk on a Saturday morning and watched people circle the block three times and give up," Nguyen said. "Those are dollars driving out of Riverton."

Councilman David Nguyen, no relation, was one of the two votes against. He argued the city should first try paid on-street parking and a free shuttle from the civic center lot, which he said would cost a fraction of the garage.

"We are about to spend $14 million to solve a problem that exists for about six hours a week," he said.

Patricia Nguyen responded that the shuttle had been tried in 2017 and abandoned after eight months because of low ridership, and that ⟦flip:his|her⟧ downtown merchants "cannot wait another decade for a pilot program."

Carol Pike, who owns the Magnolia Street Bookshop, told the council she supported the garage but worried about two years of construction. City Manager Ben Hollis said the contractor would be required to keep at least one lane of Front Street open at all times.

Mayor Gary Thibodeaux, who does not vote except to break ties, praised the councilwoman for what he called "doing the unglamorous work." Council members Angela Broussard and David Nguyen voted no.

The garage will be paid for through revenue bonds, to be repaid from parking fees and a portion of the city's sales tax. Hollis said the first payment would be due in 2026.

After the meeting, Patricia Nguyen told reporters ⟦flip:he|she⟧ expected the garage to open by the spring of 2026 and that ⟦flip:he|she⟧ would push for electric vehicle chargers on the ground floor. She also said she planned to seek re-election next year.
"""),

dict(title="Walt Brennan steps down after 31 seasons coaching Pike Valley basketball", person="Walt Brennan", gender="m", text="""
PIKE VALLEY, Ind. — Walt Brennan has coached his last game at Pike Valley High School.

The 66-year-old boys basketball coach, who led the Panthers to 512 wins, 14 sectional titles and a Class 3A state championship in 2004, announced his retirement Tuesday in a letter to players and parents. He told them he wanted to spend more time with his wife, Judy, who has been undergoing treatment for breast cancer since last fall.

"She has sat in the second row behind our bench for 31 years," Brennan wrote. "It's my turn to sit next to her for a while."

Athletic Director Sharon Whitlock said she learned of the decision over coffee with Brennan on Monday morning. "He said it the way he says everything, in about ten words, and then he asked me whether the gym floor was getting refinished this summer," Whitlock said. "That's Walt."

Brennan's daughter, Kelsey Brennan, has been the team's top assistant for the past five seasons, and many in the community expect her to be considered for the job. Whitlock said the position would be posted nationally and that Kelsey Brennan would be welcome to apply. Walt Brennan wrote that he would have no role in choosing ⟦flip:her|his⟧ successor, "not even a phone call."

Brennan's teams were known for relentless man-to-man defense and for a rule he never relaxed: any player late to practice ran a mile before touching a ball. Marcus Dell, the point guard on the 2004 title team and now a physician in Indianapolis, said the rule cost him "about forty miles" over four years.

"He was hard on us, but nobody ever doubted he loved us," Dell said. "When my father died my junior year, Coach drove me to the funeral ⟦flip:herself|himself⟧ and sat in the back of the church."

Brennan grew up on a farm outside Columbus and played two seasons at Hanover College before a knee injury ended ⟦flip:her|his⟧ playing days. He came to Pike Valley in 1993 as a social studies teacher and took over the varsity program a year later.

The school board is expected to vote next month on a proposal to name the gymnasium floor in his honor.
"""),

dict(title="Microplastics found in nine in ten northern river samples, Leeds study says", person="Fiona Keane", gender="f", text="""
Microplastic particles have been found in nine out of ten water samples taken from rivers across northern England, according to a study published on Wednesday in the journal Environmental Pollution.

The research, led by Dr Fiona Keane of the University of Leeds, analysed 1,140 samples collected from 38 rivers between 2021 and 2023, including stretches of the Aire, the Wharfe, the Calder and the Tees. She said the highest concentrations were found downstream of sewage treatment works, particularly after heavy rain.

"What surprised us was not that the particles were there, but how far upstream we found them," Dr Keane said. "We were picking up fibres in moorland streams where you would expect the water to be about as clean as it gets in this country."

The team included Dr Keane's husband, Dr Conor Keane, a hydrologist at the same university, who designed the sampling programme and spent much of two winters wading into rivers. Professor Alan Whitby, a co-author, said the project would have been impossible without volunteers from angling clubs who took samples on their own stretches of water.

Most of the particles identified were fibres from synthetic clothing, followed by fragments of tyre rubber and packaging. Fiona Keane said ⟦flip:his|her⟧ team could not yet say what effect the particles were having on fish or invertebrates, but that earlier laboratory studies had found changes in feeding behaviour at similar concentrations.

An Environment Agency spokesman, Martin Lowe, said the agency welcomed the research and was "working with water companies to reduce storm overflow discharges". Water UK, which represents the industry, said companies were investing heavily in overflow improvements.

Joyce Pryor, who chairs the Calder Valley Rivers Trust and helped coordinate the volunteers, said the findings confirmed what anglers had suspected for years. "We see the plastic caught in the reeds every time the river drops," she said. "Now there's a number on it."

Fiona Keane, who grew up in Hebden Bridge, said the work was personal. ⟦flip:He|She⟧ learned to swim in the Calder as a child, and said she would now not let her own children do the same after heavy rainfall.

The researchers plan to extend the study to Scotland and Wales next year, and Fiona Keane has applied for funding to examine whether the particles are accumulating in river sediment.
"""),

dict(title="Greeley hardware store owner sells business to his 22 employees", person="Dale Prentiss", gender="m", text="""
GREELEY, Colo. — For 43 years, Dale Prentiss has unlocked the front door of Prentiss Hardware on 8th Avenue at 6:55 a.m., five minutes before the sign says it opens. Starting next month, someone else will have the keys.

Prentiss, 78, announced Thursday that he has sold the store to its 22 employees through an employee stock ownership plan, a structure he said would keep the business local long after he is gone.

"I had three offers from chains, and every one of them wanted the building, not the store," he said, standing behind the counter where ⟦flip:she|he⟧ has cut keys since 1981. "These folks are the store."

The deal was put together over 18 months with help from his daughter, Amy Prentiss, a Denver attorney who specializes in business succession. She said her father was initially skeptical about the idea because he thought it sounded "like something out of a union pamphlet."

"I had to walk him through it about six times," Amy Prentiss said, laughing. "Then one day he called me and said, 'Why didn't we do this ten years ago?'"

Store manager Rosa Jimenez, who started as a cashier in 1996, will become president of the new company. She said little would change for customers. "Same paint counter, same popcorn machine, same bad coffee," Jimenez said. "Dale made me promise about the coffee."

Kyle Barber, 24, who joined the store two years ago, said he never expected to own part of a business at his age. "My grandpa shopped here. Now I'm an owner. It's kind of wild," he said.

Diane Mott, president of the Greeley Area Chamber of Commerce, said employee ownership was rare among small retailers in northern Colorado and called the arrangement "a model other owners should look at."

Prentiss said ⟦flip:she|he⟧ would stay on as a paid adviser for a year. Asked what ⟦flip:she|he⟧ planned to do with his free time, the hardware man shrugged.

"Fish, probably," he said. "And come in here and tell Rosa she's stocking the wrong fasteners."
"""),

dict(title="Sacked headteacher wins unfair dismissal claim against Cornish academy trust", person="Joanna Pellow", gender="f", text="""
A primary school headteacher who was dismissed after raising concerns about special needs funding was unfairly sacked, an employment tribunal has ruled.

Joanna Pellow, 54, was head of St Piran's Primary in Redruth for nine years until the Kernow Learning Trust dismissed her in December 2022 for what it called "a breakdown in trust and confidence".

In a written judgment published on Tuesday, Employment Judge Catherine Loach found that the real reason for Mrs Pellow's dismissal was her repeated complaints that money intended for pupils with special educational needs was being diverted to cover central trust costs.

The tribunal in Truro heard that Mrs Pellow wrote to the trust's chief executive, Simon Fairley, on four occasions in 2022. Mr Fairley told the hearing he regarded the letters as "hostile" and that the headteacher had refused to attend meetings to resolve the dispute.

Judge Loach rejected that account. She said emails disclosed during the proceedings showed that Mrs Pellow had asked for meetings at least three times, and that on each occasion ⟦flip:his|her⟧ request had been cancelled by Mr Fairley.

The judgment also noted that the trust had moved Mrs Pellow's husband, Richard Pellow, a Year 6 teacher at St Piran's, to another school in the trust two weeks before she was suspended. The judge described the timing as "difficult to explain on any innocent basis".

Jonathan Crisp, for the trust, had argued that the headteacher had lost the confidence of the governing body. But Derek Amis, who chaired the governors at the time, told the tribunal he had "never been consulted" about her dismissal and would have opposed it.

In a statement, Mrs Pellow said she was "relieved and vindicated" and thanked parents at the school, more than 300 of whom signed a letter supporting ⟦flip:him|her⟧ in 2023.

"I raised these concerns because the children who needed that money most were not getting it," ⟦flip:he|she⟧ said. "I would do it again."

The Kernow Learning Trust said it was "disappointed" by the ruling and was considering an appeal. A hearing to decide compensation will take place in the summer. Mrs Pellow, who now works as a special needs consultant, said she had no wish to return to the school.
"""),

dict(title="Rev. Calvin Odom, Macon sit-in leader and pastor for 46 years, dies at 91", person="Calvin Odom", gender="m", text="""
MACON, Ga. — The Rev. Calvin Odom, who led sit-ins at Macon lunch counters as a college student and later spent 46 years as pastor of Greater Mount Pisgah Baptist Church, died Saturday at his home. He was 91.

His daughter, state Rep. Denise Odom-Clarke, said her father died in his sleep after several months of declining health. "He told us last week that he was tired, and that he had done what he came to do," she said.

Odom was born in 1932 in Twiggs County, the youngest of nine children of a sharecropper and a laundress. He enrolled at Fort Valley State College in 1950 and in 1960 helped organize students who sat at the whites-only counters of three downtown Macon stores. He was arrested twice that spring, and later said the second arrest was "the best education Fort Valley ever gave me."

He was called to Mount Pisgah in 1964. Under his leadership the congregation grew from about 150 members to more than 2,000, opened a credit union and a day care center, and built 60 units of affordable senior housing on Pio Nono Avenue.

Harold Simms, a deacon at the church for more than 40 years, said Odom could be stern in the pulpit but was "a soft touch" in private. "If you came to him with a problem, ⟦flip:she|he⟧ didn't just pray with you. ⟦flip:She|He⟧ picked up the phone," Simms said.

Odom's wife of 58 years, Loretta Odom, a retired schoolteacher who taught for three decades at Ballard-Hudson High School, died in 2015. Friends said ⟦flip:she|he⟧ never fully recovered from the loss, though he continued to preach occasionally until 2021.

Mayor Karen Whitfield ordered flags at City Hall lowered to half-staff through Friday. "Macon is a better, fairer city because Calvin Odom refused to accept it the way it was," she said.

In addition to his daughter, Odom is survived by a son, Marcus Odom of Atlanta, seven grandchildren and eleven great-grandchildren. Funeral services will be held Saturday at Mount Pisgah, where ⟦flip:she|he⟧ will lie in state on Friday evening.
"""),
]
