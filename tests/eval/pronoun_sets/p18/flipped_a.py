ARTICLES = [
dict(title="Murrumbilla councillors split over saleyards upgrade", person="Deborah Kettering", gender="f", text="""Murrumbilla Shire Council has narrowly approved a $4.2 million upgrade to the town's ageing saleyards, after a two-hour debate on Tuesday night that saw long-serving Councillor Deborah Kettering break with the mayor for the first time this term.

Mrs Kettering, a beef producer from Yarrawonga Creek, told the chamber she had "no quarrel with the idea" of the upgrade but was worried the cost would land on ratepayers who had never sold a steer in their lives.

"We are asking a retired schoolteacher in Main Street to subsidise a facility that mostly benefits agents from out of the district," she said.

Mayor Graham Oatley defended the proposal, saying the saleyards brought roughly 9,000 visitors to the town each year and that the alternative was losing the weekly cattle sale to Barellan Junction.

"If we let this facility fall over, we won't get it back," Cr Oatley said. "Every cafe and fuel station on the highway knows what sale day means."

Councillor Priya Nandakumar, who moved the motion, said the state government had committed $1.5 million and that council's share would be spread over ten years. She said Kettering had raised fair questions and that ⟦flip:his|her⟧ amendment to cap council's contribution had been "worth hearing, even if I can't support it".

The amendment was lost five votes to four.

Resident Trevor Birch, who addressed the chamber before the debate, said he had sold cattle through the yards for forty years and had watched the pens deteriorate. "The ramps are a danger to stock and to people," Mr Birch said. "Someone is going to get hurt."

After the vote, Kettering said ⟦flip:he|she⟧ would not seek to rescind the decision but would be watching the tender process closely. "I've been on this council long enough to know where projects blow out," she said. "It's usually in the second variation, not the first."

Cr Nandakumar said tenders would be called in March, with work expected to begin after the winter sale season. The council will hold a community information session at the Memorial Hall on February 18.

Cr Oatley thanked Mrs Kettering for ⟦flip:his|her⟧ years of service on the saleyards committee, which she has chaired since 2016, and said he hoped she would stay on it while the upgrade was built."""),

dict(title="Inquest hears charter skipper skipped safety briefing", person="Neville Hartigan", gender="m", text="""A charter boat operator did not give passengers a safety briefing on the morning a Ballarat man drowned off Cape Dorrington, an inquest in Port Ardell has heard.

Coroner Margaret Ellwood is examining the death of Craig Pryce, 47, who went overboard from the Southern Tern in heavy swell in April last year. His body was recovered two days later.

The vessel's skipper, Neville Hartigan, told the inquest on Wednesday he had run charters out of Port Ardell for 22 years and had "never lost a passenger before". Under questioning from counsel assisting, Rebecca Tran, Mr Hartigan accepted that he had not shown the group where the life jackets were stowed.

"I'd done the run that many times, I suppose I got comfortable," ⟦flip:she|he⟧ said.

Ms Tran put it to the skipper that the Bureau of Meteorology had issued a strong wind warning the evening before. Hartigan said he had seen the warning but judged the conditions inside the cape to be manageable.

Deckhand Luke Sorensen, 24, gave evidence that he had been at the stern baiting lines when he heard a shout. He said he threw a ring buoy but could not see Mr Pryce in the water.

"Neville turned the boat around straight away," Mr Sorensen said. "He was on the radio to the coast guard within a minute or two. I've never seen him that rattled."

Mr Pryce's sister, Joanne Pryce, sat in the front row of the court throughout the hearing. Outside, she said her family did not blame any one person but wanted the inquest to lead to tighter rules for small charter operators.

"Craig loved fishing. He'd been looking forward to that trip for months," Ms Pryce said. "We just want the next family to be spared what we've gone through."

Ms Ellwood asked Hartigan whether his practices had changed since the death. ⟦flip:She|He⟧ told the court that every passenger now signs a briefing sheet before the boat leaves the marina, and that he had fitted an automatic man-overboard beacon to the vessel at ⟦flip:her|his⟧ own expense.

The coroner thanked the skipper for his candour, noting that it could not have been easy for him to give evidence in front of the family.

The inquest continues on Friday, when a maritime safety inspector is expected to be called. Ms Ellwood said she would hand down her findings later in the year."""),

dict(title="Delaney guides Kookaburras to first netball flag in 19 years", person="Shannon Delaney", gender="f", text="""When Shannon Delaney took over as coach of the Tarrengower Kookaburras three seasons ago, she inherited a team that had finished last two years running and a club that was struggling to field a reserves side.

On Saturday, the former state-league defender watched her players lift the Loddon Plains Netball League premiership cup after a 52-47 grand final win over Dunolly Creek at Bridgewater Oval.

"I'm just so proud of this group," Delaney said, her voice hoarse from an afternoon on the sideline. "They've turned up to training in the frost and the dark every Tuesday and Thursday since February."

Captain Tayla Brooks, who shot 38 goals, said the coach had changed the culture of the club. "Shannon made us believe we belonged on the same court as the top teams," Brooks said. "⟦flip:He|She⟧ never let us feel sorry for ourselves."

Dunolly Creek led by four goals at half-time, and coach Darren Whitfield said his side had been in control until the third quarter. "Credit to them, they changed their defensive structure and we didn't adjust," Whitfield said. "Shannon's done a brilliant job over there. I've told ⟦flip:him|her⟧ that."

The turning point came when Delaney moved Georgia Marsh from wing defence to goal keeper, a switch that produced five intercepts in the third term alone.

Club president Robert Nguyen said the premiership was a reward for the volunteers who had kept the Kookaburras going through lean years. He singled out Delaney's work with the junior program, which has grown from two teams to seven since she arrived.

"She's coached the under-13s on Saturday mornings and then the A-grade in the afternoon, all season," Mr Nguyen said. "I don't know how she does it, and ⟦flip:his|her⟧ husband probably doesn't either."

Delaney, a mother of three who works as a physiotherapist in Bendigo, said she had not decided whether to coach again next season.

"Ask me in a month," she said with a laugh. "Tonight I just want to sit down."

The Kookaburras will celebrate at the clubrooms on Sunday afternoon, with a barbecue from 2pm. Brooks said the players had already ordered a cake in the shape of the cup for their coach."""),

dict(title="Bakery that survived flood and fire marks fifty years in Main Street", person="Andrew Fitzgibbon", gender="m", text="""For Andrew Fitzgibbon, the working day starts at 2.30am, as it did for his father before him. The third-generation baker has spent most of his adult life in the back of Fitzgibbon's Bakery on Wandilla's Main Street, which this week celebrates fifty years in business.

The shop was opened in 1974 by his father, Des, and mother, Patricia, who had moved to the Riverina from Ballarat. It has since survived the 1993 flood, a kitchen fire in 2008, a pandemic and, as Mr Fitzgibbon puts it, "about six different diets that were supposed to kill off bread".

His wife, Leanne Fitzgibbon, runs the front counter and the books. She said the couple had never seriously considered selling, even in the difficult months after the fire. "Andrew was back in a borrowed kitchen at the football club within a week," she said. "⟦flip:She|He⟧ couldn't stand the idea of people buying their pies at the servo."

Their daughter, Chloe, 26, returned from Melbourne last year to learn the trade and now runs the pastry section. She said her father was a patient teacher but "very particular about his sourdough".

"He'll tell you it's the flour," Chloe said. "It's not the flour. It's him standing over it for thirty years."

Fitzgibbon buys his flour from Dunstan's Mill at nearby Coolabah Flat. Miller Mark Dunstan said the bakery was one of the mill's oldest customers. "Andrew rings me if the protein's half a percent off," Mr Dunstan said. "I wouldn't want it any other way."

Wandilla Business Chamber president Helen Mayo said the bakery was one of the few businesses in town that had traded continuously for five decades. She said the chamber would present the family with a plaque at its dinner next month.

"When visitors ask me where to get breakfast, I send them to Andrew," Ms Mayo said. "I don't know anyone who's come back disappointed with ⟦flip:her|his⟧ vanilla slice."

Asked whether he planned to retire, Mr Fitzgibbon, 61, shrugged. "When Chloe tells me she doesn't need me, I'll go," he said. "I reckon that's about a year away, and she reckons it was about a year ago."

The bakery will hand out free birthday cake on Saturday morning from 7am."""),

dict(title="Former footy club bookkeeper jailed over $186,000 theft", person="Karen Lindqvist", gender="f", text="""A former bookkeeper who stole more than $186,000 from a country football club to fund her gambling has been sentenced to two years and four months in jail.

Karen Lindqvist, 53, of Mount Corran, pleaded guilty in Ardmore Magistrates' Court to 64 counts of obtaining financial advantage by deception over almost six years while she kept the books for the Mount Corran Football Netball Club.

Magistrate Peter Hoskins said the offending was "sustained, calculated and a grave breach of trust" against a volunteer organisation that relied on raffles and sausage sizzles to stay afloat.

Police prosecutor Sergeant Jo Marchetti told the court Lindqvist had transferred club money into her personal account in small amounts, disguising the payments as reimbursements for canteen supplies. The theft was discovered in 2022 when the new treasurer, Dennis Kerr, noticed the canteen appeared to be buying more pies than the club could possibly sell.

"Mr Kerr asked for receipts, and the accused could not produce them," Sgt Marchetti said. She told the court ⟦flip:he|she⟧ had then resigned as bookkeeper by text message.

Defence lawyer Simon Abela said his client had developed a serious gambling addiction after the death of her husband in 2015 and had lost almost everything she owned. He said Lindqvist had since attended more than 80 counselling sessions and had sold her house to repay $70,000.

"She is deeply ashamed," Mr Abela said. "She has lost her standing in a town where she has lived her whole life. ⟦flip:His|Her⟧ children have barely spoken to her."

In a victim impact statement read to the court, Mr Kerr said the club had been forced to cancel its junior tour to Adelaide and had come close to folding. "People who trusted Karen for years feel like fools," he said. "I don't think she understands what she's done to this place."

Mr Hoskins accepted that Lindqvist was remorseful but said general deterrence was paramount. He ordered her to serve a non-parole period of 14 months and to repay the outstanding balance.

As she was led from the dock, Lindqvist turned briefly towards ⟦flip:his|her⟧ daughter in the public gallery.

Club president Sharon Eade said afterwards the club had introduced dual sign-off on all payments. "We just want to get on with playing footy," she said."""),

dict(title="Vale Reg Ashcombe, merino breeder who never missed a show", person="Reg Ashcombe", gender="m", text="""Reginald "Reg" Ashcombe, who bred merinos at Glenbrae station near Tumbarra for more than six decades and judged fleece at agricultural shows across three states, has died at the age of 91.

Born in the front room of the Glenbrae homestead in 1933, Mr Ashcombe left school at 14 to work alongside his father, and by his late twenties was running the property himself after his father's stroke.

He married Margaret Holloway, a nurse from Tumbarra hospital, in 1958. The couple had four children and were married for 63 years until Margaret's death in 2021. Their daughter, Susan Ashcombe-Reid, said her parents had been "a genuine partnership" on the property.

"Mum did the books and the shearers' cooking and half the crutching," she said. "Dad always said the best ram he ever bought was her idea."

Reg built the Glenbrae stud into one of the most respected bloodlines on the southern tablelands, winning the champion fine wool ewe ribbon at the Sydney Royal Easter Show four times. Fellow breeder Elsie Crouch, whose property adjoins Glenbrae, said he was generous with advice and "brutally honest" about sheep.

"He once told me my best ram had the face of a disappointed bank manager," Mrs Crouch said. "⟦flip:She|He⟧ was right, too. I sold it the next month."

Mr Ashcombe served on the Tumbarra Show Society committee for 48 years, including two terms as president, and was made a life member in 1999. Show society secretary Joanne Birtles said he had not missed a show since 1946, including the year he turned up with a broken wrist to judge fleeces one-handed.

His son Peter, who now runs Glenbrae with his own son Matthew, said his father remained involved until the last few months, driving the ute around the paddocks each morning to inspect the mobs.

"He couldn't help himself," Peter said. "Even last spring he was telling me which rams to cull. He was usually right, which was annoying."

Reg was also a keen cricketer, opening the batting for Tumbarra for almost twenty years, and a longtime member of the local Uniting Church, where ⟦flip:her|his⟧ funeral will be held on Thursday at 11am.

He is survived by four children, eleven grandchildren and six great-grandchildren. In lieu of flowers, the family has asked for donations to the Royal Flying Doctor Service, which flew ⟦flip:her|him⟧ to Canberra after a fall in 2019."""),

dict(title="Soil researcher's dung beetle trial wins over sceptical graziers", person="Miriam Okafor", gender="f", text="""A three-year field trial run by a Northern Tablelands University soil scientist has found that introduced dung beetles can lift pasture growth on cattle properties by up to 18 per cent, a result that has surprised some of the graziers who took part.

Dr Miriam Okafor, a senior lecturer in agronomy, said she had expected a modest benefit but not one large enough to show up in the farmers' own paddock records. "The beetles bury the dung, which returns nitrogen and phosphorus to the root zone and breaks up compacted soil," she said. "It sounds simple, but the numbers were bigger than we predicted."

The trial released four species of beetle on twelve properties between Bendemeer Creek and Tingha Flat from 2021.

Co-author Professor James Tull said Dr Okafor had spent much of the past three years in the paddock rather than the laboratory. "Miriam has counted more cowpats than anyone I know," he said. "⟦flip:He|She⟧ would be out there at dawn with a spade and a clipboard in minus four degrees."

PhD student Hamish Grady, who worked alongside her on the trial, said the graziers were initially wary. "A few of them thought we were mad," he said. "By the second summer they were ringing Miriam to ask when the next release was."

One of those graziers, Lisa Penrose, runs 600 Angus cows near Tingha Flat with her husband, Graeme. She said she had agreed to take part mainly out of curiosity.

"I didn't expect much, to be honest," Mrs Penrose said. "But the dung pads that used to sit there for months were gone in a couple of days, and the feed came back thicker around them. Dr Okafor showed us the figures and Graeme went very quiet."

Okafor said the next stage would test whether the beetles could survive the colder winters on the southern tablelands. She has applied for industry funding to extend the project, and said ⟦flip:his|her⟧ team was hoping to recruit another twenty properties.

"Farmers have been doing their own experiments for generations," she said. "Our job is really just to measure them properly."

Mr Grady will present the trial's results at a field day at the Penroses' property on March 9. Dr Okafor, who grew up on a dairy farm in Gippsland, said ⟦flip:his|her⟧ own parents would be in the audience."""),

dict(title="Bus driver praised after stopping robbery at Moose Coulee convenience store", person="Colin Barrow", gender="m", text="""A Moose Coulee transit driver who chased down a man accused of robbing a convenience store at knifepoint has been praised by RCMP, who say his quick thinking probably prevented someone from being hurt.

Colin Barrow, 58, was on his lunch break on Tuesday afternoon when he saw a man run out of the Pham family's Prairie Stop store on 4th Avenue carrying the till drawer.

Store owner Anh Pham said the man had threatened her with a knife and demanded cash. "I gave him everything, I didn't argue," she said. "Then I heard shouting outside and I thought, oh no, someone is going to get hurt."

Barrow, a former junior hockey defenceman, caught up with the suspect about half a block away and knocked him to the ground. He held him there until officers arrived a few minutes later.

"I didn't really think about it," Mr Barrow said. "I saw Mrs Pham in the doorway and she looked terrified, and my legs just went." ⟦flip:She|He⟧ said his own knees were still shaking when he climbed back into the driver's seat an hour later.

RCMP Corporal Alison Keogh said a 31-year-old man had been charged with armed robbery and possession of a weapon for a dangerous purpose. She said police generally did not encourage members of the public to intervene.

"We would always rather people call 911 and be good witnesses," Cpl. Keogh said. "That said, Mr Barrow acted decisively and nobody was injured, and we're grateful to ⟦flip:her|him⟧."

Minh Pham, who co-owns the store with his wife, said the family planned to give Barrow free coffee "for life". "He's a regular, he comes in every morning," Mr Pham said. "Now he is a regular who doesn't pay."

Moose Coulee Transit manager Debbie Strand said Barrow had driven the No. 3 route for eleven years and was popular with passengers. She said the company would recognise him at its staff awards night in December.

"Colin is the kind of driver who waits for the elderly ladies to sit down before he pulls out," Ms Strand said. "I'm not surprised ⟦flip:she|he⟧ stepped in. I'd just ask him not to make a habit of it."

The accused is due to appear in provincial court on Thursday."""),

dict(title="Fiona McAllister returns home to play Lady Macbeth at the Regent", person="Fiona McAllister", gender="f", text="""Actress Fiona McAllister last stood on the stage of Port Hallett's Regent Theatre as a 16-year-old in a community production of Oliver!, playing an orphan with one line. This month she returns as Lady Macbeth.

McAllister, 38, has spent the past two decades working in Toronto and London, including three seasons at the Stratford Festival. She said the invitation to come home had arrived at the right moment.

"I'd been away long enough that I'd started to miss the fog," she said during a break in rehearsals on Tuesday. "And you don't get offered Lady Macbeth every day."

The production is directed by Owen Blaikie, who founded the Regent's professional summer season in 2015. He said he had been trying to lure McAllister back for years.

"Fiona has this stillness on stage that's quite frightening," Mr Blaikie said. "In the sleepwalking scene ⟦flip:he|she⟧ barely moves, and the whole room holds its breath."

Daniel Achterberg, who plays Macbeth, said working opposite her had been "humbling". "She knows every line of the play, not just hers," he said. "If I drop a cue, she's already covering for me before I realise."

McAllister's sister, Kirsty, is a teacher at Port Hallett Regional High and has brought her drama class to watch a rehearsal. She said the family had followed Fiona's career closely from afar.

"Mum has a scrapbook of every review, good and bad," Kirsty said. "Mostly good. She cut out the bad ones and hid them from ⟦flip:him|her⟧."

Theatre manager Ruth Sandoval said advance ticket sales were the strongest in the Regent's history, with most of the three-week run already sold out.

"People here remember Fiona as a kid," Ms Sandoval said. "They want to see what she's become."

For her part, McAllister said she was trying not to think about the hometown crowd. "If I start picturing my old teachers in row F, I'm finished," ⟦flip:he|she⟧ said.

Macbeth opens at the Regent Theatre on July 12 and runs until August 2. Blaikie said a matinee had been added for school groups."""),

dict(title="Reeve backs gravel road plan despite farmers' dust complaints", person="Harold Vink", gender="m", text="""The reeve of the Rural Municipality of Sundance Hills says he will not abandon a plan to turn three kilometres of paved road back into gravel, despite a petition signed by more than 200 residents.

Reeve Harold Vink told a packed council meeting in Lindgren, Saskatchewan, on Monday evening that the municipality simply could not afford to resurface Range Road 214, which has deteriorated badly since it was last paved in 1989.

"I know nobody wants to hear it, but the money isn't there," Mr Vink said. "We can spend $2.8 million fixing three kilometres of pavement, or we can grade and gravel it and spend the difference on the bridges that are actually at risk of failing."

Councillor Marlene Gustafson, who represents the division where the road runs, said she understood the reeve's reasoning but that her constituents felt they were being asked to go backwards. "People moved out here because of that road," she said. "Now they're being told their kids will be eating dust on the school bus."

Grain farmer Dale Ostrowski presented the petition. He said the road carried heavy grain trucks to the Lindgren elevator and that gravel would mean more windshield damage and more dust drifting into farmyards.

"Harold's a good man and I've known him forty years," Mr Ostrowski said. "But ⟦flip:she|he⟧'s wrong about this one."

Engineer Nadia Kowalchuk, who prepared the municipality's infrastructure report, told council that two timber bridges in the north of the RM had been given a "poor" rating and that one may need to be closed within two years. She said gravel roads, properly maintained, could carry the same traffic as pavement.

Vink, a cattle rancher who has served as reeve since 2011, said he would ask staff to look at dust suppression on the stretch of road nearest to homes. He also said ⟦flip:she|he⟧ would write to the provincial government asking for emergency road funding, though he admitted he was "not holding my breath".

Councillor Gustafson moved that the decision be deferred for a month to allow a public meeting. The motion passed four votes to three, with Vink voting against.

After the meeting, the reeve said he respected the outcome. "That's democracy," he said, pulling on ⟦flip:her|his⟧ jacket. "I'll be at the public meeting, and I'll get an earful. That's part of the job."

The public meeting will be held at the Lindgren Community Hall on March 14 at 7 p.m."""),

dict(title="Apprentice Bronson wins Birchgrove Cup on 40-1 outsider", person="Kaylee Bronson", gender="f", text="""Apprentice jockey Kaylee Bronson has won the $150,000 Birchgrove Cup on a mare her own trainer gave little chance, steering 40-1 outsider Copper Creek to a half-length win at Birchgrove racecourse on Saturday.

Bronson, 19, was riding in only her second cup race. She settled the mare near the rear of the 14-horse field before switching wide on the home turn and running down the favourite, Harbour Lights, in the last 50 metres.

"I honestly didn't think we'd run a place," Bronson said. "But she kept finding more and more, and when I saw the post coming I just screamed."

Trainer Ron Mackie, who prepares a small team of eight horses at nearby Kilmany, admitted he had considered scratching Copper Creek after a disappointing trial. "I thought we were a long way out of our class," he said. "Kaylee talked me out of it. ⟦flip:He|She⟧ said the mare had been flat in the trial because of the heavy track."

Harbour Lights' rider, Tom Lusk, was gracious in defeat. "I thought I had it won at the furlong," he said. "Then I heard her coming. Good luck to the kid, that's the best ride I've seen from ⟦flip:him|her⟧."

Copper Creek's owners, Gary and Denise Fahey, are dairy farmers from Yarram who bought the mare as a yearling for $6,000. Mrs Fahey said she had cried from the turn onwards.

"We've had horses for twenty years and never won anything like this," she said. "Gary couldn't watch. He was hiding behind the bar."

Mr Fahey said the couple would give Bronson a share of the prize money on top of her riding fee. "She earned every cent of it," he said. "I told ⟦flip:him|her⟧ she can have the mare's next foal as well, and I think she thought I was joking. I wasn't."

Bronson, who grew up on a farm near Sale and started riding ponies at four, moved to Kilmany to take up her apprenticeship with Mackie in 2022. She has ridden 41 winners this season.

Mackie said the win was a milestone for his stable as much as for his apprentice. "I've been training for 30 years and never won a cup," he said. "It's taken a teenager to get me there."

Copper Creek is likely to be set for the Gippsland Plate next month, with Bronson keeping the ride."""),

dict(title="Country GP hangs up his stethoscope after 41 years in Tarcoola Springs", person="Alasdair Munro", gender="m", text="""Dr Alasdair Munro arrived in Tarcoola Springs in 1983 with a two-year contract, a secondhand Holden and a plan to head back to Edinburgh once he had "seen a bit of the outback". Forty-one years later, he saw his last patient on Friday.

The town's longest-serving GP has delivered an estimated 1,400 babies, sat with hundreds of patients in their final days and, by his own count, removed "at least a bucket" of fish hooks from local thumbs.

"I kept meaning to leave," Dr Munro said. "Then I'd think, well, who's going to look after Mrs So-and-so's heart, and another year would go by."

Practice nurse Gwen Tully has worked alongside him since 1990. She said he had never once left a patient in the waiting room without an explanation.

"If he was running late, he'd come out and tell people why," Mrs Tully said. "That's rare. Patients forgive a lot when you treat them like adults. ⟦flip:She|He⟧ knew that better than anyone."

Beverley Sands, 79, has been a patient since the week he arrived. She said Dr Munro had diagnosed her husband's bowel cancer early enough to save his life in 1997.

"Bill always said he owed the doctor twenty-five extra years," Mrs Sands said. "He made it to 92 in the end."

Dr Hannah Osei, who joined the practice in 2019 and will take over as senior partner, said Munro had been a generous mentor. "He let me make my own decisions, but he was always at the end of the phone," she said. "I've called ⟦flip:her|him⟧ at midnight more than once."

The practice held a farewell morning tea on Friday attended by more than 300 people, including the mayor, Cr Lorraine Baxter, who presented Dr Munro with a framed aerial photograph of the town. She described him as "part of the furniture, in the best possible way".

His son, Callum Munro, flew in from Perth for the occasion. He said his father had missed plenty of birthday parties and school concerts over the years but that the family had always understood.

"When the phone rang, Dad went," Callum said. "We'd be halfway through Christmas lunch and ⟦flip:she|he⟧'d be out the door. Mum used to keep his plate warm in the oven."

Dr Munro said he and his wife, Isobel, planned to stay in Tarcoola Springs. "I've thought about Scotland," he said. "But all my friends are here now, and most of them are my patients.\""""),
]
