ARTICLES = [
("The Westmeath Courier", """Mullingar man sold fake iPhones on eBay to buyers across Ireland, court hears

A Mullingar man who sold counterfeit iPhones and AirPods through eBay and Facebook Marketplace to more than 30 buyers has been given a two-year suspended sentence at Mullingar Circuit Court.

Shane Cully (28), of Ashe Road, pleaded guilty to 12 sample counts of deceiving buyers and one count of possessing counterfeit goods for sale, between March 2022 and January 2023.

Detective Garda Orla Brennan told the court that buyers paid between €380 and €720 for handsets advertised as new, sealed iPhone 14 Pro models. What arrived were convincing copies running a modified version of Android. Several buyers only realised when they tried to sign in to iCloud.

“The packaging was very good. The phones were not,” Det Gda Brennan said.

Payments were made mostly through PayPal and Revolut, and gardaí traced the accounts to the accused. A search of his home in January 2023 found 64 boxed handsets, 110 sets of imitation AirPods and a label printer.

Counsel for the accused, Mr Eoin Dunne BL, said his client had bought the stock from a supplier he met online and had “convinced himself” at first that the goods were grey imports rather than fakes. “That belief did not survive long, and he accepts that,” Mr Dunne said. His client had repaid €9,400 to victims.

Judge Martina Lyons said that online marketplaces depend on trust. “Somebody in Cork or Sligo who sends money to a stranger in Mullingar is relying on that person's honesty. You abused that,” he said.

One victim, a student in Galway, said in a statement read to the court that she had saved for the phone for a year. “It was supposed to be my Christmas present to myself. I felt stupid, and I shouldn't have had to,” she wrote.

The judge imposed a two-year sentence, suspended in full on condition that Mr Cully repay a further €4,000 within 12 months and keep the peace.

An eBay spokesperson said the company removes listings for counterfeit goods and encourages buyers to use its money back guarantee. Apple did not respond to a request for comment."""),

("The Highland Clarion", """Lochaber novelist wins Gaelic book prize for story of a Glen Nevis shieling

A Lochaber writer has won this year's top award for Gaelic fiction for a novel set among the summer shielings of Glen Nevis in the years before the Clearances.

Catrìona NicIllinnein, who teaches at a primary school in Caol, was presented with the prize at a ceremony in Glasgow on Thursday evening. Her novel, Àirigh nan Ceò (The Shieling of the Mist), follows a young woman who spends a summer herding cattle on the high pastures and falls in love with a drover from Skye.

The judges described the book as “a quiet, beautiful novel that trusts its readers and its language”.

Accepting the award, NicIllinnein spoke first in Gaelic. “Sgrìobh mi an leabhar seo airson mo sheanmhar, a bha a' bruidhinn mu na h-àirighean fad a beatha,” she said, before translating for the audience: “I wrote this book for my grandmother, who talked about the shielings all her life.”

She told the Clarion afterwards that she had been collecting stories from older people in Lochaber for nearly twenty years. “Some of the words in the book are words I heard from people who are no longer with us. I wanted to put them somewhere safe.”

The novel has been published with a glossary at the back for learners, and an English translation is planned for next year.

Gaelic book publishing has grown steadily over the past decade, helped by a rise in Gaelic-medium pupils and by support from public funders. Around 30 new Gaelic titles are now published each year, including children's books, poetry and crime fiction.

NicIllinnein said she hoped the prize would encourage pupils at her school to see writing in Gaelic as something ordinary. “When I was wee, books in Gaelic were mostly hymns and grammar. Now there are detective stories. That's progress,” she said, laughing.

The prize carries an award of £2,000. Copies of Àirigh nan Ceò are available from bookshops in Fort William and online.

NicIllinnein will read from the novel at the Fort William library on 14 November at 7pm. Admission is free, and the event will be bilingual."""),

("Saskatoon Prairie Ledger", """Broadway Avenue bakery expands to Stonebridge as lineups grow

A Saskatoon bakery known for its lineups out the door on Saturday mornings is opening a second location in Stonebridge next month, the owners confirmed this week.

Prairie Crumb Bakeshop, which opened on Broadway Avenue in 2019, will take over a 2,400-square-foot unit in a strip mall on Stonebridge Boulevard that previously housed a dry cleaner. The new location will include seating for about 30 people, which the original shop lacks.

Co-owner Amrit Gill said the business had outgrown its small kitchen on Broadway. “We were baking through the night just to keep up. Our ovens never really cooled down,” she said. “With the second kitchen, we can do wholesale for cafés and still have croissants on the shelf at noon.”

The bakery employs 18 people and expects to hire 12 more for the new store, including bakers, baristas and front-of-house staff.

Gill and her business partner, Jonah Friesen, started the business with a $40,000 loan and a stand at the Saskatoon Farmers' Market. Friesen, a former chef at a downtown hotel, handles the kitchen; Gill runs the front and the books.

The pair credit social media with much of their growth. A video of their sourdough cinnamon buns was viewed more than 400,000 times last winter, and they say customers have driven in from Regina and Prince Albert to try them.

Broadway Business Improvement District executive director Kelsey Strand said the expansion was a good sign for locally owned businesses in the city. “It's a real success story. They've shown you can build something from a market table to two storefronts in five years,” she said.

The Stonebridge location is expected to open the first week of March, with hours from 7 a.m. to 5 p.m., Tuesday through Sunday.

Correction: An earlier version of this story misstated the size of the new Stonebridge location. It is 2,400 square feet, not 4,200 square feet. The Ledger regrets the error."""),

("Heartland Grain & Feed Report", """Five planter checks to make before the first field this spring

With planting season a few weeks away across much of the Corn Belt, equipment specialists say an afternoon spent in the shop now can save days of frustration and uneven stands later.

We asked three dealership service managers and an extension agricultural engineer what growers most often overlook. Their answers were consistent.

1. Check seed meters. Worn brushes, finger pickups and seed discs cause skips and doubles. Have meters tested on a stand if your dealer offers it; most charge $15 to $25 a row.

2. Inspect opener discs. Discs wear down and lose their edge. On many 16-inch discs, a diameter under about 14.5 inches is a sign they should be replaced.

3. Look at closing wheels and down-pressure settings. Sidewall compaction in wet springs is often traced to closing systems set too aggressively.

4. Update the software. Monitors and rate controllers on machines such as the John Deere 1775NT or a Kinze 3600 often need firmware updates before the season. Do it in the shop, not at the edge of the field.

5. Calibrate and test your seed tubes and sensors. A dirty sensor reads as a skip, and a failed one reads as nothing at all.

“People spend $700,000 on a planter and then run it with a $12 part that's worn out,” said Brent Olsen, service manager at a dealership in northwest Iowa. “It's the small stuff that costs you.”

Dr. Maria Castellanos, an agricultural engineer with a land-grant university extension service, said uniform emergence mattered as much as final population. “A plant that comes up two days late behaves like a weed to its neighbors. It rarely catches up,” she said.

Several dealers reported that shop schedules were filling quickly this year, and recommended booking service visits by mid-March. Some offer pre-season inspection packages that include meter testing and a field check during the first day of planting.

Growers with older equipment should also check availability of parts early, dealers said, since some components for models built before 2010 now have lead times of several weeks.

The extension service will hold a free planter clinic on March 7 at the county fairgrounds, with hands-on demonstrations of meter calibration and closing wheel setup."""),

("Atlantic Freight Review", """Lone Star Terminals Inc. to buy two Corpus Christi berths for $112 million

HOUSTON — Lone Star Terminals Inc. said Tuesday it had agreed to acquire two general cargo berths at the Port of Corpus Christi from a privately held stevedoring company for $112 million, expanding its footprint in steel, project cargo and wind energy components.

The deal, expected to close in the first quarter, includes about 38 acres of laydown space and a 110,000-square-foot warehouse. Lone Star, based in Houston, already operates terminals in Galveston, Freeport and Beaumont.

Chief executive Robert Alvarez said demand for breakbulk space had grown sharply as U.S. manufacturers and energy developers import large components for plants and infrastructure projects. “Project cargo needs room. You can't store a 90-meter wind blade in a container yard,” he said on a call with analysts.

The berths handle vessels of up to 45 feet draft. Lone Star said it planned to invest another $20 million over three years in paving, lighting and a second mobile harbor crane.

The acquisition will be funded with cash on hand and a drawdown on the company's revolving credit facility. Lone Star reported revenue of $486 million in its most recent fiscal year.

Port of Corpus Christi officials welcomed the transaction. A port spokesperson said the agency would continue to own the underlying land and that the existing lease runs through 2041, with options to extend.

The seller, a family-owned company founded in 1962, said it would focus on its stevedoring and labor services business, which provides longshore gangs to several terminals along the Texas coast. Its president said no jobs would be lost as a result of the sale, and that its employees at the two berths would be offered positions with Lone Star.

Analysts at a New York investment bank said the price, about 9.5 times the terminals' estimated annual earnings before interest, taxes, depreciation and amortization, was in line with recent transactions in the sector.

Editor's note: The headline on this story has been updated to clarify that the acquiring company is Lone Star Terminals Inc. The deal remains subject to approval by the port commission.

Shares of Lone Star, which trade on the NYSE, rose 2.3 percent on Tuesday."""),

("Khaleej Business Wire", """Q&A: Sharjah packaging group chief on tariffs, talent and the next five years

SHARJAH — Hessa Al Suwaidi took over as chief executive of Emirates Carton & Print, a Sharjah-based packaging manufacturer with plants in the UAE, Saudi Arabia and Egypt, in January. Khaleej Business Wire spoke to her about the company's plans. The interview has been edited for length and clarity.

Q: You have been in the job for nine months. What has surprised you?

A: How much our customers' needs have changed. Five years ago, a food company wanted a box that was strong and cheap. Today, they want it strong, cheap, recyclable, printed with a QR code, and delivered in ten days. That is a very different business.

Q: Where is growth coming from?

A: Saudi Arabia, first. The food processing and e-commerce sectors there are growing very quickly, and local content rules favour companies that manufacture in the Kingdom. Our Dammam plant is running at close to full capacity, and we are studying a second line.

Q: How are global trade tensions affecting you?

A: Mostly through raw materials. We import a large share of our paper and board. When freight rates jumped last year, our costs rose within weeks. We have since signed longer contracts with suppliers in Asia and Europe to smooth that out.

Q: Is it hard to find skilled staff?

A: Yes. Print technicians and maintenance engineers are in short supply across the region. We launched an apprenticeship programme this year with a technical college in Sharjah. Twenty-two young Emiratis started in September.

Q: What about sustainability?

A: It is no longer optional. Big retailers are asking for carbon data on every product. We installed solar panels on the roof of our Sharjah plant in the spring; they now cover about 30 per cent of its daytime electricity needs.

Q: Where do you want the company to be in five years?

A: Revenue of AED 1 billion, up from about AED 640 million today, and a presence in at least one more market, probably Iraq or East Africa. And I want to be known as a good place to work. That matters to me.

Q: Any plans to list?

A: Not in the short term. Ask me again in two years."""),

("Donegal Northern Herald", """Gweedore festival closes with singing session that ran until dawn

The final night of this year's Féile an Earraigh in Gweedore ended the way many of the old people say it should: with a singing session in the back room of a local bar that did not break up until the sun was rising over Errigal.

More than 2,000 visitors attended the four-day festival of traditional music, song and dance, according to organisers, who said numbers were up by about a quarter on last year.

The festival committee commissioned a new song for the occasion from local singer and songwriter Caoimhe Nic Grianna. She performed it publicly for the first time at the closing concert in Ionad Cois Locha on Sunday evening, and by the end of the night half the room knew the chorus.

The chorus goes:

Oh the wind comes in off Tory,
And the rain comes down the glen,
But the light is on in Gaoth Dobhair
And we'll all be home again.

“I wanted something that people could sing in a kitchen without a band,” Nic Grianna said. “The best songs here were always the ones everybody could join in on. That's the test.”

The concert also featured the sean-nós dancer Pádraig Ó Dubhchon, who is 79, and a fiddle group of children from local primary schools who had been learning together since September.

Committee chair Séamus Mac Ruairí said the festival had been run almost entirely by volunteers. “We had people making sandwiches, people parking cars, people minding musicians,” he said. “Nobody got paid and nobody complained. Well, nobody complained much.”

Accommodation providers across the Rosses and Cloughaneely reported strong bookings, with some visitors travelling from Germany, Brittany and the United States.

Planning for next year's festival has already begun. Mac Ruairí said the committee hoped to add a series of workshops in the Irish language for adult learners, and to bring back the céilí on the pier if the weather allows.

“That's a big if,” he added."""),

("The Fife Gazette & Advertiser", """Crail poet's new collection finds the sea in everyday things

A poet from Crail has published her third collection, a book of short poems about the East Neuk's harbours, fishing families and the changing coastline that she says she wrote mostly “at the kitchen table between the washing and the school run”.

Elspeth Gourlay's Salt on the Lintel has been published by a small Edinburgh press and will be launched at the Crail Community Hall on Saturday afternoon.

Many of the poems draw on the memories of her late father, who fished out of Pittenweem for thirty years. Others deal with storms, holidaymakers and the slow erosion of the cliffs along the Fife Coastal Path.

One of the shortest poems in the book, Harbour Wall, has already been shared widely on social media after she read it at a local event. It reads in full:

The tide comes in, the tide goes out,
the old men lean and talk about
the boats that were, the fish that ran,
and who was once a fisherman.

Gourlay said she was surprised at how the poem had been received. “It's eight lines. It took me about twenty minutes. Other poems in the book took me two years,” she said. “But I think people recognise the harbour in it. Everyone in the East Neuk knows those old men. Some of them are my uncles.”

The collection also includes several poems in Scots, with a short glossary for readers unfamiliar with words like haar, the cold sea mist that rolls in off the Forth in early summer.

Anstruther bookseller Kirsty Lindsay said local interest had been strong. “We've had people coming in asking for it before it's even in the shop,” she said. “It's lovely to see a local writer doing well.”

Gourlay, who also works part-time at the Scottish Fisheries Museum, said she hoped the book would encourage more people to write about their own places.

Copies cost £10 and are available from bookshops in Anstruther and St Andrews. The launch on Saturday starts at 2pm and is free to attend."""),

("Cape Breton Tideline", """#CapeBretonStrong trends as volunteers rebuild Louisbourg boardwalk in a weekend

More than 150 volunteers rebuilt a storm-damaged section of the Louisbourg harbourfront boardwalk over a single weekend, and the effort has been shared thousands of times online under the hashtag #CapeBretonStrong.

The 120-metre stretch of boardwalk was badly damaged in a winter storm in January, when waves lifted and splintered dozens of planks. Repairs were expected to take until summer, but local residents decided not to wait.

The project was organized by the Louisbourg Seaside Trail Society, which put out a call on Facebook and Instagram for volunteers with hammers, drills and strong backs. A local building supply store donated lumber at cost, and a Sydney contractor loaned equipment.

“We thought maybe 30 people would show up,” said society president Gerard Kennedy. “We had 150 on Saturday morning, and some of them were from as far away as Antigonish.”

Volunteers worked from 7 a.m. until dark on both days. Church groups and the local Legion kept them supplied with sandwiches, chowder and tea.

Among the volunteers was 16-year-old Ava Burke, who posted a time-lapse video of the work on TikTok under the handle @avaburke.cb. The video has been viewed more than 80,000 times. “I just wanted to show people what a small town can do,” she said.

Cape Breton Regional Municipality councillor Amanda MacNeil praised the effort in a post on X, tagging @CBRM_NS and writing that she was “so proud of this community.” Municipal staff will inspect the finished structure before it officially reopens to the public.

Kennedy said the boardwalk was important for the town's tourism season, with cruise passengers and visitors to the nearby Fortress of Louisbourg national historic site using it every day from June to October.

The society is now raising money for railings and benches. Donations can be made at the Louisbourg post office or through the society's website.

“It's not just a boardwalk,” Kennedy said. “It's where people walk their dogs, where couples get engaged, where you come to watch the boats. It's part of who we are.”"""),

("The Westmeath Courier", """Athletic stun league leaders with late winner at Lakepoint

Nobody gave them a chance. Not the bookies. Not the pundits. Not even, if they are honest, some of their own supporters.

But Mullingar Athletic beat league leaders Tullamore Town 2-1 at Lakepoint Park on Saturday, and they did it the hard way.

Down a goal at half-time. Down to ten men after 61 minutes. Up against a side that had not lost in eleven games.

Then it turned.

Substitute Ronan Gavin headed in a corner on 74 minutes to level it. The home crowd, about 900 strong, found its voice. And with two minutes left, captain Derek Nolan ran on to a long ball from his own half, held off two defenders and rolled it past the keeper.

Bedlam.

“I've been at this club fourteen years,” Nolan said afterwards, still in his boots. “That's the best feeling I've had in a Mullingar shirt. By a mile.”

Manager Tommy Brady was more measured. Just about. “We were poor in the first half. Really poor,” he said. “At half-time, I told them they had nothing to lose. Go and play. They went and played.”

Tullamore had dominated the opening period and went ahead on 33 minutes through striker Kevin Daly, who curled a free kick into the top corner from 22 yards. Athletic barely crossed halfway before the break.

The second half was different. Sharper. Braver. Even after full-back Conor Fagan was sent off for a second yellow card, Athletic kept pushing.

Tullamore manager Aidan Kinsella did not hide his disappointment. “We had the game won and we let them back in. That's on us,” he said.

The result leaves Athletic fourth in the table, six points off the top with seven games to play. Tullamore remain top, but their lead is now three points.

Next up for Athletic is a trip to Longford on Friday night. Brady wants the same again. “Same attitude. Same hunger. Fewer red cards,” he said."""),

("The Highland Clarion", """Front pages from a century of Highland news go on display in Inverness

A new exhibition at Inverness's town house brings together more than 80 newspaper front pages from a century of news in the Highlands, from the coming of the hydro schemes to the opening of the Kessock Bridge.

The pages were selected from the archive of the Highland Archive Centre, which holds bound volumes of local newspapers going back to the early 19th century. Many have not been on public display before.

Archivist Fiona MacRae said the aim was to show how ordinary people experienced big events. “A national paper tells you what happened. A local paper tells you who was there, what they wore and what the minister said afterwards,” she said.

Visitors will find headlines including:

“HYDRO BOARD TO BRING LIGHT TO THE GLENS” (1943)
“KESSOCK BRIDGE OPENS: BLACK ISLE NOW MINUTES AWAY” (1982)
“NESSIE SIGHTED AGAIN, SAYS DORES POSTMAN” (1934)

A section of the exhibition is devoted to weather, with pages recording the great snowstorms of 1947 and 1955, when villages in Strathspey were cut off for weeks.

One display case contains a printing plate used to produce a front page in 1969, alongside a typewriter donated by a retired reporter. Visitors are invited to sit down at the typewriter and write their own headline, which staff will pin to a board at the exit.

Photo caption: Archivist Fiona MacRae with the 1982 front page marking the opening of the Kessock Bridge. Picture by the Highland Clarion.

Photo caption: Schoolchildren from Crown Primary try out the typewriter at the exhibition's opening on Monday.

Provost of Inverness Ian Brown opened the exhibition on Monday and said it was a reminder of the importance of local journalism. “These papers are the first draft of our history. Without them, a great deal of the Highland story would simply be lost,” he said.

The exhibition, titled Read All About It, runs until 31 March. Admission is free, and the town house is open Monday to Saturday from 10am to 4pm."""),

("Saskatoon Prairie Ledger", """Police warn of PayPal and McDonald's gift card scams targeting seniors

Saskatoon police are warning residents about a wave of phone and email scams that use the names of well-known companies, including PayPal, McDonald's and Amazon, to trick people into handing over money or personal information.

In the past month, the service has received 43 reports of such scams, mostly from people over 65. Losses so far total about $68,000.

Sgt. Darren Kosteniuk of the financial crimes unit said the scams follow a few familiar patterns. In one, a victim receives an email that appears to come from PayPal, claiming an unauthorized payment has been made and asking them to call a number to cancel it. In another, a caller posing as a grandchild or a police officer asks for money to be paid in gift cards, including McDonald's and Apple gift cards.

“No legitimate company or government agency is going to ask you to pay a fine in McDonald's gift cards,” Kosteniuk said. “If someone asks you to do that, it's a scam. Every time.”

Police say residents should watch for these warning signs:

• Pressure to act immediately or keep the call secret.
• Requests for payment in gift cards, cryptocurrency or e-transfers to an unknown person.
• Emails with links that ask you to log in to your account.
• Callers who ask for your banking details or your social insurance number.

One victim, an 81-year-old woman from the Nutana neighbourhood, lost $9,500 after a caller claiming to be her grandson said he had been arrested in Calgary and needed bail money. Her family contacted the Ledger to warn others.

“She's a smart woman. She did the crossword every day of her life,” her daughter said. “They were just very, very good at it.”

Staff at several pharmacies and grocery stores have been trained to spot customers buying unusually large numbers of gift cards, police said.

Anyone who thinks they have been targeted can report it to the Saskatoon Police Service or to the Canadian Anti-Fraud Centre. Police also encourage families to talk with older relatives about the scams."""),

("Heartland Grain & Feed Report", """Dairy farmers rally at statehouse: ‘We need a price. We need it now’

MADISON, Wis. — Hundreds of dairy farmers and their families rallied on the steps of the Wisconsin State Capitol on Wednesday, calling on lawmakers to back a resolution urging Congress to reform the federal milk pricing system.

Farmers traveled from as far as Marathon and Lafayette counties, some bringing calves in trailers and hand-painted signs. Organizers estimated the crowd at about 800 people.

The rally's main speaker, Cheryl Vandenberg, runs a 140-cow herd near Chilton with her husband and two sons. Her speech, delivered without notes, drew repeated cheers.

“We need a price that covers our costs. We need a price that lets our kids stay on the farm. We need a price that doesn't swing forty percent in a year,” she said. “We need a price. We need it now.”

The crowd picked up the last line and chanted it back several times.

Wisconsin has lost more than half of its licensed dairy herds over the past two decades, with the number falling below 6,000 for the first time last year. Many of those that remain have grown larger to spread costs over more cows.

Farmers at the rally said volatile prices, rising feed and labor costs and consolidation among processors had made it difficult for family operations to plan. Several called for changes to how milk prices are calculated under federal milk marketing orders, and for a supply management system to limit overproduction.

Not everyone agrees. A spokesman for a national dairy processors' group said supply management would raise prices for consumers and reduce the competitiveness of U.S. dairy exports. “The answer is growing markets, not shrinking them,” he said.

State Sen. Paul Jensen, a Republican who farms near Sparta, said he supported the resolution and would push for a vote this session. “I've milked cows. I know what a bad year feels like. And I know what five bad years in a row feels like,” he said.

The resolution is expected to be taken up by the Senate agriculture committee next month."""),
]
