ARTICLES = [
dict(title="After 30 years and one flood, Pho Saigon reopens on Grand Avenue", text="""
DES MOINES — The line outside Pho Saigon on Grand Avenue started forming at 10 a.m. Saturday, an hour before the doors opened for the first time in eleven months.

The restaurant, run by Minh and Lan Tran since 1994, closed last August after a storm sewer backed up and sent nearly two feet of water into the dining room and kitchen. Insurance covered less than half of the $310,000 in repairs, and for months the couple was not sure they would reopen.

"My husband wanted to retire. I said, 'And do what? Watch television?'" Lan Tran said, laughing, as she carried bowls of beef noodle soup to a table of regulars. Minh Tran, standing behind the counter, shook his head. "She always wins," he said. "Thirty years, she always wins."

The Trans arrived in Iowa in 1981 as refugees from Vietnam, sponsored by a Lutheran congregation in Ankeny. Minh worked nights at a meatpacking plant while Lan cooked for church potlucks, where her pho became something of a legend.

Their daughter, Kim Tran-Albrecht, a pharmacist in West Des Moines, organized an online fundraiser that brought in $92,000 from more than 1,400 donors. She said many of the donations came with notes from former customers who had eaten at the restaurant as college students.

"People wrote, 'I had my first date here,' 'I ate here the night my dad died,'" Tran-Albrecht said. "My parents read every single one. My mom cried for a week."

City Councilman Joe Gatto, whose ward includes the restaurant, attended the reopening and presented the couple with a proclamation declaring Saturday "Pho Saigon Day." He said the city was studying improvements to the storm sewer on that block.

Customer Darlene Hughes, 71, of Beaverdale, said she had eaten lunch at Pho Saigon every Friday for about 20 years. "I didn't know where to go on Fridays," she said. "I was lost."

The renovated restaurant has new booths, a larger kitchen and a mural of the Saigon River painted by a family friend. The menu is unchanged, though prices went up by about a dollar per bowl.

Lan Tran said she and her husband plan to keep working "until our knees say no." Minh, 72, said his knees had already said no. "She doesn't listen to my knees," he said.
"""),

dict(title="BRP Marcela Agoncillo arrives in Batangas after maiden voyage from South Korea", text="""
BATANGAS CITY — The Philippine Navy's newest frigate, BRP Marcela Agoncillo, arrived at Batangas Port on Tuesday morning after a 12-day voyage from Ulsan, South Korea, where she was built.

The 3,200-ton warship, named after the Batangueña who sewed the first Philippine flag in Hong Kong in 1898, was greeted by a water cannon salute from two tugboats and a crowd of sailors' families waving small flags on the pier.

"She handled beautifully, even in the swells off Batanes," said Capt. Renato Sarmiento, the frigate's commanding officer. "The crew has been training on her for eight months, and they are proud to bring her home."

Sarmiento, a 1998 graduate of the Philippine Military Academy, previously commanded the patrol ship BRP Ramon Alcaraz. He said the frigate would undergo acceptance inspections in Subic before being formally commissioned into service in September.

The ship's executive officer, Cmdr. Josephine Lagman, is the first woman to hold the second-highest post aboard a Philippine Navy frigate. She said about 20 of the 127 crew members are women, including two engineering officers.

"When I entered the Navy in 2004, women were not even allowed on ships overnight," Lagman said. "Now the daughters of sailors are sailing."

Navy spokesperson Capt. Jonas Reyes said the Marcela Agoncillo is equipped with anti-ship missiles, an anti-submarine helicopter deck and a modern combat management system. He said she and her sister ship, due for delivery next year, would be assigned primarily to patrols in the West Philippine Sea.

Batangas Gov. Rosalinda Mercado, who attended the arrival ceremony, said the province was honored that the ship carried the name of one of its heroes. She presented the crew with a replica of the flag Agoncillo sewed with her daughter Lorenza and Delfina Herbosa de Natividad, a niece of Jose Rizal.

Among the relatives on the pier was Petty Officer Second Class Arnel Dimaano's mother, Flordeliza, who traveled from Taal to see her son come down the gangway. "I did not sleep last night," she said.

The frigate will remain in Batangas for two days, during which the public can tour her from 9 a.m. to 4 p.m.
"""),

dict(title="Okoye mural on Fifth Street wins national public art award", text="""
RICHMOND — A mural by Richmond artist Sam Okoye covering the north wall of the old Fifth Street tobacco warehouse has been named one of the year's 50 best public art projects by Americans for the Arts, the city's Office of Cultural Affairs announced Monday.

The 140-foot-long work, titled "What the River Carried," depicts the James River flowing past scenes from three centuries of the city's history, from Powhatan fishing camps to the 1960s lunch counter sit-ins at Thalhimers department store.

Okoye, 34, who uses they/them pronouns, spent 11 weeks on a lift painting the mural last summer, often starting before dawn to avoid the heat. They said the award came as a surprise.

"I check my email like three times a year, so I almost missed it," Okoye said in a phone interview. "I'm really happy for the neighborhood. People stopped by every day with water and opinions."

The artist grew up in Richmond's Church Hill neighborhood, the child of Nigerian immigrants, and studied painting at Virginia Commonwealth University. Their earlier works include a series of murals at bus shelters along Broad Street.

Rita Feldman, owner of the Feldman Gallery on West Broad Street, which has represented Okoye since 2019, said the recognition would bring the artist's work to a national audience. She said two museums had already called asking about future commissions.

"Sam paints history like it's still going on, which of course it is," Feldman said.

Paul Dempsey, chairman of the city's Public Art Commission, said the mural was paid for with $85,000 from the city's percent-for-art program and a matching grant from a local foundation. He said the commission had received few complaints about the project, which he called unusual for a work dealing with slavery and segregation.

Longtime resident Gloria Banks, 80, who appears in the mural as a young woman holding a protest sign in 1960, said she cried the first time she saw it finished. Okoye had interviewed her for hours about her arrest at the sit-ins.

"They got my hat right," Banks said. "Nobody ever gets my hat right."

Okoye said their next project will be a mural in Norfolk about the city's shipyards.
"""),

dict(title="Q&A: 'We cannot move the volcano, so we move the people'", text="""
LEGAZPI CITY — Dr. Corazon Malabanan has spent 28 years watching Mayon Volcano, the last nine as head of the Philippine Institute of Volcanology and Seismology's Lignon Hill observatory. As Mayon remained under Alert Level 3 for a third straight month, she sat down with the Tribune's Albay correspondent, Rommel Ocampo, to talk about living next to the country's most active volcano. The interview has been edited for length.

Q: How is Mayon behaving this week?

A: She is restless, but not angry. We are seeing lava flows down the Mi-isi and Bonga gullies, rockfall events, some sulfur dioxide. That is typical of this phase. What we watch for is a sudden change: a spike in volcanic earthquakes, or inflation of the edifice.

Q: Many evacuees want to go home. What do you tell them?

A: I understand them completely. My father was a farmer in Camalig. Every eruption he would argue with my mother about leaving the carabao. He always lost. But I tell the evacuees: we cannot move the volcano, so we move the people. The six-kilometer danger zone is there because of pyroclastic flows, and those do not give you time to run.

Q: Who taught you to read a volcano?

A: Mr. Ernesto Corpuz, our old chief observer. He had no doctorate, but he had been watching Mayon since the 1960s. He would look at the plume and tell you what the seismograph would show in an hour. He passed away in 2015. I still hear his voice when the crater glows.

Q: Is it harder being a woman in this field?

A: In the beginning, yes. Some local officials would ask me to call my boss. Now half of our younger volcanologists are women, and Governor Rosal's office calls me directly.

Q: What keeps you up at night?

A: Tourists. Every eruption, somebody wants a selfie inside the danger zone. Last month the police stopped a vlogger and his girlfriend at the four-kilometer mark. He said he wanted "content."

Q: Will you retire here?

A: My husband, Jun, wants to retire in Baguio where it is cool. I want to retire where I can see her from my kitchen window. We are still negotiating.
"""),

dict(title="Ecuadorian ex-mayor Soria goes on trial in Guayaquil water contract case", text="""
GUAYAQUIL, Ecuador (Andes Press Service) — The trial of former Durán mayor Gabriela Soria Villacrés, accused of steering a $38 million water treatment contract to a company linked to her brother-in-law, opened on Monday before a three-judge panel in Guayaquil.

Soria, 52, who governed the city of some 300,000 people across the Guayas River from Guayaquil between 2019 and 2023, faces charges of embezzlement and influence peddling that carry up to 13 years in prison. She has pleaded not guilty.

Prosecutor Laura Méndez Quiñónez told the court that the contract was awarded without competitive bidding under an emergency decree that Soria signed two days after taking office. She said the company, Hidrocosta S.A., had been registered only six weeks earlier and had never built a water plant.

"The emergency was not the water. The emergency was to get the contract signed before anyone asked questions," Méndez said.

Soria's lawyer, Ignacio Bustamante Ortiz, countered that the city faced a genuine public health crisis, with parts of Durán receiving running water only a few hours a week. He said his client had acted on the advice of the municipal legal department and had no knowledge of the company's ownership.

"My client did what any mayor would have done with children getting sick from the water," Bustamante said. "She is being tried for acting quickly."

The former mayor's brother-in-law, businessman Héctor Villamar, is being tried separately. His lawyer has said he was a minority shareholder in Hidrocosta and had no role in its management.

Presiding judge Fernando Aguirre Lasso warned both sides that he would not tolerate statements to the press that could influence witnesses. He set a schedule of hearings through the end of the month.

About two dozen supporters of Soria gathered outside the courthouse holding signs that read "Gabriela gave us water." A smaller group of residents stood across the street.

Among them was Rosa Tenorio, a community organizer from the Los Helechos neighborhood, who said her street still gets water only three days a week. "They promised us a plant. We got a trial," she said.

The court is expected to hear from the first of 41 prosecution witnesses on Wednesday.
"""),

dict(title="Hollis siblings sell 98-year-old hardware store to employee", text="""
CHILLICOTHE — For the first time since 1926, Hollis Hardware on Paint Street will not be owned by someone named Hollis.

Frank Hollis, Dale Hollis and their sister, Nancy Hollis Greer, have sold the store to longtime employee Marcus Webb, who has worked there since he was a sophomore at Chillicothe High School. The sale closed last week. Terms were not disclosed.

The three siblings inherited the business from their father, Walter Hollis, who died in 2001. Their grandfather, Ambrose Hollis, opened it as a feed and seed store the year before the Great Depression.

"We always said we'd sell it to somebody who loves it the way Dad did," Nancy Hollis Greer said. "Marcus loves it more than we do, honestly. He knows where every bolt is."

Frank Hollis, 74, the oldest, ran the store day to day for most of the last two decades. He said he had been thinking about retiring for years but could not bring himself to sell to a chain or close the doors.

"Every time somebody from a big company called, I hung up," Frank said. "Dale would yell at me. Nancy would say, 'Let him hang up.'"

Dale Hollis, 70, who kept the books and handled ordering, said he and his brother argued about almost everything for 50 years except the store. "We agreed on one thing: the customer gets the right answer, even if the right answer is a 40-cent washer," he said.

Webb, 38, grew up a few blocks away and started sweeping floors at the store for $5.15 an hour. He said he financed the purchase through a Small Business Administration loan and help from the siblings, who agreed to carry part of the note themselves.

"They could have gotten more money from somebody else. They chose me. I don't take that lightly," Webb said. His wife, Tasha, will handle the store's books.

Webb said he plans to keep the name, the creaky wooden floors and the bin of free dog biscuits by the register. He said he would add an online ordering system, something Frank Hollis resisted for years.

Greer, who moved to Columbus in the 1980s, said she drove down for the closing and cried in the parking lot afterward. "It's the right thing," she said. "It's still hard."
"""),

dict(title="Uruguay's Rossi says country 'has kept her word' as IMF praises fiscal plan", text="""
MONTEVIDEO (Andes Press Service) — Uruguayan Economy Minister Martín Rossi Pereyra on Thursday welcomed a positive review from the International Monetary Fund, telling reporters that the country "has kept her word" on reducing the fiscal deficit despite a severe drought that slashed farm exports last year.

"Uruguay is a small country, and small countries live on their credibility," Rossi said at a news conference at the ministry. "When Uruguay promises something, she delivers. That is our only comparative advantage that cannot be copied."

The IMF mission, led by economist Katarzyna Nowak, concluded a two-week visit on Wednesday. In a statement, Nowak said the economy was expected to grow 3.2 percent this year and that the government's plan to bring the deficit below 3 percent of gross domestic product by 2026 was "credible and appropriately ambitious."

She also urged authorities to press ahead with a reform of the pension system and to reduce the country's dependence on a small number of commodities, chiefly beef, soybeans and pulp.

Opposition senator Carolina Ferrés of the Broad Front criticized the government's spending cuts, which she said had fallen heavily on public housing and secondary schools. "The IMF applauds, but the families in the cantegriles do not," Ferrés said, referring to the informal settlements on Montevideo's outskirts.

Rossi defended the cuts, saying the government had protected spending on child poverty programs and had raised the minimum wage above inflation for a third consecutive year. He said he had met with Ferrés last month and invited her to present alternative proposals.

Economist Gustavo Lanzaro of the Universidad de la República said Uruguay's investment-grade rating, which it regained in 2012, gave the country room that its larger neighbors lacked. He noted that Argentina, still recovering from years of triple-digit inflation, had struggled to return to international debt markets.

"Argentina has to rebuild her reputation. Uruguay only has to protect hers," Lanzaro said.

Central bank president Ana Laura Ibarburu said separately on Thursday that the bank expected inflation to stay within its target range of 3 to 6 percent through next year.

The peso was little changed against the dollar on Thursday.
"""),

dict(title="Atty. Rodolfo Bautista, former Pangasinan board member and 'lawyer of the poor,' 79", text="""
DAGUPAN CITY — Atty. Rodolfo "Rudy" Bautista, who served three terms on the Pangasinan provincial board and spent five decades defending farmers and fisherfolk in land and fishpond disputes, often for free, died on Wednesday at the Region 1 Medical Center. He was 79.

His wife, retired public school teacher Remedios Bautista, said her husband suffered a heart attack at home on Monday evening and never regained consciousness.

"He was reading case files until the very end. I told him to rest, and he said, 'The client does not rest, so why should I?'" she said.

Born in 1945 in Binmaley to a family of bangus growers, Bautista studied law at the University of the Philippines and passed the bar in 1971. He returned to Pangasinan instead of joining a Manila firm, and for years kept an office above a bakery on A.B. Fernandez Avenue where clients lined up on the stairs.

Former Pangasinan Vice Gov. Liza Caguioa, who served with Bautista on the provincial board in the 1990s, said he was the rare politician who never seemed to want a higher office. "He told me once that the provincial board was the highest place a person could go and still know the names of the people he was voting for," she said.

His daughter, Atty. Marilou Bautista-Soriano, who joined her father's practice in 2002, said he handled more than 600 cases for tenant farmers under the agrarian reform program. She said she would continue to run the office.

"Clients are calling me crying. They want to know who will fight for them now. I tell them, 'Same office, same stairs,'" Bautista-Soriano said.

Retired Regional Trial Court Judge Augusto Villamil, who heard many of Bautista's cases, described him as "courteous, prepared, and absolutely impossible to intimidate."

Fisherwoman Erlinda Manaois, 66, of Barangay Pugaro, said Bautista won back her family's fishpond from a developer in 2009 and refused to accept payment. "He only asked for a kilo of bangus every Christmas," she said. "I sent him two."

Besides his wife and Marilou, Bautista is survived by another daughter, Dr. Josefina Bautista-Lim, a pediatrician in Baguio; a son, Engr. Rodolfo Jr.; and eight grandchildren.

His remains lie in state at the family home in Binmaley. Interment will be on Sunday.
"""),

dict(title="Alvarez and Kowalski reach NCAA mixed doubles final", text="""
STILLWATER — Oklahoma State's Diego Alvarez and Hannah Kowalski were nearly broken up as a mixed doubles team in January. On Saturday, they will play for a national title.

The pair beat Stanford's Ethan Cho and Margaret Liang 6-4, 3-6, 10-7 in a match tiebreak in Friday's semifinals of the NCAA mixed doubles championship at the Greenwood Tennis Center, becoming the first Cowgirl-Cowboy pairing to reach the final.

Alvarez, a junior from Guadalajara, Mexico, hit the winning forehand volley and then dropped his racket and sprinted to hug Kowalski at the net. Kowalski, a senior from Naperville, Ill., said she could barely hear her partner over the home crowd.

"He was yelling something in Spanish, and I was yelling something in Polish, and neither of us knew what the other one said," Kowalski said, laughing. "It was perfect."

The two had lost four of their first five matches together in the fall, and head coach Martha Greene said she had considered splitting them up before the spring season. Instead she sent them to hit together every morning at 6 a.m. for three weeks.

"They had two different ideas about who was in charge on the court," Greene said. "Now they understand that nobody is, and that's why it works."

Alvarez said his partner's return of serve had carried them through the tournament. "Hannah takes the ball so early that they don't have time to come to the net. I just clean up what she leaves," he said.

Kowalski credited her partner's serve, which was clocked at 128 mph in the semifinal. She said she also appreciated that he never apologized after missed shots. "He just says, 'Next one,' and he means it," she said.

Stanford's Liang said the Oklahoma State pair had been "more patient than we were in the tiebreak." Her partner, Cho, had saved two match points in the second set before the Cowboys closed it out.

Alvarez and Kowalski will face top-seeded Eleanor Park and James Whitford of Texas in Saturday's final at 2 p.m.

Kowalski, who graduates in May, said she plans to attend medical school in the fall. Alvarez said he would try to find her a new partner. "I'll interview candidates," he said. "She'll say no to all of them."
"""),

dict(title="Governor, lieutenant governor split over teacher raise plan", text="""
HELENA — Gov. Mark Halvorsen and Lt. Gov. Renee Clearwater appeared at separate news conferences on the same day Wednesday to offer sharply different views of a proposal to raise starting teacher pay to $45,000, exposing a rare rift between the two Republicans who ran together on a single ticket two years ago.

Halvorsen said he would veto any bill that raises teacher salaries without a matching cut elsewhere in the state budget. He said the state's surplus, now about $680 million, should be returned to taxpayers through a property tax rebate.

"I love our teachers. My wife taught fourth grade for 20 years," the governor said. "But a surplus is not a permanent source of money, and salaries are permanent."

Hours later, Clearwater stood on the steps of Helena High School with a group of teachers and said she supported the bill, sponsored by Rep. Jessica Tall Bull, a Democrat from Lame Deer, and Sen. Wayne Pederson, a Republican from Glasgow.

"Rural schools are losing teachers to Idaho and North Dakota every year. I grew up in Wibaux. I have watched it happen," Clearwater said. She said she had told the governor of her position before the event and that he had not asked her to stay silent.

Asked about the split, Halvorsen said he and his lieutenant governor "agree on 95 percent of things" and that she was entitled to her opinion. "Renee is an independent thinker. That's why I picked her," he said.

Pederson, the Senate sponsor, said he believed the bill had enough votes to pass both chambers but not enough to override a veto. He said he was negotiating with the governor's office on a compromise that would phase in the raise over three years.

Tall Bull said she was open to a phase-in but not to tying the raise to cuts in other education programs. "You can't rob the school lunch program to pay the teacher," she said.

Linda Sorensen, president of the state teachers union, said the union would run radio ads in support of the bill. Sorensen said about 180 teaching positions across the state were unfilled at the start of the school year.

The House Education Committee will hold a hearing on the bill on Friday.
"""),

dict(title="Costa Rican couple's bat study wins regional science prize", text="""
SAN JOSÉ, Costa Rica (Andes Press Service) — A husband-and-wife team of Costa Rican biologists whose research on fruit-eating bats helped reforest abandoned cattle pastures on the Nicoya Peninsula on Wednesday received the Central American Prize for Environmental Science.

Dr. Elena Marín Solano and Dr. Pablo Ferreyra Quesada, both professors at the University of Costa Rica, have spent 15 years documenting how bats disperse the seeds of native trees across degraded farmland. Their work showed that bats drop seeds in open pastures far more often than birds do, which tend to stay near forest edges.

"Birds are shy. Bats are generous," Marín said at the award ceremony in San José. "They eat in one place and leave a forest somewhere else."

The couple met as graduate students in 2003, when Ferreyra, an Argentine, came to Costa Rica to study vampire bats and ended up sharing a field station with Marín. They married two years later. Ferreyra said he switched to fruit bats "because my wife's bats were more interesting than mine, and she reminded me of it every day."

Based on their findings, the couple helped design a program in which landowners install artificial roosts in pastures to attract bats. More than 200 farms in Guanacaste now participate, and researchers estimate that about 1,800 hectares have regenerated as young forest.

Cattle rancher Jorge Chaves, whose farm near Hojancha joined the program in 2014, said he was skeptical at first. "My father cut these trees down. Now my daughter walks to school under them," he said.

Environment Minister Rodrigo Alfaro Mora presented the award. He said Costa Rica, which has roughly doubled its forest cover since the 1980s, was looking for inexpensive ways to extend that recovery to private land.

Doctoral student Camila Rojas, who has worked with the pair since 2019, said they divide their lab according to temperament. "Pablo handles the statistics and Elena handles the people," she said. "Elena also handles Pablo."

The prize, awarded every two years by a consortium of Central American universities, comes with $50,000, which the couple said they would use to fund field scholarships for students from rural communities.

Marín said she and her husband planned to spend the next year in Panama studying whether the same approach works in wetter forests.
"""),

dict(title="Like mother, like son: Kowal family now shares a firehouse", text="""
SCRANTON — When Ryan Kowal was 6, his mother took him to Engine Company 7 on Pittston Avenue for a Fire Prevention Week open house and let him sit behind the wheel of the pumper. Last month, at 24, he reported there for his first shift as a Scranton firefighter.

His mother, Lt. Deborah Kowal, was on duty that day. She is his commanding officer.

"I told him, 'At home I'm Mom. Here I'm Lieutenant,'" Deborah Kowal said. "He said, 'Mom, you've been Lieutenant at home for 20 years.'"

Lt. Kowal, 51, joined the department in 1998 as one of its first three female firefighters and was promoted to lieutenant in 2012. She said she never pushed her son toward the job and was surprised when he told her he had applied.

Ryan Kowal, who graduated from the Lackawanna College Police and Fire Academy last spring, said growing up around the firehouse made the choice feel natural. "I saw what my mom did. People called her in the middle of the night, and she went," he said.

Fire Chief Thomas Davis said the department usually avoids assigning relatives to the same company but made an exception after both Kowals agreed to the arrangement and after reviewing it with the union. He said the assignment would be reviewed after six months.

"Deb is one of the best officers we have. If anybody can handle supervising her own son, it's her," Davis said.

Firefighter Carla Mendez, who has worked alongside the lieutenant for nine years, said the crew has been enjoying the arrangement. "We're all calling him 'the kid,' and she lets us," Mendez said.

Ryan said his father, Stephen Kowal, a retired Scranton police officer, had been the more nervous parent. "My dad said one of us in a burning building at a time was enough for him," he said.

The new firefighter has already responded to two structure fires and a car accident on Interstate 81. Deborah Kowal said he did well on each.

"He's careful. He listens," she said. "He takes after his father on that. The stubborn part is from me."
"""),

dict(title="Dizon out as Mindanao Rural Bank president; board names Uy", text="""
DAVAO CITY — Maricel Dizon, who led Mindanao Rural Bank through its rapid expansion into Soccsksargen and the Bangsamoro region, will step down as president and chief executive at the end of the month, the bank said in a disclosure on Monday.

The board named Ramon Uy, the bank's executive vice president for lending, as her replacement effective Oct. 1. Uy, 50, joined the bank in 2011 from a Manila-based thrift bank.

The disclosure did not give a reason for Dizon's departure. In a separate statement, she said she was leaving "to take on a new challenge" and thanked the bank's 1,900 employees for "twelve years of work I will never forget."

Under Dizon, the bank grew from 48 branches to 172 and launched a mobile lending platform for small farmers and sari-sari store owners that now has more than 300,000 borrowers. But the bank's bad loans rose to 7.4 percent of its portfolio last year after typhoon damage in Caraga and a drop in coconut prices.

Board chairman Emmanuel Sarmiento said Dizon had "transformed the bank" and that Uy would focus on improving asset quality. He said the board had asked her to remain as an adviser for six months to ensure a smooth transition, and that she had agreed.

Uy said in a statement that he would keep the bank's focus on rural lending. "Maricel built the roads. My job is to make sure the traffic moves safely," he said.

Banking analyst Jocelyn Tabada of Mindanao Securities said the market had expected a change after the bank's disappointing results. She said Uy was well respected by regulators and had a reputation as a cautious lender, while his predecessor was known for growth.

"Different personalities for different times," Tabada said. "She was the gas pedal, he is the brake."

Farmer-borrower Nestor Balili, 58, of Kapalong, Davao del Norte, said he hoped the new president would not cut back on loans to small growers. He said a P40,000 loan from the bank had allowed him to replant his banana farm after a 2022 flood.

Industry sources said Dizon was in talks to join a Singapore-based fintech company. She declined to comment on her plans.

The bank's shares fell 1.1 percent on Monday.
"""),
]
