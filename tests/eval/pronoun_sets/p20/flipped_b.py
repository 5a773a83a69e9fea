ARTICLES = [
dict(title="Obituary: Dame Vera Holloway, who saved the kākāpō from the brink", person="Vera Holloway", gender="f", text="""Dame Vera Holloway, the ornithologist who spent thirty years on windswept islands trying to save the kākāpō, has died in Nelson at the age of 89.

Born in Greymouth in 1935, she was the daughter of a coal miner and a schoolteacher. Her mother, Edith, took her bird-watching along the Grey River on Sunday afternoons, and by the age of twelve she was keeping notebooks of every species she saw.

She studied zoology at Canterbury, where her lecturer, Professor Arthur Penrose, tried to discourage her from fieldwork. "He told me women got cold too easily," she said in a 2004 interview. "I told him I was from the West Coast."

In 1974 she joined the Wildlife Service and was sent to Fiordland to search for kākāpō, the flightless parrot then believed by many to be extinct. With ranger Don Merriweather she found a single male in the Milford catchment. Merriweather, who died in 2011, later said she had heard the bird's booming call before anyone else. "She had ears like a bat," he said.

Holloway went on to lead the programme that moved the surviving birds to predator-free islands. When the population fell to 51 in 1995, she persuaded the government to fund round-the-clock nest monitoring. Conservation minister Denis Marshall, who approved the money, said at the time that he had never been lobbied so effectively.

Her colleague Dr Rangi Whaanga, who now leads the recovery team, said there were more than 240 kākāpō today because of her. "Every bird alive has her fingerprints on it somewhere," he said.

She married the geologist Ken Holloway in 1962. They had two daughters, Anne and Ruth. Anne Holloway said her mother had missed most birthdays because of the breeding season but made up for it with stories. "We grew up thinking kākāpō were members of the family," she said.

Holloway was made a dame in 2003. She said the honour embarrassed ⟦flip:him|her⟧ and that the birds deserved it more.

She is survived by her daughters, five grandchildren and, she liked to say, 247 parrots.""" ),

dict(title="Stellenbosch wine estates agree merger to take on export market", person="Pieter van Wyk", gender="m", text="""Two of Stellenbosch's oldest family wine estates, Rietvallei and Klein Moolenkloof, will merge next year to create one of the largest independent producers in the Western Cape.

The deal, announced on Monday, will be led by Pieter van Wyk, the fifth-generation owner of Rietvallei, who will become chief executive of the combined business. Klein Moolenkloof's owner, Marietjie du Plessis, will chair the board.

Van Wyk said the estates could no longer compete alone with the large cooperatives and foreign-owned brands. "We make beautiful wine and we sell it badly," he said. "Together we can afford a proper export team."

Du Plessis, whose grandfather planted the estate's first chenin blanc vines in 1948, said the decision had been painful. She said she had discussed it for months with her brother, Johan du Plessis, who manages the vineyards. "He cried when we signed," she said. "So did I."

The merged company will have about 600 hectares under vine and employ 340 permanent staff. Van Wyk said no jobs would be lost. ⟦flip:She|He⟧ said the company intended to expand into China and the United States, where sales of South African wine have grown.

Industry analyst Lerato Mahlangu said the merger was a sign of the pressure on family estates. She said exports had been hit by high shipping costs and by the strength of the rand last year. "The middle of the market is being squeezed," Mahlangu said.

Farmworkers' representative Simon Arendse said staff had been told about the deal at a meeting on Friday. He said workers wanted written guarantees on housing, as many live on the estates. Van Wyk told reporters that he had met Arendse and that ⟦flip:her|his⟧ door would remain open.

Both estates will keep their names and labels. Winemaker Annelie Botha, who has made Rietvallei's reds for twenty years, said she was relieved. "Pieter promised me nobody would touch my barrels," she said, laughing. "I'm holding him to that."

Van Wyk's father, Gert van Wyk, who ran Rietvallei until 2015, said he supported the merger. He said his son had shown ⟦flip:herself|himself⟧ to be a better businessman than his father had ever been.

The deal is subject to approval by the Competition Commission.""" ),

dict(title="Volcanologist warns Taupō monitoring network has gaps", person="Leilani Soa", gender="f", text="""A leading volcanologist has warned that New Zealand's monitoring network around Lake Taupō has significant gaps, and that scientists could miss early signs of unrest under the lake.

Dr Leilani Soa, a senior scientist at GNS Science, told a conference in Rotorua on Wednesday that only three of the twelve seismometers around the lake sat close enough to its deepest part to detect small earthquakes reliably.

"We are listening to the volcano with one ear," Soa said. She stressed that there was no sign of an eruption and that the chances of one in any given year remained very low. "This is about being ready, not about being frightened."

Taupō last erupted in 232 AD, in one of the most violent eruptions of the past five thousand years. In 2022 the volcanic alert level was raised to 1 for the first time after a swarm of small earthquakes.

Soa's colleague, Dr Hamish Clegg, who manages the national seismic network, said the organisation agreed that more instruments were needed. He said a proposal for lake-floor sensors had been submitted to the government last year. "It is expensive to put equipment at the bottom of a lake," he said. "But it is cheaper than not knowing."

Taupō mayor David Trewavas said residents wanted honest information. He said he had invited Soa to speak at a public meeting next month.

Soa, who grew up in Samoa and studied at Auckland and Bristol, has spent most of her career on Ruapehu and White Island. She said Taupō was harder to study because the magma chamber lay beneath water. Her research team, which includes PhD student Mele Tonga and technician Aaron Biddle, spent last summer laying temporary cables on the lake floor from a borrowed fishing boat.

Biddle said the boat's owner, local fisherman Rick Dunne, had refused payment. "He said he'd rather help than read about it in the paper," Biddle said.

Conference chair Professor Judith Kaye praised the presentation. She said Soa had made a technical subject understandable without exaggeration, and that ⟦flip:his|her⟧ data would be difficult for officials to ignore.

The government has said it will consider the proposal in next year's budget.""" ),

dict(title="Detective who cracked cold case set to retire after arrest", person="Warren Pike", gender="m", text="""The detective who led the investigation into the 1998 murder of Porirua teenager Kelly Ann Hutt says he will retire next month, a week after police charged a 52-year-old man with her death.

Detective Inspector Warren Pike has worked on the case on and off for twenty-five years. He was a constable when Kelly Ann, 16, disappeared on her way home from a netball practice, and he was among the officers who found her body in bush near the Whitireia hills.

"I was 24 and I had never seen anything like it," Pike said on Friday. "I promised her mother we'd find who did it. It took longer than I thought."

Kelly Ann's mother, Janice Hutt, now 74, said she had never stopped believing him. "Warren rang me on my birthday every year," she said. "Even when there was nothing to say, he rang." Mrs Hutt said she had cried when ⟦flip:she|he⟧ called to tell her about the arrest.

The breakthrough came last year when forensic scientist Dr Olivia Brandt re-examined fibres from Kelly Ann's jacket using a technique that was not available in 1998. Dr Brandt said the results had allowed detectives to narrow their list of suspects to three men. She said the work had been painstaking. "We had one chance with each sample," she said.

The accused, who has name suppression, appeared briefly in the Porirua District Court on Tuesday. His lawyer, Kate Morrison, said he would plead not guilty.

Wellington district commander Superintendent Tania Rewi said Pike had refused several promotions so he could stay in the district. She said the case had never been closed while ⟦flip:she|he⟧ was serving. "Warren simply would not let it go," she said.

Pike's wife, Lynette, said her husband had kept a box of case files in the garage for years. "He used to go out there at night and just read," she said.

Pike said he would not be sorry to leave. He said he planned to spend more time with his son, Callum, who lives in Perth, and to go fishing. ⟦flip:Her|His⟧ colleague Detective Sergeant Matiu Rangi will take over the file for the trial.

Asked what he would do on his last day, Pike said he would drive to Mrs Hutt's house. "I'll have a cup of tea with Janice," he said. "Then I'll go home and sleep for a week." Rangi said he expected ⟦flip:her|him⟧ to be back at the station within a month, asking questions.""" ),

dict(title="Opposition MP demands answers over collapsed Khayelitsha housing project", person="Nomvula Sithole", gender="f", text="""An opposition member of the Western Cape provincial legislature has accused the provincial government of covering up the reasons for the collapse of a R200 million housing project in Khayelitsha.

Nomvula Sithole, the ANC's spokeswoman on human settlements, told the legislature on Thursday that 1,100 families had been waiting for houses on the Site C project for seven years. The contractor abandoned the site in March, leaving half-built walls and unpaid workers.

"These families were promised a key and a front door," she said. "They have been given a fence and a locked gate."

Human settlements MEC Tertuis Simmers said the department had terminated the contract after the company, Ubuhle Construction, missed repeated deadlines. He said a new contractor would be appointed by October. "Nobody is hiding anything," Simmers said. "The department acted as soon as it was clear the contractor could not deliver."

Sithole said ⟦flip:he|she⟧ had asked for the contractor's payment records three times and had been refused each time. The MP said that if the records were not released within a week, her party would approach the public protector.

Speaker Daylin Mitchell twice asked Sithole to withdraw remarks, including a suggestion that the MEC had "friends" at Ubuhle. She withdrew the first but not the second, and was ordered to leave the chamber. Outside, Sithole told reporters that ⟦flip:his|her⟧ removal proved the government did not want the question asked.

Ubuhle's director, Bongani Cele, denied any political connections. He said the company had been paid late by the department and had run out of money. "We did not walk away," Cele said. "We were starved."

Resident Lindiwe Qwabe, who has lived in a shack near the site with her three children since 2017, said she was tired of arguments in the legislature. "They fight in there and we still have no toilet," she said.

Sithole later visited the site with a group of residents. She told them she would keep raising the matter until building resumed. Resident committee leader Xolani Mbeki said people trusted ⟦flip:him|her⟧ because she had come back more than once.

The department said it would brief the legislature's committee on the project next month.""" ),

dict(title="Actor Jonah Whitcombe on playing his own grandfather", person="Jonah Whitcombe", gender="m", text="""Jonah Whitcombe has played a lot of soldiers. In his new film, Passchendaele Road, he plays one he knew: his grandfather, Private Albert Whitcombe, who fought at Ypres in 1917 and came home to a farm in the Wairarapa.

We meet in a café on Cuba Street. Whitcombe, 43, is quieter than the characters he usually plays. He orders tea and asks whether he can have the seat facing the wall. "I get recognised a bit here," he says. "It makes me nervous."

The film was directed by Sarah Kingi, who first approached him after reading an article he had written about his grandfather's letters. Kingi says she knew at once that he was the only actor for the part. "He had spent half his life with this man's handwriting," she says. "You can't teach that."

Whitcombe's co-star, the actress Helena Marsh, plays his grandmother, Florence. She says the two of them spent a week at the family farm before filming started. "Jonah showed me the exact fence Albert built when he came home," Marsh says. "⟦flip:She|He⟧ knew every post."

The letters themselves are kept by Whitcombe's aunt, Margaret Whitcombe, who lives in Martinborough. She lent them to the production on condition they never left her sight. Whitcombe says she sat on set for most of the shoot. "She corrected my accent twice," he says. "She was right both times."

His father, Robert Whitcombe, died in 2019 before the film was made. Whitcombe says that was the hardest part. "Dad used to read those letters to me at night," he says, and then stops. After a moment ⟦flip:she|he⟧ asks whether we can talk about something else.

We talk about his early career instead. He grew up in Carterton and left school at sixteen to work at a timber mill. A drama teacher, Mrs Ruth Pallister, persuaded ⟦flip:her|him⟧ to audition for drama school. "She drove me to Wellington for the audition in her Morris Minor," he says. "I owe her everything."

Passchendaele Road opens in cinemas next week. Asked whether his grandfather would have liked it, Whitcombe thinks. He says ⟦flip:she|he⟧ hopes so, but that Albert hated fuss. "He'd probably have gone out to check the sheep," ⟦flip:she|he⟧ says, smiling at last.""" ),

dict(title="Conductor brings township choir to Cape Town City Hall", person="Ingrid Albertyn", gender="f", text="""The Cape Philharmonic Orchestra's principal conductor, Ingrid Albertyn, will share the stage at City Hall this Saturday with a 60-voice choir from Gugulethu, in a concert she says has been three years in the making.

Albertyn, 51, first heard the Masiphumelele Community Choir sing at a funeral in 2021. She said she went home and could not sleep. "I knew that sound had to be heard with an orchestra behind it," she said.

The programme includes Brahms's German Requiem and a new work by Cape Town composer Sizwe Ngcobo, written for the choir. Ngcobo said he had spent months at choir rehearsals before writing a note. "I needed to know their voices," he said. "You can't write for sixty people you don't know."

Choir director Thandeka Mabuza said most of the singers had never performed with instruments, let alone a full orchestra. She said the first combined rehearsal had been frightening for everyone. "The orchestra was scared of us and we were scared of them," she said. "By the second week we were sharing lunch."

Orchestra leader Konstantin Ivanov, the Russian-born violinist who has played with the orchestra since 1998, said the experience had changed the way he listened. "They breathe together in a way we forgot how to do," he said.

Albertyn, who was born in Pretoria and trained in Vienna, became the orchestra's first female principal conductor in 2019. She said she had faced scepticism early in her career, including from a senior colleague in Germany who told her that women's arms were too weak for Wagner. Mabuza said the conductor never mentioned such things to the choir. She said ⟦flip:he|she⟧ treated the singers exactly as she treated professional players.

The concert has been funded partly by the National Lottery and partly by private donors, including businessman Roland Fischer, who said he had attended a rehearsal and been moved to tears.

Tickets have sold out. The orchestra's chief executive, Louis Heunis, said a second performance would be held in Gugulethu at the Sivuyile community hall in December. He said Albertyn had insisted on it. "She said the concert belongs in both places," he said.""" ),

dict(title="Fast bowler Mabena recalled to Proteas squad after injury", person="Kagiso Mabena", gender="m", text="""Fast bowler Kagiso Mabena has been recalled to the South African Test squad for next month's series against New Zealand, eleven months after a stress fracture in his back threatened to end his career.

Mabena, 27, took 38 wickets for the Western Province in the domestic first-class competition this season, including a career-best eight for 41 against the Titans at Newlands in February.

Selection convenor Patrick Moroney said the bowler had earned his place. "He has come back quicker and more accurate than before," Moroney said. "That is not something you see very often after a back injury."

Mabena's mother, Dineo Mabena, who watched most of his domestic matches from the grass bank at Newlands, said the family had been worried. "When he was injured, he didn't leave his room for a week," she said. "Now he is smiling again." Mrs Mabena said ⟦flip:her|his⟧ recovery had been harder than anyone knew.

Team physiotherapist Megan Ross, who oversaw his rehabilitation, said Mabena had rebuilt his bowling action with biomechanist Dr Zaid Ebrahim. She said the changes had reduced the strain on his lower back. Ebrahim said Mabena had spent hundreds of hours bowling at a single stump in an empty indoor centre. "⟦flip:She|He⟧ never complained once," Ebrahim said.

The recall means that veteran seamer Dale Rousseau is left out. Rousseau, 34, said he was disappointed but happy for the younger man. "Kagiso is the future," he said. "I just hoped the future would wait a bit."

South African captain Temba Nxumalo said he had spoken to Mabena on Sunday night. He said the bowler had been calm and focused. "He asked me which end he'd be bowling from at the Basin Reserve," Nxumalo said. "That's a good sign."

Former Proteas bowler Shaun Pollock-Ndlovu, who coached Mabena at school in Soweto, said he had always believed ⟦flip:she|he⟧ would come back. He said the boy had been the fastest bowler he had ever seen at that age.

The squad flies to Wellington on 14 February. Mabena said he had never been to New Zealand. "People tell me it's windy," he said. "Good. I bowl better into the wind.\"""" ),

dict(title="Principal defends uniform change after parents' protest", person="Dianne Carver", gender="f", text="""The principal of a Lower Hutt primary school has defended her decision to replace the school's traditional uniform with cheaper polo shirts, after about forty parents protested outside the school gate on Monday morning.

Mrs Dianne Carver, principal of Waiwhetū School for eleven years, said the change would save families about $180 a year. "Some of our families are choosing between a blazer and the power bill," she said. "That is not a choice a school should be asking them to make."

The protest was organised by parent Mark Halloran, whose two sons attend the school. He said parents had not been properly consulted. "We got one email in the holidays," he said. "That's not consultation. That's an announcement."

Board of trustees chair Losa Fuimaono said the board had supported Carver unanimously. She said a survey had been sent to every family in October, and that 61 percent of those who replied had favoured the change. Fuimaono said she understood some parents felt strongly about tradition, but that the board had to think about every child.

Carver said she had met Halloran and two other parents after the protest. The principal said ⟦flip:he|she⟧ respected their views and would look at whether the old blazers could be kept for formal occasions, such as prize-giving.

Former pupil and local MP Chris Bishop-Tane, who attended the school in the 1980s, said he had fond memories of the old uniform but that the principal was right. "Nostalgia doesn't pay the bills," he said.

Some children seemed unconcerned. Ten-year-old Aria Mitchell said she liked the new shirts because they were softer. Her father, James Mitchell, said he had no strong view. "As long as they don't cost a fortune," he said.

Halloran said he would raise the issue at the next board meeting and might ask the Ministry of Education to review the process. Carver said that was his right. She added that she had been at the school long enough to know that any change upset someone, and that ⟦flip:his|her⟧ job was to make decisions that helped the most children.

The new uniform will be introduced at the start of Term 1.""" ),

dict(title="Cape Town start-up founder lands R90m deal for farm sensor company", person="Ravi Chetty", gender="m", text="""A Cape Town company that makes cheap soil sensors for small farmers has been bought by a Dutch agricultural group for R90 million, in one of the largest deals for a South African agritech start-up.

Ravi Chetty founded SoilSense in 2017 in a rented garage in Observatory with his university friend Amy Lategan. The company's sensors, which cost about R400 each, tell farmers by SMS when their fields need water.

Chetty, 34, said the sale to Wageningen-based AgriVeld would allow the company to reach farmers across Africa. "We were growing faster than we could fund," he said. "This gives us a bank behind us."

Lategan, the company's chief engineer, said she had designed the first sensor using parts from a broken washing machine. She said she and Chetty had nearly given up twice. "There was a winter when we ate two-minute noodles every night," she said. "Ravi swore ⟦flip:she|he⟧ would never eat them again."

AgriVeld's chief executive, Marloes de Boer, said the Dutch group had been watching SoilSense for three years. She said Chetty had turned down an earlier offer because he wanted guarantees that the company would stay in Cape Town. "He was very stubborn," de Boer said. "We liked that about ⟦flip:her|him⟧."

Under the deal, all 45 staff will keep their jobs and Chetty will stay on as managing director for at least three years. Lategan will lead a new research centre in Stellenbosch.

Farmer Jacob Mokwena, who grows vegetables on four hectares near Philippi, said the sensors had cut his water bill by a third. "I used to water by feeling the ground with my hand," he said. "Now my phone tells me."

Chetty's father, Dev Chetty, a retired schoolteacher in Durban, said he had not understood what his son did for the first few years. "I thought he was fixing phones," he said. "Now I tell everybody he is a farmer." Chetty laughed when told of ⟦flip:her|his⟧ father's comment.

Venture investor Nicole Adams, whose fund backed SoilSense in 2019, said the sale showed that African start-ups could deliver returns. She said Chetty had been an unusual founder because ⟦flip:she|he⟧ listened to farmers before engineers.

The deal is expected to close in March.""" ),

dict(title="Farmer wins water rights appeal against irrigation company", person="Joan McAllister", gender="f", text="""A Canterbury sheep and beef farmer has won her appeal against a decision allowing an irrigation company to take more water from the Waihao River, in a ruling that could affect dozens of consents across South Canterbury.

The Environment Court found that Environment Canterbury had failed to consider the effect on downstream users when it granted Waihao Irrigation Ltd an increased take in 2022.

Joan McAllister, 66, who farms 800 hectares near the river mouth with her husband, Graeme, brought the appeal after the stretch of river below her farm ran dry for six weeks in two successive summers. She said her stock had been forced to drink from a muddy hole. "You can't farm without water," she said. "They took it all and we were at the bottom."

Judge Sandra Harwood said in her decision that the regional council had relied on modelling that was out of date. She said evidence from hydrologist Dr Tim Galloway showed the river's low flows had fallen by a quarter since the model was built. Dr Galloway, who gave evidence for Mrs McAllister, said he had been surprised by how quickly the river had changed.

The irrigation company's chief executive, Brent Olsen, said the decision was disappointing. He said his shareholders had invested millions in pipes and pumps on the strength of the consent. "Farmers upstream need water too," Olsen said.

Mrs McAllister said she had nothing against her neighbours. She said several irrigators had quietly supported ⟦flip:him|her⟧ but did not want their names used. Her husband said she had spent three years reading hydrology reports at the kitchen table. "She knows more about that river than any of the experts now," Graeme McAllister said.

Environment Canterbury's consents manager, Rebecca Lowe, said the council would study the decision. She said it was likely that other consents on the river would need to be reviewed.

Fish & Game officer Kyle Anders said the ruling was good news for trout and native fish. He said the lower Waihao had once been a well-known fishing spot.

The court has referred the consent back to the council to be reconsidered. Mrs McAllister said she would be at the hearing. "I've come this far," she said.""" ),

dict(title="Accused fraudster tells court he was a scapegoat for his bosses", person="Shaun Brink", gender="m", text="""A former finance manager accused of stealing R14 million from a Bellville logistics company told the Western Cape High Court on Wednesday that he had been made a scapegoat by his superiors.

Shaun Brink, 45, faces 62 counts of fraud and money laundering. The state alleges that he created fake supplier accounts at Cape Freight Solutions over four years and transferred the money to accounts controlled by his brother-in-law.

Giving evidence in his own defence, Brink said every payment had been approved by the company's financial director, Carina Smit. "I did what I was told," he said. "I never signed a payment on my own."

Ms Smit, who gave evidence for the state last month, has denied authorising any of the payments. She told the court she had been on leave on eleven of the dates the transfers were made.

Under cross-examination by prosecutor Advocate Nokuthula Zwane, Brink was shown emails in which he appeared to instruct a junior clerk to set up new supplier accounts. Brink said the emails had been written on Smit's instructions. Zwane asked why ⟦flip:she|he⟧ had not mentioned this in his statement to police. "Because nobody asked me," Brink replied.

Judge Ronel Swanepoel asked the accused to speak up several times. At one point she reminded him that he was under oath. Brink apologised and said he was nervous. ⟦flip:Her|His⟧ wife, Lize Brink, sat behind him in the gallery and was seen wiping her eyes.

The brother-in-law, Francois Venter, is a co-accused and will give evidence next week. His lawyer, Advocate Grant Jooste, told the court that Venter had believed the money was a loan. Jooste said his client had repaid some of it.

The company's founder, Martin Cloete, said outside court that the theft had almost bankrupted the business. He said forty people had lost their jobs. "These were people with families," he said. "Shaun knew them all."

The trial was adjourned until Monday, when Brink's cross-examination will continue. Zwane told reporters that she had many more questions for the accused. His advocate, Peter Hess, said his client was ready for them and that ⟦flip:she|he⟧ looked forward to clearing his name.""" ),
]
