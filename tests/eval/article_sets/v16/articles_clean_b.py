ARTICLES = [
("Retail Ledger", """JD Sports, WHSmith and B&M: winners and losers of the Christmas trading season

Retailers have had a mixed Christmas, according to a flurry of trading updates published this week, with value chains and specialist sportswear brands outperforming department stores and home furnishings.

Here is how some of the biggest names fared in the key festive period.

JD Sports Fashion plc

Like-for-like sales rose 1.9% in the six weeks to 4 January, driven by strong demand in the U.S. and Europe. The UK was flatter. Chief executive Régis Schultz said the group had "held its nerve on pricing" while rivals discounted heavily. Shares rose 6% on the day.

WHSmith PLC

The travel retailer, which is selling its high street stores to focus on airports, stations and hospitals, said travel sales rose 7% year on year. High street sales fell 4%. The company said the sale of the high street business to a restructuring investor remained on track.

B&M European Value Retail S.A.

The discounter reported UK like-for-like sales down 2.8% in the quarter, which it blamed on a weak November and warm autumn weather hitting seasonal lines such as heaters and blankets. Management trimmed full-year profit guidance.

Analysts were unimpressed. "B&M has become a bit of a one-trick pony. When the general merchandise side stumbles, there isn't much to fall back on," said Sophie Lund, head of consumer research at Marlowe Partners.

Jim Farrow, retail partner at an accountancy firm, said the picture was "uneven but not disastrous". "People spent, but they spent carefully. They traded down on some things and splurged on others, e.g. experiences, beauty and sportswear. The retailers who understood that did fine," he said.

Others are yet to report. Next plc and Marks & Spencer Group plc are due to publish updates later this week, with most analysts expecting both to have performed well.

The British Retail Consortium said total retail sales in December rose 3.2% year on year, ahead of the 2.6% recorded in the same month the year before, though the figure was flattered by higher prices.

Retail Ledger's full Christmas trading table, covering 40 listed retailers, is available to subscribers."""),

("The Northgate Echo", """Farewell to Father Michael Kane, 'a priest for everyone'

Father Michael Kane, parish priest of St Joseph's in Northgate for 28 years, has died aged 84.

He was a priest for everyone. That was the phrase repeated again and again by people who spoke to the Echo this week, from the altar servers he trained to the shopkeepers on Bridge Street who saw him every morning on his walk to buy a paper.

Born in County Mayo in 1940, the youngest of nine children, he trained at a seminary in Dublin and was ordained in 1965. After parishes in Liverpool and Preston, he came to Northgate in 1989 and stayed until his retirement in 2017.

He was a priest for everyone because he never asked who you were or where you came from, said Margaret Doyle, who ran the parish's lunch club for 20 years. "He'd sit down with the homeless man and the bishop in exactly the same way. Same cup of tea, same questions, same time for both," she said.

He was a priest for everyone because he opened the parish hall to anyone who needed it, said Ahmed Siddiqui, chair of the Northgate Interfaith Forum. In 2005, when the mosque on Canal Street was damaged by fire, Father Kane offered the hall for Friday prayers for six months.

And he was a priest for everyone because he could sing, according to almost everyone. His rendition of the hymn "Be Thou My Vision" at midnight Mass was, for many, the start of Christmas:

"Be thou my vision, O Lord of my heart,
naught be all else to me, save that thou art."

In retirement he lived in a flat near the church, continued to say weekday Mass when needed and remained a familiar sight at Northgate Town's home matches.

Father Kane is survived by his sister Bridget, who lives in Mayo, and by dozens of nieces and nephews in Ireland, England and the U.S.

His funeral Mass will be held at St Joseph's on Thursday at 11am, followed by burial in the family plot in Castlebar. All are welcome."""),

("Kestrel FM News", """Darts: Barnsdale's 'Hurricane' Hughes heads to Ally Pally as world No. 14

Barnsdale darts player Kieran "Hurricane" Hughes flies the flag for the county at the World Championship this month, after the best year of his career lifted him to No. 14 in the world rankings.

The 31-year-old former plasterer won two Players Championship titles this season and reached the semi-finals of the Grand Slam, where he lost 16-12 to the eventual champion.

He starts his campaign at Alexandra Palace in the second round, against the winner of a first-round tie between a Dutch qualifier and a player from the Asian tour.

Speaking to Kestrel FM News before heading to London, Hughes said he felt ready. "Last year I went there as a fan with a shirt on. This year I'm going there to win matches. I'm not saying I'll win it, but I'm not going there to make up the numbers," he said.

His practice routine is simple. Two hours in the morning. Two hours in the afternoon. Doubles, doubles and more doubles. "Everyone can hit trebles on a good day. It's the doubles that pay the mortgage," he said.

His manager, former county player Steve Booth, said Hughes's consistency had been the key. "His average has gone up three points in twelve months. That's massive at this level. He's averaging 97 on TV now, and he's hitting 40% on his doubles," Booth said.

At the Red Lion in Barnsdale, where Hughes first threw in the pub league as a teenager, landlord Dean Price is planning a big screen and a buffet for the second-round match. "The whole village will be in. We'll be shouting at the telly like he can hear us," he said.

Hughes uses 23-gram tungsten darts, a set designed with his sponsor and sold under the name Hurricane 23G. He says he has not changed his setup since 2021.

The World Championship final takes place on 3 January. The winner receives £500,000.

We'll have live updates on air and online every time Kieran is on the oche."""),

("Ridgemont Gazette", """In pictures: sunshine and sequins at Ridgemont Carnival

Thousands of people lined the streets of Ridgemont on Saturday for the town's 70th carnival, enjoying glorious sunshine, more than 40 floats and a procession that stretched for almost a mile.

The parade set off from the cattle market at 1pm and wound its way through the town centre to the recreation ground, where stalls, a funfair and live music kept the crowds entertained until dusk.

This year's theme was "Around the World", and entrants took it to heart. There were samba dancers and Bollywood troupes, a giant papier-mâché Eiffel Tower and a float from the Young Farmers dressed as a Caribbean beach bar.

Above: Carnival queen Lily Harper, 17, waves to the crowd from the royal float on Market Street. Photo: Tom Riley

Below: Members of Ridgemont Samba Band lead the procession past the Town Hall. Photo: Tom Riley

Organising committee chair Pat Willis said it had been "the best carnival in years". "We were worried about the weather all week. In the end we couldn't have asked for better. And the effort people put into their floats was incredible," she said.

The winner of the best float prize was the Ashby Marsh Women's Institute, whose "Mexican Fiesta" featured a 12-foot cactus, a mariachi band made up of grandmothers and more than 500 handmade paper flowers.

Pictured: The prize-winning Ashby Marsh WI float makes its way along the High Street. Photo: Carol Bright

WI president Doreen Foster said members had been working on it since February. "We've made paper flowers at every meeting since spring. I never want to see tissue paper again," she laughed.

Other winners included the 1st Ridgemont Scouts, for best youth entry, and the Fox and Hounds pub, for best fancy dress.

Pictured: Six-year-old Alfie Khan, dressed as an astronaut, watches the procession with his dad, Imran. Photo: Tom Riley

The carnival raised an estimated £14,000 for local causes, including the hospice and the air ambulance. The final total will be announced next month.

More photos from the day are available in our online gallery and in next week's print edition."""),

("Plant & Process Weekly", """Interview: 'The best maintenance is the kind nobody notices'

Dr Fatima Qureshi leads the reliability engineering team at a large chemicals site in the North West, where she manages a programme covering more than 9,000 rotating assets. She spoke to Plant & Process Weekly about condition monitoring, skills and why she has banned the word "breakdown".

PPW: How did you get into reliability engineering?

FQ: By accident, honestly. I did a PhD in vibration analysis, thinking I'd stay in academia. Then I spent a summer at a refinery and realised that what I was studying in the lab was costing companies millions in the real world. I never went back.

PPW: What does your team actually do day to day?

FQ: We try to make sure nothing surprises us. We collect vibration, temperature, oil and ultrasound data from pumps, motors, gearboxes and fans. We look at trends. And we plan interventions before something fails, rather than after.

PPW: You've said you banned the word "breakdown". Why?

FQ: Because it makes failure sound like weather, like something that just happens to you. Almost every failure has warning signs. A bearing doesn't go from fine to destroyed in a second. So we talk about "unplanned stops", and every one of them gets a root cause analysis.

PPW: How much has wireless monitoring changed things?

FQ: Enormously. Five years ago we had route-based data collection, a technician with a handheld collector walking round once a month. Now we have around 2,400 wireless sensors streaming data every hour. We can see a problem developing weeks earlier.

PPW: What about AI? Everybody is talking about it.

FQ: It's useful for sorting the signal from the noise. But I get nervous when people think software will replace experienced analysts. The model tells you something is odd. A person who understands the machine tells you what it means.

PPW: What's the biggest challenge you face?

FQ: Skills. Without a doubt. We need people who understand mechanical engineering, data and the process. That's a rare combination, and every site in the country is competing for them.

PPW: Last question. What would you tell a young engineer thinking about this field?

FQ: Do it. The best maintenance is the kind nobody notices. If you can live with that, it's a wonderful career."""),

("Coastline 104.2 Newsroom", """Spanish scientists join hunt for rare seahorse along the coast

A team of marine biologists from Spain has joined local researchers in a search for one of Britain's rarest fish, the spiny seahorse, in the shallow waters off Coastline's western beaches.

The two-week survey, led by the Coastline Marine Trust, uses divers, baited underwater cameras and environmental DNA (eDNA), i.e. traces of genetic material that animals leave in the water, to build up a picture of where the seahorses are living and breeding.

The Spanish team, from a research institute in Galicia, has spent a decade studying seahorses in the estuaries of north-west Spain, where numbers have fallen sharply since the 2000s.

Team leader Dr Lucía Ferreiro said the two coastlines had a great deal in common. "Tenemos los mismos problemas y las mismas esperanzas," she told Coastline 104.2, which means "We have the same problems and the same hopes." She added in English: "If we share what we learn, we can help both populations."

Spiny seahorses are protected under UK law. They live in seagrass beds and among seaweed, where they cling on with their tails and feed on tiny shrimps. Males carry the eggs in a pouch and give birth to up to a thousand young at a time.

The trust's project officer, Josh Bellamy, said the survey would help make the case for better protection. "Seahorses need healthy seagrass, calm water and not too much disturbance. That's basically what all our inshore wildlife needs. They're a fantastic indicator species," he said.

Early results are promising. Divers have already recorded nine individual seahorses at three separate sites, including a pregnant male.

Volunteers are being asked not to go looking for the seahorses themselves. Disturbing them without a licence is an offence, and the trust says the locations will not be made public.

The findings will be published in the autumn and shared with the harbour authority, the council and the Marine Management Organisation.

You can hear our full interview with Dr Ferreiro and Josh Bellamy in tomorrow's Coastline Weekly programme, after the 9am news."""),

("The Daily Splash", """Hay fever hell: 7 ways to survive the pollen bomb this week

Streaming eyes? Sneezing fits? Itchy throat? You're not alone.

Forecasters say pollen levels will hit "very high" across most of England and Wales this week, as warm, dry weather coincides with the peak of the grass pollen season.

Around one in four adults in the UK suffers from hay fever, and GPs say they are seeing more people than ever struggling with symptoms.

So what can you actually do about it? We asked pharmacist Raj Mehta and allergy specialist Dr Claire Benson for their top tips.

1. Start early. "Antihistamines work best if you take them before symptoms start, not after. If you know grass pollen gets you, begin in late May," says Raj.

2. Check the forecast. Pollen counts are usually highest in the early morning and early evening. Plan your run or dog walk for the middle of the day if you can.

3. Put Vaseline around your nostrils. It sounds daft, but a thin layer can trap pollen before you breathe it in.

4. Wraparound sunglasses. They stop pollen getting into your eyes and look cool at the same time.

5. Shower and change when you get home. "Pollen sticks to your hair and clothes. If you go to bed without washing it off, you're basically sleeping in it," says Dr Benson.

6. Keep windows shut at night. Yes, even when it's warm. Use a fan instead.

7. Don't dry washing outside on high-pollen days. Your sheets will act like a giant net.

WHEN TO SEE A DOCTOR

If over-the-counter remedies don't help, or if hay fever is triggering asthma symptoms such as wheezing or tightness in the chest, see your GP. Prescription nasal sprays and, in severe cases, immunotherapy may be an option.

"Hay fever isn't trivial. It affects sleep, concentration and exams. People shouldn't just put up with it," says Dr Benson.

Raj's final word? "Talk to your pharmacist. We can help you pick the right product. There are a lot of them, and they're not all the same."

Got a hay fever hack that works for you? Tell us on our Facebook page."""),

("Freight & Logistics Review", """Warehouse software update blamed for two-day picking outage

A faulty update to warehouse management software left a major third-party logistics provider unable to pick orders at three of its UK sites for almost two days last week, the company has confirmed.

The problem began after version 8.4.2 of the system was deployed overnight on a Monday. When the morning shift started, handheld scanners began returning an error code, ERR_ALLOC_TIMEOUT, whenever operatives tried to confirm a pick. Orders could not be released to the warehouse floor.

Staff at the affected sites, in Daventry, Wakefield and Avonmouth, reverted to paper pick lists for some urgent orders, but the company said throughput fell to less than a quarter of normal levels.

In a statement, the company said: "The update included a change to the way stock allocation requests are queued. Under high load, this caused requests to time out. We rolled back to version 8.4.1 on Tuesday evening and normal operations resumed on Wednesday morning."

The software vendor said it had identified the cause and issued a patch, numbered 8.4.3, to all customers. It said only a small number of customers with very high order volumes had been affected.

Several retail clients were hit, including an online fashion brand that said some customers had received next-day orders up to three days late.

Supply chain consultant Ian Moffatt said the incident was a reminder of how dependent modern warehouses are on software. "Twenty years ago, if the system went down, people knew how to run a warehouse on paper. Today, with thousands of SKUs and same-day cut-offs, that's almost impossible," he said.

He advised operators to:

- test major updates in a staging environment under realistic load;
- avoid deploying changes immediately before peak periods;
- keep a documented manual fallback process and practise it.

Another consultant, Rachel Ng, said it was common for vendors to push updates too quickly. "The pressure to release new features is enormous. But in logistics, stability is the feature," she said.

The logistics provider said it would be reviewing its change-management processes and had offered affected clients service credits."""),

("The Lowland Tribune", """Council confirms funding for Carrick Road cycle lane after review

Lowland Council has confirmed it will go ahead with a segregated cycle lane on Carrick Road, after a review found the scheme would cut journey times for cyclists without significantly delaying buses.

The £1.9m project, which will run for 1.4 miles between the railway station and the retail park, had been paused in the autumn after complaints from businesses and some residents.

Cabinet member for transport Dr. Helen Abara said the review had addressed the main concerns. "We listened. We've kept the loading bays outside the shops, moved one bus stop and redesigned the junction at Queen's Road. But the principle stays the same: people should be able to cycle safely on our main roads," she said.

Work is expected to start in June and last around five months. There will be overnight closures of some side roads.

Local cycling group Lowland on Wheels welcomed the decision. Its chair, Mr. Ben Achebe, said: "This route connects three schools, a college and two major employers. It's the most important cycle route in town, and right now it's the most dangerous."

Not everyone is convinced. Sandra Keogh, who runs a florist on Carrick Road, said she still feared customers would be put off by roadworks. "Five months is a long time for a small business. We'll be asking the council for help with rates during the works," she said.

Conservative councillor Gordon Hay said the money would have been better spent on potholes. "We have roads in this town that are falling apart. A cycle lane is a nice-to-have," he said.

The scheme is funded by a government active travel grant that cannot be used for general road maintenance.

Clarification: An earlier version of this article said the cycle lane would run for 1.4 kilometres. It will run for 1.4 miles. We have also clarified that the funding cannot be spent on road repairs.

The council will hold a drop-in session about the works at the Carrick Road community centre on 12 May."""),

("Fenwick Valley Radio News", """#FenwickSings: valley choirs raise the roof for charity

Eleven choirs, more than 400 singers and one very full cathedral. The #FenwickSings festival has raised over £18,000 for the valley's hospice.

The event on Saturday brought together choirs from across the valley and beyond, from the 90-strong Fenwick Choral Society to a children's choir from Holt End Primary and a male voice choir from just over the Welsh border.

It was the male voice choir, Côr Meibion Glanrhyd, who brought the house down with a performance of the Welsh hymn "Calon Lân". Their conductor, Gwyn Evans, introduced it to the audience in Welsh: "Cân am galon lân, a chalon lân yw'r cyfan sydd ei angen arnom heno." He then translated for the audience: "A song about a pure heart, and a pure heart is all we need tonight."

Organiser Lisa Morgan started the festival six years ago after her mother was cared for at the hospice. "Mum loved singing. She was in a choir for fifty years. This felt like the right way to say thank you," she said.

The hashtag #FenwickSings was used thousands of times over the weekend, as audience members shared clips. The hospice's own account, @FenwickHospice, posted a video of all eleven choirs singing together at the finale, which has been watched more than 60,000 times.

Hospice chief executive Dr Paul Greer said the money would fund a specialist nurse for six months. "People think of hospices as places where people come to die. We're really about helping people to live, as well as they can, for as long as they can. Events like this make that possible," he said.

The youngest performer was seven-year-old Evie Lane from Holt End, who sang a solo verse of "Somewhere Over the Rainbow" with her school choir. "I was a bit scared but then I wasn't," she told us.

Organisers say next year's festival will move to a bigger venue because of demand. You can still donate through the hospice website until the end of the month."""),

("The Harbourside Courier", """Arson attack on Harbourside beach huts: what we know so far

Police are investigating after six beach huts on Harbourside's East Beach were destroyed by fire in the early hours of Sunday morning. Here is what we know.

WHAT HAPPENED

Fire crews were called at 1.52am to reports of a blaze on the seafront near the East Beach café. When they arrived, three huts were well alight and the fire was spreading along the row. Two crews from Harbourside and one from Penmor spent more than two hours bringing it under control.

Six huts were destroyed and four more were damaged by heat and smoke. Nobody was hurt.

WHAT THE POLICE SAY

Harbourside Police say they are treating the fire as arson. Inspector Leanne Cole said: "We believe this fire was started deliberately. We're particularly keen to speak to anyone who was on or near the promenade between 1am and 2am, or who has CCTV or doorbell footage from the surrounding streets."

Officers are also looking at whether the fire is linked to a smaller blaze at a bin store on the promenade last Wednesday.

WHAT THE OWNERS SAY

Beach hut owner Gillian Rowe, who has had her hut for 22 years, said she was devastated. "It's not just a shed on a beach. My grandchildren learned to swim from that hut. We had my husband's wake there," she said.

Another owner, Martin Dale, said the huts had become a target. "We've had people breaking in and sleeping in them. We've asked the council for lighting for years," he said.

WHAT THE COUNCIL SAYS

Harbourside Town Council, which owns the land and leases the plots, said it would work with owners on rebuilding. Town clerk Susan Ashby said the council would review lighting and CCTV on the seafront.

WHAT HAPPENS NEXT

The burnt-out huts have been fenced off and a section of the promenade will remain closed while they are demolished. Anyone with information should call 101, quoting reference 0147 of Sunday, or contact Crimestoppers anonymously.

We will update this story as we learn more."""),

("Metro Buzz Daily", """Inside the Lake Como wedding of the year: pasta, fireworks and a surprise serenade

She said yes in Paris. They said "I do" on Lake Como.

Singer Tia Marlowe and Italian racing driver Luca Bellini married on Saturday in a lavish three-day celebration at a lakeside villa, with 180 guests flown in from around the world.

The bride wore a custom gown by a Milan fashion house, with a 4-metre lace train that took a team of seamstresses 600 hours to complete. The groom wore a navy suit and, according to guests, cried "from the moment she walked in".

The ceremony was conducted in English and Italian. Luca's grandmother, Nonna Rosa, 91, gave a reading, and then surprised everyone by singing a traditional wedding song from her village near Bergamo. She finished by telling the couple: "Che il vostro amore sia lungo come il lago e profondo come l'acqua," which means "May your love be as long as the lake and as deep as its water."

"There wasn't a dry eye in the place. Not one," a guest told Metro Buzz.

The evening reception featured a five-course dinner, with handmade pasta, lake fish and a wedding cake topped with sugar lemons from the villa's own garden. At midnight, fireworks lit up the lake.

Tia, 29, shot to fame on a TV talent show in 2016 and has since had three No. 1 albums. Luca, 31, drives in endurance racing and finished on the podium at Le Mans last year.

The couple met in 2021 at a charity gala in Monaco. Luca proposed at the top of the Eiffel Tower last summer, a moment Tia later shared in a video on YouTube that has been watched more than 12 million times.

Among the guests were several of Tia's former talent show co-stars, a handful of Formula 1 drivers and the couple's dogs, Pepper and Olive, who acted as ring bearers.

The newlyweds will spend their honeymoon sailing around Sardinia, before Tia begins a European tour in the autumn.

Auguri, Tia and Luca!"""),
]
