ARTICLES = [
dict(title="MacLeod rink steals two in tenth to reach Scotties semifinal", person="Jolene MacLeod", gender="f", text="""
KELOWNA, B.C. — Jolene MacLeod needed one last shot to keep her Scotties Tournament of Hearts alive on Saturday, and she made it look routine.

Facing two Manitoba stones in the house and no hammer in the tenth end, the Nova Scotia skip drew the button through a narrow port to steal two points and win the page playoff game 7-6 over Karen Whitford's rink.

"I wasn't sure it was there until it was about halfway down," MacLeod said. "Amy swept it the whole way. She deserves half of that one."

Third Amy Chiasson, who has played alongside MacLeod since they were juniors in Truro, said the sweepers could hear the skip's call clearly despite the crowd. "Jo doesn't yell very often. When she does, you just go," Chiasson said.

Whitford, a two-time provincial champion, had controlled much of the game and led 6-4 after eight ends. She said a missed double in the ninth opened the door. "We had it where we wanted it and I just overthrew it by a foot," she said. "Credit to them, they made everything after that."

Team coach Gary Sutherland, who has worked with the Nova Scotia foursome for three seasons, said the shot in the tenth did not surprise him. "⟦flip:He|She⟧ makes that shot in practice ten times out of ten," Sutherland said. "The difference tonight was the pressure, and she has learned to enjoy it."

It has been a long road back for MacLeod, who stepped away from competitive curling for a year after the birth of her first child. She returned last season and won the provincial title in a playoff that went to an extra end.

The skip, a schoolteacher in Bedford, said she had brought ⟦flip:his|her⟧ son, Liam, to the rink for the first time this week. "He's two, so I don't think he knows what's going on. But he likes the rocks," she said.

Nova Scotia will play Ontario in the semifinal on Sunday morning, with the winner advancing to the final against the defending champions. Ontario skip Rebecca Lindsay beat MacLeod 8-5 in the round robin.

"We know what they do well," MacLeod said. "We'll have to be sharper early."
"""),

dict(title="Housing MMC promises talks as Philippi residents resist relocation", person="Ayesha Parker", gender="f", text="""
CAPE TOWN — The City of Cape Town's mayoral committee member for human settlements, Ayesha Parker, has promised to meet residents of an informal settlement in Philippi who are refusing to move to a temporary relocation area ahead of a flood-prevention project.

About 400 families live in the settlement, which sits on low-lying land that floods almost every winter. The city wants to move them to a site near Mitchells Plain for up to three years while the land is raised and a stormwater system is built.

On Tuesday, dozens of residents blocked a road near the settlement with burning tyres after city officials arrived to number shacks. Police used rubber bullets to disperse the crowd, and two people were arrested.

Community leader Sibusiso Mkhabela said residents were not against the project but had been given no written guarantee that they would be allowed to return. "They told our parents the same thing in 1995, and those people are still waiting," he said.

Parker said in a statement that the city's plans had been explained at several public meetings and that the relocation was meant to be temporary. On Wednesday, after speaking to Mkhabela by phone, ⟦flip:he|she⟧ agreed to visit the settlement on Friday with engineers and officials from the city's legal department.

"I understand the fear. Nobody wants to leave their home on a promise," Parker said. "I will bring the plans, and I will sign a commitment in front of the community if that is what it takes."

Housing activist Noxolo Tshabalala of the Philippi Land Forum welcomed the meeting but said written guarantees needed to be legally binding. "A speech is not a title deed," she said.

Opposition councillor Riaan Jacobs said the city had handled the matter badly from the start. "You don't arrive with spray paint and expect people to smile," he said.

Parker, a former social worker who was elected as a ward councillor in 2016, has faced criticism before over the pace of housing delivery in the metro. She said this week that more than 8,000 serviced sites would be completed in the current financial year, most of them on the Cape Flats.

Asked whether the city would consider a court order to move residents, ⟦flip:he|she⟧ said that would be "a last resort I hope we never reach".
"""),

dict(title="Appeal court orders new trial for Sudbury man convicted of manslaughter", person="Kevin Doucette", gender="m", text="""
TORONTO — Ontario's Court of Appeal has set aside the manslaughter conviction of a Sudbury man and ordered a new trial, finding that the trial judge gave the jury confusing instructions about self-defence.

Kevin Doucette, 34, was convicted in 2019 in the death of Brandon Ayotte, 27, who was fatally stabbed during a fight outside a bar on Elgin Street in downtown Sudbury. Mr. Doucette has always maintained that he acted in self-defence after Mr. Ayotte and two friends followed him into a parking lot.

In a unanimous decision released Tuesday, Justice Karen Abernathy, writing for a three-judge panel, said the jury was told to consider whether Mr. Doucette's response was "proportionate" without being properly instructed on the other factors set out in the Criminal Code.

"The charge, read as a whole, left the jury with the impression that proportionality was the decisive question," Justice Abernathy wrote. "It was not."

Mr. Doucette's lawyer, James Okafor, said his client was relieved. "He has spent almost five years in custody for a verdict that was reached on a flawed legal footing," Mr. Okafor said.

Mr. Doucette's mother, Diane Doucette, who attended every day of the original trial, said she cried when she heard the news. "I just want my son to have a fair trial. That's all we ever asked for," she said. ⟦flip:She|He⟧ has missed the birth of a niece and the death of his grandfather while in prison, she added.

The Crown argued on appeal that any error in the instructions was harmless because the evidence against Mr. Doucette was overwhelming, pointing to surveillance video showing him drawing a knife from his jacket. The court disagreed, noting that the video also showed Mr. Ayotte's friends surrounding him.

Mr. Ayotte's sister, Chantal Ayotte, said the family was devastated. "My brother is still dead. Nothing about that changes," she said. "We'll sit through it all again if we have to."

The Crown has 60 days to decide whether to seek leave to appeal to the Supreme Court of Canada. Mr. Okafor said he would apply for bail for ⟦flip:her|his⟧ client as soon as possible, and that a date for a new trial would likely not be set before next year.
"""),

dict(title="Kaap Fashion profits jump as shoppers return to malls", person="Ingrid van Wyk", gender="f", text="""
CAPE TOWN — Kaap Fashion Group reported a 23% rise in headline earnings per share for the six months to December on Monday, as lower interest rates and two-pot retirement withdrawals put more cash in shoppers' pockets over the festive season.

The clothing and homeware retailer, which trades under five brands in more than 900 stores across southern Africa, said sales rose 11% and gross margin widened by 1.2 percentage points thanks to fewer markdowns.

Chief executive Ingrid van Wyk said the group had made a deliberate bet on stocking up early for the festive season. "We took a view in August that the consumer would be stronger than people expected, and we bought accordingly," she said. "That paid off."

Van Wyk, who joined Kaap in 2018 from a UK retailer, has pushed the group to source more of its clothing locally. About 42% of garments are now made in South Africa, up from 28% four years ago, which she said had cut lead times and reduced the risk of being stuck with the wrong stock.

Chairman Dawid Joubert said the board had approved an interim dividend of 310 cents a share, up 25%. He praised management for "disciplined execution in a market that has punished retailers who got their buying wrong".

Not everyone was convinced the momentum would last. Retail analyst Sizwe Khanyile said much of the boost came from one-off retirement fund withdrawals. "That money was spent once. It won't be there again in the second half," he said.

Asked about that risk, the chief executive said ⟦flip:he|she⟧ expected sales growth to slow but remain positive. ⟦flip:His|Her⟧ team was also watching the impact of cheap online imports, which she described as "the single biggest threat to local clothing manufacturing".

The clothing workers' union welcomed the local sourcing push. Its deputy general secretary, Faizel Abrahams, said the group had become one of the biggest customers of factories in Atlantis and Durban. "When Kaap buys local, our members keep their jobs," he said.

Van Wyk said the group would open 60 new stores this year, including its first in Zambia, and would spend R1.1 billion on distribution centres. Kaap shares rose 6% on the JSE.
"""),

dict(title="Dorothy Ahenakew, Cree language teacher, dies at 91", person="Dorothy Ahenakew", gender="f", text="""
PRINCE ALBERT, Sask. — Dorothy Ahenakew, who spent more than half a century teaching Cree to children and adults in northern Saskatchewan and helped write one of the first Cree school curriculums in the province, has died. She was 91.

Her granddaughter, Tanya Ahenakew, said she died on Monday at the hospital in Prince Albert, surrounded by family. "She was still correcting our grammar last week," Tanya said. "She never stopped being a teacher."

Born in 1933 near Shell Lake, Dorothy was sent to residential school at the age of seven. Staff punished children for speaking Cree, and ⟦flip:he|she⟧ later described hiding in a storeroom with an older cousin to whisper words so she would not forget them.

She married Albert Ahenakew, a trapper and later a band councillor, in 1952. The couple raised six children. Albert died in 2004.

In the 1970s, when few schools offered Indigenous languages, she began teaching Cree in a church basement on Saturday mornings. Within a few years ⟦flip:his|her⟧ classes had outgrown the basement, and the school division hired her to develop a program for its elementary schools. Working with linguist Robert Lafond, she wrote lesson plans, recorded elders telling stories and drew many of the illustrations herself.

Lafond, now retired, said she had an unusual gift. "Dorothy could take a verb with twenty forms and make a six-year-old laugh while learning it," he said. "I learned more from her than from any university."

In 2011 she received the Saskatchewan Order of Merit. At the ceremony in Regina, ⟦flip:he|she⟧ spoke only in Cree, then asked the lieutenant-governor to translate. The audience laughed, and then gave her a standing ovation.

Her son, Gerald Ahenakew, said his mother rarely talked about her own childhood, but that it drove everything she did. "She used to say they tried to take the language out of her mouth, so she was going to put it in a thousand other mouths," he said.

She is survived by five of her children, 19 grandchildren and 31 great-grandchildren. A funeral will be held Saturday at the community hall in Sturgeon Lake.
"""),

dict(title="Labour Court halts bus strike, orders parties back to talks", person="Sizwe Ngcobo", gender="m", text="""
JOHANNESBURG — The Labour Court on Thursday interdicted a strike by more than 3,000 bus drivers at Metro Coach Lines, ruling that the union had failed to follow the procedures required before workers could down tools.

Judge Sizwe Ngcobo found that the union had issued its strike notice before the conciliation period at the bargaining council had expired, making the strike unprotected. He ordered drivers to return to work by Saturday and directed both parties back to mediation.

The strike, which began on Monday, has left hundreds of thousands of commuters in Gauteng and the Eastern Cape scrambling for taxis and lifts. Many schools reported high absenteeism.

The union's general secretary, Lindiwe Maseko, said the union would comply with the order but was considering an appeal. "Our members are earning less today in real terms than they did five years ago. A court order doesn't pay school fees," she said.

Advocate Carla Smit, for the company, argued that the union had been warned in writing that its notice was premature. In ⟦flip:her|his⟧ judgment, Ngcobo agreed, saying the union's own correspondence showed that it knew the conciliation period had not ended.

"The right to strike is fundamental, but it is not unqualified," the judge said. "The Labour Relations Act sets out a process for good reason, and that process protects workers as much as it protects employers."

Ngcobo was critical of both sides, however. ⟦flip:She|He⟧ noted that the company had made only one revised wage offer in four months of talks and urged it to "come to the table with something real". He also cautioned that any dismissals arising from the strike should be handled fairly.

Metro Coach Lines chief executive Rajesh Pillay said the company was pleased with the ruling and would honour the judge's call for serious negotiations. "We want our drivers back and our passengers moving," he said.

Commuter Thandiwe Mokoena, who waited two hours for a taxi in Soweto on Thursday morning, said she was relieved but worried. "If they go back to strike next month, I'll lose my job," she said.

The union has demanded a 12% increase, while the company has offered 5.5%. Mediation is expected to resume next week.
"""),

dict(title="At Maison Lefebvre, a chef cooks his grandmother's Gaspésie", person="Antoine Lefebvre", gender="m", text="""
MONTREAL — Antoine Lefebvre does not like the word "elevated". When critics describe the food at Maison Lefebvre, his 40-seat restaurant on a side street in Saint-Henri, as elevated Québécois cooking, he winces.

"It's my grandmother's food. I just have better knives than she did," he says, dicing shallots at the pass an hour before service.

The restaurant, which he opened in 2019 with his wife, Sophie Bergeron, who runs the dining room and the wine list, was named the best new restaurant in the country by a national magazine last month. Reservations are now booked three months ahead.

Lefebvre, 38, grew up in New Richmond on the Gaspé Peninsula, where his grandmother, Rita, cooked for a family of eleven. Her cod cheeks, pea soup and blueberry grunt appear on his menu almost unchanged. "She never measured anything. I spent two years trying to reverse-engineer her pie crust," he says.

After culinary school in Montreal, he worked in kitchens in Lyon and Copenhagen, and ⟦flip:she|he⟧ credits the Danish chef Mette Holm, his boss for three years, with teaching him discipline. "Mette would throw out a whole tray of bread if one loaf was wrong. I hated her for about six months, and then I understood," he says.

Bergeron says her husband is calmer than his reputation suggests. "People think chefs scream. Antoine gets very quiet when he's angry, which is much worse," she says, laughing.

The kitchen is run day to day by sous-chef Naomi Tremblay-Cox, who joined from a hotel in Quebec City. She says Lefebvre insists on staff meals that are as good as anything served to customers. "He says if he wouldn't eat it, he won't serve it, and he won't make us eat it either," she says.

Success has brought pressure. Investors have approached the couple about a second location, and a publisher wants a cookbook. Lefebvre says ⟦flip:she|he⟧ is in no hurry.

"My grandmother cooked in one kitchen her whole life," he says. "I think I can manage that too. Maybe a bigger walk-in fridge."
"""),

dict(title="Tshwane Rangers fire coach Zwane after seven games without a win", person="Bongani Zwane", gender="m", text="""
PRETORIA — Tshwane Rangers have parted ways with head coach Bongani Zwane after a run of seven league matches without a win left the club one point above the relegation zone.

The decision was announced on Monday morning, two days after Rangers lost 3-0 at home to Durban City, a defeat that was met with jeers and a pitch invasion by a small group of supporters at the final whistle.

Club chairperson Dr Nthabiseng Molefe said the board had taken the decision "with a heavy heart". "Coach Bongani gave this club everything he had, and we will always be grateful for last season's cup run. But results are results, and we cannot gamble with our Premiership status," she said.

Zwane, 49, a former Bafana Bafana midfielder, took over in 2022 and led the club to the Nedbank Cup semifinals last season. But injuries to key players, including striker Lucky Mahlaba, and the sale of captain Tshepo Moloi to a North African club in the off-season left ⟦flip:her|his⟧ squad badly weakened.

In a short statement released through his agent, Zwane thanked the players and the supporters. He said he remained proud of the team's achievements. "Football is a results business. I accept that and I wish the club well," he said.

Assistant coach Puleng Sekhukhune, a former Banyana Banyana defender who joined the technical staff last year, will take charge on an interim basis. She becomes one of very few women to lead a men's team in the top flight. Molefe said Sekhukhune had the full backing of the board. "She knows the players and she knows the system," the chairperson said.

Several senior players expressed their sadness on social media. Defender Sipho Mabuza wrote that the coach had "believed in me when nobody else did".

Supporters' club leader Grace Nkuna said fans had been calling for change for weeks but that ⟦flip:she|he⟧ should not carry all the blame. "The board sold our best players and gave the coach nothing. He was fighting with one hand," she said.

Rangers face Polokwane Stars away on Saturday.
"""),

dict(title="New Brunswick declares measles outbreak after 11 cases in Moncton area", person="Hélène Arsenault", gender="f", text="""
MONCTON — New Brunswick's chief medical officer of health has declared a measles outbreak in the Moncton region after 11 confirmed cases, most of them in children who had not been vaccinated.

Dr. Hélène Arsenault told a news conference Thursday that the first case was linked to travel, and that the virus had since spread at a daycare, a church and a hockey arena. Six of the patients are under five. Two have been admitted to hospital, including an infant too young to be vaccinated.

"Measles is one of the most contagious diseases we know," Dr. Arsenault said. "If you are not protected and you are in the same room as an infected person, you have about a 90-per-cent chance of catching it."

She urged parents to check their children's vaccination records and said extra immunization clinics would open this weekend in Moncton, Dieppe and Riverview.

Health Minister Robert Gallant said the province would hire additional public health nurses to trace contacts. He acknowledged that childhood vaccination rates had slipped during the COVID-19 pandemic and said the government would send reminder letters to every family with a child under 18.

The doctor said ⟦flip:his|her⟧ office was particularly concerned about exposures at the Moncton Coliseum during a minor hockey tournament two weekends ago, which drew teams from across the Maritimes. Public health officials in Nova Scotia and Prince Edward Island have been notified.

Parent Jessica Cormier, whose four-year-old son attends the affected daycare, said she had spent the morning on the phone trying to book a vaccine appointment for her younger daughter. "I thought measles was something from history books," she said.

Dr. Arsenault, a pediatrician who worked in rural clinics in the Acadian Peninsula before joining public health, said she understood that some parents had questions about vaccines. ⟦flip:He|She⟧ said family doctors and pharmacists were the best people to answer them.

Measles cases have risen across Canada this year. Anyone who develops a high fever, cough and rash after a possible exposure should call ahead before going to a clinic or emergency room, she said.
"""),

dict(title="Zinhle Mabuza wins best actress at Durban film festival", person="Zinhle Mabuza", gender="f", text="""
DURBAN — Zinhle Mabuza was named best actress at the Durban International Film Festival on Saturday night for her performance as a grieving taxi owner in Umlilo, a drama that also won the festival's top prize for a South African feature.

Mabuza, 34, plays Thandi, a widow who takes over her late husband's minibus taxi business in Umlazi and finds herself in a violent dispute with a rival association. The role required her to learn to drive a manual minibus, which she said was "the scariest part of the whole shoot".

"I failed my test twice before we started filming," she said, holding her award backstage. "The crew used to clear the parking lot when I was practising."

The film's director, Sandile Khumalo, said he had written the part with Mabuza in mind after seeing her in a stage production at the Playhouse in 2019. "⟦flip:He|She⟧ has a stillness that you cannot teach," Khumalo said. "She can hold a close-up for a full minute without saying anything and you cannot look away."

Co-star Palesa Motaung, who plays Thandi's teenage daughter, said working with Mabuza had been like attending acting school. "She would stay on set even when she wasn't in the scene, just to give me her eyeline," Motaung said.

Mabuza grew up in KwaMashu, where her mother sold vetkoek outside a train station. In her speech, ⟦flip:he|she⟧ thanked her mother, who was in the audience, and dedicated the award to "every woman who has kept a family going after a funeral".

The festival's jury, chaired by the Kenyan filmmaker Wanjiru Kamau, said the film was "a tense, humane portrait of ambition and survival". The best actor award went to Lwazi Nene for his role as a disillusioned police officer in the thriller Blue Light.

Umlilo will be released in South African cinemas in October. Khumalo said a streaming deal was under discussion but declined to give details.

Asked what she would do next, Mabuza said she had been offered a role in a television series but would return to the stage first. Theatre, the actress said, was where ⟦flip:he|she⟧ felt most at home.
"""),

dict(title="Kamloops fire chief says crews held the line as wildfire shifted overnight", person="Greg Pelletier", gender="m", text="""
KAMLOOPS, B.C. — Firefighters managed to keep a wildfire from reaching homes on the western edge of Kamloops overnight after a sudden wind shift pushed flames toward the Juniper Ridge neighbourhood, fire chief Greg Pelletier said Tuesday.

About 1,800 residents were ordered out of their homes late Monday as the fire, which started on Sunday in dry grassland near Lac Du Bois, grew to more than 1,200 hectares. No structures have been lost, though several outbuildings were damaged.

"For about three hours, it was touch and go," Pelletier said at a morning briefing. "Our crews, along with the BC Wildfire Service, held the line on the ridge. I have never been prouder of this department."

He said a crew of 40 municipal firefighters worked through the night with sprinklers and hoses to protect homes closest to the fire. Air tankers were grounded after dark but resumed drops at first light.

BC Wildfire Service incident commander Shannon Kowalchuk said the fire was still considered out of control but that cooler temperatures expected Wednesday would help. She warned that gusty winds could return by the weekend.

Thompson-Nicola Regional District board chair Wendy Sorensen said an emergency reception centre at a local arena had registered more than 600 evacuees. She thanked volunteers who had brought food, blankets and pet crates.

Pelletier, who has been chief for six years and fought fires in the region for more than two decades, said ⟦flip:she|he⟧ had seen fire behaviour change dramatically in that time. "We're getting fires in May that used to be August fires," he said.

Resident Harpreet Gill, who fled with her two children and the family dog shortly before midnight, said the sky looked "like the inside of an oven". She said she was grateful to the firefighters but anxious to know when she could go home.

The chief said ⟦flip:her|his⟧ crews would remain on the ridge for at least another two days. He asked residents to stay away from the area and to respect the evacuation order. "I know people want to check on their houses. Please let us do our job," Pelletier said.
"""),

dict(title="MeerKAT spots giant radio galaxy, stretching astronomers' models", person="Mpho Radebe", gender="m", text="""
CAPE TOWN — Astronomers using the MeerKAT radio telescope in the Karoo have discovered one of the largest radio galaxies ever found, a structure of magnetised plasma stretching about 15 million light-years from end to end.

The discovery, described this week in a peer-reviewed astronomy journal, was led by Professor Mpho Radebe of the University of the Western Cape. He said the galaxy's jets, powered by a supermassive black hole at its centre, were roughly 150 times the width of the Milky Way.

"When we first saw the image, we thought it was two separate sources," Radebe said. "It took a few weeks of checking before we were confident that this was one enormous object."

The faint structure was first spotted by Naledi Mokwena, a PhD student in Radebe's group, while she was sifting through survey images on a Sunday afternoon. "I sent my supervisor a message that just said 'please look at this'," Mokwena said. "He phoned me back within five minutes."

Radebe said the credit belonged to ⟦flip:her|his⟧ student. "Naledi has a very good eye. A lot of people would have scrolled past it," ⟦flip:she|he⟧ said.

Giant radio galaxies of this size were once thought to be extremely rare. But sensitive new telescopes such as MeerKAT, which is a precursor to the international Square Kilometre Array, have revealed many more than expected. Co-author Dr Sarah Lindqvist, of a Swedish observatory, said the find suggested that the space between galaxies may contain more magnetic fields than current models predict.

"These objects are like probes sent out into the cosmic web," she said. "They tell us what that environment is like."

The research also involved astronomers from the University of Cape Town and the South African Radio Astronomy Observatory. Observatory head of science Prof Johan Barnard said MeerKAT continued to "punch well above its weight" and that South African students were doing much of the work.

Radebe, who grew up in Mahikeng and was the first in his family to attend university, said he hoped the discovery would encourage young South Africans to consider astronomy. "We have one of the best telescopes in the world in our backyard," ⟦flip:she|he⟧ said. "The next discovery could be theirs."
"""),
]
