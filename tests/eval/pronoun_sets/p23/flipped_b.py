ARTICLES = [

dict(title="Fired Sales Director Awarded $310,000 in Wrongful Dismissal Suit",
person="Diane Kowalski", gender="f", text="""A B.C. Supreme Court judge has awarded a former sales director $310,000 after finding that a Richmond logistics company fired her without cause and then tried to justify the dismissal with allegations it could not prove.

Diane Kowalski, 54, worked for Northshore Freight Solutions for 17 years before she was terminated in January 2022. The company later alleged that she had diverted clients to a competitor, a claim Justice Alan Mercer rejected in a written ruling released on Monday.

"The evidence of diversion was, at its highest, speculative," Mercer wrote. He found that Northshore had "seized on a convenient narrative" after the fact.

Ms Kowalski's lawyer, Rebecca Santos, said her client had been vindicated. "For two years she has had to live with an accusation that she was dishonest," Santos said. "The court has now said, in plain words, that it wasn't true."

The judgment describes how Kowalski built the company's cross-border trucking business from a handful of accounts into its largest revenue line. Her former manager, vice-president Craig Daniels, testified that he had recommended her for promotion as recently as 2021.

Northshore's chief executive, Paul Verhoeven, testified that he lost confidence in the sales director after learning she had met privately with a rival firm's owner. Under cross-examination, Verhoeven conceded that the meeting took place at a charity golf tournament and that ⟦flip:he|she⟧ had disclosed it to the company the following day.

The award includes 20 months' pay in lieu of notice and $40,000 in aggravated damages for the manner of dismissal. Mercer found that the company had escorted Kowalski from the building in front of her staff, which he described as "unnecessarily humiliating."

Northshore's counsel, Jeffrey Lam, said the company was reviewing the decision and had not decided whether to appeal.

Employment lawyer Nadine Achebe, who was not involved in the case, said the aggravated damages were notable. "Courts are increasingly willing to punish employers who make a dismissal worse than it needs to be," she said.

Kowalski, who now runs a small consulting firm in Ladner, said in a statement that ⟦flip:his|her⟧ priority was clearing her name. "The money matters less to me than the finding," she said."""),

dict(title="Kumasi Traders Resist Relocation as Assembly Sets Deadline",
person="Yaw Darkwa", gender="m", text="""Hundreds of traders at Kumasi's Adum lorry station market have vowed to resist a plan by the Kumasi Metropolitan Assembly to relocate them to a new site on the city's outskirts by the end of the month.

Metropolitan Chief Executive Yaw Darkwa said on Tuesday that the relocation was necessary to ease congestion and make way for a bus terminal funded by a World Bank loan. "Nobody is being thrown away," he said at a press briefing. "The new market has water, toilets and security. This one has none of those things."

The traders' leader, Auntie Comfort Owusu, who has held the title of market queen for 14 years, said the new site was too far from customers. "Mr Darkwa has never sold tomatoes in his life," she said. "If he had, he would know that a market without buyers is just a field."

The dispute has divided the assembly. Assembly member Rita Acheampong, whose electoral area includes the market, said she supported the bus terminal but wanted the deadline extended by six months. "You cannot move 2,000 livelihoods in four weeks," she said.

Darkwa, a former banker who was appointed by the president in 2021, has staked much of ⟦flip:her|his⟧ reputation on the transport project. Aides say he visits the construction site weekly.

On Wednesday, the chief executive met Owusu and a delegation of traders at the assembly's offices. According to two people present, ⟦flip:she|he⟧ offered to waive stall fees at the new market for the first year. Owusu said the offer was "a start, not an end."

Some traders are already weighing their options. Kofi Nkansah, who sells second-hand clothes, said he would move if the assembly provided free transport for customers. "Give people a shuttle and we will go," he said.

Urban development researcher Abena Frimpong of Kwame Nkrumah University of Science and Technology said relocations in Ghana often failed because authorities underestimated how much traders depend on foot traffic. "The new building is the easy part," she said.

Darkwa said the deadline would stand but that the assembly would consider "reasonable requests" from traders. Asked whether police would be used to clear the market, he said he hoped it would not come to that, adding that ⟦flip:her|his⟧ door remained open to the market queen."""),

dict(title="Diallo Battles Back to Reach First Tour Final",
person="Amara Diallo", gender="f", text="""Amara Diallo saved two match points in the second set on Saturday and went on to beat third seed Katarzyna Wolska 4-6, 7-6 (8), 6-3 at the Pacific Coast Open in Vancouver, reaching the first tour-level final of her career.

The 22-year-old from Montreal, ranked 87th in the world, will face Yuki Tanabe of Japan in Sunday's final.

"At 5-4 down in the tiebreak, I was thinking about my flight home," Diallo said afterwards. "Then I told myself, just make her play one more ball."

Wolska, a former top-20 player, had dominated the opening set with her heavy forehand. She broke Diallo twice and appeared to be cruising when she served for the match at 5-4 in the second.

But Diallo, who has worked with coach Pierre Lemaire since she was 14, changed tactics, slicing low to Wolska's backhand and coming to the net behind her approach shots. Lemaire said the adjustment had been planned for weeks.

"We practised that pattern every day in Florida," he said. "She was just waiting for the right moment to trust it."

Wolska was gracious in defeat. "She played the big points better than me," the Polish player said. "I had my chances. That's tennis."

Diallo's older brother, Ousmane, a former college player who now manages his sister's schedule, watched from the players' box with their mother. He said the family had driven to tournaments across North America when Amara was a junior, sleeping in motels to save money.

"There were years when we wondered if it was worth it," he said. "Today answers that."

Tanabe, the fifth seed, beat qualifier Laura Becker in straight sets in the other semifinal. She has won both previous meetings with Diallo, most recently on clay in Charleston last spring.

Tournament director Michael Harrington said ticket sales for the final had jumped after Diallo's win. "A Canadian in the final changes everything for us," he said.

Regardless of Sunday's result, the run will lift Diallo into the top 70 for the first time. Asked what the ranking would mean for ⟦flip:him|her⟧, she said it would guarantee direct entry into next year's Australian Open. "No more qualifying," she said. "That's the dream.\""""),

dict(title="Frank Delacroix, Fixture of Vancouver's Jazz Clubs for Six Decades, Dies at 84",
person="Frank Delacroix", gender="m", text="""Frank Delacroix, a pianist whose after-hours sets at the Cellar and the Blue Lantern made him a fixture of Vancouver's jazz scene for six decades, died on Thursday in Vancouver. He was 84.

His wife of 52 years, Marguerite Delacroix, said he died peacefully at Vancouver General Hospital after a short illness.

Born in Moncton, New Brunswick, Mr Delacroix taught himself to play on an out-of-tune upright in his grandmother's parlour. He moved west in 1961, hitchhiking with a suitcase of sheet music, and within a year was playing six nights a week on Granville Street.

Bassist Leon Whitaker, who performed with Delacroix for more than 30 years, remembered a musician who never played the same solo twice. "Frank would take a standard you'd heard a thousand times and find a door in it nobody had opened," Whitaker said. "Then he'd walk through and wave at you to follow."

Delacroix recorded only four albums under his own name, a fact he attributed to impatience with studios. "He said a record was a photograph of a river," his daughter, Josephine Delacroix, said. "He preferred the river."

Club owner Sheila Brandt, who booked ⟦flip:her|him⟧ every Sunday at the Blue Lantern from 1988 until the pandemic closed the club, said audiences came for his playing and stayed for his stories. "He'd stop in the middle of a set to tell you about the night he sat in with Oscar Peterson," Brandt said. "Half of it was probably true."

He was also a patient teacher. Dozens of local musicians took lessons in the cramped basement studio of his Kitsilano home, including saxophonist Renée Tremblay, who credits him with persuading her to apply to the Berklee College of Music.

"He told me I was good enough before I believed it," Tremblay said.

In 2015 the city proclaimed a Frank Delacroix Day. Friends recall that ⟦flip:she|he⟧ spent most of it playing a free concert in a downtown park, refusing to make a speech.

In addition to his wife and daughter, he is survived by a son, André, and three grandchildren. A memorial concert is planned for next month at the Orpheum."""),

dict(title="Accra Bakery Founder Weighs Offer From Regional Food Giant",
person="Akua Boadu", gender="f", text="""Akua Boadu started baking bread in a rented kitchen in Madina in 2009 with a single oven and two employees. Fifteen years later, her company, Sweet Loaf Bakeries, runs 34 outlets across Greater Accra, and a Nigerian food conglomerate wants to buy it.

Three people familiar with the talks said Lagos-based Crown Provisions has offered about $28 million for a controlling stake. Madam Boadu, 52, has not accepted, and people close to her say she is torn.

"She built this with her hands," said one long-time supplier, Kwabena Ofosu, who has delivered flour to Sweet Loaf since its first year. "Selling is not just a financial decision for her."

Boadu declined to comment on the negotiations but spoke generally about the company's future during a visit to its new central bakery in Tema last week. "Whatever happens, the bread stays the same," she said. "That is the promise I made to customers in 2009."

Her son, Nana Yaw Boadu, 28, who joined the business as finance director after studying in London, is said to favour the deal. He argued in internal meetings that outside capital was needed to expand to Kumasi and Takoradi, according to two of the people. His mother has been more cautious, concerned that ⟦flip:his|her⟧ staff could face layoffs under new owners.

Crown Provisions' West Africa director, Folake Adeyemi, said in a statement that the company "admires what Sweet Loaf has built" and would retain its management. She did not address the price.

Competitors are watching closely. Esi Amoako, who runs a rival chain of 12 bakeries, said a sale would change the industry. "If Crown gets Akua's distribution network, the rest of us will have to sharpen up," she said.

Boadu is widely credited with professionalising a sector once dominated by informal sellers. She introduced uniform pricing, packaged loaves with printed expiry dates, and a training scheme that has graduated more than 600 bakers. Industry analyst Charles Mensah said ⟦flip:he|she⟧ had "changed what Ghanaians expect from a loaf of bread."

A decision is expected before the end of the quarter. Ofosu, the supplier, said he would respect whatever the founder chose. "I have known ⟦flip:him|her⟧ since she had one oven," he said. "She will do what is right for her workers.\""""),

dict(title="UBC Astronomers Spot Rare Planet Orbiting Dying Star",
person="Victor Lam", gender="m", text="""Astronomers at the University of British Columbia have detected a giant planet orbiting a white dwarf, the dense remnant of a star that has exhausted its fuel, in a finding that suggests some planets can survive their star's violent death throes.

The planet, roughly twice the mass of Jupiter, circles the white dwarf every 14 days at a distance that would have placed it inside the star when it swelled into a red giant. The discovery was published on Thursday in a leading astronomy journal.

"The planet shouldn't be there," said Dr Victor Lam, an associate professor of astronomy and the study's senior author. "Either it migrated inward after the star collapsed, or it was somehow shielded. Both options are exciting."

The signal was first noticed by doctoral student Elena Marchetti, who was combing through archival data from a space telescope. She spotted a faint, periodic dip in the white dwarf's brightness and brought it to Lam's attention.

"I assumed it was noise," Marchetti said. "Victor made me check it eleven different ways before he would let me get excited."

Co-author Dr Rachel Okonjo of the University of Toronto led follow-up observations from an observatory in Chile, which confirmed that the dip was caused by an orbiting body. She said the team spent months ruling out alternative explanations, including a companion star.

Lam, who came to Canada from Hong Kong as a teenager, said the discovery had personal significance for ⟦flip:her|him⟧. He spent his graduate years searching for planets around white dwarfs without success. "I published a paper in 2012 saying we should stop looking," he said, laughing. "I'm glad nobody listened to me."

Not all astronomers are convinced the object is a planet. Professor Martin Ebner of the Max Planck Institute said the data were also consistent with a low-mass brown dwarf. "It's a beautiful detection, but the mass estimate has large error bars," he said.

Lam acknowledged the uncertainty and said the team had applied for time on the James Webb Space Telescope to measure the object's temperature. Marchetti, who will defend her thesis next year, will lead that proposal."""),

dict(title="Surrey School Board Chair Survives Non-Confidence Motion",
person="Nadia Farouk", gender="f", text="""Surrey school board chair Nadia Farouk survived a non-confidence motion on Wednesday night after two trustees who had been expected to support it abstained, ending a month of turmoil on the board of British Columbia's largest school district.

The motion, brought by trustee Gordon Tillman, accused Farouk of withholding information about a $6 million budget shortfall from other board members. It failed 3-2, with two abstentions.

"I have always been transparent with this board," Farouk told a packed meeting room at the district office. "I disclosed the shortfall the day the finance department confirmed the figure."

Tillman, a retired accountant, said he had raised concerns about the budget as early as June and had been ignored. "This isn't personal," he said. "It's about whether trustees can trust the information they receive."

Superintendent Andrew Baptiste, who oversees the district's administration, said staff had briefed the chair on a "preliminary and unconfirmed" estimate in early August. He said the final figure was not known until September, which supported Farouk's account.

Trustee Meena Grewal, one of the two who abstained, said she had concerns about communication but did not believe a non-confidence vote was the right response. "We have 80,000 students and a budget hole to fill," she said. "We need to get to work."

Farouk, a former high school chemistry teacher who was first elected in 2018, thanked Grewal after the vote and said ⟦flip:he|she⟧ would propose new rules requiring the finance department to share budget forecasts with all trustees at the same time.

Parents who attended the meeting were divided. Christine Palmer, who chairs a district parent advisory council, said families were tired of the infighting. "Our kids are in portables and the board is arguing about who knew what, when," she said.

Another parent, Harjit Dhaliwal, said he supported the motion. "Accountability matters," he said.

The board must now find ways to close the shortfall before spring. Farouk said she would bring options to the next public meeting, including cuts to district administration. Tillman said he would scrutinise ⟦flip:his|her⟧ proposals carefully."""),

dict(title="Former Financial Adviser Jailed for Defrauding Elderly Clients",
person="Marcus Hale", gender="m", text="""A former Kelowna financial adviser was sentenced on Friday to six years in prison for defrauding more than 30 elderly clients of nearly $4 million, in what the judge called "a calculated betrayal of trust."

Marcus Hale, 47, pleaded guilty in June to fraud over $5,000 and theft. Court heard that between 2016 and 2022 he persuaded clients to move their savings into what he described as a private real estate fund. The fund did not exist. Hale used the money to pay his mortgage, lease luxury vehicles and cover losses from sports betting.

Justice Helen Marchand said the crimes had devastated victims who had little time to recover. "These were people in their seventies and eighties who trusted Mr Hale with their life savings," she said. "He exploited that trust deliberately and repeatedly."

Crown prosecutor Lisa Yamamoto had sought eight years. In her submissions, she read from victim impact statements, including one from a 79-year-old widow who had to sell her home after losing $310,000.

That widow, Evelyn Marsh, was in the courtroom on Friday. She said the sentence would not return her money. "But at least he can't do it to anyone else," she said outside court.

Hale's lawyer, Derek Fontaine, had asked for four years, arguing that his client had a gambling addiction and had shown genuine remorse. Fontaine noted that ⟦flip:she|he⟧ had sought treatment and had voluntarily surrendered his licence before charges were laid.

Hale addressed the court briefly before sentencing. Standing in the prisoner's box, he apologised to his victims, several of whom sat in the front row. "I think about what I did every day," he said. "I am ashamed."

Marchand accepted that the remorse was sincere but said it could not outweigh the harm. She also issued a restitution order for the full amount, though Yamamoto acknowledged that little money was likely to be recovered.

The B.C. Securities Commission permanently banned Hale from the industry last year. Commission spokesperson Tom Grady said the case showed the importance of checking an adviser's registration.

Marsh's son, Gerald, said his mother had been too embarrassed to tell the family for months. "Hale made ⟦flip:herself|himself⟧ part of her life," he said. "He came to her birthday parties. That's what makes it so cruel.\""""),

dict(title="Skipper Keeps Family Trawler Working as Fleet Shrinks",
person="Joan MacLeod", gender="f", text="""At five o'clock on a grey October morning in Steveston, Joan MacLeod is already on the deck of the Morning Star, checking the hydraulics on a winch that has been giving her trouble since summer.

The 60-foot trawler was built in 1974 for her grandfather, and MacLeod has skippered her for 19 years. "She's older than me and in better shape," MacLeod says, patting the wheelhouse. "Mostly."

MacLeod, 51, is one of only a handful of women who own and operate commercial groundfish vessels on the B.C. coast. When she took over from her father, Hugh, in 2005, several buyers at the dock refused to deal with her. "One of them told me to send my husband," she said. "I wasn't married."

The fleet around her has shrunk dramatically. Steveston once had more than 40 groundfish trawlers; today there are 11. Rising fuel costs, tighter quotas and a shortage of crew have pushed many owners to sell their licences.

Deckhand Mike Oduya, who has worked with MacLeod for seven years, said she runs a disciplined boat. "She knows every bolt on this vessel," Oduya said. "If something sounds wrong, ⟦flip:he|she⟧ hears it before the rest of us."

Federal fisheries officer Brian Tkachuk, who inspects vessels in the area, described the Morning Star as one of the best-maintained boats in the harbour. "Joan treats the rules like they matter," he said. "Not everyone does."

The economics are harder than ever. MacLeod estimates the boat barely breaks even in a bad year. She has considered selling the licence, which could fetch more than a million dollars, but says she is not ready.

Her daughter, Fiona, 22, is studying marine engineering in Vancouver and spends summers on board. MacLeod said she had not pushed her daughter toward fishing. "I told her to do whatever makes her happy," she said. "Turns out it's this. I don't know whether to be proud or worried."

Fiona said she had grown up watching her mother handle storms that sent bigger boats back to port. "I've seen ⟦flip:him|her⟧ bring the Morning Star through weather I wouldn't drive a car in," she said.

By six, the engine is warm. MacLeod casts off the lines herself and steers the old trawler out past the breakwater toward the Strait of Georgia."""),

dict(title="Ghanaian Fintech Founder Faces Regulators Over Mobile Lending App",
person="Kofi Asamoah", gender="m", text="""The founder of one of Ghana's fastest-growing digital lending apps appeared before the Bank of Ghana on Tuesday to answer complaints that his company harassed borrowers who fell behind on repayments.

Kofi Asamoah, chief executive of QuickCedi, spent nearly three hours with officials from the central bank's fintech and innovation office, which has received more than 200 complaints about the app since January.

Borrowers allege that QuickCedi's collection agents contacted their relatives and employers, and in some cases sent messages describing them as thieves. Asamoah told reporters after the meeting that ⟦flip:she|he⟧ had "zero tolerance" for such conduct and that two agents had been dismissed.

"We made mistakes as we grew," Asamoah said. "I take responsibility for them. But QuickCedi has also given credit to two million people that no bank would serve."

The head of the central bank's fintech office, Dr Elizabeth Ansah, said the meeting was part of a broader review of digital lenders. "Innovation is welcome," she said. "Abuse of customers is not."

Asamoah, 36, founded QuickCedi in 2019 with his university classmate Naa Ayeley Lamptey, who serves as chief technology officer. The company has since raised about $15 million from investors in Nairobi, London and San Francisco.

Lamptey said the company had rewritten its collection policies and installed software that blocks agents from contacting anyone other than the borrower. "We have built the system so the old behaviour is technically impossible," she said.

One of the borrowers who complained, a Tema nurse named Gladys Owusu, said an agent had called her pastor. "I owed 600 cedis," she said. "He told my church I was a criminal."

Consumer advocate Stephen Adjei said the problem extended well beyond one company. Still, he said, QuickCedi's size made it a test case. "If the regulator goes easy on Asamoah, every other app will notice," he said of the founder and ⟦flip:her|his⟧ company.

Investors have stood by the chief executive. Richard Kamau, a partner at Nairobi-based Savanna Capital, said Asamoah had been "proactive and transparent" with the board. Kamau said he spoke to ⟦flip:her|him⟧ daily during the crisis.

The central bank is expected to announce its findings within a month. Asamoah said ⟦flip:she|he⟧ would accept any sanctions, though he hoped the bank would recognise the reforms already made."""),

dict(title="Debut Novel by Former Court Reporter Wins Coastal Book Prize",
person="Ingrid Halvorsen", gender="f", text="""Ingrid Halvorsen, a former court reporter who spent two decades covering trials in Vancouver, has won the $25,000 Coastal Book Prize for fiction for her debut novel, "The Quiet Witness."

The novel follows a stenographer in 1970s Vancouver who becomes obsessed with a murder trial she is transcribing. Jury chair Desmond Achebe called it "a book about listening, and about what it costs to listen for a living."

Halvorsen, 61, accepted the prize at a ceremony at the Vancouver Public Library on Thursday evening. "I spent twenty years writing down other people's words," she told the audience. "It took me a long time to believe I had any of my own."

Her publisher, Caroline Ng of Tidewater Press, said the manuscript arrived unsolicited in 2021. "I read it on a ferry to Nanaimo and missed my stop on the way back because I was still reading," Ng said. "I called Ingrid that night."

The other finalists included poet-turned-novelist Samuel Okafor, whose book "Low Tide at Kitsilano" had been considered the favourite. Okafor, who attended the ceremony, embraced Halvorsen after the announcement. "She deserves it," he said. "I've been telling people to read her book for months."

Achebe said the jury had debated for four hours before reaching a unanimous decision. He praised Halvorsen's prose, saying ⟦flip:he|she⟧ wrote sentences "as precise as a transcript and as strange as a dream."

Halvorsen began writing fiction in a night class at Langara College after she retired from the courts in 2018. Her instructor there, novelist Patricia Greaves, said she had recognised a rare talent within weeks. "She handed in a story about a juror's hands that I still think about," Greaves said.

The author said many of the book's details came from her years in courtrooms, though the case at the heart of the novel is invented. She said she had changed enough details that no lawyer or judge should recognise themselves.

Tidewater has ordered a third printing. Ng said Halvorsen was already at work on a second novel, and that ⟦flip:his|her⟧ editor had been promised a draft by next summer. "I'm not holding my breath," Halvorsen said, smiling."""),

dict(title="Port Union Leader Rejects Employers' Final Offer as Strike Looms",
person="Brian McAllister", gender="m", text="""The president of the union representing 7,400 longshore workers at British Columbia's ports rejected the employers' latest contract offer on Sunday, raising the prospect of a strike that could halt cargo at Vancouver and Prince Rupert within days.

Brian McAllister, who has led the International Dockworkers' Union Local 514 since 2019, told a rally at the Vancouver waterfront that the offer did not adequately address automation. "They want to replace our members with machines and call it progress," he said. "We're not against progress. We're against being thrown overboard."

The BC Maritime Employers Association, which negotiates on behalf of terminal operators and shipping lines, said its offer included wage increases of 19 per cent over four years. Association president Judith Carrow said the union's demands on automation would make Canadian ports uncompetitive.

"Every major port in the world is modernising," Carrow said in a statement. "We have offered retraining, job guarantees and early retirement. At some point the union has to say yes."

Federal Labour Minister Sophie Tremblay urged both sides to return to the table and said a federal mediator, Gary Woodhouse, remained available. Tremblay declined to say whether the government would introduce back-to-work legislation.

McAllister, a third-generation longshoreman who began working the docks at 19, said he had met Woodhouse twice last week. According to a union official who attended the sessions, McAllister left the second meeting believing the employers had no intention of moving on automation. The official said ⟦flip:she|he⟧ had "given mediation every chance."

Business groups are alarmed. Lisa Braithwaite of the Greater Vancouver Board of Trade estimated that a port shutdown would disrupt roughly $800 million in trade each day. "Farmers, retailers and manufacturers will feel this within a week," she said.

Some union members said they were prepared to walk out. Crane operator Dave Kessler, 44, said his father had lost his job to container automation in the 1980s. "I've seen what happens," he said. "Brian knows it too."

The union can legally strike after giving 72 hours' notice. McAllister said the union had not yet issued notice but that ⟦flip:her|his⟧ executive would meet Monday morning to decide the next steps."""),

]
