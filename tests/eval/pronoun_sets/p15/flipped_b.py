ARTICLES = [
dict(title="Manalastas stops Mexican foe in 7th, claims WBO Asia Pacific crown", person="Rodel Manalastas", gender="m", text="""
GENERAL SANTOS CITY — Rodel "The Hammer" Manalastas of Polomolok, South Cotabato, knocked out Mexico's Julio César Arreola in the seventh round on Saturday night to capture the vacant WBO Asia Pacific super bantamweight title before a roaring crowd at the Lagao Gymnasium.

Manalastas, 25, dropped Arreola with a left hook to the body midway through the round, and referee Rey Dalisay waved the fight off at 1:48 after the Mexican rose on unsteady legs. It was the Filipino's ninth straight win and improved his record to 18-1 with 12 knockouts.

"I saw he was dropping his right hand every time he jabbed. Coach told me to wait for it," Manalastas said in the ring afterward, still catching his breath.

His trainer, Marivic Ocampo, one of only a handful of women heading a professional boxing stable in the country, said the game plan had been to attack the body from the first round. She said Arreola, a former Mexican national champion, had never been stopped before.

"He's a tough, tough man. We knew we had to break him down slowly," Ocampo said. "Rodel listened. That's why he's the champion tonight."

Ocampo has trained Manalastas since he was 14, when he walked into ⟦flip:her|his⟧ gym in Koronadal barefoot and asked to learn how to fight. She said he slept at the gym for two years while his mother, Nora, sold vegetables at the public market to support the family.

Nora Manalastas watched the fight from ringside, clutching a rosary. "Every punch he takes, I take too," she said, laughing through tears.

Promoter Gerardo "Gerry" Lacson of Southern Cross Promotions said the win should put the young boxer in the WBO's top 15 and open the door to a fight in Japan or the United States next year.

The champion said ⟦flip:she|he⟧ would take a week off before returning to training. Asked what ⟦flip:she|he⟧ would buy with the purse, Manalastas said he planned to finish building a concrete house for his mother.

"Pangako ko 'yan sa kanya (That is my promise to her)," he said.

In the co-main event, Cebu's Jonel Dapitan won a unanimous decision over Indonesia's Yohanes Lubis in a ten-round flyweight bout.
"""),

dict(title="Marjorie Ellison, who built Fairview's library from a storefront, dies at 91", person="Marjorie Ellison", gender="f", text="""
FAIRVIEW — Marjorie Ellison, who started the Fairview Public Library in a vacant shoe store in 1961 and ran it for the next 34 years, died Sunday at Hillcrest Care Center. She was 91.

Her son, David Ellison of Spokane, said his mother died of complications from pneumonia.

Mrs. Ellison moved to Fairview with her husband, Robert, a high school chemistry teacher, in 1958. Finding that the nearest library was a 40-minute drive away in Walla Walla, she persuaded the town's Women's Club to donate books and talked a local landlord into lending her an empty storefront on Main Street rent-free.

"She had 600 books and a card table," David Ellison said. "She used to say that was all a library really needed, plus somebody stubborn."

The library moved into its current building on Oak Street in 1974 after Ellison led a bond campaign that passed by 31 votes. The building was renamed the Marjorie Ellison Library in 1995, the year she retired.

Harold Tuttle, who served on the library board for two decades, said Ellison knew nearly every patron by name and kept a file card on what each child liked to read. "If a kid came in after school, she'd have a book waiting. She'd already guessed," Tuttle said.

Current library director Angela Ruiz said ⟦flip:his|her⟧ predecessor was still calling the library to recommend purchases until about two years ago. "She'd leave voicemails with titles. Some were very good. Some were mysteries with a lot of murders," Ruiz said.

Born Marjorie Lund in 1933 in Moscow, Idaho, she was the daughter of a Norwegian-born dairy farmer. She earned a degree in English from the University of Idaho and a master's in library science from the University of Washington, a rarity for a woman from ⟦flip:his|her⟧ rural county at the time.

Outside the library, Ellison taught Sunday school at First Lutheran Church for 40 years and was an avid birdwatcher who kept notebooks of every species ⟦flip:he|she⟧ saw in the Blue Mountains.

She was preceded in death by her husband in 2008. Survivors include her son David and his wife, Karen; a daughter, Susan Pryor of Boise; five grandchildren; and three great-grandchildren.

A memorial service will be held at 11 a.m. Saturday at First Lutheran Church. The family asks that memorial gifts go to the library's children's book fund.
"""),

dict(title="Peru judge orders 18-month detention for ex-minister Quispe in power plant case", person="Alberto Quispe Huamán", gender="m", text="""
LIMA (Andes Press Service) — A Peruvian judge on Friday ordered former Energy and Mines Minister Alberto Quispe Huamán held in pretrial detention for 18 months while prosecutors investigate allegations that he took bribes in exchange for awarding a hydroelectric concession in the Cusco region.

Judge Carmen Rosales Ugarte granted the request from anti-corruption prosecutors after a hearing that lasted more than nine hours, ruling that there was a serious flight risk because Quispe had traveled to Bolivia twice since the investigation became public in March.

Prosecutor Rosa Villanueva Cárdenas alleges that the former minister received about $1.4 million through a network of front companies controlled by relatives and a former adviser. She told the court that bank records showed transfers from a subsidiary of the company that won the Urubamba Alto concession in 2021.

Quispe, 59, has denied wrongdoing. His lawyer, Jimena Paredes Olaya, said her client had never tried to evade justice and that both trips to Bolivia were to visit a sick brother in La Paz. She said the defense would appeal.

"This is a preventive detention dressed up as a sentence," Paredes told reporters outside the Palace of Justice. "My client has shown up to every summons."

Quispe, who appeared by video link from the prosecutors' office, did not speak during the hearing. Police detained ⟦flip:her|him⟧ at ⟦flip:her|his⟧ home in the Surco district of Lima early Thursday after a raid in which investigators seized documents and two laptops.

The case is the latest in a string of corruption investigations targeting senior officials in Peru, where six former presidents have been investigated or jailed in the past decade.

Quispe, a civil engineer from Puno, served as minister for 14 months under the previous government. He was previously president of the state power company Electroperú.

The adviser named in the case, Luis Enrique Mamani, was arrested in the same operation. His lawyer did not respond to requests for comment.

Congresswoman Ruth Alarcón, who chairs the legislature's oversight committee, said on Friday that her panel would summon the current energy minister to explain whether the concession contract could be annulled.
"""),

dict(title="UNM astronomer's team spots water vapor on a 'warm Neptune'", person="Priya Raman", gender="f", text="""
ALBUQUERQUE — A team led by a University of New Mexico astronomer has detected water vapor and a thick layer of haze in the atmosphere of a planet about 260 light-years from Earth, using observations from the James Webb Space Telescope.

The planet, known as TOI-1759 b, is roughly three times the size of Earth and orbits a small red dwarf star every 18.8 days. Astronomers call such worlds "warm Neptunes," and they are among the most common planets in the galaxy, though nothing like them exists in our own solar system.

Priya Raman, an associate professor of physics and astronomy at UNM and the lead author of the study published Tuesday in The Astrophysical Journal Letters, said the finding helps explain why earlier, ground-based observations of the planet showed almost no features at all.

"The haze was hiding the water," Raman said. "Webb can see through enough of it to tell us what's underneath."

Raman, who grew up in Chennai, India, and came to the United States for graduate school at the University of Arizona, said she first proposed the observations in 2022. Competition for telescope time is intense; only about one in nine proposals is accepted.

Co-author Steven Kahler, a planetary scientist at Los Alamos National Laboratory, built the computer models the team used to interpret the data. He said the planet's atmosphere appears to be rich in heavier elements, which could mean it formed farther from its star before migrating inward.

Tyler Ng, a fourth-year doctoral student in Raman's group, spent most of last year cleaning the data of instrument noise. Ng said ⟦flip:his|her⟧ adviser insisted on running every analysis three different ways before the team would believe the result.

"She's very suspicious of anything that looks too good," Ng said.

Lisa Moreno, a program scientist at NASA who was not involved in the study, called the work "a careful, convincing detection" and said warm Neptunes are a priority for the agency because they bridge the gap between rocky planets and gas giants.

The astronomer said ⟦flip:he|she⟧ and her colleagues have already been awarded time to observe the planet again next spring, this time at longer wavelengths that could reveal methane or carbon dioxide.
"""),

dict(title="Go-Tiangco steps back from SugboMart Visayas board, son takes the helm", person="Lorna Go-Tiangco", gender="f", text="""
CEBU CITY — Lorna Go-Tiangco, the businesswoman who built the SugboMart Visayas supermarket chain from a single sari-sari store in Carbon Market, will step down as chairperson of its board next month and hand control to her eldest son, the company disclosed to the Philippine Stock Exchange on Monday.

Anthony Tiangco, 44, currently the company's president and chief executive, will take over as chairman on July 1 while keeping his executive post. Go-Tiangco, 76, will remain on the board as chairman emeritus.

In a statement, the company said the matriarch wanted to "spend more time with her grandchildren and the family's foundation," which funds scholarships for children of market vendors.

Go-Tiangco opened ⟦flip:his|her⟧ first store in 1971 with P3,000 borrowed from an aunt. Today SugboMart Visayas operates 84 supermarkets and 210 convenience stores across Cebu, Bohol, Negros and Leyte, and reported net income of P2.1 billion last year.

"My mother still visits at least three stores a week. She checks the vegetables before she checks the numbers," Anthony Tiangco told the Tribune. He said he did not expect major changes in strategy but would speed up the company's expansion into Mindanao.

Analyst Catherine Yap of Visayan Securities said the succession had been long expected and that the market would see it as a continuation. "Anthony has effectively been running the company for five years," Yap said. "The bigger question is whether the family will sell down its stake to bring in a strategic partner."

The Go-Tiangco family owns about 68 percent of the listed company. Shares rose 2.3 percent to P18.40 on Monday.

Longtime employee Nenita Caballero, who started as a cashier at the original Carbon store in 1974 and now manages the chain's flagship in Mandaue, said the chairperson still remembered the names of ⟦flip:his|her⟧ earliest workers. "When my husband was sick, Ma'am Lorna paid for the hospital. She never told anyone," Caballero said.

Go-Tiangco's late husband, Benjamin Tiangco, co-founded the company and served as its treasurer until his death in 2015.

The founder said in the statement that ⟦flip:he|she⟧ would continue to chair the SugboMart Foundation, which has given out more than 4,000 college scholarships since 1995.
"""),

dict(title="Delacroix, Sea Dogs part ways after losing season", person="Hank Delacroix", gender="m", text="""
PORTLAND, Maine — The Portland Sea Dogs and manager Hank Delacroix have agreed to part ways after three seasons, the team announced Tuesday, two days after the club finished last in the Eastern League's Northeast Division with a 54-84 record.

Delacroix, 58, had one year remaining on his contract. The Boston Red Sox, the Sea Dogs' parent club, said he would be offered another role in the organization's player development department.

"Hank has been a terrific teacher for our young players, and the record this year doesn't reflect the work he put in," said Stephanie Ruiz, the Sea Dogs' general manager. She said the decision was made jointly with the Red Sox after what she called "a very honest conversation."

Delacroix, a former catcher who spent parts of four seasons in the majors with Montreal and Kansas City, led Portland to the playoffs in his first year, 2022. But the team struggled this season after a wave of early promotions stripped the roster of its top prospects.

Several players credited the manager with their development. Right-hander Eli Santana, who was called up to Triple-A Worcester in June, said Delacroix helped him rebuild his changeup during a rough stretch last summer.

"He'd sit with you for an hour after a bad start and never raise his voice," Santana said.

Reached by phone, Delacroix said ⟦flip:she|he⟧ had no hard feelings. "This is a development league. My job was to send guys up, and we sent a lot of guys up. The wins were going to suffer," he said.

Sea Dogs broadcaster Emily Walsh, who has called the team's games since 2016, said Delacroix was a favorite of fans and staff alike, often staying after home games to sign autographs until the last child left the park. Walsh said Delacroix and ⟦flip:her|his⟧ wife, Paula, a nurse at Maine Medical Center, was a regular in the stands behind home plate.

Ruiz said the club hopes to name a new manager before the winter meetings in December.

Delacroix, a native of Lafayette, La., said he planned to spend the offseason fishing and visiting his grandchildren in Baton Rouge before deciding on his next job.
"""),

dict(title="Mexican novelist Garza wins Premio Río Bravo for border funeral-home saga", person="Lucía Garza Ibarra", gender="f", text="""
MEXICO CITY (Andes Press Service) — Mexican writer Lucía Garza Ibarra on Thursday won the Premio Río Bravo de Novela, one of the richest literary prizes in the Spanish-speaking world, for "La casa de los cuervos," a novel about three sisters who run a funeral home in a northern border town during the drug war.

The award carries $150,000 and publication in 20 countries. Garza, 41, a native of Monterrey, was chosen from among 812 manuscripts submitted under pseudonyms from 24 countries.

Jury president Ernesto Villalobos, a Uruguayan poet and critic, said the novel stood out for "its black humor and its refusal to turn violence into spectacle." He said the decision was unanimous after two days of deliberation.

"What moved us is that the dead in this book are never anonymous," Villalobos said. "Each one has a name and a mother."

Garza learned of the prize in a phone call while picking up her daughter from school. "I thought it was a joke. My friends know I entered, and they are cruel," she said at a news conference in the capital, drawing laughter.

She said the book grew out of ⟦flip:his|her⟧ years as a reporter for a Monterrey newspaper between 2008 and 2014, when she covered crime in Nuevo León and Tamaulipas. Her own grandmother ran a small funeral parlor in Sabinas Hidalgo, she said.

"I wanted to write about the people who clean up after the war, not the ones who make it," Garza said.

Her editor, Mariana Ochoa of Editorial Sierra Madre, said the house had published two of Garza's earlier books, a story collection and a short novel, which sold modestly. Ochoa said she expected "La casa de los cuervos" to change that.

Critic Tomás Elizondo, writing in the weekly Proceso, has compared the novelist to Juan Rulfo and said ⟦flip:his|her⟧ dialogue "sounds like it was overheard at a wake."

The novel will go on sale in Mexico, Spain and Argentina in April. An English translation is planned for next year.

Previous winners of the prize include the Colombian writer Andrés Mendieta and the Chilean novelist Paula Irarrázaval.
"""),

dict(title="Fire captain carries 84-year-old neighbor from burning Eastside home", person="Joe Lindqvist", gender="m", text="""
DULUTH — An off-duty Duluth Fire Department captain pulled an 84-year-old woman from her burning home early Wednesday, minutes before flames spread through the second floor of the house on East Fifth Street.

Capt. Joe Lindqvist, a 22-year veteran of the department, lives two doors down from Evelyn Park. He said he woke up around 4:15 a.m. to the sound of a smoke alarm and saw an orange glow through his bedroom window.

"I didn't even put shoes on," Lindqvist said. "I knew she lived alone and I knew she used a walker."

Lindqvist said he found the front door locked, broke a side window and crawled through the kitchen, where smoke was already thick near the ceiling. He found Park on the floor of her bedroom and carried her out through the back door.

Park was treated at Essentia Health-St. Mary's Medical Center for smoke inhalation and was released Wednesday afternoon. Her daughter, Grace Park-Olson of Hermantown, said her mother was shaken but in good spirits.

"She keeps asking if her cat got out. The cat got out," Park-Olson said. "We owe Joe everything."

Fire Chief Maria Santangelo said crews arrived about six minutes after the 911 call and had the fire under control within half an hour. She said the cause appeared to be an electric space heater placed too close to a couch.

Santangelo said the captain's actions were brave but also risky, noting that ⟦flip:she|he⟧ entered the house without protective gear or breathing equipment. "I'm grateful and I'm proud, and I'm also going to have a conversation with him about it," the chief said, smiling.

Lindqvist, who suffered a cut on ⟦flip:her|his⟧ forearm from the broken glass, said he would do the same thing again. His wife, Karen, a nurse, bandaged the wound on the curb while firefighters worked.

The house was heavily damaged. The American Red Cross is assisting Park with temporary housing.

Santangelo urged residents to keep space heaters at least three feet from furniture and to test smoke alarms monthly.
"""),

dict(title="After 17 years abroad, Batangueña nurse comes home to run barangay clinic", person="Rowena Dimaculangan", gender="f", text="""
LIPA CITY, Batangas — For 17 years, Rowena Dimaculangan worked night shifts in intensive care units in Riyadh, Dubai and London, sending most of her salary home to Batangas. Last month she walked into a one-room health station in Barangay Tambo and began, as she puts it, "the job I was trained for in the first place."

Dimaculangan, 46, is one of 38 returning overseas Filipino nurses hired this year under a Department of Health program that places former OFWs in rural health units in exchange for a salary grade equal to a government hospital nurse.

"Abroad, I was taking care of strangers. Here, I know every patient's lola," she said in an interview at the clinic, where a line of mothers with infants had formed by 7 a.m.

The nurse left the Philippines in 2007, two years after graduating from a nursing school in Lipa, to pay for ⟦flip:his|her⟧ younger brothers' education. She spent nine years in Saudi Arabia before moving to the United Kingdom's National Health Service in 2016, where she worked through the worst months of the COVID-19 pandemic.

Her husband, Arturo, a tricycle driver, raised their two children largely on his own. Their daughter, Kristine, now 19, is studying nursing at Batangas State University.

"I told ⟦flip:him|her⟧ many times not to go back abroad. She finally listened," Arturo Dimaculangan said, laughing.

Dr. Paolo Katigbak, the city health officer, said the Tambo health station had gone without a full-time nurse for almost three years. He said Dimaculangan had already started a hypertension screening program and a weekly prenatal check-up schedule.

"She brings a discipline from those big hospitals that we badly need," Katigbak said.

Barangay Captain Leonora Mendoza said residents had been traveling 40 minutes to the city proper for basic check-ups. The returning OFW, Mendoza said, had even spent ⟦flip:his|her⟧ own money on a blood pressure monitor and a nebulizer.

Dimaculangan admits the pay is a fraction of what she earned in London. But ⟦flip:he|she⟧ says there are things a salary cannot measure.

"My son was five when I left. Now he's taller than me," she said. "I'm not going to miss anything else."
"""),

dict(title="Medellín mayor unveils plan to relocate families from landslide-prone hillsides", person="Andrés Felipe Cárdenas Ruiz", gender="m", text="""
MEDELLÍN, Colombia (Andes Press Service) — Medellín Mayor Andrés Felipe Cárdenas Ruiz on Tuesday announced a four-year, 1.2 trillion peso plan to relocate some 6,000 families living on unstable hillsides on the city's eastern and western slopes, two months after a landslide in the Comuna 8 neighborhood killed 11 people.

Cárdenas, speaking at a ceremony in the La Cruz sector where the disaster occurred, said the city would build 4,000 new apartments and offer rent subsidies to the remaining families while housing is completed.

"We cannot keep burying our neighbors every rainy season and calling it nature," the mayor said. "This is a decision about where people live, and it is a decision the state has avoided for forty years."

City Councilwoman Diana Mejía Arango, a frequent critic of the administration, said she supported the goal but questioned where the money would come from. She noted that the city's budget already faces a shortfall after a decline in transfers from the municipal utility EPM.

"Announcing is easy. I want to see the line in the budget," Mejía said.

Cárdenas said about a third of the funding would come from the national government's housing ministry and the rest from municipal bonds and a planned sale of city-owned land in the El Poblado district. He said he had discussed the plan with Housing Minister Catalina Velásquez last week.

Community leader Luz Marina Ospina, who lost her sister in the March landslide, said many residents were wary of being moved far from their jobs and schools. "People do not want a nice apartment two hours away. They want to stay in their neighborhood, safely," she said.

The mayor said families would be offered housing within the same comuna whenever possible, and that no one would be forced out without an alternative.

Antioquia Governor Felipe Restrepo said the department would contribute engineers to help map risk zones.

Cárdenas, an economist who took office in January, has made the hillside neighborhoods a focus of ⟦flip:her|his⟧ administration. He is expected to present the plan's financing to the City Council next month.
"""),

dict(title="Jury awards $2.4 million to woman injured in Hadley police raid", person="Teresa Holloway", gender="f", text="""
SPRINGFIELD — A federal jury on Friday awarded $2.4 million to a Hadley woman who was seriously injured when police officers executing a search warrant at the wrong address broke down her door and threw her to the floor.

Teresa Holloway, 63, a retired postal worker, suffered a fractured hip and two broken ribs in the March 2021 raid, which was meant for a house on the next street. She has used a cane since.

After deliberating for about six hours, the eight-member jury found two Hadley officers liable for using excessive force and found the town liable for failing to train officers in verifying addresses before executing warrants.

"This verdict tells Teresa that what happened to her was wrong, and that it mattered," said her attorney, Mark Feldman of Boston. He said Holloway had lost her independence after the injuries and had to move in with her sister, Joan Pelletier, in Chicopee.

Holloway, who sat with her sister throughout the seven-day trial, wept as the verdict was read. Outside the courthouse, ⟦flip:he|she⟧ thanked the jurors and said she hoped the town would change its policies.

"I don't want this to happen to anybody else's mother," she said.

Lawyers for the town argued at trial that the officers had relied in good faith on information from a confidential informant and had apologized to Holloway on the night of the raid. Attorney Susan Drake, who represented the town and the officers, said she was disappointed and would discuss an appeal with her clients.

Hadley Police Chief William Durant, who took over the department in 2022, said in a statement that the department had since adopted a policy requiring a supervisor to visually confirm the address before any warrant is served.

U.S. District Judge Patricia Nwosu, who presided over the trial, denied a defense motion earlier in the week to dismiss the claims against the town.

Holloway testified on the second day of the trial that she had been watching television in her nightgown when she heard a crash. She said an officer pushed ⟦flip:him|her⟧ face down onto the kitchen floor and pressed a knee into her back while she begged him to stop.
"""),

dict(title="At 78, Kessler still plants by the thermometer in his shirt pocket", person="Walter Kessler", gender="m", text="""
NEW ULM — Walter Kessler has planted corn on the same 320 acres of Brown County farmland every spring since 1964. This year, like every year, he waited until the soil thermometer he keeps in his shirt pocket read 50 degrees at two inches deep.

"Dad doesn't trust the app," said his daughter, Amy Kessler-Boone, who farms alongside him and does most of the planting now. "He'll look at my phone and then go out and stick his thermometer in the ground anyway."

Kessler, 78, took over the farm from his father, a German immigrant's son, when he was 18. He has seen the price of an acre of land climb from about $200 to more than $11,000 and the size of a typical farm in the county more than double.

⟦flip:Her|His⟧ own farm has stayed small by modern standards. Kessler said ⟦flip:she|he⟧ never wanted to borrow heavily to expand, a decision that looked old-fashioned in the 1970s and wise during the farm crisis of the 1980s, when several neighbors lost their land.

"I went to too many auctions," he said. "You don't forget those."

Rhonda Pitts, a University of Minnesota Extension educator who has worked with Brown County farmers for 25 years, said Kessler was among the first in the area to adopt no-till planting and cover crops, long before they were popular.

"He's traditional about some things and way ahead on others," Pitts said. "He was planting rye cover in the '90s when people thought he was crazy."

Kessler-Boone, 49, returned to the farm in 2008 after a career as an accountant in Minneapolis. She said her father still handles the books by hand in a ledger ⟦flip:she|he⟧ keeps on the kitchen table, then lets her check them on the computer.

His wife of 54 years, Dorothy, died in 2019. Kessler said the farm has been harder without her, and that she was the one who made most of the big decisions anyway.

Neighbor Tom Reinhart, who has farmed the adjoining section for three decades, said the old farmer still shows up at every neighbor's harvest with a thermos of coffee. "If your combine breaks, Walt is the first call," Reinhart said.

Asked how long ⟦flip:she|he⟧ plans to keep farming, Kessler shrugged. "Till the thermometer says otherwise," he said.
"""),
]
