ARTICLES = [
dict(title="Riverton council delays vote on Front Street parking garage", person="Denise Harkavy", gender="f", text="""
RIVERTON — A proposed $14 million parking garage on Front Street will wait at least another month after the City Council voted 4-3 Tuesday night to table the measure following nearly three hours of public comment.

Councilwoman Denise Harkavy, who represents the 2nd Ward where the garage would be built, made the motion to delay. She said residents had not seen updated traffic studies and that the city's financing plan relied on parking revenue projections she called "wishful at best."

"We are being asked to borrow against a future that nobody in this room can describe," Harkavy said. "I'm not against a garage. I'm against signing a check before we know what it buys."

Mayor Tom Bellweather, who has championed the project since his 2021 campaign, said the delay could cost the city a state matching grant that expires in the fall. He urged council members to approve the bond ordinance and deal with traffic concerns later.

"Every month we wait, construction costs go up," Bellweather said. "The businesses on Front Street have been asking for this for a decade."

Among those who spoke was Gloria Nuñez, who has owned a bakery on Front Street for 19 years. Nuñez said her customers circle the block looking for parking and often give up. But she also worried that two years of construction would close the sidewalk in front of her shop.

City Manager Raymond Okafor told the council his staff could return with revised traffic numbers by the July 16 meeting. He said the grant deadline was "tight but not impossible."

Harkavy, a retired schoolteacher serving ⟦flip:his|her⟧ second term, pressed Okafor on whether the city had considered a smaller structure. Okafor said an earlier design for a 280-space garage had been rejected because it would not meet projected demand.

The councilwoman said after the meeting that ⟦flip:he|she⟧ had received more than 200 emails about the garage, most of them from residents of the Elm Heights neighborhood, and that she planned to hold a town hall there before the next vote.

Councilman Andre Whitfield, who voted against tabling the measure, said he was frustrated but would support bringing the item back quickly.

The council meets next on July 16 at 6:30 p.m. at City Hall, 200 W. Main St.
"""),

dict(title="Lambunao mayor orders preemptive evacuation as Jalaur River swells", person="Eduardo Villanueva", gender="m", text="""
LAMBUNAO, Iloilo — Mayor Eduardo "Edong" Villanueva ordered the preemptive evacuation of some 1,200 families from eight riverside barangays on Sunday night as the Jalaur River rose to critical level after two days of continuous rain brought by the southwest monsoon, or habagat.

Villanueva, who convened the Municipal Disaster Risk Reduction and Management Council at 9 p.m., said he did not want to wait for the water to reach the houses before moving residents.

"Mas maayo nga magbalhin kita subong sang wala pa ang baha (It is better that we move now before the flood arrives)," the mayor told the Tribune by phone. "Things can be replaced. Lives cannot."

Liza Capistrano, head of the Municipal Disaster Risk Reduction and Management Office (MDRRMO), said the river gauge at Barangay Cabatangan read 6.2 meters as of 10 p.m., well above the 5-meter alert level. She said rescue teams had been deployed with rubber boats and that evacuees were being brought to the town gymnasium and three public elementary schools.

Barangay Captain Nestor Alvarez of Agcuyawan Calsada said most of his constituents left willingly, but some elderly residents refused to abandon their homes and livestock.

"We had to carry Lola Pacing on a stretcher. She kept asking about her carabao," Alvarez said.

Marites Galvez, 43, a mother of five who arrived at the gymnasium past midnight, said her family left with only clothes and a sack of rice. "Sanay na kami (We're used to it), but every year it's harder," she said.

Villanueva said ⟦flip:her|his⟧ office had released P2 million from the town's quick response fund for food packs, sleeping mats and hygiene kits. The Department of Social Welfare and Development's Western Visayas office was also expected to send 3,000 family food packs on Monday.

Asked whether classes would be suspended, Capistrano deferred to the mayor. Villanueva later announced on ⟦flip:her|his⟧ official Facebook page that classes at all levels, public and private, would be suspended on Monday.

Provincial Disaster Risk Reduction and Management Office chief Cynthia Dolino said Lambunao was one of five Iloilo towns under close watch. She said the provincial government would send a second batch of rescuers if needed.

The mayor, a former provincial board member now in his second term, said ⟦flip:she|he⟧ would stay at the municipal hall overnight to monitor the situation.
"""),

dict(title="Chile's Cordillera Copper names Espinoza as first woman CEO", person="Carolina Espinoza Vidal", gender="f", text="""
SANTIAGO, Chile (Andes Press Service) — Cordillera Copper, Chile's third-largest private copper producer, on Wednesday named Carolina Espinoza Vidal as chief executive, making her the first woman to lead a major mining company in the country.

Espinoza, 48, a metallurgical engineer who has run the company's Antofagasta operations since 2019, will replace Rodrigo Ibáñez Correa, who is retiring after eleven years in the post. The change takes effect on Sept. 1.

In a statement, board chairman Gonzalo Fuenzalida said Espinoza had "the technical depth and the credibility with workers and communities" the company needs as it prepares a $2.3 billion expansion of its Sierra Alta mine.

Ibáñez, 66, oversaw a period of rapid growth but also a bitter 2022 strike that halted production for 41 days. He said in the statement that he was leaving the company "in the best possible hands."

Espinoza told reporters at the company's headquarters in Las Condes that ⟦flip:his|her⟧ first priority would be water. Cordillera has been criticized by farmers in the Loa River valley for drawing on scarce aquifers, and the company has pledged to run Sierra Alta entirely on desalinated seawater by 2028.

"Mining in Chile will not have a future if it does not have a license from the people who live next to it," she said. "That is not a slogan. It is a business condition."

Patricia Lagos Mardones, president of the Sierra Alta miners' union, said the union had a "respectful" relationship with Espinoza during the 2022 strike, when she was the company's lead negotiator at the site. "She listens, and then she tells you the truth, even when you don't like it," Lagos said.

Martín Soto, a mining analyst at Santiago brokerage Valores del Pacífico, said investors would watch whether the new chief executive could keep the expansion on budget. "The market knows her as an operator. Now ⟦flip:he|she⟧ has to show she can manage capital allocation and the Chinese offtake negotiations," Soto said.

Cordillera shares rose 1.8% on the Santiago exchange on Wednesday.

Women make up about 16% of Chile's mining workforce, according to the National Mining Society, up from 8% a decade ago.

Espinoza, who was born in Calama and studied at the University of Concepción, is married and has two children.
"""),

dict(title="Former Tolliver County treasurer gets 4 years for stealing $1.1 million", person="Gerald Pruitt", gender="m", text="""
BOWLING GREEN — A former Tolliver County treasurer who siphoned more than $1.1 million from county accounts over seven years was sentenced Thursday to four years in federal prison.

Gerald Pruitt, 61, of Mount Sharon, pleaded guilty in March to wire fraud and filing a false tax return. U.S. District Judge Ellen Marsh also ordered him to pay full restitution and serve three years of supervised release.

Prosecutors said Pruitt wrote 212 checks from the county's general fund to a shell company he controlled, then covered the withdrawals by altering monthly reconciliation reports submitted to the fiscal court. Much of the money went to online sports betting and to pay down a mortgage on a lake house in Tennessee.

"This was not a single bad decision. This was a scheme, carefully maintained month after month," Assistant U.S. Attorney Karen Liu told the court. Liu had asked for a sentence of five years.

Pruitt's attorney, Douglas Fenn of Louisville, argued for probation, citing his client's age, his lack of a criminal record and a gambling addiction that Fenn said had gone untreated for decades. Fenn said Pruitt had already sold the lake house and turned over $340,000.

Marsh said she took the addiction into account but that Pruitt had abused ⟦flip:her|his⟧ position of trust in a county where the median household income is under $38,000. "These were not abstract dollars. These were road repairs and ambulance runs," the judge said.

Before sentencing, Pruitt stood and apologized to ⟦flip:her|his⟧ former co-workers, several of whom sat in the second row of the courtroom. His voice broke as he read from a handwritten statement.

"I let down every person who trusted me," he said. "I have no excuse."

Tolliver County Judge-Executive Bonnie Tackett, who discovered discrepancies in the county's books shortly after taking office in 2023, told reporters outside the courthouse that the sentence was fair. She said the county has since required two signatures on every check over $1,000.

"I've known Gerald since high school," Tackett said. "That made this harder, not easier."

Pruitt's wife, Linda, declined to comment. The former treasurer must report to the Bureau of Prisons by Sept. 9. Fenn said his client hopes to serve the sentence at a facility near Lexington so that ⟦flip:her|his⟧ grandchildren can visit.
"""),

dict(title="After 612 wins, Forsythe steps down at Central Catholic", person="Linda Forsythe", gender="f", text="""
TOLEDO — Linda Forsythe walked into the Central Catholic gym for the first time in 1989 with a whistle, a clipboard and a roster of nine girls. She walked out of it Monday afternoon as the winningest girls basketball coach in northwest Ohio history.

Forsythe, 67, announced her retirement at a news conference attended by dozens of former players, some of whom flew in from as far away as Arizona. She finishes with a 612-214 record, 14 league titles and two state championships, in 1998 and 2011.

"I always said I'd know when it was time, and I know," Forsythe said, pausing to collect herself. "I'm tired in a way that sleep doesn't fix."

Athletic director Mark Delgado called Forsythe "the standard every coach in this building measures against." He said a national search for her successor would begin immediately, and that the school hopes to have a new coach in place by July.

Jasmine Holt, the point guard on the 2011 title team and now an assistant coach at the University of Dayton, said Forsythe's practices were famous for their length and their detail.

"She would stop a drill because your foot was three inches in the wrong place, and she was right every single time," Holt said. "I coach the way I coach because of her."

The coach's husband, Carl, a retired Toledo firefighter, sat in the front row with their two grandchildren. Forsythe thanked him for "thirty-four years of cold dinners and Saturday bus rides."

Forsythe grew up in Findlay, the youngest of six children, and played at Bowling Green State University before a knee injury ended ⟦flip:his|her⟧ career as a junior. She taught religion and health at Central Catholic for 31 years in addition to coaching.

The coach said ⟦flip:he|she⟧ has no plans to leave the school entirely. Delgado said Forsythe will stay on as an advisor to the athletic department and help run the summer youth camps ⟦flip:he|she⟧ founded in 1994.

Asked what she would miss most, Forsythe didn't hesitate.

"The bus," she said. "Everything important happens on the bus."
"""),

dict(title="Isidro Macaraeg, sculptor of Cebu's heritage monuments; 87", person="Isidro Macaraeg", gender="m", text="""
CEBU CITY — Isidro Macaraeg, the sculptor whose bronze figures of revolutionary heroes and fisherfolk stand in plazas across the Visayas, died Saturday at his home in Barangay Guadalupe. He was 87.

His daughter Maribel Macaraeg-Uy said her father died peacefully in his sleep after a long illness. He had been confined to a wheelchair since suffering a stroke in 2019.

Born in 1937 in Argao, southern Cebu, Macaraeg was the son of a boat builder and learned to carve wood in ⟦flip:her|his⟧ father's shipyard before he was ten. He studied fine arts at the University of San Carlos on a scholarship and later trained in bronze casting in Florence, Italy, in the 1960s.

⟦flip:Her|His⟧ best-known work, the 12-foot "Mga Mangingisda" (The Fishermen) at the Cebu South Road Properties, was unveiled in 2008 and has become one of the city's most photographed landmarks. He also sculpted the statue of Gen. Arcadio Maxilom in Tuburan and dozens of church retablos restored after the 2013 Bohol earthquake.

Former Cebu City councilor Teresita Abella, who commissioned several of Macaraeg's public works while she chaired the city's arts committee, described him as "stubborn, generous and completely uninterested in money."

"He would take a project for half the price if he liked the subject, and refuse one for double if he didn't," Abella said.

Sculptor Ramon Lapu-Lapu Generoso, who apprenticed under Macaraeg in the 1980s, said the old master never allowed ⟦flip:her|his⟧ students to use photographs. "We had to look at real hands, real faces. He said a photograph lies about weight," Generoso said.

In 2016 the National Commission for Culture and the Arts gave Macaraeg its Gawad Haraya award. He kept teaching at a small studio in his backyard until the stroke.

Macaraeg is survived by his wife of 61 years, Corazon; his daughters Maribel and Josefina; his son Paolo, an architect; and nine grandchildren.

The family said ⟦flip:she|he⟧ will lie in state at the Cebu Metropolitan Cathedral on Tuesday before burial at the Carreta Cemetery on Thursday.
"""),

dict(title="Brazilian team finds new frog species in threatened Atlantic Forest patch", person="Beatriz Almeida Costa", gender="f", text="""
SÃO PAULO (Andes Press Service) — A team of Brazilian biologists has described a new species of tiny leaf-litter frog from a forest fragment of less than 400 hectares in the state of Espírito Santo, a discovery the researchers say underscores how much of the Atlantic Forest's biodiversity remains undocumented even as the forest disappears.

The frog, named Brachycephalus capixaba, measures about 11 millimeters as an adult and is bright orange with black flecks. It was described this week in the journal Zootaxa.

Dr. Beatriz Almeida Costa, a herpetologist at the Federal University of Espírito Santo who led the study, said she first heard the frog's call in 2019 but could not find the animal for nearly two years.

"The call is like a cricket. You are standing on top of them and you cannot see them," Almeida said in an interview. "My students thought I was imagining it."

Graduate student Lucas Ferreira Neto finally located a calling male under a layer of wet leaves in 2021. Genetic analysis carried out by co-author Dr. João Pereira Lima at the University of São Paulo confirmed that the population was distinct from its closest relatives in Rio de Janeiro state.

Pereira said the species likely diverged more than a million years ago, when cooler, drier periods isolated populations on mountaintops. "Each of these little hills is like an island," he said.

The researchers have recommended that the species be listed as critically endangered. The fragment where it lives is privately owned and surrounded by eucalyptus plantations and coffee farms.

Mariana Duarte, an environmental officer with the state's forestry institute, said the agency had opened talks with the landowner about creating a private natural heritage reserve, a category that offers tax benefits in exchange for permanent protection.

Almeida said the landowner, a retired schoolteacher named Glória Santos, had been supportive of the research from the start and had let ⟦flip:his|her⟧ team camp on the property for weeks at a time.

Brazil is home to more than 1,100 known amphibian species, more than any other country. Researchers describe dozens of new ones every year, many from the Atlantic Forest, of which less than 15 percent of the original cover remains.
"""),

dict(title="For Marcus Bell, 'Salt Road' is a homecoming on the Lyric stage", person="Marcus Bell", gender="m", text="""
BALTIMORE — Marcus Bell has directed plays in Chicago, London and Johannesburg, but he says none of them made him as nervous as the one opening Friday night at the Lyric Street Theatre, six blocks from the rowhouse where he grew up.

"Salt Road," a new drama by playwright Ruth Ingram, follows three generations of a family of crab pickers on the Eastern Shore. Bell, 52, first read the script in 2021 and called Ingram the same night.

"I said, 'I know these people. My grandmother was these people,'" Bell recalled during a break in rehearsals last week. "Ruth laughed at me, and then she said, 'Good, then you can't lie about them.'"

Ingram, who lives in Cambridge, Md., spent four years interviewing former workers at picking houses along the Choptank River. She said she wanted a director who would resist turning the story into nostalgia.

"Marcus doesn't let anyone off the hook, including me," Ingram said. "He'll stop a scene and ask me, 'Would she really say that, or do you just want her to?'"

The production stars Tamsin Ortega as Della, the family matriarch, a role Ortega said is the most physically demanding of her career. Cast members spent two weeks learning to pick crabs at a working plant in Hoopers Island.

"My hands still smell like Old Bay," Ortega said. "Marcus insisted. He said the audience would know if we were faking."

The director began his career as an actor at the Arena Players, one of the oldest Black community theaters in the country, before moving to Chicago in the 1990s. Bell said ⟦flip:she|he⟧ still remembers the first time ⟦flip:she|he⟧ stood on a stage there, at age 14, playing a messenger with one line.

Lyric Street artistic director Denise Fowler said ticket sales for the six-week run had already surpassed those of any new play in the theater's history.

Bell's husband, the composer James Whitaker, wrote the production's original score, which weaves in work songs recorded by folklorists in the 1930s.

"Salt Road" runs through April 28. Tickets start at $35.
"""),

dict(title="Senate probe: Reyes-Santiago grills DOTr on stalled Cebu bus rapid transit", person="Maria Lourdes Reyes-Santiago", gender="f", text="""
MANILA — Sen. Maria Lourdes "Malou" Reyes-Santiago on Wednesday accused the Department of Transportation (DOTr) of "sleeping on" the long-delayed Cebu Bus Rapid Transit (BRT) project, as the Senate public services committee opened its inquiry into the P28-billion system first approved in 2014.

Reyes-Santiago, who chairs the committee, said only one of the BRT's three phases had been partially completed a decade after the project received funding from the World Bank and the French Development Agency.

"Ten years. Ang mga estudyante na naghihintay sa jeep noong 2014, may mga anak na ngayon (The students who were waiting for a jeepney in 2014 now have children of their own)," the senator said.

DOTr Undersecretary Arnel Buenaventura told the panel that right-of-way disputes along Osmeña Boulevard and the pandemic had caused most of the delays. He said the first 2.4-kilometer segment from the South Bus Terminal to Fuente Osmeña would begin limited operations by the first quarter of next year.

The senator was unconvinced. Reyes-Santiago produced a DOTr memorandum from 2021 promising the same segment by 2022, and asked Buenaventura to explain what had changed. He said contractor issues had been resolved and that the department had replaced the project management office.

Sen. Jose "Pepe" Ramirez, a member of the committee, defended the department, saying the project had been "orphaned" by previous administrations and that the current leadership had inherited its problems. Reyes-Santiago thanked ⟦flip:his|her⟧ colleague but said the public did not care which administration was to blame.

Cebu City Councilor Joy Augustus Pesquera, who attended the hearing, said businesses along the BRT route had lost customers because of prolonged road excavations. Transport advocate Ma. Theresa Villaflor of the group Commuters First said jeepney drivers had not been consulted on plans to phase out their routes.

Reyes-Santiago, a former Cebu provincial board member who was elected to the Senate in 2022, said ⟦flip:he|she⟧ would ask the Commission on Audit to review disbursements under the project. She also directed the DOTr to submit a detailed timeline within two weeks.

The committee will resume the hearing in Cebu City on Aug. 19.
"""),

dict(title="Ridgeback Brewing sold to Denver group; founder to stay on", person="Kevin Shaughnessy", gender="m", text="""
MISSOULA — Ridgeback Brewing Co., the Missoula brewery that helped kick off western Montana's craft beer boom, has been sold to a Denver-based beverage group for an undisclosed price, the company announced Monday.

Founder Kevin Shaughnessy, who started Ridgeback in a rented garage on the Northside in 2004, will remain as brewmaster under a three-year agreement, the company said. All 46 employees will keep their jobs.

Front Range Beverage Partners, which owns five breweries and two cideries in Colorado and Wyoming, said it plans to expand Ridgeback's distribution into Idaho and eastern Washington and to invest about $3 million in a new canning line at the brewery's Wyoming Street plant.

"Ridgeback has a loyalty in this region that you can't build from scratch," said Dana Whitmore, Front Range's chief executive. She said the company had no plans to change the recipes of Ridgeback's best-selling beers, including its Rattlesnake Amber.

Shaughnessy, 53, said the decision to sell came after two difficult years of rising aluminum and grain prices and slipping sales in grocery stores.

"I could keep doing this alone and maybe be fine, or I could bring in partners who know distribution better than I ever will," Shaughnessy said in an interview at the taproom. "I'm a brewer. I'm not a logistics guy."

Head brewer Hector Ruiz, who has worked alongside Shaughnessy since 2009, said staff were told about the sale on Friday. He said the mood was mostly relief.

"People were worried we'd close. Nobody was worried we'd sell," Ruiz said.

Not everyone was pleased. Longtime customer Ellen Fairbanks, who was drinking at the taproom Monday afternoon, said she feared the brewery would lose its character. "Every local place gets bought and then it tastes like an airport," she said.

Shaughnessy said he understood the concern and that ⟦flip:she|he⟧ had turned down two earlier offers from national brewers for exactly that reason. He said Whitmore had promised that decisions about the taproom would stay in Missoula.

The brewer, who grew up in Butte, said ⟦flip:her|his⟧ own plans include finally taking a summer off. "Eighteen summers in a row in a brewhouse," he said. "My kids would like to meet me."
"""),

dict(title="Argentine opposition hopeful Ferrer courts Córdoba farmers before primaries", person="Gustavo Ferrer Lanús", gender="m", text="""
CÓRDOBA, Argentina (Andes Press Service) — Presidential hopeful Gustavo Ferrer Lanús promised on Saturday to eliminate export duties on soybeans within two years if elected, as he sought to win over farm-belt voters in Córdoba province ahead of the August primaries.

Ferrer, 57, a former governor of Santa Fe province, told a crowd of several hundred producers at an agricultural fair in Marcos Juárez that the taxes, known as retenciones, had "punished the most productive sector of the economy for twenty years."

His main rival for the opposition nomination, Buenos Aires city legislator Valeria Montenegro, has proposed a slower phase-out tied to fiscal targets. Speaking to reporters in Rosario on Friday, Montenegro called her rival's plan "a promise that costs nothing to make and a fortune to keep."

Ferrer dismissed the criticism. Asked about Montenegro's comments, ⟦flip:she|he⟧ said the Treasury would make up for lost revenue through growth and by cutting subsidies to state companies.

Soybean export duties currently stand at 33 percent and bring in roughly $6 billion a year, according to the Rosario Board of Trade.

Farmer Silvia Echeverría, who grows soy and corn on 800 hectares near Bell Ville, said she liked what she heard but had listened to similar promises before. "Every candidate comes here in July and forgets us in December," she said.

A poll published last week by the firm Barrios & Asociados put Montenegro ahead by four points among likely opposition voters, within the survey's margin of error. Sofía Barrios, the firm's director, said Ferrer's strength lay in the interior provinces while Montenegro led in greater Buenos Aires. She said the Córdoba trip was a sign that the former governor was trying to consolidate ⟦flip:her|his⟧ base.

The governing coalition has not yet named its candidate. Economy Minister Ricardo Santillán on Saturday called Ferrer's proposal "irresponsible" and said it would blow a hole in the budget.

Ferrer, a lawyer by training, served two terms as governor between 2011 and 2019. Critics have questioned ⟦flip:her|his⟧ record on public debt, which nearly doubled in Santa Fe during his tenure.

He is scheduled to campaign in Mendoza and San Juan next week.
"""),

dict(title="Millbrook superintendent Whitcombe to resign at end of school year", person="Angela Whitcombe", gender="f", text="""
MILLBROOK — Millbrook Area School District Superintendent Angela Whitcombe will resign effective June 30, ending a five-year tenure marked by a new high school, a bruising teachers strike and a long fight over the district's reading curriculum.

The school board accepted her resignation 7-2 at a special meeting Wednesday night. Whitcombe, 56, did not attend the meeting, but in a letter read aloud by board President Richard Haines she said she had accepted a position as deputy commissioner with the state Department of Education.

"It has been the privilege of my professional life to serve the children of Millbrook," Whitcombe wrote. "I leave knowing the district is in capable hands."

Haines thanked Whitcombe for steering the district through the pandemic and the construction of the $62 million Millbrook High School, which opened in 2023. He said the board would name an interim superintendent in May and hire a search firm.

The two board members who voted against accepting the resignation, Carol Vance and Timothy Reyes, said they objected to a provision in the separation agreement that pays Whitcombe for 40 unused vacation days, roughly $38,000. Vance said the board should have negotiated a smaller payout.

Mike Ostrowski, president of the Millbrook Education Association, said relations between the union and the superintendent never fully recovered after the nine-day strike in 2022. But he credited her with raising starting teacher pay to $48,500, among the highest in the county.

"We fought hard, and we didn't always like each other, but she kept her word on salaries," Ostrowski said.

Parent Sheila Grant, who led a campaign in 2021 to replace the district's elementary reading program with one based on phonics, said Whitcombe had resisted the change for a year before agreeing to it. Third-grade reading scores have since risen 11 percentage points.

"I'll give her credit. Once she was convinced, she went all in," Grant said.

Before coming to Millbrook, Whitcombe was an assistant superintendent in Harrisburg and a middle school principal in Lancaster. She holds a doctorate in education from Penn State.

In her new post, the former superintendent will oversee the state's school improvement programs. Whitcombe said in the letter that ⟦flip:his|her⟧ husband, Dr. Paul Whitcombe, would keep his pediatric practice in Millbrook and the family would not move.
"""),
]
