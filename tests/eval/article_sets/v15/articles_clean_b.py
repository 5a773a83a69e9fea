ARTICLES = [

("The Harbour Ledger", """
Retail park on old gasworks site signs McDonald's, JD Sports and a Greggs

A retail park planned for the former gasworks site on Harbour Road has signed its first tenants, including McDonald's, JD Sports and Greggs, the developer announced on Monday.

Westmoor Estates said the £22m scheme would create about 280 jobs when it opens in autumn next year. A McDonald's drive-thru will sit at the entrance to the site, with six larger units behind it. Talks are continuing with a supermarket and a discount homeware chain for the two biggest units.

Westmoor's development director, Claire McAndrew, said interest had been stronger than expected. "Retail parks are doing well at the moment. People want to drive up, park for free, get what they need and leave," she said. "Town-centre retail has a different job to do, and we think the two can complement each other."

Not everyone agrees. Harbour Business Improvement District, which represents traders in the town centre, said it feared the park would draw shoppers away from Fore Street. Its chair, Owen ap Rhys, who runs an independent phone-repair shop, said many small retailers already relied heavily on online sales through eBay, Etsy and their own websites to survive.

"I fix iPads and iPhones for a living. Half my customers find me on Google or YouTube, not by walking past," he said. "But footfall still matters. When a town centre loses its big names, everyone feels it."

The figures suggest the debate is far from settled. According to the latest Q3 data from retail analysts FootfallIQ, footfall at UK retail parks rose 1.8% year on year, while high streets fell 2.4%. Online sales now account for roughly a quarter of all UK retail spending, worth about £4.2bn a week.

Ms McAndrew said Westmoor was advertising jobs on LinkedIn and would hold a recruitment fair with the local college. A new bus stop and a pedestrian crossing on Harbour Road are part of the planning conditions.

Council leader Annette Draycott welcomed the jobs but said the authority would keep an eye on the impact on the town centre. "We want both to thrive," she said. "That means investment on Fore Street too, not just at the edge of town."

Decontamination of the gasworks site, which closed in 1971, was completed last year at a cost of £3.6m, part-funded by a government grant.
"""),

("The Kestrel Times", """
Inquest told climber died after anchor failed on Kestrel Crag

Editor's note: This article contains details of a fatal accident that some readers may find distressing.

An experienced climber died after a metal anchor he had placed in the rock pulled out during a fall on Kestrel Crag, an inquest has heard.

Daniel Whitmore, 41, a software engineer from Harrowby, fell about 15 metres while leading a route on the crag's north face on 9 September last year. He was airlifted to hospital but died of head injuries the following day.

The hearing at Kestrel Coroner's Court was told that Mr Whitmore had been climbing with his friend of 20 years, Sam Poulter. Mr Poulter said they had climbed together "hundreds of times" and that Mr Whitmore was careful and methodical.

"He'd placed a cam in a crack about halfway up, then a nut a little higher. He slipped on a wet hold, the nut came out, then the cam came out," Mr Poulter said. "I did everything I could to hold him, but there was nothing left to hold him with."

Mountain rescue team leader Gareth Innes told the court that the rock in that section of the route was prone to flaking after heavy rain. "The crag had had two very wet weeks. Rock that is perfectly sound in summer can be quite different in September," he said.

An expert witness, engineer Dr Alison Marr, examined the equipment and found no defects. She said the most likely explanation was that the rock around the placement had broken away under load.

Assistant coroner Rachel Okoro recorded a conclusion of accidental death. "Mr Whitmore was an experienced, careful climber who did nothing wrong. This was a tragic accident," she said.

In a statement, his family said he had "loved the hills more than anything" and had introduced dozens of friends and colleagues to climbing. "Dan was never happier than when he was on a rock face with his mates. We take comfort in knowing he died doing what he loved," they said.

The British Mountaineering Council said it would share the findings with climbers and would work with the landowner on updated guidance for the crag.

If you have been affected by the issues in this article, support is available from the Samaritans on 116 123.
"""),

("Coastline Post", """
Council tax: what the proposed 4.99% rise means for you

The county council has proposed a 4.99% increase in its share of council tax from April, the maximum it can raise without holding a referendum. Councillors will vote on the budget on 20 February.

Here is a guide to what is being proposed and how it could affect households.

What is being proposed?

The council wants to raise its share of the bill for a typical Band D property from £1,712 to £1,797, an increase of £85 a year, or about £1.63 a week. Of the rise, 2% is ringfenced for adult social care, which the government allows councils to charge on top of the standard 2.99% limit.

Town and parish councils, the police and the fire service set their own precepts, so most households will see a slightly different total.

Why does the council say it is needed?

Council leader Cllr Martin Treloar said demand for adult and children's social care had risen sharply. "Social care now takes 68p of every pound we spend. We are not raising council tax because we want to. We are raising it because the alternative is cutting services that vulnerable people depend on," he said.

Who will be affected?

All households will pay more, but the council's council tax support scheme, which helps people on low incomes, will continue to offer discounts of up to 100% for eligible households. Single-person households still receive a 25% discount.

What do the opposition say?

The opposition group said the council had wasted money on consultants and failed projects. Its leader, Cllr Sue Pengelly, said: "People are being asked to pay more for less. Potholes aren't being fixed, libraries are cutting hours, and now this."

What happens next?

The budget will be debated at a full council meeting on 20 February. If approved, new bills will be sent out in March, with the first payments due in April.

Residents can read the budget papers on the council's website or at any library. Anyone struggling to pay is encouraged to contact the council early to discuss payment plans.
"""),

("Tidewater Observer", """
The bell rang 23 times: Tidewater remembers its lost fishermen

The bell rang.

At 11 a.m. on Sunday, in a light rain, several hundred people stood in silence on the fish pier as the harbor chaplain read the names of the Tidewater fishermen lost at sea since the memorial was dedicated in 1964.

There were 23 names. After each one, a retired skipper, Arthur Pelletier, 84, struck the bell that once hung on the trawler Maria Elena.

The bell rang.

The annual Blessing of the Fleet has been held on the last Sunday of June for more than a century. This year, for the first time in eight years, a new name was added to the memorial: Josh Fairbanks, 26, who was swept overboard from the scalloper Northern Light in January.

His mother, Karen Fairbanks, laid a wreath at the foot of the memorial. "People say it gets easier. I don't know if that's true yet," she said afterward. "But standing here with all these families who know exactly how this feels, that helps."

The bell rang.

The Rev. Thomas Adeyemi, the harbor chaplain, told the crowd that the sea gave the town its living and, too often, took its sons and daughters. "We remember them. We remember them in the morning when the boats go out. We remember them at night when the boats come home. We remember them every time that bell rings," he said.

After the service, more than 40 fishing boats, decorated with flags and flowers, paraded past the end of the pier to be blessed with holy water from the chaplain's launch. Children threw carnations into the harbor.

Pelletier, who fished out of Tidewater for 52 years, has rung the bell at the ceremony since 1998. He said he knew most of the men whose names he honored. "Some I went to school with. Some I fished with. One was my cousin," he said. "You ring it for all of them the same."

Organizers said donations collected at the event would go to the Fishermen's Family Fund, which supports relatives of those lost at sea.

The bell rang.
"""),

("Northgate Tribune", """
Argentine flanker joins Northgate RFC: 'Why not? Life is short'

Northgate RFC have signed Argentine back-row forward Tomás Echeverría for the coming season, in what the club describes as the most significant signing in its 130-year history.

The 29-year-old, who has played professionally in France and won three caps for Argentina, joins from Racing Club de Narbonne. He will also work as a skills coach with the club's academy.

Echeverría said he had received offers from bigger clubs but had been won over by a conversation with head coach Dai Powell. "Me preguntó si quería venir a un pueblo pequeño en el norte de Inglaterra, donde llueve mucho. Le dije: ¿por qué no? La vida es corta," he said. (He asked me if I wanted to come to a small town in the north of England, where it rains a lot. I told him: why not? Life is short.)

Powell said the club had been following Echeverría for several seasons. "He's a brilliant player, but what really stood out was his attitude. He wants to help young players get better. That matters to us as much as what he does on a Saturday," he said.

Northgate finished third in National League 2 North last season, missing out on promotion by four points. Powell said the aim this year was clear: "Promotion. No hiding from it."

Echeverría grew up in Tucumán, in the north of Argentina, where his father coached a local club. He moved to France at 21 and played more than 120 games in the French second division. He was part of Argentina's squad for the 2021 Rugby Championship.

Club president Alan Greaves said supporters had reacted with disbelief. "People thought it was an April Fool's joke at first, but it's July," he said. "We've sold more season tickets in two days than in the whole of last summer."

Asked what he knew about Northgate, Echeverría smiled. "I know it is cold. I know the people love rugby. And I know there is a very good fish and chip shop near the ground. Dai showed me. Three times."

Northgate open their season at home to Hull Ionians on 7 September. Kick-off is 3pm.
"""),

("Riverside Gazette", """
Review: From e.e. cummings to will.i.am, poetry festival finds the music in words

Riverside Poetry Festival, various venues, until Sunday

"Words are just... noise, until somebody means them." So said the spoken-word artist Kezia Obi on the festival's opening night, and it could serve as a motto for the whole weekend.

This year's programme, the 12th, is built around the theme of poetry and song, and it casts its net wide. On Friday evening, the Corn Exchange hosted a packed reading of e.e. cummings, the lower-case pioneer whose poems look as if the printer lost patience halfway through. The reader, actor Joan Pemberton, gave them a gentle jazz swing that suited them well.

Saturday afternoon's panel, Lyrics on the Page, was livelier. Songwriter Marcus Dale argued that the best lyrics "die on paper" and come alive only when sung. Poet Anna Kowalska disagreed, reading Leonard Cohen's words aloud, unaccompanied, to prove her point. The audience was split; the chair, wisely, did not call a vote.

A sell-out session on hip-hop, hosted by DJ and lecturer Ray Adeyemi, traced a line from the Last Poets to will.i.am and beyond. Adeyemi's point, made with a grin and a lot of vinyl, was simple: rap is poetry with a beat, and always has been.

The highlight, though, was Saturday night at St Mary's, where Obi returned with a new sequence about her grandmother's journey from Lagos to Riverside in 1962. Performed without notes, it moved from anger to comedy to something close to prayer. When it ended, there was a long silence before anyone clapped.

Not everything worked. A late-night "poetry slam meets karaoke" event at the Swan was more karaoke than poetry, and a workshop on writing lyrics for musicals was so oversubscribed that half the participants sat on the floor.

But the festival's ambition is admirable, and its prices, with most events at £8 or less and a good number free, mean it reaches people who would never set foot in a book launch. The final day includes a children's rhyming workshop and a closing set of k.d. lang songs by the Riverside singer Hattie Flynn, who has been performing them since she was a teenager.

Full listings are at riversidepoetryfest.org.uk.

Four stars.
"""),

("Cascadia Wire", """
Bank app glitch shows customers 'undefined' balance, NaN transactions

SEATTLE — Thousands of customers of Evergreen Federal Credit Union woke up Tuesday to find their account balance replaced with the word "undefined," and some transaction amounts listed as "NaN," after a faulty software update to the lender's mobile app.

The problem affected users of the app's latest version, 6.4.0, on both iPhones running iOS 17.4 and Android devices, the credit union said. Customers who logged in through the website were not affected, and no money was moved or lost.

"We know how alarming it is to open your banking app and not see your money," Evergreen said in a statement posted on X from its @EvergreenFCU account. "Your funds are safe. This was a display error, and our team has identified the cause."

Software engineers said the symptoms pointed to a common type of programming bug. "NaN" stands for "not a number," a value JavaScript and other languages produce when a calculation fails, while "undefined" appears when a program tries to display a value that was never loaded.

"It looks like the app couldn't read the balance from the server and didn't handle that gracefully," said Priya Natarajan, a mobile developer in Portland who reviewed screenshots posted online. "Good apps show a friendly error message. This one just printed what it had, which was nothing."

Screenshots posted on Reddit and X showed balances reading "$undefined" and transaction lists with amounts of "NaN.NaN." One user, who posts as @rainiergal, wrote that she "briefly considered whether undefined was more or less than my rent."

The credit union, which has about 410,000 members in Washington and Oregon, rolled back the update by midday and urged users to install version 6.4.1, which it said fixed the issue. Customers with automatic updates turned off were asked to update manually.

Some members said the communication was slow. "I called at 7:30 a.m. and was on hold for 50 minutes," said Tacoma resident Derek Holm. "Nobody could tell me what was going on."

Evergreen said it would review its testing procedures and waive any overdraft fees charged on Tuesday to customers who were unable to check their balances.
"""),

("Upland Herald", """
Community council backs wind farm benefit fund rules after lively meeting

Llanfair Community Council has approved new rules for spending £85,000 a year from the Bryn Du wind farm community fund, after a meeting that lasted almost three hours.

About 70 residents attended the meeting at the village hall on Tuesday, the largest turnout anyone could remember. Chair Cllr Eleri Vaughan said she was delighted. "Usually it's us, the clerk and a plate of Welsh cakes," she said.

The fund, paid by the wind farm's operator under a 25-year agreement, has built up a balance of more than £240,000 because the council had not agreed how it should be spent.

Councillors voted on five items. The results were:

1. Grants of up to £5,000 for local groups and charities: approved, 8 votes to 1.
2. A ring-fenced annual sum of £20,000 for energy-saving improvements to homes: approved, 9-0.
3. A bursary scheme for young people going to college or university: approved, 7-2.
4. Paying for a part-time community development officer: rejected, 3-6.
5. A review of the rules after three years: approved unanimously.

The energy scheme drew the strongest support from residents. Many homes in the parish are old stone cottages that are expensive to heat, and about a third are not connected to the mains gas network.

Resident Geraint Owen, a retired builder, said the wind farm had changed the landscape for everyone, so everyone should benefit. "Those turbines are on every postcard now. The least we can have is warm houses," he said.

Cllr Dafydd Rees, who voted against the grants scheme, said he was worried that the same well-organised groups would win every time. "The rugby club and the show society are excellent at filling in forms. Some of our smaller groups aren't," he said. The clerk agreed to offer help with applications.

The proposal for a paid officer was rejected after several councillors said the money should go directly to residents rather than salaries.

Applications to the first grant round will open on 1 May. Details are available from the clerk, Mrs S. Pugh, at the village hall on Monday and Thursday mornings, 9.30am to 12.30pm.
"""),

("Cascadia Wire", """
Japan's rural towns turn to 'working holidays' to lure young residents

TOKYO (Cascadia Wire) — In the mountain town of Sorayama, in western Japan, a 28-year-old software developer from Osaka spends her mornings writing code for a client in Tokyo and her afternoons helping a local farmer harvest sudachi, a small green citrus fruit.

Aiko Tanabe is one of about 300 people who have taken part in a government-backed "working holiday" program this year, which pays part of the cost for city workers to spend up to three months in towns that are losing population.

"最初は一ヶ月だけのつもりでしたが、もう帰りたくないです," she said, standing in the orchard. ("At first I meant to stay for just one month, but now I don't want to go back.")

Japan's population fell by more than 800,000 last year, according to the Ministry of Internal Affairs and Communications, and the decline is steepest in rural areas. Nearly half of the country's municipalities are at risk of disappearing by 2050, a private research group warned in April.

Under the program, run by the MIC with local governments, participants receive up to 60,000 yen, or about $400, a month toward housing and travel. Towns provide co-working spaces with fast internet, and many offer subsidized housing in renovated traditional homes.

Sorayama's mayor said the town had seen 14 participants settle permanently over the past two years. "Fourteen people may not sound like much. In a town of 4,800, it is a lot," he said.

Critics say the schemes are expensive and that most participants return to cities once their subsidies end. A 2023 government review found that about one in eight participants nationwide had moved permanently to the town where they stayed.

Still, demographers say even small gains matter. "These towns are not going to grow again," said Professor Kenji Mori of Keio University. "The question is whether they can stabilize, and that depends on attracting young people and, ideally, young families."

Tanabe said she planned to extend her stay through the winter. Asked what she would miss about Osaka, she thought for a moment. "Convenience stores," she said. "That's about it."

Cascadia Wire correspondent Hiroshi Takeda contributed reporting from Tokushima.
"""),

("Coastline Post", """
Seal pups arrive early on the north coast. Lots of them.

They're back. And there are more of them than ever.

Wildlife rangers on the north coast have counted 163 grey seal pups on the beaches between Trevose and Porthcothan so far this season, the highest number since records began in 1999. The first pup was spotted on 12 August, about three weeks earlier than usual.

Picture: A two-day-old grey seal pup rests above the tideline at Mother Ivey's Bay on Tuesday. Picture by Jess Trewin, Coastline Post.

Rangers say the increase is good news. It is also a challenge.

The beaches are popular. The pups are vulnerable. The two do not always mix.

"Every year we have people walking right up to pups to take selfies, or letting dogs off the lead near them," said senior ranger Colin Bray. "Mothers get frightened and go back to sea. Sometimes they don't come back."

Grey seal pups are born with white, fluffy coats and stay on land for about three weeks, feeding on milk that is around 60% fat. They can put on 2kg a day. After weaning, they are left to fend for themselves.

Rangers are asking visitors to follow a few simple rules:

- Stay at least 50 metres away.
- Keep dogs on a lead.
- Never get between a pup and the sea.
- Do not fly drones over the beaches.
- If a pup looks injured or ill, call the marine rescue hotline rather than approaching it.

Volunteers from the Coastline Seal Group are stationed on the busiest clifftops at weekends with binoculars and leaflets. Co-ordinator Nina Pascoe said most people were delighted to learn about the seals. "Nobody wants to harm them. People just don't realise how easily they're disturbed," she said.

Picture: Volunteers Nina Pascoe (left) and Ed Rowe count pups from the clifftop above Porthcothan. Picture by Jess Trewin, Coastline Post.

The pupping season will continue until around December. Rangers will publish a final count in the new year.

Short version? Look. Don't touch. Keep your distance.
"""),

("The Prairie Dispatch", """
Obituary: Rev. Walter J. Kowalchuk Sr., pastor who built a congregation from a granary

The Rev. Walter J. Kowalchuk Sr., who served as pastor of St. Andrew's Ukrainian Catholic Church in Dunmore Creek for 41 years and helped build its first church from a converted grain storehouse, died on Jan. 14 at the age of 93.

He was born on May 2, 1930, on a homestead near Vegreville, Alta., the fourth of nine children of Ukrainian immigrants. He married Olga Hrynchuk in 1952, and their son was born the following year. After Olga's death from cancer in 1954, he studied at St. Joseph's Seminary in Edmonton and was ordained in 1957.

He arrived in Dunmore Creek in 1962 to find a congregation of about 40 families worshipping in a schoolroom. With parishioners, he bought an old granary for $1, moved it across town on skids pulled by two tractors, and converted it into a church. The granary served until 1979, when the present church was built.

Parishioners remember his booming voice, his love of curling and his habit of blessing tractors at seeding time. "He'd walk up and down the line of machinery with holy water and a big smile, and nobody dared start their engine until he was done," said longtime parishioner Mary Sawchuk.

He retired in 2003 but continued to celebrate liturgy at the Pioneer Lodge seniors' home until last year.

He is survived by his son, Walter J. Kowalchuk Jr. (Donna) of Saskatoon; grandchildren Michael (Erin), Stephanie and Luke; four great-grandchildren; sister Anne Melnyk of Edmonton; and many nieces and nephews. He was predeceased by his wife, Olga, and by seven siblings.

The funeral liturgy will be held at St. Andrew's on Saturday, Jan. 20, at 11 a.m., followed by interment at St. Andrew's Cemetery. Hymns will include:

- Eternal Memory (Vichnaya Pamyat)
- Amazing Grace
- How Great Thou Art

In lieu of flowers, donations may be made to the St. Andrew's Church Restoration Fund or to the Dunmore Creek Curling Club junior program.
"""),

("Eastvale Sentinel", """
Trial hears recording of call made minutes before warehouse fire

A jury at Eastvale Crown Court has heard a recording of a phone call made by a warehouse manager minutes before a fire that destroyed the building and caused £2.3 million of damage.

Keith Arnott, 54, of Moorgate Road, denies arson with intent to endanger life. The prosecution alleges that he set fire to the Eastvale Distribution Ltd warehouse on Canal Street in March last year because the business was failing and he hoped to benefit from an insurance payout.

On Wednesday, the jury listened to a 999 call made by a security guard, Michael Fenwick, at 11.42pm on the night of the fire, and to a call made by Mr Arnott to his business partner about 20 minutes earlier.

In the earlier call, Mr Arnott is heard saying: "It's all sorted. By tomorrow we won't have to worry about [the bank] anymore." The prosecution says the words in brackets were added to the transcript because part of the recording is unclear.

Cross-examined by defence barrister Sarah Liddell KC, the business partner, Graham Pickles, agreed that the pair had been discussing a refinancing deal that night.

The court was shown the following exchange from the transcript:

Q. When he said "it's all sorted," what did you understand him to mean?
A. I thought he meant the loan. We'd been waiting on the bank for weeks.
Q. Did he say anything about the warehouse?
A. Not that I recall. There was a bit where the line went [inaudible], then he said goodnight.

A text message sent by Mr Arnott to a friend earlier that evening was also read to the jury. It said: "Long day, were (sic) nearly there with the bank. Pint Friday?"

Fire investigator Dr Hannah Kemp told the court that the fire had started in a storeroom near the loading bay and that traces of petrol were found on the floor. She said she could not say who had started it.

Mr Arnott, who has been in the dock throughout, is expected to give evidence next week. He told police in interview that he was at home with his wife at the time of the fire.

The trial, before Judge Michael Harrow, continues.
"""),

]
