ARTICLES = [
("Retail Ledger", """eBay and PayPal fee changes: what UK sellers need to know

Small online sellers are being urged to check their margins after eBay and PayPal both confirmed changes to their UK fee structures, due to take effect on the first day of next month.

The changes come as marketplaces compete fiercely for casual sellers, many of whom have drifted to rival apps such as Vinted and Depop in the last three years. eBay Inc. scrapped selling fees for private sellers of pre-loved clothing in 2023 and extended the move to most other categories last year.

For business sellers, however, the picture is more mixed. Under the new structure:

- The final value fee for most categories rises from 12.8% to 12.9% of the total sale, including postage.
- The per-order fee stays at 30p for orders of £10 or less and 40p for larger orders.
- Promoted listings will be charged on a cost-per-click basis in more categories, e.g. consumer electronics and home and garden.

PayPal, meanwhile, is increasing its standard fee for UK domestic commercial transactions by 0.1 percentage points, though it says most small merchants on its PayPal Zettle card readers will be unaffected.

Lucy Adeyemi, who runs a vintage homeware shop on eBay from her garage in Leicester, said every fraction mattered. "When you're selling a £12 teapot, 0.1% doesn't sound like much. But over a year, across two thousand orders, it adds up. I'll be nudging some prices up, probably by 50p," she said.

An eBay spokesperson said the changes reflected investment in the platform. "We've introduced free authentication on watches and trainers over £100, better fraud protection and improved tools for managing returns. Our fees remain among the most competitive in the market," they said.

Graham Lister, of the Online Sellers' Federation, said marketplace fees were only part of the problem. "Postage costs, packaging, the time it takes to handle returns. Sellers need to look at their real cost per order, not just the headline rate," he said.

Sellers can find the full fee tables on the eBay Seller Centre. PayPal said it had written to affected business customers by email and through its app.

Retail Ledger will publish a detailed comparison of marketplace fees in next month's print edition, covering eBay, Amazon, Etsy, OnBuy and Vinted."""),

("Metro Buzz Daily", """Queue chaos? Not quite. iPhone fans camp out for launch day

They came with camping chairs, power banks and flasks of coffee. Some had been there since Wednesday night.

By 7am on Friday, around 300 people were lined up outside the Apple Store on Regent Street, waiting for the doors to open on the iPhone 16 Pro and iPhone 16 Pro Max.

First in line was 22-year-old student Mo Hassan, from Croydon, who arrived at 9pm on Wednesday. "It's tradition. I've been first in the queue for three years now. My mum thinks I'm unhinged," he laughed.

He was after the 1TB iPhone 16 Pro Max in the new Desert Titanium finish, which retails at £1,599. "I'll sell my old one on eBay and that covers about half," he said.

Not everyone in the queue was a superfan. Further back, 41-year-old Sarah Pike from Watford said she was buying for her son. "He's at school. He sent me a very long WhatsApp explaining which model, which colour, which storage. I've got it written down," she said, holding up a sticky note that read "16 Pro, 256GB, Black, NOT the Max".

Inside, staff in blue T-shirts clapped and cheered as the first customers were let in at 8am sharp. Shoppers who had pre-ordered online were collecting their devices from a separate counter.

The new models feature a larger display, a dedicated camera control button on the side and Apple's A18 Pro chip. Some early reviewers have been underwhelmed, with one tech site calling it "a solid update, not a revolution".

On social media, the hashtag #iPhone16 was trending in the UK by breakfast time. Tech YouTuber @GadgetGabby posted a live stream from the queue, and Apple's own @AppleSupport account was fielding questions about trade-in values.

Analysts at CCS Insight say launch-day queues are much smaller than they were a decade ago, when people would camp out for days. Most buyers now order online or through their network.

But for Mo, there's nothing like it. "You can't get this feeling from a delivery van," he said. "You just can't."

What do you think of the new iPhone? Our verdict: full review coming next week."""),

("Kestrel FM News", """Q&A: Brenda Hollis on 31 years as Thornby's lollipop lady

After 31 years, more than 6,000 school mornings and an estimated 250,000 children safely across the road, Brenda Hollis hangs up her hi-vis coat this Friday. The 72-year-old has been the school crossing patrol outside Thornby Primary since 1993. She sat down with Kestrel FM News to look back.

Q: How did you end up doing this job?

A: My youngest had just started at the school and I saw a notice on the gate. I thought, that'll do for a few months. Thirty-one years later, here we are.

Q: What's changed in that time?

A: The traffic, mainly. There's a lot more of it and it's a lot faster. And the cars are bigger. I used to be able to see over the bonnets. Now some of them are like tanks.

Q: Have you ever had a close call?

A: Once or twice. There was a van driver in about 2008 who just didn't stop. I had to pull a little lad back by his coat. I reported it and the police found him. He came and apologised to me in the end, which I appreciated.

Q: What will you miss most?

A: The children. Definitely the children. They tell you everything. Who's fallen out with who, what the dog ate, what they had for tea. I've had kids whose mums and dads I crossed. I've even got a couple of grandparents now.

Q: And what won't you miss?

A: January. Standing in the sleet at ten to nine. No, I won't miss that one bit.

Q: Any advice for whoever takes over?

A: Be patient. Smile. Don't step out until the traffic has stopped, not just slowed down. And learn their names. It matters to them.

Q: What's next?

A: My sister's in Spain, so I'll be going out to see her. And I've been promised a lot of cups of tea by a lot of people.

Thornby Primary is holding a special assembly in Brenda's honour on Friday morning, and parents have organised a collection. The county council says interviews for her replacement are under way."""),

("Ridgemont Gazette", """Council sets budget with 4.99% tax rise and cuts to library hours

Ridgemont District Council has approved its budget for the coming year, including a 4.99% rise in council tax and a reduction in opening hours at three branch libraries.

The rise, the maximum allowed without a local referendum, means a typical Band D household will pay an extra £1.72 a week for district and county services combined. The district's own share of the bill is a much smaller part of the total.

Council leader Jo Fairbanks said the authority faced "the toughest financial position in its history", with a gap of £3.1 million to close. "Nobody comes into local government wanting to put up tax and reduce services. But the alternative is to run out of money, and we will not do that to the people of this district," she said.

Under the plans, libraries in Ashby Marsh, Coldwell and Fenby will each close on one additional weekday. Ridgemont's main library will keep its current hours.

Opposition leader Mark Dorsey said the cuts fell hardest on rural residents. "For a lot of older people in these villages, the library is the only place they can get online, print a form or simply talk to someone," he said.

The council has also approved:

1. A £250,000 fund for pothole repairs on unclassified roads.
2. A freeze on car parking charges in Ridgemont town centre.
3. An increase in the garden waste collection fee from £48 to £52 a year.

Independent councillor Rachel Moss abstained, saying she supported the pothole fund but could not vote for the library changes.

The budget was approved by 23 votes to 15, with one abstention.

Correction: An earlier version of this article stated that the council tax rise would cost a Band D household £1.72 a month. The correct figure is £1.72 a week. We apologise for the error.

Editor's note: The Ridgemont Gazette will publish a full breakdown of where your council tax goes in next Thursday's edition. If you have questions you would like us to put to the council, email the newsdesk."""),

("The Northgate Echo", """Schoolgirl's poem about her grandad's allotment wins national prize

A ten-year-old from Northgate has beaten more than 14,000 entries to win a national poetry competition with a poem about her grandfather's allotment.

Maisie Clarke, a Year 5 pupil at St Oswald's Primary, wrote "Grandad's Patch" during a lockdown-style wet week at home last autumn, when she and her grandfather, Ken, were unable to go to the allotment together.

The competition judges praised the poem's "quiet confidence" and its use of repetition. Here it is in full, reproduced with permission:

Grandad's patch is green and brown,
the best allotment in the town.
He has a shed, he has a chair,
he has a robin always there.

The beans climb up, the beans climb high,
they want to tickle the grey sky.
The beans climb up, the beans climb high,
and Grandad waves the rain goodbye.

And when it's cold and we stay in,
I think about the robin's grin.
I think about the muddy ground.
I think about it all year round.

Maisie said she was "really, really surprised" to hear she had won. "I didn't think anyone would like a poem about beans," she said.

Her grandfather, 76-year-old retired postman Ken Clarke, said he had been moved to tears. "She read it to me over the phone before she sent it in. I had to go and sit in the shed for a bit afterwards," he said.

Her teacher, Miss Anya Rowe, said the whole class had entered the competition as part of a poetry unit. "Maisie has always had a wonderful ear for rhythm. She reads everything, she notices everything," she said.

As part of her prize, Maisie will have her poem published in an anthology and will attend an awards ceremony in London next month, where she will read it aloud. St Oswald's will also receive £500 of books for its library.

Ken has promised to name a row of runner beans after his granddaughter this summer."""),

("Coastline 104.2 Newsroom", """Heatwave hits the coast: beaches packed, roads jammed, ice cream gone

Hot. Very hot. And it's not over yet.

Temperatures on the coast reached 31C this afternoon, making it the warmest day of the year so far. The Met Office says tomorrow could be hotter still, with 33C possible inland.

The beaches were full by ten. The car parks were full by eleven. By lunchtime, one kiosk on the promenade had sold out of ice cream entirely.

"I've never seen anything like it. I had 400 cones this morning. They're gone. All of them," said kiosk owner Pete Sandford, who has run his stall by the pier for 18 years.

Traffic on the A3060 into town was queueing back as far as the Hill Farm roundabout for much of the morning. Police have asked visitors not to park on verges or block driveways in residential streets near the seafront.

RNLI lifeguards say they dealt with more than 30 incidents on Coastline's beaches today, mostly minor first aid, lost children and people drifting out on inflatables. Lifeguard supervisor Kerry Adams had a clear message.

"Swim between the red and yellow flags. Don't take inflatables out when the wind is offshore. And if you get into trouble, float to live. Lie back, spread your arms and legs, and breathe," she said.

The UK Health Security Agency has issued an amber heat-health alert for the region until Friday. That means a higher risk for older people, babies and anyone with heart or lung conditions.

Doctors say: drink plenty of water. Stay out of the sun between 11am and 3pm. Check on elderly neighbours. Never leave a child or a pet in a parked car.

And the weekend? Cooler. A lot cooler. Forecasters expect thunderstorms to move in from the west on Saturday afternoon, with temperatures dropping back to the low twenties by Sunday.

So if you're heading down to the beach tomorrow, go early. Take water. Take shade. And maybe take your own ice cream."""),

("Freight & Logistics Review", """Felixstowe commissions four new ship-to-shore cranes

FELIXSTOWE, Suffolk — The Port of Felixstowe has brought four new ship-to-shore cranes into service at its Trinity Terminal, as the UK's busiest container port continues a multi-year programme to handle the largest vessels now calling in Europe.

The cranes, built by Chinese manufacturer ZPMC, have an outreach of 25 rows and a lift height of 54 metres above the quay, allowing them to work ships of up to 24,000 TEU. They arrived in February on a heavy-lift vessel from Shanghai and have been undergoing commissioning since.

The new units, numbered STS 33 to STS 36, replace older cranes at Berths 8 and 9 that have been in service since the early 2000s. The port said they were equipped with remote-operation capability and LED floodlighting, and would reduce energy consumption per move by around 20%.

Chief operating officer Clemence Cheng said the investment was part of a £300m-plus programme over five years. "Ship sizes have grown faster than anyone predicted. We need to be able to turn these vessels around quickly and reliably, otherwise the shipping lines will look elsewhere," he said.

The port also confirmed it had completed the conversion of a further 12 rubber-tyred gantry cranes to hybrid power, bringing the total to 74.

Shipping lines welcomed the move. A spokesperson for one of the major Asia–Europe alliances said that productivity at Felixstowe had "improved significantly" in the past 18 months, with average crane rates now above 30 moves per hour on its services.

Industry analysts note that competition for Asia–Europe calls is intense. London Gateway, Southampton and continental hubs such as Rotterdam and Antwerp-Bruges are all expanding capacity.

Felixstowe handled around 3.2 million TEU last year, roughly a third of all container traffic through U.K. ports. About 40% of its boxes arrive or depart by rail, which the port says is the highest rail share of any British container terminal.

The port's next major project is the extension of its North Rail Terminal, which will allow more trains per day to serve the Midlands and the North. Planning consent was granted last year and work is due to start in the autumn.

This article appears in the June issue of Freight & Logistics Review."""),

("The Daily Splash", """McDonald's drive-thru 'hero' hands back lost wedding ring

A McDonald's worker has been hailed a hero after finding a customer's lost wedding ring at the bottom of a drive-thru bin and tracking her down.

Crew member Jamie Doyle, 19, spotted the gold band glinting in a pile of wrappers while emptying the bins at the branch on the outskirts of Stockport on Sunday evening.

The ring, engraved with the initials "C & M" and a date, belonged to 64-year-old grandmother Carol Mitchell, who had taken it off to put hand cream on while eating a McFlurry in her car.

"I must have wrapped it up in a napkin without thinking and put it in the bin. I didn't even notice until I got home. I was in pieces," Carol said.

Jamie said he almost didn't see it. "It was just luck, really. I saw something shiny and thought it was a ring pull from a can. Then I picked it up and realised," he said.

His manager, Tasha Bryant, posted an appeal on the restaurant's Facebook page with a photo of the engraving. Within two hours, it had been shared more than 3,000 times, and Carol's daughter spotted it.

"My phone just went mad. My daughter rang me screaming, 'Mum, they've found it, they've found your ring!'" Carol said.

The ring was a gift from her late husband, Mick, who died in 2019. They were married for 41 years.

"It's the most precious thing I own. I can't thank that young man enough. He didn't have to do what he did," she said.

McDonald's UK said it was proud of Jamie. "This is a wonderful example of the care our crew show for customers every day," a spokesperson said.

Jamie, who is saving up to study engineering, has been given a bonus by the franchise owner and a certificate for the staff room wall.

And Carol? She's promised to keep the ring firmly on her finger from now on. "Hand cream can wait," she said."""),

("Plant & Process Weekly", """Vortex launches XR-450i variable speed drive for pump and fan users

Drives specialist Vortex Controls has launched the XR-450i, a compact variable speed drive aimed at pump, fan and compressor applications in water treatment, HVAC and general process industries.

The new drive covers motor ratings from 0.75kW to 45kW and replaces the company's long-running XR-400 series, which has been on the market since 2014. Vortex says more than 120,000 XR-400 units are installed across Europe.

Key features of the XR-450i include:

- Built-in support for permanent magnet and synchronous reluctance motors as well as standard induction motors
- Integrated EMC filter and DC choke as standard, meeting EN 61800-3 Category C2
- An optional Bluetooth module for commissioning from a smartphone using the company's VortexLink app
- Native Modbus RTU and BACnet MS/TP, with plug-in cards for PROFINET and EtherNet/IP
- IP55 enclosure option for wall mounting without a cabinet

Product manager Kavita Shah said the aim had been to make the drive easier to commission. "Many of our customers in water and building services don't have a drives specialist on site. With the app, a technician can set up a pump application in a few minutes using a guided wizard, and the parameters are backed up automatically," she said.

The drive includes dedicated functions for pump applications, such as multi-pump control of up to four pumps, dry-run detection and a pipe-fill mode to prevent water hammer on start-up.

Vortex claims the XR-450i is up to 30% smaller by volume than the model it replaces, at equivalent ratings, allowing it to be fitted into existing panels during upgrades.

Independent consultant Mike Thornton said the drives market was highly competitive. "Most of the big names now offer something similar. Where a product like this will win or lose is on support, lead times and how easy it is for a contractor to set up on a Friday afternoon," he said.

The XR-450i is available to order now, with deliveries from stock in the UK. Vortex will show the drive on Stand C42 at the national water industry exhibition in Birmingham next month."""),

("The Harbourside Courier", """Review: The Tidelines bring the house down at Harbour Festival

It was standing room only in the big top on Saturday night as local favourites The Tidelines closed the Harbour Festival with a 90-minute set that had the crowd singing every word.

The five-piece, who formed at Harbourside Community College in 2016, have come a long way since playing covers in the back room of the Anchor. Their second album, Salt Road, reached the top 20 last year, and they have just returned from supporting a major act on a European tour.

They opened with the thumping Harbour Lights, its chorus shouted back from the front rows before singer Ellie Marsh had even reached it:

"Harbour lights, harbour lights,
leave them burning through the night,
if I'm lost out on the water,
bring me home by harbour lights."

A run of newer songs followed, including the slow-burning Penmor Road and the folk-tinged Grandmother's Coat, which Marsh introduced as "a song about the woman who taught me to sing, and to swear".

Guitarist Rob Chen was on fine form throughout, trading solos with fiddle player Aoife Byrne on an extended version of Storm Wall. Drummer Sam Okoye and bassist Lewis Grant kept it tight, even when the PA briefly cut out during the second encore.

Not every moment landed. A mid-set acoustic section dragged, and the sound in the back half of the tent was muddy at times. But those are small complaints.

The biggest cheer of the night came for the encore, a slowed-down, almost hymn-like version of their first single, Home Tide. By the final lines, the band had stopped playing and the audience carried it alone:

"Home tide, home tide,
carry me to the other side."

Festival director Paul Whitby said afterwards that more than 9,000 people had attended across the weekend, a record for the event. "There was no better band to finish with. They're ours, and everyone knows it," he said.

The Tidelines play Bristol and Cardiff next month. Rating: four stars out of five."""),

("The Lowland Tribune", """Lowland marks 50 years of twinning with French town of Saint-Aubin

Lowland has celebrated 50 years of its twinning link with the Normandy town of Saint-Aubin-sur-Orne, with a weekend of events including a civic reception, a joint choir concert and a friendly football match.

A delegation of 42 visitors from Saint-Aubin, led by its mayor, Claire Dumont, arrived by coach on Friday evening and stayed with host families across the town.

Speaking at the civic reception in the town hall on Saturday, Madame Dumont said the link had survived wars of words, changing governments and the pandemic. "Nous sommes plus que des amis, nous sommes une famille," she said, which translates as: "We are more than friends, we are a family."

Lowland's mayor, Patrick Donnelly, replied in French to loud applause, before switching back to English. "I've been practising that for a month. My apologies to everyone from Saint-Aubin for what I did to your beautiful language," he joked.

The twinning was formally signed in 1974, after a group of schoolteachers in both towns began a pen-pal scheme. Since then, thousands of pupils have taken part in exchange visits, and several couples have met through the link.

One of them, Jean-Luc and Mary Fournier, who met on an exchange trip in 1981 and married two years later, were guests of honour at the reception. "We owe our whole life to this twinning," Mary said. "Our children, our grandchildren, all of it."

On Saturday afternoon, a mixed team from the two towns' veterans' football clubs played a match at the Lowland recreation ground. It finished 3-3, which organisers insisted had not been arranged in advance.

The weekend ended with a concert at St Mary's Church by the Lowland Community Choir and Saint-Aubin's Chorale de l'Orne, which closed with both choirs singing "Auld Lang Syne" in English and then "Ce n'est qu'un au revoir", the French version, which means "It's only a goodbye for now".

The twinning association is looking for new members, particularly younger families willing to host visitors. A return trip to Normandy is planned for next spring."""),

("Fenwick Valley Radio News", """Woman denies causing death of pensioner in Millbridge crash

CASTLEBURY — A woman has pleaded not guilty to causing the death of an 81-year-old pedestrian by dangerous driving in Millbridge last year.

Rebecca Lane, 29, of Orchard Way, Ashcombe, appeared at Castlebury Crown Court this morning. She spoke only to confirm her name and enter her plea.

The charge relates to a collision on Bridge Street, Millbridge, on the evening of 14 November, in which retired teacher Harold Finch was struck by a car while crossing the road near the junction with Church Lane. He died in hospital two days later.

Ms Lane also denied an alternative charge of causing death by careless driving.

Judge Philippa Marsh set a trial date of 9 September. The trial is expected to last five days. Ms Lane was granted unconditional bail.

Outside court, Mr Finch's son, David, said the family would not comment while proceedings were ongoing. He thanked the people of Millbridge for their support. "Dad taught in this valley for forty years. The cards and messages we've had from his former pupils have meant the world to us," he said.

Harold Finch taught history at Fenwick Grammar School from 1966 until his retirement in 2006. Former colleagues described him as a gifted teacher and a keen local historian, who wrote two books on the history of the valley's mills.

Since the collision, residents of Bridge Street have campaigned for a pedestrian crossing near the Church Lane junction. A petition with more than 1,200 signatures was handed to Fenwick District Council in January.

County councillor Bill Ashworth, who represents Millbridge, said a speed survey had been carried out on the road. "The results will go to the highways committee next month. I've made it clear the community expects action," he said.

A spokesperson for the county council said it could not comment on the circumstances of the collision, but that it was reviewing road safety on Bridge Street as part of its normal programme.

Fenwick Valley Radio will report from the trial in September."""),

("Metro Buzz Daily", """Telly favourite Danni Price ties the knot in secret countryside ceremony

She kept it quiet. Very quiet.

TV presenter Danni Price has married her partner of six years, chef Olly Grant, in a secret ceremony in the Cotswolds, and only told her 2.3 million Instagram followers afterwards.

The 38-year-old shared a black-and-white snap of the couple on the steps of a village church, with the simple caption "Mr & Mrs Grant. Best day ever x". Within an hour, the post had more than 400,000 likes.

Famous friends were quick to flood the comments. Fellow presenter Marcus King wrote "FINALLY!!! Congrats you two", while pop star Leona Vale added a row of heart emojis and "so so happy for you".

The couple, who met when Olly appeared as a guest on Danni's cookery segment in 2018, had told friends they planned to marry next year. In the end, only 30 guests were invited, and they were told the location just 24 hours in advance.

A source told Metro Buzz: "Danni didn't want a circus. No magazine deal, no drones, no fuss. Just family, a handful of mates and a lot of Olly's food."

The reception was held in a marquee at a farm owned by a family friend. Olly cooked the wedding breakfast himself the day before, with help from the team at his London restaurant.

Danni, who hosts ITV's weekend morning show, is expected to be back on air next Saturday. Her co-host Sam Reid teased her on air this morning: "We'll be expecting a full report, and photos, and probably cake."

On X, the hashtag #DanniAndOlly was trending in the UK by lunchtime, and Olly's restaurant account @GrantsKitchenLDN posted a picture of the three-tier lemon and elderflower cake.

The couple plan to honeymoon in Japan later this year, once Danni's current series wraps.

Congratulations to them both."""),
]
