ARTICLES = [
("Luzon Harbour Gazette", """Subic shipyard rehires 1,200 workers as new owner restarts hull work

OLONGAPO CITY — For three years the giant gantry cranes at the old Hanjin yard in Subic Bay stood still. On Monday morning, two of them moved again.

Archipelago Marine Works, which took over the shipyard under a long-term lease last year, said it had rehired about 1,200 workers, many of whom lost their jobs when the previous operator collapsed. It expects to have 3,500 on the payroll by the end of next year.

"Ito ang araw na hinintay namin nang tatlong taon." This is the day we waited three years for, said welder Arnel Dizon, 41, as he lined up at the gate with his old safety helmet under his arm. He worked at the yard for 11 years before the closure and spent the gap driving a tricycle in Olongapo.

The company has signed contracts to build two bulk carriers for a Singapore-based owner and to refit an offshore supply vessel, chief operating officer Henrik Solberg said. Hull construction on the first carrier began this week.

Caption: Workers wait outside the main gate of the Subic shipyard on Monday, the first day of rehiring. Many brought documents from their previous employment.

Officials from the Subic Bay Metropolitan Authority (SBMA) said the restart would bring much-needed activity to the freeport, where several large tenants have left in recent years.

"This yard was once one of the largest in the world by tonnage delivered," SBMA chair Eduardo Ledesma said. "We want it to be a national asset again, not an empty lot."

Labour groups welcomed the jobs but raised questions about contract terms. Carmelita Bautista of a regional workers' federation said many rehired employees were being offered six-month contracts rather than permanent positions. "Sana hindi na maulit ang nangyari noon." We hope what happened before does not happen again, she said, referring to the mass layoffs of 2019.

Solberg said probationary contracts were standard and that the company intended to regularize most workers once order books were secured.

Economists said the yard's success would depend on winning steady work in a competitive market dominated by China, South Korea and Japan. "Subic has deep water and a skilled workforce. Those are real advantages," said maritime economist Rosalind Tan of a Manila-based think tank. "But shipbuilding is a brutal business. Margins are thin and delays are costly."

The first bulk carrier is scheduled for delivery in early 2026."""),

("Northline Wire", """Poll shows NDP and UCP deadlocked as Alberta legislature returns

EDMONTON (Northline) — Alberta's governing United Conservative Party and the opposition New Democrats are statistically tied heading into the fall sitting of the legislature, according to a poll released Monday.

The survey by Chinook Research found 44 per cent of decided voters supported the UCP and 43 per cent the NDP, with the Alberta Party at 6 per cent and the Liberals at 4 per cent. The online poll of 1,204 adults was conducted Oct. 18-24. A comparable probability sample would have a margin of error of plus or minus 2.8 percentage points, 19 times out of 20.

The results by region tell a familiar story:

Calgary: NDP 48, UCP 41.
Edmonton: NDP 61, UCP 30.
Rest of Alberta: UCP 58, NDP 29.

Chinook Research principal Gabriela Osei said the race had tightened since the spring, when the UCP led by seven points. "Affordability is driving everything. Utility bills, insurance, rent," she said. "Whoever owns that issue owns the next election."

Government House Leader Travis McKellar dismissed the poll. "The only poll that matters is on election day. And that is two and a half years away," the Cardston-Siksika MLA told reporters.

NDP house leader Amira Haddad said the numbers reflected anger over rising costs. "Albertans are telling this government they are not listening. We are," she said.

Political scientist Dr. Lorne Breckenridge of Mount Royal University was more cautious. A tie? Maybe. A trend? Too early to say.

"Mid-term polls are snapshots," he said. "The UCP has historically outperformed its mid-term numbers in rural ridings, and turnout in Edmonton can be soft."

The fall sitting opens Tuesday with a throne speech expected to focus on health-care reorganization and a promised cap on auto insurance rate increases. Bill 14, which would change how school boards are funded, is also expected to be debated.

Premier Shauna Kildare did not comment on the poll directly. In a statement, her office said the government was "focused on delivering for Albertans, not on the latest numbers."

Osei said one figure stood out: 11 per cent of respondents were undecided, higher than usual at this point in the cycle. "There is a big chunk of people who are not sold on either party," she said. "Not yet."

The next provincial election is scheduled for October 2027."""),

("Kootenay Times", """Obituary: Winnifred 'Winnie' Tasker, Trail's beloved choir director, 91

TRAIL, B.C. — Winnifred Margaret Tasker, who led the Trail Community Choir for 38 years and taught piano to what her family estimates was more than a thousand children, died on Oct. 14 at Kiro Wellness Centre. She was 91.

Born Winnifred Bell in Rossland in 1933, she was the youngest of five children of a smelter foreman and a church organist. By the age of 12 she was playing the organ at St. Andrew's Anglican Church, a post she held, on and off, for seventy years.

She trained at the Royal Conservatory of Music in Toronto, returning to the Kootenays in 1956 to marry Gordon Tasker, a millwright at the Cominco smelter. They had three children.

Winnie took over the Trail Community Choir in 1972 when it had 14 members. By the 1990s it had more than 80, and it toured the Netherlands, Wales and Italy. Her trademark was a single raised eyebrow, which former choristers say could silence a rehearsal hall faster than any baton.

"She never shouted. She didn't need to," said longtime alto Doreen Kalmakoff. "You would see the eyebrow and you would find the right note very quickly."

At her request, the choir will sing at her memorial a setting of the poem she loved most, Christina Rossetti's "Remember":

Remember me when I am gone away,
Gone far away into the silent land;
When you can no more hold me by the hand,
Nor I half turn to go yet turning stay.

She was predeceased by Gordon in 2011 and by her son Alan in 2020. She is survived by her daughters, Heather (Raj) Sandhu of Kelowna and Margaret Tasker of Trail; six grandchildren; and four great-grandchildren, who called her "Gigi."

A celebration of life will be held at St. Andrew's Anglican Church, 1347 Pine Ave., Trail, on Saturday, Nov. 9, at 2 p.m., followed by tea in the church hall. Everyone is welcome.

Memorial donations may be made to the Trail Community Choir Youth Scholarship Fund, which Winnie established in 1998 and which has since helped 47 young musicians attend summer music programs.

Her family offers heartfelt thanks to the staff of Kiro Wellness Centre, and to the many former students who visited and played for her in her last months. She would have checked their fingering."""),

("Courtside Weekly", """Q&A: At 16, Mississauga's Zara Okafor is already Canada's top junior

Zara Okafor won the Canadian under-18 tennis championship in August at the age of 16, then reached the quarterfinals of the junior U.S. Open. We caught up with her between training sessions at the national centre in Montreal. The conversation has been edited for length.

Q: How did it feel to win the national title?

A: Honestly? Relief.

Q: Relief?

A: I was the top seed. Everyone expected me to win. So when it was over, I just sat down and breathed.

Q: Then New York. What was that like?

A: Loud. Really loud. Court 12 is right next to the food court, so you hear everything. But I loved it.

Q: You beat the No. 3 seed in the second round. Did you expect that?

A: Yes. Is that bad to say? I had watched a lot of her matches. I knew she didn't like high balls to her backhand.

Q: Who do you look up to?

A: Serena, obviously. And Bianca Andreescu, because she's from here. She showed that a Canadian girl from Mississauga could win a Slam.

Q: You have a big following online. How do you handle that?

A: My mom runs my Instagram. I'm serious. I post, she reads the comments.

Q: Fans started using #ZaraTime during the U.S. Open. Where did that come from?

A: My little brother. He made a sign. Then people started posting it with his picture and it went from there.

Q: What do you do when you're not playing?

A: School, online. Math is fine. French is hard. And I bake. Banana bread mostly.

Q: What's the goal for next year?

A: Junior Wimbledon. And the Junior Davis Cup and Billie Jean King Cup teams.

Q: Turning pro?

A: Not yet. Maybe at 18. My coach and my parents want me to finish school first, and I agree with them. Mostly.

Q: Last one. Grass, clay or hard court?

A: Hard court. Clay makes my shoes orange.

Okafor's next event is the Orange Bowl junior tournament in Florida in December, where she is expected to be among the top eight seeds."""),

("Halifax Arts Review", """New anthology gives Atlantic Canada's young poets a stage

HALIFAX — The poems in Tidewrack, a new anthology of writing by Atlantic Canadians under 30, are about the things young people in this region actually think about: rent, leaving, staying, grandmothers, fish plants, and the view of the harbour from the top of a McDonald's parking lot.

Edited by poet and Dalhousie lecturer Ama Bediako-Frost, the book collects 64 poems by 41 writers from all four Atlantic provinces. It was published this month by Lantern Cove Press in St. John's.

"I wanted poems that sounded like people talking in kitchens and in cars," Bediako-Frost said at a launch at Halifax Central Library on Thursday. "Nobody here talks like a textbook."

The standout may be "Outport, Population 212," by Grace Fitzgerald of Fogo Island, which begins:

my grandfather counts the houses
like rosary beads,
lit, unlit, lit,
and every winter there are fewer lights to pray for.

Fitzgerald, 24, writes without capital letters, a choice she says she made after reading bell hooks and e.e. cummings as a teenager. "Lowercase feels quieter," she said. "Like you're telling a secret."

Other poems are more playful. Moncton writer Luc Thibodeau's "Chiac Love Song" switches between English and French in almost every line, and PEI poet Jordan MacIsaac's "Things My Uncle Said at the Cottage" is a list poem of exactly twenty one-line quotations, among them:

"That's not a storm, that's weather."
"Don't feed the gulls. They talk."

Bediako-Frost said she received more than 900 submissions, many from writers who had never published before. About a third of the contributors are from rural communities, and 11 are Indigenous.

The anthology was supported by a grant from the Canada Council for the Arts and by the Atlantic Writers' Collective, which plans a reading tour next spring with stops in Charlottetown, Fredericton, Sydney and Corner Brook.

Reviewers have been kind. A critic for a Toronto literary magazine called it "the most alive anthology of Canadian poetry in years." Not bad for a first book from a four-person press.

Tidewrack is available in independent bookstores across the region and online. Price: $24.95."""),

("Provincial Courts Digest", """B.C. Court of Appeal says strata can't ban short-term rentals retroactively

VANCOUVER — The Court of Appeal for British Columbia has ruled that a Whistler strata corporation could not apply a new bylaw banning short-term rentals to owners who had been lawfully renting their units before the bylaw was passed.

In Pemberton Peaks Strata Corp. v. Lindqvist, 2024 BCCA 377, a three-judge panel upheld a 2023 decision of the Civil Resolution Tribunal (CRT), which found that the strata had acted in a way that was "significantly unfair" to two owners.

The owners, Erik Lindqvist and Dana Moreau-Singh, had rented their units through Airbnb and VRBO since 2017, consistent with the strata's bylaws at the time and with the resort municipality's zoning. In 2022, the strata passed a bylaw prohibiting rentals of less than 30 days and began issuing fines of $200 a day.

Writing for the court, Justice Meera Chaudhary held that while strata corporations have broad powers under s. 121 of the Strata Property Act, S.B.C. 1998, c. 43, those powers are subject to the remedy for significant unfairness in s. 164 of the Act and s. 48.1 of the Civil Resolution Tribunal Act.

"The owners made investment decisions in reliance on bylaws that expressly permitted short-term rentals," Chaudhary wrote at para. 52. "Applying the new bylaw to them without any transition period defeated their reasonable expectations."

The court relied in part on Dollan v. The Owners, Strata Plan BCS 1589, 2012 BCCA 44, which set out the test for significant unfairness, and on Reid v. Strata Plan LMS 2503, 2003 BCCA 126.

The strata's lawyer, Graham Whitfield, argued that the principle of res judicata did not apply and that the bylaw was a valid exercise of the owners' collective will. The court disagreed with the second point and found it unnecessary to address the first.

The ruling does not prevent strata corporations from banning short-term rentals. It means only that existing, lawful uses may be protected for a reasonable period.

"This is a narrow decision, but an important one," said Vancouver strata lawyer Paulette Ng, who was not involved in the case. "Stratas can change the rules. They just can't pretend the old rules never existed."

The strata was ordered to reverse $41,600 in fines and to pay the owners' costs on appeal.

The province's short-term rental legislation, which took effect in May 2024, was not at issue in the case."""),

("Prairie Ledger", """Markets: TSX slips as oil retreats; CAD falls below 72 US cents

CALGARY — Canada's main stock index edged lower on Friday as a drop in crude prices weighed on energy shares, offsetting gains in technology and financials.

The S&P/TSX composite index closed down 48.31 points, or 0.2 per cent, at 24,612.05. For the week, the index was down 0.9 per cent, its first weekly loss in five weeks.

In New York, the Dow Jones industrial average fell 112.40 points, or 0.3 per cent, to 42,221.88. The S&P 500 lost 0.2 per cent to 5,858.41, while the Nasdaq composite gained 0.1 per cent to 18,432.57.

The Canadian dollar traded for 71.86 cents US, compared with an average of 72.14 cents US on Thursday.

West Texas Intermediate crude for December delivery fell US$1.74 to US$68.31 a barrel. Brent was down US$1.62 at US$72.05. Natural gas on the New York Mercantile Exchange rose four cents to US$2.79 per mmBtu, while the AECO benchmark in Alberta stayed under $1.50 per gigajoule.

The energy subindex fell 1.6 per cent. Shares of Cenovus Energy Inc. (TSX: CVE) were down 2.1 per cent and Suncor Energy Inc. (TSX: SU) lost 1.8 per cent.

"Oil is caught between worries about demand from China and questions about how much OPEC+ will add next year," said Kiran Malhotra, portfolio manager at Bow River Asset Management. "Until one of those resolves, you get days like this."

Technology provided some support. Shopify Inc. (TSX: SHOP) rose 2.9 per cent, and Constellation Software gained 1.1 per cent.

Banks were mixed ahead of fourth-quarter results, which begin later this month. Royal Bank of Canada rose 0.4 per cent; Bank of Nova Scotia fell 0.3 per cent.

Gold for December delivery rose US$11.20 to US$2,717.80 an ounce, lifting the materials subindex by 0.5 per cent. December copper was up two cents at US$4.35 a pound.

Winners and losers on the TSX:

Biggest gainer: Lithium Ridge Corp., up 12.4 per cent at $3.81 after reporting drill results.
Biggest loser: Northern Iron Ltd., down 9.7 per cent at $0.93 after cutting guidance.
Most active: Cenovus Energy Inc., 14.2 million shares traded.

"It was a quiet Friday. The big story is still rates," Malhotra said. The Bank of Canada's next interest-rate announcement is Dec. 11."""),

("Field & Lab Quarterly", """'We found it by accident': Q&A with the astronomer who spotted a comet from Sutherland

Dr. Nandi Mthembu, a postdoctoral researcher at the South African Astronomical Observatory, discovered the comet now designated C/2024 K7 (Mthembu) while checking calibration images at the observatory's Sutherland site in the Northern Cape. She spoke with Field & Lab by video link. The interview has been lightly edited.

Q: How did you find it?

A: By accident. I was checking flat fields, which are calibration images, and I saw a smudge that wasn't in the previous night's frames.

Q: What did you think it was?

A: A reflection. Or dust on the detector. That's what it usually is.

Q: When did you realise it was real?

A: The next night. It had moved, and it had a faint tail. I checked the Minor Planet Center database and there was nothing there. Then my heart started going.

Q: How does the naming work?

A: The "C" means it's a non-periodic comet. "2024 K" tells you it was found in the second half of May. The "7" means it was the seventh such object announced in that half-month. And the name in brackets is the discoverer's.

Q: Will people be able to see it?

A: Probably only with binoculars, and only from the southern hemisphere, in about March. It's not going to be a naked-eye comet. I'm sorry.

Q: What does it tell scientists?

A: Its orbit suggests it comes from the Oort cloud, so it may be pristine material from the early solar system. We've started taking spectra to see what it's made of.

Q: Is it dangerous?

A: No. Its closest approach to Earth is about 1.9 AU, so roughly 280 million kilometres.

Q: You grew up in Pietermaritzburg. When did you decide on astronomy?

A: At 11. A teacher took our class to the planetarium in Durban. I never changed my mind.

Q: What would you tell a young person who wants to do this?

A: Learn to code. Python, mostly. And be patient. Most nights, nothing happens.

Correction: An earlier version of this interview gave the comet's closest approach to Earth as 1.9 million kilometres. The correct figure is 1.9 astronomical units, or about 280 million kilometres. Field & Lab regrets the error."""),

("Tasman Business Daily", """Wellington fintech PayKōrero raises $24m, eyes Australian expansion

WELLINGTON — PayKōrero, a Wellington-based company whose app lets small businesses send invoices and take payments by text message, has raised $24 million in a Series B round led by a Sydney venture capital fund.

The round values the four-year-old company at about $140 million, according to two people familiar with the terms. Existing investors, including a fund backed by several iwi and the government's early-stage investment arm, also took part.

Co-founder and chief executive Tama Wihongi said the money would be used to hire about 60 staff and launch in Australia in the first half of next year. "Tradies don't want another app. They want to text a customer and get paid," he said. "That's the whole idea."

The company says more than 31,000 New Zealand businesses use the service, processing about $1.2 billion in payments in the past year. It charges a fee of 1.4 per cent per transaction, below what many card terminals cost.

PayKōrero's name combines the English "pay" with kōrero, the te reo Māori word for conversation or talk. Wihongi said the choice was deliberate. "We wanted something that said where we came from. Australians can learn a macron," he said, laughing.

The company has faced competition from larger rivals. Both a major Australian bank and a U.S. payments company launched text-to-pay features this year. Co-founder and chief technology officer Ella Brandt-Fong said PayKōrero's advantage was integration with accounting software used by small firms, including Xero and MYOB.

Investors said the market was large. "There are more than two million small businesses in Australia, and most of them are still chasing invoices by email," said lead investor Claire Harrington of Bondi Ventures. "If PayKōrero gets even a small slice of that, it's a very big company."

Some analysts urged caution. Fintech analyst Rahul Menon of Kauri Research noted that the company was not yet profitable, posting a net loss of $6.8 million in the year to March. "Growth is strong, but the burn rate matters when capital is expensive," he said.

The company said it expected to reach break-even in New Zealand by the end of 2025.

PayKōrero employs 84 people, most of them in its Cuba Street office. It plans to open an office in Brisbane."""),

("Accra Coastline Herald", """Hearts and Kotoko share spoils as title race tightens

KUMASI — Accra Hearts of Oak and Asante Kotoko drew 1-1 in front of a packed Baba Yara Sports Stadium on Sunday, leaving both clubs behind the leaders with six rounds of the Ghana Premier League season remaining.

Kotoko took the lead in the 34th minute when striker Kwame Boakye-Ansah headed in a corner from Richmond Lamptey. The stadium, officially listed at a crowd of 39,500 but visibly fuller, erupted.

Hearts responded after the break. Substitute Issah Fuseini, on for just eight minutes, equalized in the 63rd minute with a low shot from the edge of the area that went in off the post.

"We came to Kumasi to win. A draw is not a bad result, but it is not enough," Hearts coach Emmanuel Osei-Bonsu said. Kotoko coach Prosper Nartey-Ogum was equally unhappy. "We had the chances. Two, three times. We must finish them."

Goalkeepers kept it level late on. Kotoko's Frederick Asare made a diving save from Hearts forward Daniel Barnieh in the 81st minute, and at the other end Hearts' Richard Attah tipped a long-range effort from Lamptey over the bar in added time.

The result means Medeama SC, who beat Berekum Chelsea 2-0 on Saturday, stay top.

Selected results, Matchday 28:

Medeama SC 2, Berekum Chelsea 0
Dreams FC 1, Nations FC 1
Bechem United 3, Legon Cities 2
Accra Lions 0, Heart of Lions 1

Top four:

1. Medeama SC, 53 points
2. Asante Kotoko, 50
3. Hearts of Oak, 49
4. Nations FC, 46

Fans on both sides left frustrated but entertained. "Kotoko should have won. Simple," said trader Afia Konadu, wearing a red and white scarf outside the stadium. A Hearts fan standing next to her shook his head. "Fuseini. Remember the name."

Hearts host Medeama in Accra next Sunday in a match that could decide the title. Kotoko travel to Bechem on Saturday.

The league's disciplinary committee is expected to rule this week on crowd trouble during the Matchday 27 match in Tamale."""),

("The Karoo Courier", """Beaufort West choir sings its way to national final

BEAUFORT WEST — When the 42 members of the Karoo Stemme youth choir walked off the stage at the provincial championships in Stellenbosch on Saturday, conductor Wilhelmina Jacobs was crying so hard she could not read the scoreboard.

She did not need to. The choir, made up of learners from three high schools in Beaufort West, had won the Western Cape senior secondary category and a place at the national championships in Pretoria in September.

"For a small town, this is everything," said Jacobs, a music teacher at Sentraal High School. "These children practise in a classroom with a broken piano. And look what they did."

The choir sang three pieces, including an arrangement of the traditional Afrikaans folk song "Sarie Marais" and a Xhosa hymn. The adjudicators singled out their own composition, "Karoo, my hart," written by 17-year-old tenor Ethan Booysen. Its chorus runs:

"Karoo, my hart, jy's droog en wyd,
maar in jou stilte vind ek tyd."

Loosely translated, "Karoo, my heart, you are dry and wide, but in your silence I find time." Booysen said he wrote it on the bus home from a funeral in Merweville. "I was looking out the window and the words just came," he said.

Final results in the senior secondary category:

1. Karoo Stemme, Beaufort West: 91.2 per cent
2. Paarl Youth Voices: 89.6 per cent
3. George Combined Schools Choir: 87.9 per cent

Getting to Pretoria will not be cheap. The choir estimates it needs about R180,000 for bus transport, accommodation and uniforms. Parents and teachers have started a fundraising drive, including a braai and cake sale at the town hall on 22 June.

Local businesses have already pledged about R35,000. The municipality said it would consider a contribution at its next council meeting.

Soprano Lisa-Marie Pieterse, 16, said the trip would be the first time most of the choir had been to Gauteng. "Some of us have never been further than Cape Town," she said. "Now we go to the capital and sing for the whole country."

Jacobs said rehearsals would resume on Monday. Four afternoons a week. No exceptions."""),

("Bushveld Mining Review", """At the Bushveld Mining Expo, autonomy and safety take centre stage

POLOKWANE — Walk the halls of this year's Bushveld Mining Expo and one message is impossible to miss: the equipment makers want to get people out of the most dangerous places underground.

More than 340 exhibitors and about 9,800 visitors attended the three-day expo at the Polokwane showgrounds, which closed on Thursday. Organisers said attendance was up about 15 per cent on last year.

Remote drilling goes mainstream

Several suppliers showed drill rigs that can be operated from a control room on surface. Scandinavian manufacturer Nordbor demonstrated its TeleDrill S2 rig, which it says has been running at a platinum mine near Northam since March.

"Two years ago this was a novelty. Now customers ask what the payback period is," said Nordbor regional manager Sipho Vilakazi. He said the rig cost about 30 per cent more than a conventional unit but cut the time workers spend at the face by more than half.

Smarter rock bolts

Johannesburg start-up GeoSense displayed its SmartBolt X3, a roof bolt with built-in sensors that send load readings to a tablet. Co-founder Ilse Fourie said the bolts were being tested at two shafts in the Rustenburg area. "Falls of ground are still one of the main killers underground. If the bolt can warn you before the rock moves, that's lives saved," she said.

Battery haulage

On the outdoor display area, electric load-haul-dump machines drew crowds. A local assembler, e-Haul Africa, said its 14-tonne battery-powered LHD could run a full eight-hour shift on one charge.

Not everyone is convinced. Union safety representative Thabo Maluleke, who attended the expo with a delegation from the National Union of Mineworkers, welcomed the technology but raised questions about jobs. "Safety, yes. But every machine that replaces a person must come with a plan for that person," he said.

The skills question

Exhibitors repeatedly pointed to a shortage of technicians who can maintain the new equipment. The Mining Qualifications Authority used the expo to announce 400 new artisan bursaries for young people from mining host communities in Limpopo and North West.

Next year's expo is scheduled for 9 to 11 September. Exhibitor registration opens in January at bushveldminingexpo.co.za."""),
]
