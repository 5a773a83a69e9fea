ARTICLES = [
("Wimmera Ledger", """Stawell queues for its first Macca's as drive-thru opens on Western Highway

Stawell has its first McDonald's, and judging by the queue on Thursday morning, the town was ready for it.

More than 60 cars were lined up along the Western Highway service road when the restaurant opened at 6am, with some customers saying they had arrived before 5am to be among the first served.

The restaurant, which includes a McCafé, a playground and a 24-hour drive-thru, has created 85 jobs, most of them for local teenagers and young adults. Franchisee Priya Raman, who also runs McDonald's restaurants in Ararat and Horsham, said she had received more than 300 applications.

"For a lot of these kids, it's their first job," she said. "They'll learn to turn up on time, work in a team and deal with customers. Those skills go with you wherever you end up."

First in line was 19-year-old Jake O'Loughlin from Great Western, who ordered a Big Mac meal and a McFlurry at 6.01am. "I've been waiting for this since they announced it," he said. "No more driving to Ararat at midnight after footy training."

Not everyone was thrilled. A small group of residents had opposed the development at a Northern Grampians Shire Council planning meeting last year, raising concerns about litter, traffic and the effect on local takeaway shops.

Local fish and chip shop owner Nick Kostas said he was not worried. "People will try it, sure," he said. "But on a Friday night they'll still want a proper piece of flake and a potato cake. We've been here 40 years."

Council's director of development said traffic management at the site, including a dedicated turning lane off the highway, had been approved by the Department of Transport and Planning.

The restaurant is one of several new businesses on the eastern side of town, which is also home to a new service station and a truck stop used by freight drivers on the Melbourne to Adelaide route.

Ms Raman said the restaurant would sponsor local sporting clubs and take part in the McHappy Day fundraiser for Ronald McDonald House Charities in November.

The Stawell Gift committee has already asked whether the drive-thru will be open late on Easter Monday. It will."""),

("South Pacific Wire", """Solomon Islands counts votes as new parliament takes shape

HONIARA, Solomon Islands — Vote counting continued across the Solomon Islands on Friday after general and provincial elections held on the same day for the first time, with results from remote constituencies expected to trickle in over the weekend.

Ballot boxes from islands in Temotu and Rennell and Bellona provinces were being flown and shipped to counting centres, and officials said the final results could take up to a week.

The Solomon Islands Electoral Commission said turnout appeared to be high, with long queues at many polling stations in Honiara and in Malaita, the most populous province. Observers from the Commonwealth, the Pacific Islands Forum and Australia reported that voting was largely peaceful.

AUKI, Malaita — In the provincial capital, supporters of several candidates gathered outside the counting centre on Friday morning, singing and waving flags. Police maintained a visible presence, but officers said there had been no serious incidents.

"People want jobs, roads and clinics," said market vendor Ruth Maeliau, 47, who voted at a school near Auki. "Every four years they promise. This time we will see."

The elections were seen as a test of the country's foreign policy direction. The outgoing government switched diplomatic recognition from Taiwan to China in 2019 and signed a security agreement with Beijing in 2022, a move that alarmed Australia, New Zealand and the United States.

GIZO, Western Province — Counting in the Western Province, a stronghold of candidates critical of the security pact, was completed late on Thursday. Local officials said results would be announced once they had been verified by the commission in Honiara.

Once all 50 seats are declared, elected members will gather in Honiara to negotiate the formation of a government, a process that has historically involved intense lobbying in hotels around the capital. The new Prime Minister will be chosen by a secret ballot of MPs.

Police officials said reinforcements from the Australian-led assistance force and from Papua New Guinea and Fiji would remain in the country until a government had been formed.

In 2006 and 2019, the announcement of a new Prime Minister was followed by rioting in Honiara's Chinatown. Community leaders have appealed for calm."""),

("Riverina Chronicle", """Front pages of a century on show as museum opens newspaper archive

TRAIN DERAILS AT BETHUNGRA. FLOOD WATERS REACH RECORD HEIGHT. WAR ENDS: TOWN REJOICES.

Those are some of the headlines that greet visitors to a new exhibition at the Museum of the Riverina in Wagga Wagga, which brings together more than a hundred front pages from local newspapers published between 1880 and 1990.

The exhibition, titled Hold the Front Page, was assembled from bound volumes donated by former printers, families and the archives of several papers that closed during the twentieth century, including titles from Junee, Cootamundra, Lockhart and Tumut.

Curator Fiona Archer said the front pages told the story of the region in a way few other sources could. "You see the big moments, of course, like the end of both world wars and the moon landing," she said. "But you also see the things that mattered locally. A new bridge. A record wool clip. A champion bull at the Wagga show."

Among the most popular displays is a front page from May 1974, which carries the headline MURRUMBIDGEE PEAKS AT 10.74 METRES above a photograph of rowboats on Fitzmaurice Street. Another, from 1945, simply reads PEACE in type almost twenty centimetres tall.

Some headlines have aged badly. A 1930s front page announcing the arrival of "A MODERN MIRACLE: THE TALKING PICTURE" drew laughter from a group of schoolchildren on a tour this week.

Retired compositor Bill Sheehan, 84, who set type by hand for a local paper in the 1950s, helped identify the fonts and printing methods used. "Every letter of every headline you see here was placed by a person," he said. "When a big story broke late, we'd be there until three in the morning getting the page right."

The exhibition also includes typewriters, a linotype matrix, and a wall of letters to the editor on subjects ranging from the price of bread to the length of women's skirts.

Hold the Front Page runs until March. Entry is free, and the museum is open Tuesday to Sunday from 10am to 4pm."""),

("Eastern Cape Gazette", """'We remember them': Uitenhage marks 40 years since Langa massacre

Hundreds of people gathered in Langa township in Kariega, formerly Uitenhage, on Thursday to mark 40 years since the Langa massacre, when police opened fire on a funeral procession on Maduna Road on March 21, 1985, killing at least 20 people.

The commemoration began with a walk along the route the mourners took that morning, led by survivors and relatives of those who died. Many carried photographs of loved ones. Others carried flowers.

At the memorial site, community elder Nomhle Gqoba, who was 19 at the time and lost her brother in the shooting, read a short address that drew murmurs of agreement from the crowd.

"We remember the morning. We remember the sound. We remember the silence after," she said. "We remember the mothers who waited at home and the fathers who went to look. We remember them, and we will keep remembering, because that is what they asked of us."

The shooting happened on the 25th anniversary of the Sharpeville massacre, and became one of the defining events of the struggle against apartheid in the Eastern Cape. A commission of inquiry later found that the police had used excessive force.

Speakers at Thursday's event included the Nelson Mandela Bay executive mayor, church leaders and a representative of the provincial government, who announced funding to upgrade the memorial and build a small museum nearby.

Young people made up a large part of the crowd. Grade 12 learner Siphesihle Mbewu said she had learned about the massacre from her grandmother, not from school. "I came today because I want to know the names," she said. "Not just the number. The names."

The names of those killed were read aloud, one by one, as a choir sang softly. After each name, the crowd answered: "Siyabakhumbula." We remember them.

A wreath was laid by survivors, and a minute's silence was observed at exactly 10am, the time the shooting is believed to have begun.

Organisers said the event would be held every year, and that a permanent exhibition would open at the site before the 2026 commemoration."""),

("Otago Southland Press", """Invercargill rates rise 9.8% as council adopts annual plan

Invercargill City Council has adopted its annual plan for the coming year, confirming an average rates increase of 9.8 per cent, down from the 12.4 per cent first proposed in March.

Councillors voted 10-3 to approve the plan on Tuesday after two days of deliberations and more than 400 written submissions from residents.

Mayor Tracey Gilchrist said the council had listened to the community and found savings, but that rising costs for insurance, interest and construction meant a significant increase could not be avoided. "Nobody sitting around this table wanted to put rates up by this much," she said. "But we also have pipes in the ground that are a hundred years old, and they won't fix themselves."

Key items in the plan include:

- $14.2 million for water and wastewater renewals, including pipe replacements in Georgetown and Glengarry.
- $3.1 million towards the next stage of the city centre streetscape upgrade on Esk and Dee streets.
- $1.8 million to repair the roof and heating at Splash Palace.
- $650,000 for cycle and footpath improvements near schools.
- $400,000 for the Anderson Park art gallery's reopening.

Savings were found by deferring a planned upgrade of the Queens Park animal reserve, cutting the council's communications budget and delaying the replacement of some vehicles.

Three councillors voted against the plan. Cr Phil Mabey said the increase was too high for pensioners and families on fixed incomes. "We've taken some good steps, but 9.8 per cent is still a lot of money for somebody on the pension in Heidelberg or Strathern," he said.

Cr Marie Tane, who voted in favour, said the alternative was to push costs onto future ratepayers. "Every time we've kept rates artificially low in the past, we've paid for it later," she said.

For an average residential property valued at $420,000, the increase works out at about $5.60 a week.

The council will offer rates rebates for low-income homeowners, and residents who are struggling to pay are encouraged to contact the council to discuss payment plans.

The new rates take effect from July 1."""),

("Karoo Courant", """Mobile TB clinic brings screening to Central Karoo farms

A mobile health clinic has begun visiting farms and small towns across the Central Karoo to screen people for tuberculosis (TB), as health officials try to find cases earlier in a region where patients often live far from the nearest clinic.

The converted truck, fitted with a digital X-ray machine and a GeneXpert testing unit, can screen up to 80 people a day and deliver TB results within about two hours. It will visit Laingsburg, Prince Albert, Merweville, Murraysburg and dozens of farms over the next three months.

Dr Zintle Mfeketo, a medical officer with the provincial health department, said many people with TB did not seek help until they were very ill. "A farmworker with a cough will often keep working for weeks," she said. "He doesn't want to lose a day's pay, and the clinic in town might be 60 kilometres away. By the time he comes in, he has infected his family."

The team includes a doctor, two nurses, a radiographer and a community health worker who speaks Afrikaans, isiXhosa and English. People who test positive start treatment on the spot and are linked to their nearest clinic for follow-up.

Standard treatment for drug-sensitive TB lasts six months, usually with a combination of four drugs taken daily for the first two months, e.g. rifampicin and isoniazid, followed by two drugs for four months. The team also offers HIV testing, blood pressure checks and blood glucose tests for diabetes, which increases the risk of developing TB.

South Africa has one of the highest TB burdens in the world, with an estimated 270,000 new cases a year. The Western Cape's rural districts have lower rates than the province's cities, but outbreaks on farms and in hostels can spread quickly.

At a farm outside Prince Albert on Tuesday, about 40 workers and their families queued in the shade of a pepper tree to be screened. Farm owner Hennie Marais said he was glad to host the clinic. "It's one day of work lost, but it might save a life," he said.

The mobile clinic is funded by the provincial government and an international health grant. It will be at the Beaufort West show grounds on Saturday from 8am to 3pm."""),

("Hawke's Bay Sentinel", """Police appeal for witnesses after Napier service station robbery

Police are appealing for information after a service station in Napier's Marewa was robbed by two people armed with a hammer and a knife on Sunday night.

The pair entered the store on Kennedy Road at about 10.40pm, threatened the lone staff member and demanded cash and cigarettes. They left on foot towards Nuffield Avenue with an undisclosed amount of money and several cartons of cigarettes.

The staff member, a 22-year-old student, was not physically injured but was badly shaken, police said.

Detective Sergeant Mark Whitehead said police were reviewing CCTV footage from the store and surrounding businesses. "This was a frightening experience for a young worker who was simply doing their job," he said. "We want to hold those responsible to account."

The first offender is described as a man of slim build, about 180cm tall, wearing a black hooded sweatshirt with a white logo on the chest, grey track pants and white sneakers. The second is described as shorter, wearing a dark puffer jacket and a blue face mask.

Police would like to hear from anyone who was in the Kennedy Road area between 10.15pm and 11pm, and from anyone with dashcam or home security footage of the area.

People with information can:

- call police on 105, quoting file number 240915/8832;
- make a report online at 105.police.govt.nz and select "Update Report";
- contact Crime Stoppers anonymously on 0800 555 111.

The owner of the service station, who asked not to be named, said staff would no longer work alone on night shifts. "It's not worth it," he said. "No amount of money in the till is worth someone getting hurt."

It is the third robbery of a Napier service station or dairy this year. Police said they did not believe the incidents were linked, but were keeping an open mind.

Retail NZ said it supported the government's crime prevention fund for small retailers, which helps pay for fog cannons, bollards and alarm systems. Business owners can apply through the Ministry of Justice website."""),

("Durban Coastal Post", """Umlazi gospel choir wins national title with anthem and original hymn

An Umlazi church choir has been crowned national champion at the gospel choir finals in Johannesburg, winning the title for the first time in the group's 32-year history.

The 48-voice Siyaphambili Gospel Choir beat nine other finalists from across the country with a programme that combined a stirring arrangement of the national anthem with an original hymn written by their conductor.

The choir opened with the first verse of Nkosi Sikelel' iAfrika, the hymn composed by Enoch Sontonga in 1897:

Nkosi sikelel' iAfrika,
Maluphakanyisw' uphondo lwayo.

(Lord, bless Africa; may her glory be lifted high.)

The adjudicators praised the choir's balance and the way the sopranos carried the melody above a rich bass line. One judge said the performance had "brought the hall to its feet before the final chord was finished".

The choir's second piece, "Morning Comes to Umlazi", was written by conductor Bongani Cele last year after a night of heavy flooding in the township. Its chorus runs:

Morning comes to Umlazi,
the river falls, the sky is clear,
and every voice that sang in darkness
sings louder now that light is here.

Cele, a schoolteacher by day, said he wrote the song at his kitchen table. "We had lost so much in those floods," he said. "Houses, cars, even people. I wanted to write something that would remind us that we are still standing."

The choir rehearses three evenings a week in a church hall on Mangosuthu Highway. Members range in age from 16 to 71, and include nurses, taxi drivers, students and two grandmothers who have sung with the choir since it was founded.

Soprano Thandeka Mthembu, 23, said the win had not sunk in. "When they said our name, I just screamed," she said. "Then I cried. Then I called my mother."

The choir receives R100,000 in prize money, which members say will be used to buy new robes and pay for transport to an international festival in Wales next year.

They will perform a homecoming concert at the church on Sunday at 3pm."""),

("Oceania Press Service", """Interview: Samoan weightlifter lifts her village on the road to the Games

APIA — Every morning at 5.30, before the heat settles over Apia, Salote Fa'amausili walks from her family's fale to a concrete gym behind the church and begins to lift.

The 24-year-old is one of Samoa's best medal hopes at next year's Commonwealth Games, and she has already won gold at the Pacific Games and the Oceania Championships in the women's 87kg category.

This interview was conducted in Samoan and English. Answers given in Samoan have been translated by the reporter.

How did you start lifting?

"My older brother was lifting, and I used to watch him. One day the coach said, come here, try it. I lifted more than the boys. That was it for me."

What does your village think?

"O lo'o fiafia tele le nu'u. E fesoasoani uma tagata, e aumai meaai, e tatalo mo a'u." (The village is very happy. Everyone helps, they bring food, they pray for me.) She laughs. "Sometimes too much food. My coach is always telling my aunties, please, no more taro."

What is the hardest part of training in Samoa?

"Equipment. We have one good bar, and four of us share it. When something breaks, we wait for parts from New Zealand. But we have heart. That's what Samoan lifters are known for."

What keeps you going on hard days?

"My grandmother. She passed away two years ago. Before she died, she told me, 'Ia malosi, Salote.' Be strong. I write it on my wrist tape before every competition."

What would a Commonwealth medal mean?

"For me, a lot. For Samoa, more. Young girls here need to see that sport can take you somewhere. It can give you an education, travel, a job. I want them to believe that."

Samoa's weightlifting federation has produced several Commonwealth and Olympic competitors in recent years, despite limited funding and facilities. Fa'amausili trains with three other national squad members under coach Tavita Leota, a former lifter himself.

She will compete at a qualifying event in Fiji in March."""),

("Waikato Clarion", """Hamilton teen wins national esports title on PS5

A 16-year-old Hamilton student has been crowned New Zealand's national champion in EA Sports FC 25, beating more than 400 players in a tournament that finished at a sold-out venue in Auckland on Saturday.

Ethan Nguyen-Parata, a Year 12 student at a Hamilton high school, won the final 3-1 on aggregate against a 21-year-old from Christchurch. He played on a standard PS5 console with a DualSense controller, the same set-up he uses in his bedroom at home.

His prize includes $5,000, a new gaming PC and a place at a regional qualifier in Sydney next year.

Ethan, who streams his matches on Twitch and YouTube under the name @EthanNP_FC, said the win still felt unreal. "I was shaking during the second leg," he said. "My mum was in the crowd, and I could see her biting her nails. When the final whistle went I just put my hands on my head."

His mother, Linh Nguyen, admitted she had once worried about how much time he spent gaming. "I used to tell him to get off the PlayStation and do his homework," she said. "Now I'm telling him to do his homework and then practise."

The tournament was organised by NZ Esports, which runs competitions in games including Rocket League, League of Legends and Valorant. Its chief executive said esports participation had grown rapidly in schools, with more than 200 secondary schools now entering teams in national leagues.

Ethan's school is one of them. Its esports club meets on Tuesday and Thursday afternoons in a computer lab equipped with ten gaming PCs and two PS5s, funded partly by a grant from a local trust. Clips of his winning goal have been shared widely on TikTok and Instagram, tagged #FC25 and #NZEsports.

His teacher, who runs the club, said students learned teamwork, communication and resilience. "People think it's just kids playing games," he said. "But at this level it's strategy, preparation and handling pressure, exactly like any other sport."

Ethan plans to study computer science at the University of Waikato. For now, he says, the priority is NCEA exams in November, then Sydney."""),

("Gladstone Harbour Herald", """Boyne smelter owner lifts earnings as aluminium price recovers

The part-owner of the Boyne Island aluminium smelter has reported a 14 per cent rise in underlying earnings for the 2024 financial year (FY24), helped by a recovering aluminium price and lower energy costs in the second half.

The company, which is listed on the ASX under the code BRA, posted underlying earnings before interest, tax, depreciation and amortisation (EBITDA) of $412 million, up from $361 million in FY23. Net profit after tax rose to $168 million.

Revenue for the year was $2.9 billion, with the Boyne Smelters operation near Gladstone contributing about a third.

In a statement to the ASX on Wednesday, the company's chief executive said the result reflected strong operational performance at Boyne and a more stable energy market. "Our Q3 and Q4 results were the strongest in two years," she said. "We've also made good progress on the contracts that will move Boyne towards renewable power later this decade."

The smelter is one of the largest electricity users in Queensland and employs about 1,000 people. In 2022, its owners signed agreements to buy power from new wind and solar projects in Central Queensland, a deal the state government described as critical to the future of aluminium manufacturing in the region.

Analysts at a Brisbane broking firm said the result was slightly ahead of market expectations. One analyst said: "The key question for investors is still energy. If the renewable contracts come online on time and on budget, Boyne looks like a very different business in 2030."

The company declared a final dividend of 9 cents a share, fully franked, taking the full-year dividend to 15 cents.

Gladstone Regional Council mayor Marion Pryce welcomed the result. "Boyne Island and Tannum Sands were built around that smelter," she said. "Every good result there is good news for the whole community."

Shares rose 3.1 per cent to $4.62 by the close of trading."""),

("Pilbara Sun", """Hedland Cup won by outsider as record crowd packs the track

Outsider Red Dirt Rosie has won the Hedland Cup, storming home from the back of the field to win by half a length at odds of 21-1 in front of a record crowd at the Port Hedland Turf Club on Saturday.

The five-year-old mare, trained in Karratha by Shane McCormack and ridden by apprentice jockey Chloe Ratti, sat second-last for most of the 1,800-metre race before swinging wide on the home turn and running down the favourite, McTavish's Lad, in the final 100 metres.

It was the biggest win of Ratti's career. "I just kept telling her, wait, wait, wait," the 19-year-old said. "When I asked her to go, she just flew. I couldn't believe how fast we were coming past them."

McTavish's Lad, carrying No. 1 and top weight, finished second, with No. 7, iSpy Gold, a length away in third.

McCormack, a former mine worker who trains a small team of horses on the outskirts of Karratha, said the win was the highlight of 30 years in racing. "She's been a bit of a battler," he said. "She's had a few niggles, and we thought about retiring her last year. I'm glad we didn't."

More than 4,500 people attended the Cup meeting, the largest crowd in the club's history. Fashions on the Field attracted 60 entrants, and the day raised more than $35,000 for the Royal Flying Doctor Service.

The club's president said the Cup had become one of the most important social events on the Pilbara calendar. "People fly in from Perth, Broome and the Kimberley," he said. "It's about the racing, but it's also about the whole community coming together."

The Hedland Cup is part of the Pilbara racing carnival, which continues with meetings at Roebourne and Marble Bar over the next month.

Editor's note: An earlier version of this article incorrectly named the winning jockey as Chloe Rattie. Her name is Chloe Ratti. The Pilbara Sun regrets the error."""),
]
