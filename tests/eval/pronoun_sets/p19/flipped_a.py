ARTICLES = [

dict(title="Third-generation brewer takes the lid off Tiong Bahru soy sauce works",
person="Grace Lim", gender="f", text="""
For 68 years the fermentation jars behind the shophouse on Eng Hoon Street have been tended by men. Since January, they have belonged to a woman.

Ms Grace Lim, 41, took over as managing director of Lim Heng Soy Sauce from her father, Mr Lim Chee Keong, who built the brand's supermarket business in the 1990s and who, at 74, still arrives at the brewery before seven most mornings.

"He tastes every batch," Ms Lim said, laughing. "I have stopped trying to change that. My job is to make sure there is a business left for him to taste."

A former auditor at a Big Four firm, Ms Lim joined the family company in 2016 after her mother fell ill. She spent her first two years on the factory floor, learning to judge the brine by smell from the chief brewer, Mr Raymond Teo, who has worked at the firm since he was 19.

Mr Teo said the transition had not been smooth. "In the beginning the older workers did not listen to her. They would come to me to check." He paused. "Now they check with her first, and ⟦flip:he|she⟧ tells them to ask me anyway. That is her style."

Ms Lim's first major decision was to sign an export agreement with a Japanese distributor, Ms Keiko Arai of Osaka-based Marufuku Trading, who had approached the company three times under the elder Mr Lim without success.

"Her father was very polite and very firm," Ms Arai said. "Grace read the contract on the train back from our meeting and called me before ⟦flip:he|she⟧ reached home."

The deal, worth about $1.2 million over three years, will see the brewery's premium dark soy sold in 140 stores across the Kansai region. To meet the volume, Ms Lim has leased a second site in Senoko, a move her father initially opposed.

"We argued for a month," she said. "Then he went to see the site, came back and asked why I had not taken the bigger unit."

The company's accounts show revenue of $8.4 million last year, up 11 per cent on the year before. Ms Lim said ⟦flip:his|her⟧ priority now was succession of a different kind: training three younger brewers, two of them women, under Mr Teo, who is due to retire in 2027.

Her father has his own view of the handover. "She is more careful than I was," he said. "And more stubborn. That is good for soy sauce."
"""),

dict(title="Galway emergency consultant says new assessment unit has cut overnight trolley waits",
person="Conor Brennan", gender="m", text="""
A consultant in emergency medicine at University Hospital Galway says a new rapid assessment unit has reduced the number of patients waiting overnight on trolleys by almost a third since it opened in March.

Dr Conor Brennan, who led the project, told a meeting of the hospital's regional health forum on Tuesday that the unit had seen 4,100 patients in its first five months, most of them older people referred by their GPs.

"We were admitting people because there was nowhere else to put them while we worked out what was wrong," Dr Brennan said. "Now a senior doctor sees them within the hour, and about half of them go home the same day."

The unit is run jointly by Dr Brennan and the clinical nurse manager, Ms Siobhan Keane, who spent two years arguing for the space to be converted from a former outpatients clinic.

"Conor had the data, and I had the rota," Ms Keane said. "Neither of us would have got it over the line alone. ⟦flip:She|He⟧ was at every single planning meeting, even the ones at eight in the evening."

Not everyone at the forum was convinced. Cllr Martina Hession said patients in Connemara were still waiting more than twelve hours for ambulances, and that the unit risked "moving the queue rather than shortening it".

Dr Brennan accepted that the ambulance figures were poor but said ⟦flip:her|his⟧ team could only answer for what happened once a patient came through the door. "I won't pretend the whole system is fixed," he said. "It isn't. But this part of it works."

The hospital's general manager, Mr Fergus Lally, said the HSE had approved funding to extend the unit's opening hours to midnight from October. Two additional consultants will be recruited.

Dr Brennan, who trained in Dublin and spent six years at a hospital in Brisbane before returning to the west, said the Australian model had shaped the design. "In Brisbane they would never let a frail 88-year-old sit in a corridor for a night. I came home determined we wouldn't either."

Ms Keane said the next challenge was keeping staff. Three of the unit's nurses have left for Australia this year alone.

"I keep telling Conor it's his fault for making it sound so good out there," she said. Dr Brennan said, laughing, that ⟦flip:she|he⟧ had since stopped describing the beaches to his own registrars.
"""),

dict(title="Barrister tells jury Meath builder's accounts were 'chaotic, not criminal'",
person="Aisling Dunne", gender="f", text="""
A barrister for a Meath builder accused of defrauding Revenue of €1.3 million told the Circuit Criminal Court yesterday that her client's bookkeeping was "chaotic, not criminal", as the trial entered its third week.

Ms Aisling Dunne SC, for Mr Gerard Lynam (56), of Navan, said the prosecution had failed to show that her client intended to deceive anyone. Mr Lynam denies 14 counts of making false VAT returns between 2015 and 2019.

"He left school at fifteen," Ms Dunne told the jury in her closing address. "He could frame a roof in a day, but he could not tell you the difference between a credit note and an invoice. That is not a crime."

She said the company's former accountant, Ms Valerie Cosgrave, had given evidence that she repeatedly warned Mr Lynam about the state of his records and that he had ignored her.

"Ignoring your accountant is foolish," Ms Dunne said. "It is not the same thing as dishonesty, and the prosecution must prove dishonesty."

Ms Dunne, pausing to consult ⟦flip:his|her⟧ notes, reminded the jury that Mr Lynam had voluntarily handed over eleven boxes of receipts when Revenue officers called to his home in 2020.

For the prosecution, Mr Michael Grennan SC said the defence was asking the jury to believe that a man who had run a successful building company for three decades did not understand the most basic tax obligations.

"Mr Lynam knew exactly what he was doing," Mr Grennan said. "He was paying his subcontractors in cash, and he was keeping the VAT."

Ms Dunne objected twice during Mr Grennan's address, on one occasion telling the judge that ⟦flip:he|she⟧ had received no notice of a chart the prosecution showed to the jury. Judge Orla Fennelly upheld the objection and directed the jury to disregard the chart.

In her closing remarks, Ms Dunne returned to Ms Cosgrave's evidence. The accountant had told the court that Mr Lynam once arrived at her office with a bin bag of receipts and asked her to "sort it out".

"That is the behaviour of a man who has given up on paperwork," Ms Dunne said, "not a man who is hiding something."

Judge Fennelly will charge the jury on Monday. Mr Lynam, who sat with his wife, Mrs Carmel Lynam, throughout the hearing, did not comment outside court.

Speaking briefly on the steps of the Criminal Courts of Justice, Ms Dunne declined to discuss the case, saying only that ⟦flip:his|her⟧ client was "looking forward to the verdict".
"""),

dict(title="UCC president defends €40m student housing plan before sceptical governing body",
person="Tomás Ruane", gender="m", text="""
The president of University College Cork has defended a €40 million plan to build 600 student beds on the site of a former car park, telling a heated meeting of the governing body that the university "cannot keep waiting for the market to house our students".

Professor Tomás Ruane, who took up the post two years ago, said the project would be financed by a loan from the European Investment Bank and repaid from rents over 30 years.

The university's registrar, Dr Helen Moriarty, questioned whether rents of €190 a week could be described as affordable. "Our own survey shows half of our students can't pay that," she said. "We would be building rooms for the students who already have somewhere to live."

Prof Ruane said ⟦flip:she|he⟧ shared the concern but that the alternative was building nothing. "I'd rather have 600 rooms at €190 than none at all," he said. "We can look at a hardship fund. We can't look at a room that doesn't exist."

The students' union president, Ms Ciara Buckley, told the meeting that some first-year students were commuting from Limerick and Waterford. She welcomed the plan but said rents should be capped at 30 per cent of the maximum student grant.

Prof Ruane, who studied engineering at the university in the 1980s and later worked at Imperial College London, said ⟦flip:her|his⟧ own first year had been spent in a bedsit on Western Road. "There were six of us and one cooker. I'm not nostalgic about it."

A member of the governing body, Professor Niamh Ó Súilleabháin, asked whether the university had considered a partnership with the city council instead of borrowing. Prof Ruane said talks with the council had taken place but that its own housing list made it unlikely to prioritise students.

The finance director, Mr Kieran Dalton, said the loan would add about 4 per cent to the university's annual debt service costs. He said the figures had been stress-tested against a 20 per cent fall in occupancy.

The governing body approved the plan by 21 votes to 6, with Dr Moriarty among those voting against. Afterwards, she said she hoped she would be proved wrong.

Prof Ruane said he would meet the students' union again in the autumn about a rent cap. Asked whether he expected the decision to be his most contested as president, he smiled. "It's the second year. Ask me again in the fifth."

Construction is due to begin next spring, with the first rooms available for the 2027 academic year.
"""),

dict(title="Evelyn Marsh, founder of Bristol's Harbourside Players, dies at 91",
person="Evelyn Marsh", gender="f", text="""
Evelyn Marsh, who founded the Harbourside Players in a disused tobacco warehouse in 1962 and ran the company for more than four decades, has died at the age of 91.

Mrs Marsh was born in Bedminster, the daughter of a docker and a seamstress, and left school at 14 to work in a dress shop. She joined an amateur dramatic society at 17 and met her husband, Frank Marsh, a set builder, during a production of The Crucible.

With Frank and the director Leonard Quayle, she converted the warehouse into a 120-seat theatre, building the seats herself from timber salvaged from a demolished chapel. The first production, a version of Twelfth Night set on the Bristol docks, ran for three weeks and lost money.

"Evelyn was the one who refused to close," Mr Quayle told the Bristol Evening Courier in 2002. "Frank and I both wanted to give up after the first year. ⟦flip:He|She⟧ went round every shop on the street selling tickets."

Over the following decades the company premiered more than 60 new plays, many by writers from the city's working-class neighbourhoods. Among them was the playwright Sandra Okeke, whose first play was staged at the Harbourside in 1984.

"She read my script on a bus and rang me that night," Ms Okeke said this week. "I was nineteen. Nobody else would have taken the risk. She gave me a career, and ⟦flip:he|she⟧ never once asked for thanks."

Mrs Marsh was appointed MBE in 1996 for services to drama. She retired as artistic director in 2005, handing over to Mr Daniel Reyes, who said she continued to attend every first night until last year.

"She sat in row C, seat 4," Mr Reyes said. "If she left at the interval, we knew we had a problem."

Frank Marsh died in 2011. She is survived by her son, Peter, her daughter, Anne Goodwin, and five grandchildren.

Her daughter said her mother had remained sharp to the end and had been reading a new script in hospital the week before she died. "She had notes on it," Mrs Goodwin said. "They were not kind notes."

A memorial performance will be held at the Harbourside on 14 October.
"""),

dict(title="Fahy keeps faith with young Clare panel after Munster setback",
person="Declan Fahy", gender="m", text="""
Clare hurling manager Declan Fahy has said he will not make wholesale changes to his panel despite Sunday's eleven-point defeat to Tipperary in the Munster round-robin in Thurles.

Fahy, in his second season in charge, started five players under the age of 22, and the inexperience showed as Tipperary scored 1-6 without reply in the ten minutes after half-time.

"I'm not going to hang young lads out to dry for one bad half," Fahy said at the team's training base in Cusack Park on Tuesday evening. "They'll learn more from Sunday than from ten wins."

The county's team physiotherapist, Orla Considine, confirmed that midfielder Shane McMahon would miss at least four weeks with a hamstring injury. Considine said the squad had been hit by a run of soft-tissue problems since the league.

"We've had seven hamstrings since February, which is too many," she said. "We're looking at the training load with Declan and the strength and conditioning staff."

Asked whether that meant the manager was working the players too hard, Considine smiled. "He'd say no. I'd say we're having a conversation."

Fahy said ⟦flip:she|he⟧ accepted the figures and would reduce the number of full-contact sessions before the Limerick game. "Orla knows more about hamstrings than I'll ever know. If she tells me to ease off, I'll ease off."

Clare captain Darragh Hynes said the dressing room had been "quiet" after the match but that the players backed their manager. "He was straight with us. He told us where we were bad and didn't shout about it."

The county board chairwoman, Mary Ann Griffey, said Fahy had the full support of the executive. There had been speculation on local radio that his position could be reviewed if Clare failed to reach the All-Ireland series.

"That is not something we have discussed," Griffey said. "Declan has a three-year term, and we fully expect ⟦flip:her|him⟧ to finish it."

Clare face Limerick in Ennis on Sunday week in a game they probably need to win to stay in the championship. Fahy said he had watched the Tipperary game three times.

"The second half was hard viewing," he said. "But the first half was the best we've played all year, and I'm not going to forget that either."
"""),

dict(title="Councilwoman's tenant protection ordinance clears first vote in Brayton",
person="Denise Okafor", gender="f", text="""
A proposal to require Brayton landlords to give tenants 90 days' notice of rent increases above 5 percent cleared its first vote at City Hall on Monday night, after a four-hour meeting that drew more than 200 residents.

The ordinance, sponsored by Councilwoman Denise Okafor of the Third Ward, passed 6-3. A second and final vote is scheduled for next month.

Okafor, a former public school teacher, told the council she had received more than 400 letters from tenants since she introduced the measure in the spring. "People are getting letters telling them their rent is going up $400 next month," she said. "Nobody can plan a life like that."

Council President Gary Lindgren voted against the ordinance, arguing that small landlords would bear most of the cost. He said many owned only one or two units and relied on rental income in retirement.

"I don't doubt the councilwoman's intentions," Lindgren said. "I doubt whether this helps the people ⟦flip:he|she⟧ wants to help."

Okafor said ⟦flip:his|her⟧ ordinance exempted owner-occupied buildings of up to three units, and that the notice requirement placed no cap on rents. "This isn't rent control," she said. "It's a calendar."

Among the residents who spoke was Rosa Delgado, 67, who said her rent on Maple Street had risen by 28 percent in two years. Her neighbor, Walter Briggs, a landlord who owns a two-family house on the same street, spoke against the measure, saying the city's property taxes had risen faster than any rent he charged.

Councilman Tyrone Hale, who voted in favor, said he had been undecided until Sunday. "I went door to door in my ward with Councilwoman Okafor. ⟦flip:He|She⟧ listened more than she talked. That changed my mind."

The Brayton Property Owners Association said it was considering a legal challenge. Its executive director, Linda Marchetti, said the ordinance conflicted with state law on lease terms.

Okafor said the city attorney had reviewed the language and she was confident it would survive a challenge. She said she expected amendments before the second vote but would not accept any that weakened the notice period.

Mayor Patricia Coyle has not said whether she would sign the ordinance. A spokesman said the mayor would "review the final language" once it passed.
"""),

dict(title="Ashworth returns to the Old Vic stage after a decade in television",
person="Julian Ashworth", gender="m", text="""
Julian Ashworth has not stood on a London stage since 2014. When rehearsals for the Old Vic's new production of Uncle Vanya began last month, the actor admits, he was terrified.

"I'd forgotten what it's like to have nowhere to hide," he says over coffee in a rehearsal room in Waterloo. "On television you get eight takes. Here you get one, eight times a week."

Ashworth, 52, became a household name as the detective in the long-running BBC series Fenwick, which ended last year after nine seasons. He plays Vanya opposite Miriam Sato as Yelena, in a production directed by Philippa Rourke.

Sato, who has worked almost exclusively in theatre, says she was wary of casting a television star. "You worry they'll play to the camera that isn't there," she says. "Julian doesn't. ⟦flip:She|He⟧ plays to the back row, which is what Chekhov needs."

Rourke says she had wanted Ashworth for the part since seeing him in a fringe production of The Seagull in 2009. "He had a kind of sadness that was also very funny. That's Vanya."

The actor says the role frightened him for different reasons. At 52, he is almost exactly Vanya's age, and he recently separated from his wife of twenty years, the costume designer Ellen Marsh.

"I'm not going to pretend there's no overlap," Ashworth says, choosing ⟦flip:her|his⟧ words carefully. "Vanya looks at his life and thinks he wasted it. I don't think that. But I know the feeling."

Rourke says rehearsals have been unusually collaborative. She describes Ashworth arriving every morning with pages of notes on the text, some of which she has used.

"He asked to cut one of his own best lines," she says. "Actors never do that. He said it was getting a laugh that the scene didn't need."

The production runs from 3 October to 22 November. Ashworth says he has no plans to return to television soon, though he has been approached about a Fenwick film.

"Ask me in December," he says. "If I survive the run, I might want a trailer and a catering van again."
"""),

dict(title="Bergen marine biologist finds cold-water coral recovering faster than predicted",
person="Ingrid Solberg", gender="f", text="""
Cold-water coral reefs off the Norwegian coast damaged by bottom trawling in the 1990s are recovering about twice as fast as scientists had expected, according to a study published this week in the journal Marine Ecology Progress Series.

The research, led by Dr Ingrid Solberg of the Institute of Marine Research in Bergen, used remotely operated vehicles to survey 14 reef sites that were closed to trawling in 1999.

"We went back expecting to see rubble with a few colonies on the edges," Dr Solberg said. "Instead, at some sites, the living coral cover has come back to about 40 per cent of what we see on reefs that were never trawled."

The reef-building coral, Lophelia pertusa, grows only a few millimetres a year, and earlier models had suggested recovery would take centuries.

Dr Solberg said the key finding was that fragments of coral left behind by trawlers had not all died. Some had re-attached to the seabed and begun growing again. She and her co-author, Dr Henrik Dahl, identified the fragments by comparing new footage with archived video from 1998.

"Henrik spent most of a winter matching individual colonies frame by frame," she said. "It was extremely tedious work, and ⟦flip:he|she⟧ would not have asked anybody else to do it." Dahl, a specialist in image analysis, said the work had taken him about five months.

Dr Kari Ness, an ecologist at the University of Tromsø who was not involved in the study, described the results as "genuinely encouraging" but warned against drawing broad conclusions. "These are sites with very strong currents. I would not assume the same is true further south."

Dr Solberg agreed that the results could not be generalised. ⟦flip:His|Her⟧ team is now planning surveys at closed sites off Scotland and Ireland in collaboration with the Marine Institute in Galway.

The study is likely to be cited in negotiations over the renewal of fisheries closures in the North Atlantic, due next year. Mr Ole Brekke, of the Norwegian Fishermen's Association, said the industry had supported the closures and would "look carefully" at any proposal to extend them.

Dr Solberg, who grew up in a fishing family on the island of Frøya, said she was conscious of that tension. "My father trawled. I'm not interested in blaming anyone. I'm interested in what we can fix."
"""),

dict(title="Police inspector warns of 'second wave' scams targeting scam victims",
person="Ravi Menon", gender="m", text="""
Scammers are increasingly targeting people who have already lost money to fraud, offering to recover their funds for a fee, a senior police officer said on Thursday.

Deputy Superintendent Ravi Menon of the Singapore Police Force's Anti-Scam Command said at least 230 such "recovery scam" cases had been reported in the first half of the year, with losses of about $3.1 million.

"These are people who have already been hurt once," DSP Menon told reporters at the Police Cantonment Complex. "The scammers know they are desperate, and they know exactly how much they lost."

He described the case of a 63-year-old retired teacher who lost $84,000 in an investment scam last year and was later contacted by a woman claiming to work for an international law firm. The woman, who used the name Ms Karen Leong, persuaded the victim to pay $12,000 in "legal fees" to retrieve her savings.

DSP Menon said ⟦flip:her|his⟧ officers had traced the calls to a syndicate operating from abroad and that a 29-year-old woman had been arrested in Singapore last month in connection with the case. She is accused of allowing her bank account to be used to receive the payments.

The victim's daughter, Ms Jasmine Goh, spoke at the briefing with her mother's permission. "My mother was ashamed the first time," she said. "The second time she didn't tell anybody for three months."

DSP Menon, who has spent 22 years in the force, including six in the Commercial Affairs Department, said shame was the scammers' best tool. He said ⟦flip:she|he⟧ wanted victims to know that police would never charge a fee to recover money.

"If anyone calls you and says they can get your money back for a payment, hang up," he said. "That is the whole message. Hang up."

Also at the briefing, Ms Angela Chua, a director at the Monetary Authority of Singapore, said banks would from next month be required to add extra checks on transfers to accounts flagged as linked to scams.

DSP Menon said he welcomed the measure but added that technology alone would not solve the problem. "We need families talking to each other. Ms Goh's mother is alive and well and angry, and she wanted other people to hear this."
"""),

dict(title="Whelan sets out three-year plan as Claremont Insurance chief",
person="Nora Whelan", gender="f", text="""
The new chief executive of Claremont Insurance has told investors the Dublin-based insurer will cut its cost base by €35 million over three years and exit two loss-making lines of commercial cover.

Nora Whelan, who was appointed in March after eight years as the group's finance director, set out the strategy at a capital markets day in the IFSC on Wednesday. It was her first major presentation since replacing Mr Colm Heffernan, who retired after eleven years in the role.

"We have been trying to be all things to all customers," Ms Whelan told analysts. "We are going to be very good at fewer things."

The group will stop writing new marine cargo and aviation policies from January, affecting about 60 staff. Ms Whelan said most would be redeployed within the group.

Claremont's chairman, Mr Patrick Gaffney, said the board had backed the plan unanimously. "Nora knows these numbers better than anyone in the building," he said. "When ⟦flip:he|she⟧ was finance director, she was the person telling the rest of us where the money was going."

Analysts broadly welcomed the plan, although some questioned the timeline. Ms Rachel Doorley, an insurance analyst at Goodbody, said the cost target looked achievable but that the group's motor book remained exposed to rising claims costs.

Ms Whelan said ⟦flip:his|her⟧ team had already raised motor premiums by an average of 7 per cent and would not chase market share. "If a competitor wants to underprice that business, they are welcome to it," she said.

Mr Heffernan, who remains a non-executive director, was in the audience. Asked afterwards whether he agreed with the decision to exit aviation, a line he had expanded, he said it was "the right call for now".

Ms Whelan, who grew up in Tralee and qualified as an accountant with KPMG, is one of only three women leading an Irish-listed company. Asked whether that was significant, she said she would rather be judged on the share price.

Mr Gaffney said ⟦flip:he|she⟧ had been the board's first choice from a shortlist of five, three of whom were external candidates. The shares rose 4 per cent on the day.
"""),

dict(title="Chef Marcus Bellamy on closing the restaurant that made his name",
person="Marcus Bellamy", gender="m", text="""
When Marcus Bellamy announced in July that Foundry, his restaurant in Fitzroy, would close after fifteen years, the reservation line crashed within an hour. The last service is on Saturday, and every table is booked.

"I didn't expect that," Bellamy says, sitting at the bar on a quiet Monday afternoon. "For a couple of years we couldn't fill Tuesdays. Now everyone wants to say goodbye."

Bellamy, 48, opened Foundry in 2010 with Chloe Tan, who ran the front of house and the wine list. The pair met working at a hotel in Sydney and spent two years saving to open their own place.

Tan says the decision to close was mutual. "We're both tired," she says. "Not of cooking, not of each other. Of the rent, and of the hours. Marcus has missed a lot of his kids' birthdays, and so have I."

The lease on the Gertrude Street building expires at the end of the year, and the landlord has asked for an increase of about 40 per cent. Bellamy says ⟦flip:she|he⟧ ran the numbers every way he could.

"We'd have to put the tasting menu up to $280, and I'm not willing to do that. It's not the restaurant we opened."

Foundry was named Restaurant of the Year by The Age Good Food Guide in 2014, largely on the strength of Bellamy's wood-fired cooking. Critic Helen Yeats, who awarded it three hats that year, says the restaurant changed how Melbourne ate. "Before Foundry, fire was something you did at a barbecue. Marcus made it serious."

Tan says that for all his reputation, Bellamy has always been the quieter of the two. "He hates interviews," she says, and he nods. "I do the talking, and ⟦flip:she|he⟧ does the cooking. That's been the deal since 2010."

Neither has firm plans. Tan is considering a small wine bar. Bellamy says he wants to cook for his family for a while, and perhaps teach.

His former sous chef, Daniel Okoro, who now runs his own restaurant in Collingwood, says Bellamy trained at least a dozen head chefs now working in the city. "He never told you how to do something. He just did it next to you until you got it."

Asked what he will cook on Saturday, Bellamy rubs ⟦flip:her|his⟧ eyes and smiles. "The same as always. And then I'll go home."
"""),

]
