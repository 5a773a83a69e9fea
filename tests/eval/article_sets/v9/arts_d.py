ARTS = [
("Riverbend Gazette", True, """Safety campaign urges drivers to slow down near schools

A new road safety campaign in Riverbend is urging drivers to slow down near schools, after three children were hurt in collisions outside school gates in the past year.

Banners with the slogan "Slow down. Look out. Arrive alive." have been put up outside every primary school in the town. Pupils designed the posters themselves, and some have written their own messages to drivers.

"Please stop on the zigzags only if you have to," reads one, written by a ten-year-old. Another simply says: "Drive like your children live here."

The campaign was launched by the council and the police after parents complained about speeding and dangerous parking at drop-off and pick-up times. Officers will carry out speed checks outside schools over the coming weeks.

Sergeant Paul Dean, who leads the town's roads policing team, said the message was simple. "Put your phone down, keep to 20 and watch for children stepping out," he said. "It takes one second of distraction."

At Riverside Primary, head teacher Laura Finch said staff had seen near-misses almost every week. "We tell the children, 'Hold hands, stop at the kerb, look both ways,'" she said. "Now we need the grown-ups to do their bit too."

Parents have been asked to walk, cycle or park further away and walk the last few minutes. Some schools have set up "walking buses", in which volunteers lead groups of children along set routes.

The council is also considering closing some roads outside schools to traffic at the start and end of the day. Similar schemes in other towns have reduced traffic and improved air quality.

One father, Ben Walsh, said he supported the idea. "Just try it," he said. "If it does not work, change it. But do something before a child is killed."

The council will consult parents and residents on road closures in the autumn.
"""),

("Eastfield Times", True, """Obituary: Margaret Lin, teacher and campaigner, 1939-2026

Margaret Lin, who taught at Eastfield Grammar for 34 years and led a successful campaign to save the town's cottage hospital, has died at the age of 86.

Born in Hong Kong on 3 May 1939, she came to Britain as a student in 1958 to study chemistry at the University of Leeds. She married a fellow student, David Lin, in 1962, and the couple moved to Eastfield two years later when he took a job at the town's chemical works.

She joined Eastfield Grammar in 1965 as a science teacher and later became head of chemistry. Former pupils remember her as strict but kind, with a habit of setting off small explosions at the start of lessons "to wake everyone up".

Dr. Anthony Hale, now a professor at Imperial College London, was one of them. "She made chemistry feel like magic," he said. "I would not be doing what I do without her."

In 1998, when health officials proposed closing the cottage hospital, Mrs. Lin organised a petition that gathered 19,000 signatures and led a march of 3,000 people through the town. The plan was dropped the following year. The hospital's day room was named after her in 2010.

She retired from teaching in 1999 but remained active in local life, serving as a governor at two primary schools and as chair of the Eastfield Civic Society from 2004 to 2015. She was appointed MBE in 2012 for services to education and the community.

Outside school, she was a keen gardener and a fine cook, known among friends for her Cantonese dinners. She also played the piano in a local amateur orchestra until her eighties.

Her husband died in 2019. She is survived by their two children, Peter and Susan, and five grandchildren.

A funeral will be held at St Andrew's Church, Eastfield, on 12 June at 11 a.m. The family has asked for donations to the cottage hospital's league of friends instead of flowers.
"""),

("Metro Wire Service", True, """MANCHESTER — Tech start-ups flock to northern city as rents soar in London

MANCHESTER (Metro Wire) — The number of technology start-ups registered in Manchester rose by almost a fifth last year, as founders looked for cheaper offices and a bigger pool of graduates outside London.

Figures from a business data firm show that 1,840 tech companies were founded in the city in 2025, compared with 1,550 the year before. Leeds, Bristol and Glasgow also saw strong growth.

Among the newcomers is DataKind.ai, a firm that helps charities analyse their data, which moved its headquarters from Shoreditch to an office near Piccadilly station last spring. Its co-founder, Aisha Begum, said rent had fallen from £90,000 to £28,000 a year.

"We did the maths," she said. "It was not a hard decision."

Other firms pointed to the city's universities, which produce thousands of computing graduates each year, and to improving transport links. A software company called NorthStack, which builds tools on top of GitHub and AWS, said it had hired 40 people in Manchester in 12 months.

The city's mayor said the growth showed that the north could compete for high-paid jobs. But investors warned that most venture capital was still concentrated in London and the south-east, and that northern firms found it harder to raise large amounts of money.

A report published on Monday by the British Business Bank found that companies outside London received about a third of equity investment, despite making up more than half of new tech firms.

Some founders said the gap was closing. "Five years ago, investors would not get on the train," said Tom Reilly of the fintech firm PayLoop. "Now they come up every month."

The government has promised to set up regional investment funds worth £1.6 billion, though details have not yet been published. The city council is also converting a former mill in Ancoats into workspace for young companies, which is due to open in the autumn.

Contact: newsdesk@metrowire.example or follow @MetroWireNews for updates.
"""),

("Valley Tribune Online", True, """Your questions answered: the valley's new parking permit scheme

Residents in five streets near Valley Road station will need a permit to park outside their homes from 1 April. We asked the council to answer readers' most common questions.

Who needs a permit?

Anyone who lives in Mill Lane, Station Road, Orchard Street, Bridge Terrace or the lower part of Church Hill and wants to park on the street between 8 a.m. and 6 p.m., Monday to Saturday.

How much does it cost?

The first permit for each household costs £40 a year. A second permit costs £80. Blue badge holders can park free of charge.

What about visitors?

Each household can buy up to 50 visitor permits a year at £1 each. They are valid for a full day and can be bought online or at the council offices.

Why is the council doing this?

Residents have complained for years that commuters park in the streets all day and then catch the train. A survey last autumn found that 72 per cent of households supported a permit scheme.

Will a permit guarantee me a space?

No. A permit allows you to park in the zone, but it does not reserve a space outside your house.

What if I run a business in the zone?

Businesses can apply for up to two permits, at £120 each, for vehicles that are needed for work.

How do I apply?

Go to the council website and search for "parking permits", or call the parking team on weekdays. You will need proof of address and your vehicle registration document.

What happens if I park without a permit?

Wardens will issue a penalty charge of £70, reduced to £35 if paid within 14 days. There will be a two-week grace period when the scheme starts, during which drivers will receive warning notices instead of fines.

Can the scheme be changed later?

Yes. The council will review it after six months and has promised to consult residents again before making any changes.
"""),

("Harbour Ledger", True, """Harbour festival returns with tall ships and sea shanties

The harbour festival returns this weekend for the first time in four years, with tall ships, a seafood market and more than 30 bands and choirs performing along the quayside.

Organisers expect about 40,000 visitors over the two days. Roads around the harbour will be closed from 6 a.m. on Saturday until midnight on Sunday, and a park-and-ride service will run from the rugby ground.

Five tall ships will be moored in the harbour and open to visitors, including the Dutch schooner Oosterschelde and the brig Zebu. Sea shanty groups from Cornwall, Brittany and Norway will perform on three stages.

The festival was cancelled in 2022 because of a shortage of funding and was not held in the following years. It has been revived by a group of local businesses and volunteers, who raised £120,000 through sponsorship and a crowdfunding appeal.

"We kept being asked when it was coming back," said organiser Kirsty Bain. "So in the end we said, right, let's just do it."

What's on

Saturday

10 a.m. Opening parade along the quay
11 a.m. Tall ships open to visitors
1 p.m. Lifeboat display in the outer harbour
3 p.m. Shanty competition, main stage
9.30 p.m. Fireworks

Sunday

10 a.m. Harbour swim (registration from 8 a.m.)
12 noon Seafood cookery demonstrations
2 p.m. Raft race
5 p.m. Closing concert

Getting there

Take the train if you can. Extra services will run from the city on both days. Cyclists can leave bikes at a free supervised park near the fish market.

Bain said volunteers were still needed to help with stewarding and litter picking. "Come along, grab a hi-vis and get involved," she said. "You will have a great time."

Entry to the festival is free, although some events and ship tours require tickets.
"""),

("Midland Courier", True, """Court hears driver was on phone before fatal crash

A van driver was scrolling through social media on his phone moments before a crash that killed a cyclist, a court heard on Monday.

Mr. Kevin Doyle, 34, of Walsall, denies causing death by dangerous driving. The cyclist, Ms. Rebecca Ward, 29, died at the scene on the A452 near Brownhills in March last year.

Opening the case for the prosecution, Ms. Sarah Osei KC told the jury that data recovered from Mr. Doyle's phone showed he had been using the Instagram and TikTok apps for several minutes before the collision at about 7.40 a.m.

"He was not looking at the road," she said. "He was looking at his screen. And because he was not looking, he did not see Rebecca Ward until it was far too late."

The jury was shown footage from a camera fitted to Ms. Ward's bicycle. It showed the van drifting across the carriageway towards her before striking the rear of her bike.

Ms. Osei said Mr. Doyle had told police that he had been dazzled by the low sun. But she said the phone data "tells a very different story".

The court heard that Ms. Ward, a physiotherapist at Walsall Manor Hospital, was cycling to work. She was a member of a local cycling club and had completed the London to Paris ride for charity the previous summer.

In a statement read to the court, her mother said: "Rebecca was kind, funny and brave. She lit up every room. We think of her every minute of every day."

Mr. Doyle's barrister, Mr. James Harwood, told the jury that his client accepted the collision had happened and that he deeply regretted Ms. Ward's death. But he said the jury would have to decide whether his driving fell far below the standard of a careful driver.

The trial, at Wolverhampton Crown Court, is expected to last a week. Judge Mr. Justice Patel told jurors not to research the case online.
"""),

("The Northgate Post", True, """Northgate Carnival: in pictures

Tens of thousands of people lined the streets of Northgate on Sunday for the city's annual carnival, the biggest in its 45-year history.

More than 80 groups took part in the parade, which wound its way from the park to the city centre, with dancers, steel bands, floats and costumes that took months to make.

Above: Dancers from the Northgate Mas Camp in feathered costumes lead the parade along Chapel Street. The group spent six months making its costumes, using more than 20,000 feathers.

Below: Members of the Harmony Steel Orchestra, the city's oldest steel band, perform outside the town hall. The band was founded in 1978.

The theme of this year's carnival was "Roots and Routes", celebrating the many journeys that have brought people to Northgate. Floats represented communities from the Caribbean, West Africa, South Asia, Poland and Ireland.

Left: Seven-year-old Amara Jones watches the parade from her father's shoulders.

Right: A float depicting the Windrush passes the cathedral. Its builders said it honoured their grandparents, who arrived in the city in the 1950s.

The carnival's chair, Lorna Campbell, said the event had grown from a small street party into one of the biggest days in the city's calendar. "It belongs to everyone," she said. "That is what makes it special."

Police said the day had passed off peacefully, with only two arrests. Volunteers collected more than three tonnes of litter afterwards, most of it recycled.

Main picture: The carnival queen, 19-year-old student Jada Morris, in her costume, which weighed 25 kilograms and was inspired by the hummingbirds of Trinidad.

Street food stalls in the park sold jerk chicken, jollof rice, samosas and pierogi, and a sound system stage ran until 8 p.m.

The organisers are already planning next year's event and are looking for new groups to take part. Workshops to teach costume-making will begin in the autumn at the community centre on Leeds Road.
"""),

("Coastline Daily", True, """Festival-goers told: bring water, wear sun cream, look after each other

Organisers of this weekend's Shoreline music festival have issued safety advice to the 25,000 people expected to attend, as temperatures are forecast to reach 30C.

"Drink plenty of water. Wear sun cream. Find some shade in the afternoon," said festival director Nadia Hussain. "And look after each other. If a friend seems unwell, get them to the medical tent."

Free water stations will be placed around the site, and festival-goers are allowed to bring empty refillable bottles. Glass is banned.

The festival's medical team will be doubled on Saturday, when the heat is expected to peak. Paramedics said heat exhaustion was the most common problem at summer festivals, followed by cuts and sprains.

The headline acts include indie band the Saltmarsh Kids, who play the main stage on Saturday night, and singer-songwriter Amy Roe, who closes the festival on Sunday. Roe, who grew up in the town, said it was "the gig I have dreamed about since I was twelve".

Police also issued advice. "Keep your phone and wallet in a front pocket. Stay with your friends. Don't leave drinks unattended," said Inspector Mark Bolitho.

Local residents have been given a phone number to call if noise is a problem after 11 p.m., when music on the main stages must stop. The council has also agreed extra bin collections in nearby streets.

Traffic is expected to be heavy on the coast road on Friday afternoon. Organisers urged people to use the shuttle buses from the railway station, which will run every 15 minutes from 10 a.m.

Hussain said the festival had sold out for the first time since it began in 2016. "It has been a long road," she said. "Now come and enjoy it. Just be sensible."

Tickets for next year's festival will go on sale in October. Early bird prices will be available for the first two weeks.
"""),

("The Civic Observer", True, """Election results 2026: how the county council voted

Voters went to the polls on Thursday to elect all 60 members of the county council. The count was completed at 4.15 a.m. on Friday. Here are the results.

Overall result

Conservative 24 (down 9)
Labour 18 (up 5)
Liberal Democrat 11 (up 3)
Green 4 (up 2)
Independent 3 (down 1)

No party has overall control. A party needs 31 seats for a majority.

Turnout was 34.2 per cent, up from 31.8 per cent at the last election in 2022.

Key contests

In Abbey ward, the Conservative council leader, Mr. Graham Hurst, held his seat by 42 votes after two recounts. In Millfield, Labour gained the seat from the Conservatives with a swing of 11 per cent. In Riverside, the Greens won for the first time.

Reaction

Mr. Hurst said his party remained the largest group and would seek to form a minority administration. "We will talk to anyone who wants to work with us in the interests of the county," he said.

The Labour group leader, Ms. Priya Desai, said the result was a clear rejection of the Conservative administration. "People have voted for change," she said. "We will be talking to the Liberal Democrats and the Greens over the weekend."

The Liberal Democrat leader, Mr. Tom Ashworth, said his party would not support any group without a commitment to protect rural bus services and libraries.

What happens next?

The new council meets for the first time on 21 May, when members will elect a leader. Until then, the current cabinet will remain in place.

If no group can agree a deal, the largest party may try to govern on its own, relying on other parties to pass its budget vote by vote.

Full ward-by-ward results, including the number of votes for every candidate, are published on the council's website.
"""),

("Pinecrest Herald", True, """Book review: a poet finds her voice in the fens

Ruth Ashby's third collection, Low Water, published this month by a small press in Norwich, is a quiet, patient book about a landscape that most people only drive through.

Ashby, who grew up on a farm near Ely, writes about drainage ditches, sugar beet, flooded fields and the enormous skies of the fens. The poems are short, many of them no more than ten lines, and they reward slow reading.

In the title poem, she describes the winter floods on the washes:

"The water does not rise. It spreads.
It takes the fields the way a rumour takes a town,
not all at once, but everywhere."

Elsewhere she writes about her father, who farmed the same land for 50 years, and about the migrant workers who now pick the crops. One of the strongest poems, Harvest, is written in the voice of a Lithuanian woman working in a packing shed at 4 a.m.

Not every poem succeeds. A sequence about climate change in the middle of the book feels more like an essay than a poem, and some of the shorter pieces are so spare that they almost disappear. But at its best, Ashby's writing is precise, unsentimental and deeply felt.

The final poem, Tide Table, ends with lines that stayed with me for days:

"Learn the hours. Learn the water.
Learn what stays when it goes."

Ashby will read from the collection at Pinecrest Library on 18 October at 7 p.m. Tickets are free but must be booked in advance.

Low Water is published by Fenland Press, 72 pages, £10.99.

Verdict: A small book with a wide horizon. Four stars.
"""),

("Riverbend Gazette", True, """Live: Riverbend half marathon 2026

Follow our coverage of the Riverbend half marathon, with more than 6,000 runners taking part in the 13.1-mile race through the town and along the river.

08:45 Runners are gathering in the park. Conditions look good: cool, dry and very little wind. The temperature is 9C.

09:00 And they are off! The wheelchair race started five minutes ago, and the main field is now crossing the start line on Park Road.

09:12 The leading group of six has already opened a gap of about 50 metres. Last year's winner, Kenyan runner Peter Kiprop, is among them.

09:25 Huge crowds at the bridge. A samba band is playing. One runner is dressed as a rhinoceros. We are told he is raising money for a wildlife charity.

09:40 Kiprop has broken away. He passed the 10k mark in 29 minutes 48 seconds, which is on course for a record.

09:58 A message from St John Ambulance: please drink water at every station. It is warming up.

10:03 Kiprop wins in 1:03:21, a new course record by 14 seconds! Second place goes to local runner Adam Nash in 1:05:02, a personal best.

10:11 Hannah Price wins the women's race in 1:12:47. She said: "I felt terrible at eight miles. Then the crowd carried me."

10:30 Thousands of runners still coming through. The atmosphere at the finish line is fantastic.

11:15 Police say the roads along the river will reopen at 1 p.m.

12:40 The organisers say more than £300,000 has been raised for charity. The last runner finished a few minutes ago, to huge cheers.

13:00 That is the end of our live coverage. Full results are on the race website. Thank you for following.
"""),

("Midland Courier", True, """Welsh border town celebrates bilingual road signs

Residents of a small town on the Welsh border have welcomed new bilingual road signs, which show place names in both Welsh and English for the first time.

The signs, which went up this week, include Caerdydd (Cardiff), Amwythig (Shrewsbury) and Y Trallwng (Welshpool). The town itself, which lies just inside Wales, now has signs reading Trefyclo on the Welsh side and Knighton in English below.

Under Welsh law, signs on roads in Wales must be in both languages, with Welsh appearing first in most areas. The town's old signs, which were put up decades ago, had been English only.

The local councillor, Gwen Morgan, said many older residents had grown up speaking Welsh at home. "Mae hyn yn golygu llawer," she said, which means "This means a great deal." She added: "It tells people that our language belongs here."

Some residents on the English side of the border were confused by the changes. A lorry driver from Ludlow said he had taken a wrong turn because he did not recognise the Welsh name. The council said the English names were always shown clearly below the Welsh ones.

The Welsh Language Commissioner said the signs were a small but important step. According to the latest census, about 18 per cent of people in Powys can speak Welsh, a figure that has fallen slightly over the past decade.

A primary school in the town has started teaching pupils the history behind the names. Trefyclo, teachers explained, comes from words meaning "the town on the dyke", a reference to Offa's Dyke, the earthwork that runs nearby.

Pupils said they liked seeing the names on the signs. "I can read them both," said one eight-year-old proudly.

The council said it would replace signs in three more villages by the end of the year, at a cost of about £15,000.
"""),
]
