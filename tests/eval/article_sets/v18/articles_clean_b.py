ARTICLES = [
("Prairie Signal", """Moose Jaw franchisee opens second McDonald's, hires 85 local workers

MOOSE JAW, Sask. — Local franchisee Karen Olafson opened her second McDonald's restaurant in Moose Jaw on Monday, a 4,600-square-foot location on Thatcher Drive that she says has created 85 jobs, most of them part-time positions for students.

The restaurant, which includes a double drive-thru lane, self-order kiosks and a PlayPlace, is the first new McDonald's built in the city since 2004. It replaces a smaller location that closed last year.

"I grew up in Moose Jaw and worked my first job at the Main Street McDonald's when I was 15," said Olafson, who also owns the downtown restaurant. "Being able to hire kids from the same high school I went to is a full-circle moment for me."

McDonald's Restaurants of Canada Ltd. said in a news release that about 85% of its roughly 1,400 Canadian locations are owned and operated by local franchisees. The company said it had invested in the new building, while Olafson paid for equipment and staff training.

Moose Jaw Mayor Clive Tolley cut the ribbon at a ceremony attended by about 100 people, including the Grade 3 class from Sunningdale School, which had won a colouring contest organized by the restaurant.

"Every business that chooses to invest here, large or small, is a vote of confidence in this city," Tolley said.

Not everyone was thrilled. Owners of two independent diners on the same stretch of Thatcher Drive told the Prairie Signal they were worried about losing customers. "We've been here 22 years. We'll still be here. But it's going to be tough for a while," said Gus Petropoulos of the No. 1 Diner, which takes its name from the nearby Trans-Canada Highway.

Olafson said the restaurant would sponsor local minor hockey and the Moose Jaw Warriors' school visit program, as she does with her downtown location. The restaurant will also take part in McHappy Day in May, when a portion of sales goes to Ronald McDonald House Charities.

The Thatcher Drive location is open 24 hours a day, seven days a week. Olafson said she is still hiring for overnight shifts."""),

("Karoo Courier", """Karoo Leeus grind out 24-24 draw after Boland fight back

OUDTSHOORN — Again and again the Karoo Leeus pushed for the line in the final ten minutes. Again and again the Boland defence held. And when the final whistle blew at the Oudtshoorn Rugby Club on Saturday, the scoreboard read 24-24, a result neither side will be entirely happy with.

The Leeus led 24-10 with 25 minutes remaining after tries from flyhalf Marco Pienaar and lock Juan Swanepoel, and looked set for a comfortable home win in the regional first division.

But Boland replacement scrumhalf Ethan Petersen changed the game. His quick tap from a penalty set up a try for wing Jeremy Daniels in the 58th minute, and six minutes later he darted over from a ruck himself. Flyhalf Liam Adonis converted both to level the scores.

In the closing stages the Leeus spent almost the whole time inside the Boland 22. They kicked to the corner three times. Three times the maul was stopped short. With the clock red, Pienaar's long-range drop goal attempt drifted wide.

"We had them. We had them, and we let them back in," said Leeus coach Wikus Steyn. "That's on us, not on them. Credit to Boland, they never stopped."

Boland captain Dylan Cupido said his team had spoken at half-time about staying patient. "We told ourselves, one phase at a time, one tackle at a time. That's how you come back from 14 down," he said.

Pienaar finished with 14 points, including a try, two conversions and a penalty. Swanepoel's try came from a lineout drive in the 31st minute. Fullback Kyle Booysen scored the Leeus' other try, and was named man of the match for a string of try-saving tackles.

The draw keeps the Leeus fourth on the log, two points behind Boland in third.

The Leeus travel to George next weekend. Boland host the West Coast Sharks in Wellington.

Scorers:
Karoo Leeus 24 — Tries: Pienaar, Swanepoel, Booysen. Cons: Pienaar 2. Pen: Pienaar.
Boland 24 — Tries: Daniels, Petersen, Adams. Cons: Adonis 3. Pen: Adonis."""),

("Halifax Harbour Post", """Ask the doctor: Do I really need a flu shot every single year?

Each fall, the Halifax Harbour Post puts readers' health questions to a local physician. This week, Dr. Aisha Okonkwo, a family doctor at the North End Community Health Centre, answers questions about flu and COVID-19 vaccines. Answers have been edited for length.

Q: I got a flu shot last year. Why do I need another one?

A: Two reasons. First, flu viruses change from year to year, so the vaccine is updated each season to match the strains that are expected to circulate. Second, the protection from the shot fades over several months. Last year's shot is not going to do much for you this winter.

Q: Can the flu shot give me the flu?

A: No. The injected vaccine does not contain live virus. Some people get a sore arm, a mild fever or feel tired for a day or two. That's your immune system doing its job. It's not the flu.

Q: Can I get my flu shot and COVID-19 shot at the same time?

A: Yes. In Nova Scotia, most pharmacies will give both at one visit, one in each arm. There's no need to space them out.

Q: Who should be first in line?

A: Adults 65 and older, people with chronic conditions such as diabetes, heart disease or asthma, pregnant people, young children and anyone who lives or works with someone at high risk. But honestly, everyone six months and older is eligible, and everyone benefits.

Q: I'm healthy and I never get sick. Why bother?

A: I hear that a lot. Here's the thing: you may never feel sick, but you can still carry the virus to your grandmother, your neighbour's new baby, or the person undergoing chemotherapy you sit next to on the bus. Getting vaccinated protects them too.

Q: Where can I get vaccinated?

A: Most pharmacies, many family doctors' offices and public health clinics. You can book online through the province's YourHealthNS app or by calling 811. It's free.

Q: Anything else readers should know?

A: Wash your hands. Stay home when you're sick. Cover your cough. It's not glamorous advice, but it works.

Have a health question? Send it to the Harbour Post newsroom and it may be answered in a future column."""),

("Lion City Digest", """Q&A: Chef Aida Rahman on nasi lemak, Michelin and her mother's sambal

Chef Aida Rahman's modern Malay restaurant in Kampong Glam, Serai, received a Michelin Bib Gourmand this year, five years after she quit her job as an accountant to cook full time. She spoke to the Lion City Digest between lunch and dinner service. The interview has been edited and condensed.

Why did you leave accounting?

Honestly, I was bad at it. I was good with numbers, but I was always thinking about lunch. My manager once found me writing a recipe on the back of a balance sheet.

What is the dish you are proudest of?

The nasi lemak. Everyone in Singapore has an opinion about nasi lemak, so it's the most dangerous dish to put on a menu. We use coconut milk pressed in the morning, pandan from my aunt's garden in Johor, and my mother's sambal.

Is it really your mother's recipe?

Yes. She still checks it. Every week she comes in, she tastes the sambal, and she tells me what is wrong with it. Last week she said, "Sambal ini kurang sabar." It means, "This sambal is not patient enough." She meant I did not fry the chilli long enough. She was right.

How did you react to the Bib Gourmand?

I cried in the storeroom. Then I went back out and cooked 80 covers, because it was a Friday.

Has it changed the restaurant?

We are busier, of course. There are more tourists now, which is lovely, but I don't want to lose the uncles and aunties from the neighbourhood who came on the first day. So we kept the lunch set at S$12.90. That is not changing.

What is next?

A cookbook, maybe. My mother wants it to be called "Kurang Sabar", which means "not patient enough". I think she's joking. I'm not completely sure.

What would you tell someone thinking of leaving a stable job to cook?

Work in a real kitchen first, for at least a year. Not your home kitchen. A real one, with the heat and the shouting. If you still love it after that, go."""),

("Gauteng Pulse", """Soweto residents, councillors clash over plans for new taxi rank

SOWETO — A community meeting on a proposed new taxi rank near the Maponya Mall turned heated on Thursday evening, as residents, taxi operators and City of Johannesburg councillors traded accusations over who had been consulted.

The city wants to build a 120-bay rank on a vacant lot along Chris Hani Road to ease congestion at the existing informal rank, which spills into the road during peak hours. The project is estimated to cost R47 million.

Ward councillor Sibongile Ndlovu said the plan had been discussed at three public meetings last year. "This is not a surprise. We have been talking about this rank since 2022," she said.

Residents of the houses that back onto the lot disagreed. Pensioner Johannes Mabaso, 71, said nobody had knocked on his door. "Ngiphile lapha iminyaka engamashumi amane, akekho ongibuzile," he said. ("I have lived here for forty years, and nobody has asked me.")

Another resident, Nompumelelo Khoza, said she was worried about noise and crime at night. "A taxi rank is not a park. Who will guard it at 2am?" she asked.

Taxi association representative Vusi Radebe said drivers supported the rank but wanted guarantees that rentals for the bays would be affordable. "We are not against development. We are against paying more for a concrete slab than we pay now for the side of the road," he said.

Councillor Mark Peters, from an opposition party, said the city had not released the traffic study on which the project was based. "How can residents comment on a plan they are not allowed to read?" he said.

City transport official Dineo Mokoena said the study would be published on the city's website within two weeks, and that the public comment period would be extended by 30 days.

The meeting ended after nearly three hours, with residents agreeing to form a committee of five to meet city officials. Ndlovu said a follow-up meeting would be held in the same hall next month.

Construction is not expected to start before the middle of next year."""),

("Millbrook Gazette", """School board approves budget, names new elementary principal

MILLBROOK — The Millbrook Unified School Board on Monday adopted a $38.6 million budget for the coming school year and named a longtime district teacher as principal of Hawthorne Elementary School.

The budget, which is 2.9% larger than this year's, includes raises negotiated with the teachers' union, two additional special education aides and a new reading intervention program for kindergarten through third grade. The board approved it 5-0.

Superintendent Dr. Lisa Moreno said the district had been able to avoid cuts because of higher-than-expected state aid and a one-time federal grant. "We are in a good place this year. I want to be honest that next year will be tighter," she said.

The board named Hawthorne fourth-grade teacher Marcus Bell as the school's new principal, replacing Dr. Ellen Novak, who is retiring after 11 years in the job. Bell has taught in the district for 16 years and was named Millbrook's teacher of the year in 2019.

"Hawthorne is my school. My kids went there. I've taught there for more than a decade. I'm humbled," Bell said after the vote, to a standing ovation from teachers in the audience.

In other action, the board approved the following items:

1. A three-year contract with Green Valley Foods for school meals, at a cost of $3.12 per lunch.
2. The purchase of 300 Chromebooks, model C340, for incoming sixth graders.
3. An overnight field trip for the high school's Science Olympiad team to the state tournament in April.
4. A revised policy on student cellphone use, which requires phones to be stored in lockers during class at the middle school.
5. The 2025-26 school calendar, with the first day of school on Aug. 20.

Board member Karen Stoltz cast the only vote against the cellphone policy, saying she supported the idea but wanted to hear from more parents first.

Several middle school students told the board they had mixed feelings about the change. "I get why they're doing it. I just think lunch should be different," said eighth grader Ava Kim.

The next regular board meeting will be held June 9 at 6:30 p.m. in the Millbrook High School library."""),

("Cedar County Tribune", """Weather almanac: A dry March, a wet April and a late frost

OAK HOLLOW — Cedar County's spring weather kept farmers and gardeners guessing, according to data from the National Weather Service cooperative observer station at the Oak Hollow water plant.

March was the fourth-driest on record at the station, with just 0.41 inches of precipitation, compared to a normal of 2.1 inches. High winds on March 14 and 15, with gusts to 58 mph, kicked up dust and led to a burn ban across the county.

April made up for it. The station recorded 5.86 inches of rain, nearly double the normal 3.1 inches, including 2.3 inches in a single storm on April 22 that flooded low-water crossings on County Roads J and M.

Temperatures swung widely. The high for the spring so far was 91 degrees F on April 9. The low was 24 degrees F on the morning of May 6, a late freeze that damaged early tomatoes and fruit blossoms across the county.

"You can't plant by the calendar around here. You plant by the forecast, and then you pray," said Marlys Henke, who has run the Oak Hollow Garden Club for 30 years. She said several members had lost their peach crop to the May freeze.

County extension agent Tom Reinholt said the wheat crop had mostly come through in good shape, although some fields showed freeze damage at the heads. "It's too early to say how much that will cost in yield. We'll know more in three weeks," he said.

By the numbers, March 1 to May 31:

- Total precipitation: 9.02 inches (normal: 9.9 inches)
- Days with measurable rain: 19
- Highest temperature: 91 F (April 9)
- Lowest temperature: 24 F (May 6)
- Strongest wind gust: 58 mph (March 15)

The outlook from the Climate Prediction Center calls for a warmer and drier than normal summer for much of the central Plains.

The Tribune's weather almanac is compiled with help from volunteer observer Don Pfeifer, who has recorded daily readings at the water plant since 1987, rain or shine. Mostly shine, this March."""),

("Fraser Valley Ledger", """Langley students' flood-alert app wins top prize at B.C. hackathon

LANGLEY, B.C. — A team of four Grade 11 students from Langley has won first place at a provincial high school hackathon for an app that sends text alerts to farmers when water levels in nearby creeks begin to rise.

The app, called RiseAlert, pulls real-time data from provincial river gauges every 15 minutes and compares it with thresholds set by the user. If the water climbs too fast, it sends an SMS to the farmer's phone, even if they do not have a data plan.

The students, Priya Gill, Owen Tremblay, Hana Kobayashi and Mateo Reyes, built the first version in 36 hours at the BCHacks event in Vancouver last weekend.

Gill said the idea came from the November 2021 floods, when her uncle's dairy farm in the Sumas Prairie was under water. "He said the worst part was not knowing how fast it was coming. We wanted to fix that one thing," she said.

Tremblay, who wrote most of the backend in Python, said the core logic was simpler than people expected. He showed a reporter a line from the code on his laptop:

if rise_rate > user.threshold: send_sms(user.phone, gauge.name)

"That's basically it. Everything else is making sure it never crashes at 3 a.m.," he said.

The judges praised the team for testing the app with real users. Kobayashi spent two days phoning farmers in Abbotsford and Chilliwack to ask how they wanted to receive alerts. Most said text messages, not an app notification.

Reyes designed the interface, which he said had to work for "my grandpa, who uses his iPhone 8 only for calls and the weather."

The team won $5,000 and mentoring from a Vancouver software company. They plan to release RiseAlert for free this spring and have asked the Township of Langley and the City of Abbotsford whether their emergency programs would help promote it.

Their teacher, Dev Sharma, said the project showed what students could do when they worked on a problem close to home. "They didn't build this for a grade. They built it for their neighbours," he said."""),

("Durban Daily Wire", """Nokuthula Mthembu, 67, poet who gave Umlazi a voice

DURBAN — Nokuthula Mthembu, the Umlazi poet whose collections in English and isiZulu were taught in KwaZulu-Natal schools and whose readings filled community halls across the province, died at her home on Thursday after a long illness. She was 67.

Born in Umlazi in 1957, she began writing poems as a schoolgirl, copying them into exercise books that she hid under her mattress. She trained as a teacher and taught English at a high school in Umlazi for 22 years, often reading her own work to classes who did not know she had written it.

Her first collection, Township Morning, was published in 1991 by a small Durban press and sold out in weeks. The title poem begins:

Before the taxis, before the bread,
before the radios say what the day will be,
my mother's broom is already talking
to the dust on the stoep.

Literary critic Professor Themba Zondi of the University of KwaZulu-Natal said Mthembu had an unusual gift for finding large subjects in small, domestic moments. "She could write about a broom and you would understand the whole history of this country," he said.

She went on to publish six more collections, and in 2008 received a provincial award for her contribution to literature. She also ran free writing workshops for young people at the Umlazi library every Saturday for more than a decade.

Poet and former workshop member Sanele Dube, 31, said Mthembu had taught him to take his own voice seriously. "She told me, don't write what you think a poet sounds like. Write what your grandmother sounds like," he said.

She is survived by her husband, Sipho, two daughters, and five grandchildren.

A memorial service will be held at the Umlazi Community Hall on Saturday at 10am, where friends and former students will read from her work. The family has asked mourners to bring a favourite poem to share.

Her last collection, published in 2021, ends with a short poem called Enough:

I have said what I came to say.
The rest, the wind can finish."""),

("Straits Morning Bulletin", """K-pop group NOVA9 to play two nights at National Stadium in April

SINGAPORE — South Korean boy band NOVA9 will perform two concerts at the National Stadium on April 19 and 20, the group's agency announced on Monday, making Singapore the only South-east Asian stop on its first world tour.

Tickets, priced from S$118 to S$368, go on sale on Feb 27 through Ticketmaster, with a pre-sale for fan club members the day before. Organisers said about 90,000 tickets would be available across the two nights.

Fans wasted no time. Within an hour of the announcement, the hashtags #NOVA9inSG and #NOVA9WorldTour were trending on X in Singapore, and the group's official account, @NOVA9_official, posted a short video greeting in English and Korean.

"싱가포르 팬 여러분, 곧 만나요!" leader Kang Ji-ho said in the clip, which translates as: "Fans in Singapore, see you soon!"

The nine-member group debuted in 2021 and has built a large following in Asia with upbeat pop songs and intricate choreography. Its most recent album topped charts in South Korea and Japan.

Polytechnic student Chloe Ng, 19, said she had been saving since last year in case the group came to Singapore. "I have a spreadsheet. I'm not joking. I have a spreadsheet for ticket day," she said.

Not all fans were celebrating. Some complained on social media that the most expensive seat category had risen compared with other K-pop concerts at the stadium last year. The concert organiser, LiveAsia Entertainment, said prices reflected the size of the production, which will include a 60-metre stage and a drone light show.

Singapore Tourism Board said large concerts continued to draw visitors from the region, with about 40 per cent of tickets for recent stadium shows bought by overseas fans.

Organisers reminded buyers to purchase only through official channels, after several fans were cheated by resellers on Carousell and Telegram during previous concerts. Police said victims of concert ticket scams lost more than S$500,000 last year.

The group will also hold a fan meeting at the Singapore Indoor Stadium on April 18."""),

("Bayside Chronicle", """Break-ins. Then more break-ins. Harbor Street merchants say enough.

BAYSIDE — Glass on the sidewalk. A cash drawer on the floor. A note taped to the door: Closed today, sorry.

That was the scene at three businesses on Harbor Street on Monday morning, after the latest in a string of overnight break-ins that has rattled the town's small downtown.

Police said someone smashed the front windows of Costa's Hardware, the Salt Shack gift shop and Marchetti's Bakery at about 2:30 a.m. Sunday. Cash was taken from two of the three businesses. It was the seventh break-in on the street since August.

"Seven. Seven times," said Anne Costa, whose hardware store at No. 10 Harbor St. was also hit in September. "I've been here 31 years. I've never seen anything like it."

Police Chief Robert Almeida said detectives believe the same person or people are responsible for most of the break-ins, based on the method and times. He said the department had increased overnight patrols downtown and was reviewing video from several businesses.

"We are putting everything we have into this," Almeida said. "We will find who is doing this."

Merchants want more. At a meeting Monday night at the Bayside Historical Society, about 25 business owners asked the town to install security cameras and better lighting on Harbor Street, and to consider a part-time officer on foot patrol at night.

Michael Marchetti, who runs the bakery his grandmother opened in 1961, said the cost of repairs was adding up. "A window is $1,200. The deductible is $1,000. So it's on us. Every time," he said.

Selectman Frank Duarte attended the meeting and said he would ask the board to consider money for cameras at its next meeting.

Some owners have taken matters into their own hands. Two have installed roll-down shutters. One now takes the cash drawer home every night.

"It shouldn't have to be like this," Costa said. "It's Bayside. We don't lock our cars."

Anyone with information is asked to call the Bayside Police Department's tip line. Tips can be left anonymously."""),

("Halifax Harbour Post", """Judge orders new trial for Dartmouth man after juror contacted witness

Editor's note: This story has been updated to include comment from the Nova Scotia Public Prosecution Service, which was received after publication.

HALIFAX — A Nova Scotia Supreme Court judge has ordered a new trial for a Dartmouth man convicted of aggravated assault last year, after finding that a juror had contacted one of the Crown's witnesses during the trial.

Justice Catherine Arsenault ruled Tuesday that the contact, a series of messages sent over Facebook Messenger, created a reasonable apprehension of bias that could not be cured.

Kyle Dwyer, 32, was found guilty in June 2023 of aggravated assault in connection with a fight outside a bar on Portland Street in which another man suffered a fractured skull. He had been sentenced to three years in prison and has been on bail pending appeal.

According to the decision, defence lawyers learned after the verdict that one juror had sent messages to a witness who testified about the fight, including one that read, "You did good today." The witness did not reply.

The juror, whose identity is protected, told the court in an affidavit that she knew the witness slightly from school and had not meant to influence anything.

Arsenault accepted that the juror had not intended any harm. But she wrote that "the right to an impartial jury is not only about what a juror intended. It is about what a reasonable person, knowing all the facts, would think."

Defence lawyer Sarah MacLeod said her client was relieved. "Mr. Dwyer has always maintained that he acted in self-defence. He now gets the fair trial he was entitled to the first time," she said.

In a statement, the Nova Scotia Public Prosecution Service said it respected the court's decision and would proceed with a new trial. "Public confidence in the jury system depends on jurors following the court's instructions," the statement said.

Juries in Nova Scotia are instructed at the start of every trial not to discuss the case with anyone or to research it online, including on social media.

A date for the new trial is expected to be set next month."""),
]
