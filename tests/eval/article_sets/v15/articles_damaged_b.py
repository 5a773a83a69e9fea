ARTICLES = [

("Riverside Gazette", """
Theatre company to stage community play about the flood of 1953

The Riverside Playhouse is to stage a community play telling the story of the 1953 flood, which killed 11 people in the town and left hundreds homeless.

The Rising will be performed in October by a cast of more than 80 local residents, aged from seven to 84, alongside four professional actors. It has been written by the playwright Nadia Chaudhry, who spent a year interviewing survivors and their families.

Chaudhry said she had been struck by how many people had never spoken about what happened. "One woman told me she had never even told her own children," she said. "There was a sense that you just got on with it. This play is a chance for the town to finally talk about it together."

⟦placeholder:[pullquote]"%QUOTE%"[/pullquote]⟧

The production is being funded by a grant of £65,000 from the National Lottery Heritage Fund, together ⟦glued:withRiverside⟧ Community Trust, which has contributed a further £10,000.

Among the cast is Derek Hollis, who was 13 when the river burst its banks on a January night. "I remember my father carrying my sister on his shoulders through water up to his chest," he said. "We spent three nights in the school hall. I've never been back in that hall without thinking about it."

The playhouse released a short teaser video last week, featuring members of the cast reading from survivors' letters.

⟦embed:This content is hosted by a third party. To view it, please accept social media cookies.
Allow and continue⟧

Artistic director Owen Teague said the project had already brought together people who would never normally meet. "We have a retired fireman rehearsing with a group of Year 8s. Where else would that happen?" he said.

Rehearsals begin in June. The playhouse is still looking for volunteers to help with costumes, set building and front of house. Tickets, priced at £12, or £6 for concessions, go on sale on 1 August.

⟦disclaimer:This article was republished automatically from a partner feed. It has not been edited by Riverside Gazette staff.⟧
"""),

("Coastline Post", """
Heatwave: county braces for hottest day of the year

Temperatures could reach 33C in parts of the county on Wednesday, making it the hottest day of the year so far, forecasters have said.

A yellow heat-health alert has been issued by the UK Health Security Agency, warning that the heat could affect older people and those with existing health conditions. ⟦fragment:To remain in place until Friday morning at least.⟧

The county council has opened cool rooms in six libraries, where people can shelter from the heat during opening hours. Free water refill points are available at all council buildings.

Beach lifeguards will be on patrol at eight beaches from 10am to 6pm. The RNLI urged people not to use inflatables in the sea and to swim only between the red and yellow flags⟦stray:!!⟧

Dr Anjali Mehra, director of public health, said people should check on elderly neighbours. "Heat can be dangerous, especially for people who live alone," she said. "Keep curtains closed during the day, drink plenty of water and avoid going out in the hottest part of the day, between 11am and 3pm."

⟦dup:1⟧

The fire service warned of a high risk of grass and heathland fires and asked people not to use disposable barbecues in parks, on beaches or on the moors. Crews were called to 14 grass fires across the county last weekend, including one near Polwenna that took six hours to bring under control.

The water company said demand had risen by a quarter since Sunday but that reservoir levels remained healthy. It asked customers to avoid using sprinklers and to turn off taps while brushing their teeth.

Farmers said the dry spell had come at a difficult time, with grass growth slowing and some cattle already being fed winter silage. "We need rain, but not the kind that comes all at once and runs straight off," said Tom Venning, who farms near Lanreath.

Thunderstorms are forecast for late on Thursday, with temperatures expected to fall back to the low twenties by the weekend.
"""),

("Northgate Tribune", """
Two men charged after cannabis farm found in former bank

Two men have been charged after police discovered a cannabis farm with an estimated street value of £250,000 in a former bank building in Northgate town centre.

Officers raided the building on High Street on Tuesday morning after receiving a tip-off from a member of the public who had noticed a strong smell and condensation on the upstairs windows.

Inside they found more than 400 plants growing across three floors, along with lighting and irrigation equipment. The electricity supply had been illegally ⟦break:bypassed, police. Said, creating⟧ a serious fire risk to neighbouring businesses and flats.

Darren Pike, 29, and Lee Stanton, 34, both of no fixed address, appeared at Northgate Magistrates' Court on Thursday charged with producing a controlled drug and abstracting electricity. They were remanded in custody to appear at crown court next month.

Detective Inspector Claire Hutton said the building had been empty since the bank closed in 2021. "Organised groups look for exactly this kind of property: large, empty and with no one living nearby," she said. "We'd ask people to keep reporting anything suspicious. That call made all the difference," ⟦attribution:the detective said, Hutton said.⟧

⟦furniture:Read more
Town centre shop owners demand more CCTV
Northgate police station front counter to reopen
Empty shops: what can be done?⟧

Gianni Russo, who runs a café two doors down, said he had noticed the smell for weeks. "⟦foreign:Sentivamo quell'odore da settimane, ma pensavamo fosse la fogna⟧," he said, laughing. His daughter, who works in the café, said customers had complained about it too.

The building's owners, a property company based in Manchester, said they had let the premises to a tenant who claimed to be setting up a furniture showroom. They said they were cooperating fully with the police investigation.

Northgate Town Council has been trying to bring empty buildings on High Street back into use for several years. Its leader, Cllr Mark Ellery, said the case showed why it was important to fill them. "An empty building is an invitation to this kind of thing," he said.
"""),

("Upland Herald", """
Obituary: Bryn Howells, sheepdog trialist and hill farmer

Bryn Howells, who has died aged 91, was a hill farmer and one of the most successful sheepdog trialists of his generation, winning the national championship four times between 1968 and 1985.

He was born at Blaen-y-cwm, the farm at the head of the valley where his family had kept sheep since the 18th century, and lived there all his life. At its peak the farm carried ⟦glued:1,200ewes⟧ on the open hill, and he gathered them with dogs he had bred and trained himself.

His first dog, Fly, was a gift from his grandfather when he was 10. He entered his first trial at 15 and came last. "I learned more from that day than from anything I won afterwards," he told the Herald in a 2015 interview.

His greatest success came with a dog called Cap, with whom he won the national title in 1972 and 1974 and finished second at the international trial in Scotland. Fellow handlers ⟦broken_paragraph:spoke of his quiet
way with dogs⟧, which relied on a few soft whistles rather than shouting.

He judged trials across Britain and in New Zealand, and for many years organised the village trial at Cwm, which still draws handlers from across the country every August.

Away from the trial field he was a deacon at Bethel chapel for more than 50 years and a member of the community council. He was also a fine tenor, and sang with the valley male voice choir until his late seventies.

His wife, Megan, died in ⟦glued:2010.He⟧ is survived by their children, Gareth and Sian, who now runs the farm, and by five grandchildren. His last dog, Nell, is staying with Sian.

The funeral will be held at Bethel chapel at 1pm on Friday, followed by burial in the chapel graveyard. Family flowers only; donations, if desired, to the air ambulance.

⟦disclaimer:This obituary was generated with the help of AI from notices supplied by the family and may contain inaccuracies.⟧
"""),

("Tidewater Observer", """
Q&A: The lighthouse keeper's daughter who became a best-selling novelist

Maren Holloway grew up on Gannet Rock, two miles off the Tidewater coast, where her father kept the light until it was automated in 1989. Her third novel, The Lamp Room, has spent 11 weeks on the bestseller lists. She spoke to the Observer ahead of a reading at the public library next week.

⟦placeholder:{{author_photo_caption}}⟧

Q: The Lamp Room is set on a rock very like Gannet Rock. How much of it is true?

A: The weather is true. The loneliness is true. The people are invented, mostly. My father would be horrified if he thought he was in it, so let's say he isn't.

Q: Why did you wait until your third book to write about it⟦stray: ?⟧

A: Because of my mother. ⟦fragment:Wanting to protect her memory for as long as she was alive.⟧ She never liked the rock. She was a city woman who married a lighthouse keeper, and she spent 15 years looking at the sea and hating it. I couldn't write that while she could read it.

Q: What do you remember most about living there?

A: The noise. People imagine it was quiet, but it never was. The wind, the generator, the foghorn, the birds. When I moved to the mainland at 12 I couldn't sleep for weeks because it was too quiet.

Q: You posted a photo of the rock when the book came out. Have you been back?

A: Once, in 2019, with a television crew. It was very strange. The light still works, but there's no one there.

⟦embed:View more on Instagram
2,418 likes
marenholloway_writes Where it all started. #TheLampRoom #GannetRock
Add a comment...⟧

Q: What's next?

A: A novel set in a fish-processing plant in the 1970s. My aunt worked in one. I'm told it's less romantic than lighthouses, which is exactly why I want to write it.

Maren Holloway will be reading from The Lamp Room at Tidewater Public Library on Thursday at 7 p.m. Admission is free, but places must be booked in advance.
"""),

("Cascadia Wire", """
Dutch farmers block highways in protest over new nitrogen limits

AMSTERDAM — Thousands of Dutch farmers drove tractors onto highways and into city centers on Tuesday, blocking traffic for hours in protest against government plans to cut nitrogen emissions by reducing livestock numbers.

Police said tractors had blocked parts of at least six major roads, including the A12 near Utrecht, causing traffic jams of more than 800 kilometers at the peak of the morning rush hour. Several farmers were detained after setting fire to hay bales on a highway overpass.

⟦break:The protest. Was organized⟧ by a coalition of farming groups angered by a plan to halve emissions of nitrogen compounds near protected nature areas by 2030. The government says the cuts are needed to comply with European court rulings and to protect fragile habitats.

Farmers argue that they are being unfairly singled out, while industry, aviation and road traffic face lighter targets. Many say the plan, which includes voluntary and possibly compulsory buyouts of farms, threatens family businesses that have existed for generations.

⟦dup:1⟧

"⟦foreign:Wij zijn geen criminelen, wij zijn de mensen die dit land voeden⟧," said Jelle de Vries, a dairy farmer from Friesland who drove more than three hours to reach The Hague.

The agriculture minister said the government was prepared to discuss how the targets would be met but would not abandon them. "The goal is fixed. The route to it is open for discussion," he told parliament.

The Netherlands is one of the world's largest exporters of agricultural products, and its dense livestock sector produces a large share of the country's nitrogen pollution. Environmental groups say decades of delay have left many nature reserves badly damaged.

By late afternoon most of the blockades had been cleared, though police said some farmers planned to remain in The Hague overnight.
"""),

("Millbrook Courier", """
Library closures shelved after public outcry

Plans to close three of Millbrook's branch libraries have been dropped after more than 6,000 people signed a petition and hundreds packed a public meeting to oppose them.

The council had proposed shutting the libraries in Hollins Green, Askew and Tatham Road to save £310,000 a year, replacing them with a mobile library service and an expanded online catalogue.

⟦furniture:We value your privacy
We and our 842 partners use cookies and similar technologies to store and access information on your device. Accept all   Reject all   Manage options⟧

On Wednesday the council's cabinet agreed instead to keep the three branches open on reduced hours, with volunteers helping to run them alongside paid staff. Savings will be found by sharing buildings with other services, including a health visitor clinic and a council advice desk.

⟦glued:Thelibrary⟧ at Hollins Green, which opened in 1936, was the focus of the campaign. Pupils from the nearby primary school wrote letters to every councillor, and a group of parents held a read-in on the steps of the town hall.

Campaigner Louise Arkwright said the decision was a victory for the community. "People said we were wasting our time, that the decision had already been made," she said. "But we showed that when people stand together, ⟦broken_paragraph:the council has to

listen⟧. This is a great day for Millbrook."

Cabinet member for communities Cllr Ravi Chandra said the consultation had changed the council's mind. "We listened, and we have found a way to make the savings we need without losing the buildings," ⟦attribution:he said, according to the council, a council spokesperson said.⟧

Opening hours at the three branches will fall from 35 to 24 hours a week. The changes will come into effect in September, and the council is now recruiting volunteers.

Library users gave the compromise a cautious welcome. "Fewer hours is still a loss, but it's a lot better than a locked door," said pensioner Mary Jessop, who uses the Askew branch twice a week.
"""),

("Eastvale Sentinel", """
Puppy farmer banned from keeping dogs for ten years

A woman who bred and sold puppies from a converted barn where dogs were kept in filthy conditions has been banned from keeping animals for 10 years.

Sharon Dyer, 44, of Moor End Farm, near Eastvale, admitted six offences under the Animal Welfare Act and one of running an unlicensed breeding business when she appeared at Eastvale Magistrates' Court.

The court heard that RSPCA inspectors found 38 dogs, including 14 puppies, at the farm in November. Many were suffering from skin and eye infections, and several were severely underweight. Prosecutor Amy Chen said the animals were ⟦stray:"⟧kept in near-darkness for most of the day, with wet straw for bedding.

Dyer had advertised the puppies online as "family-raised" and sold them for up to £1,200 each, often meeting buyers in supermarket car parks. ⟦fragment:Because the kennels had never been registered with the council.⟧

One buyer, Jenny Marsh, told the court her puppy had died of parvovirus eight days after she bought it. "We were completely taken in. The pictures showed puppies on a sofa with children," she said in a statement read to the court.

Defending, Paul Hebden said Dyer had taken on too many dogs after her husband became ill and had been "overwhelmed". She had co-operated fully with the RSPCA and had surrendered all the animals.

Magistrates sentenced her to 18 weeks in prison, suspended for two years, and ordered her to pay £4,500 costs. Chair of the bench Margaret Owens said the suffering caused had been "prolonged and entirely avoidable".

All 38 dogs have now been treated, and most have been rehomed. RSPCA inspector Lee Harding said people buying puppies should always ask to see them with their mother, at the place they were bred. "If a seller wants to meet you in a lay-by, walk away," he said.

⟦disclaimer:Machine translation provided by LinguaBridge. In case of discrepancy, the original-language text prevails.⟧
"""),

("Cascadia Wire", """
Portland startup raises $40 million to build battery recycling plant

A Portland company that recovers metals from used electric-vehicle batteries said Monday it had raised $40 million to build its first full-scale recycling plant.

⟦break:The company. which was founded⟧ in 2021 by two former chip engineers, says its process can recover more than 95 percent of the lithium, nickel and cobalt in a battery using less energy and fewer chemicals than existing methods.

ReCell Materials said the funding round was led by the venture firm Cedar Ridge Capital, with participation from a carmaker's investment arm and an Oregon state fund that backs clean-energy businesses.

The new plant, in the industrial area of north Portland, will be able to process around 10,000 tonnes of batteries a year when it opens in 2026. The company expects to employ about 120 people there.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧

Chief executive Hannah Osterberg said demand for recycled battery metals was growing fast as automakers face new rules on recycled content. "Every battery that goes into a landfill is a mine we've thrown away," she said. "We want to make sure those metals come back into the supply chain here, not overseas."

A local television station visited the company's pilot line last year.

⟦embed:Inside the Portland lab turning dead EV batteries into new ones | KPTV
YouTube · KPTV 12 · 41K views⟧

Analysts said the market was becoming crowded, with several larger rivals already operating plants in Nevada and Ontario. "The chemistry is getting easier. The hard part is securing a steady supply of old batteries at a price that works," said Derek Amoah, an analyst at Lakeshore Research.

⟦dup:1⟧

Osterberg said the company had signed agreements with two battery makers and a network of auto dismantlers to supply material. It is also talking to utilities about recycling batteries from large grid storage projects, which are expected to reach the end of their lives in large numbers in the 2030s.

The company's shares are not publicly traded. It has now raised a total of $58 million since it was founded.
"""),

("Northgate Tribune", """
Northgate Storm sign Swedish goaltender ahead of new season

Northgate Storm have signed Swedish goaltender Viktor Lindqvist on a one-year contract as they look to bounce back from a disappointing campaign that ended in the first round of the play-offs.

Lindqvist, 27, spent the last three seasons in the Swedish second tier with Almtuna, where he posted a save percentage of .921 last season and was named in the league's all-star team.

He replaces long-serving netminder Craig Dunphy, who retired in April after 11 seasons with the club. Dunphy's departure left the Storm without an experienced starter, and head coach Mike Rennard made the position his top priority this summer.

"Viktor is calm, he's technically excellent and he wins games on his own," Rennard said. "We watched a lot of video, and in one game against Västerås he made ⟦glued:42saves⟧. That's the kind of performance we need in the big moments."

Lindqvist said he had heard good things about the club from former teammates. "⟦foreign:Jag har hört att fansen här är fantastiska, och jag ser fram emot att spela inför dem⟧," he said in a video released by the club.

The Storm have also confirmed the return of captain Jordan Pryce and forwards Ryan Teale and Aleksi Koivu, while defenceman Marcus Oduya has joined from rivals Castlebridge Kings. The club said it expected to ⟦broken_paragraph:announce two more

signings before the⟧ end of the month.

Season tickets are on sale at the Arena box office, with prices frozen at last year's levels for a third season running. The Storm open their league campaign at home against the Kings on 21 September.

Director of hockey Sandra Lowe said the club's aim was simple. "We want to be in the play-off final weekend. Anything less would be a disappointment," she said.

⟦furniture:Follow Tribune Sport on X, Facebook and Instagram for live updates from every Storm home game.
Comments are closed for this article.⟧
"""),

("Eastvale Sentinel", """
Space rock found by schoolchildren confirmed as meteorite

A dark, unusually heavy stone picked up by pupils on a school nature walk has been confirmed as a meteorite, making it the first recorded in the county for more than 100 years.

The 210-gram rock was found in March by a group of Year 5 pupils from Hallgarth Primary School on farmland near the village of Kirkby Lea. Their teacher, Rebecca Stone, sent photographs to Eastvale Museum after the children noticed it was attracted to a magnet.

Scientists at the museum and at the Natural History Museum in London have since confirmed that it is an ordinary chondrite, a stony meteorite about 4.5 billion years old. ⟦fragment:Thought to have fallen within the last few decades, judging by how little it has weathered.⟧

Museum curator Dr Lionel Ames said he had been sceptical when the email arrived. "We get a lot of these, and they are almost always slag from old furnaces," he said. "This time, as soon as I saw the fusion crust, I got rather excited. It's a genuine piece of the early solar system," ⟦attribution:said Dr Ames, the curator said.⟧

Pupil Isla Bramwell, nine, who first spotted the stone, said she had thought it looked "like a burnt potato". Asked what she thought when she heard the news, she said: "⟦stray:¿⟧Who finds a space rock on a Tuesday? It's the best thing that's ever happened."

The landowner has agreed to donate the meteorite to the museum, where it will go on display in the autumn. The school will receive a replica cast and a visit from the museum's scientists.

Meteorites are rarely recovered in Britain because most fall into the sea or land unnoticed. Only around 25 have been found across the whole country, the most recent in Gloucestershire in 2021.

Mrs Stone said the find had transformed the class's science lessons. "They want to know everything now: how fast it was going, where it came from, whether there are more," she said.

⟦disclaimer:(Translated by an automated tool. Please report errors to our newsroom.)⟧
"""),

("The Prairie Dispatch", """
Measles vaccine clinics added after cases confirmed in two towns

Health officials have added extra vaccination clinics in the province's southwest after confirming five cases of measles in two towns over the past fortnight.

Three of the cases are in Carrow Springs and two in Bellhaven. All five people are children, and two have been treated in hospital. Officials said none of the children had been fully vaccinated.

The regional medical health officer, Dr. Grace Amankwah, said the risk to the general public remained low but urged parents to check their children's immunization records. "Measles is one of the most contagious diseases we know of. One case can infect nine out of ten unvaccinated people around them," she said.

People who were at the Carrow Springs arena on the afternoon of March 2, or at the Bellhaven public library on March 4, may have been exposed and should watch for symptoms, which include a high fever, cough, runny nose and a red rash.

⟦placeholder:Clinic times: null⟧

Walk-in clinics will run at the Carrow Springs community hall and the Bellhaven health centre every weekday for the next three weeks. No appointment is needed, and adults born after 1970 who are unsure of their status are also encouraged to attend.

The health region shared the clinic details on social media on Tuesday.

⟦embed:Posted by Prairie Southwest Health on Tuesday, March 5, 2024
See more on Facebook⟧

Vaccination rates among kindergarten children in the region have fallen to about 84 percent, well below the 95 percent experts say is needed to stop outbreaks.

⟦dup:1⟧

Local pharmacist Dale Kaminski said his store had seen a surge in questions from parents since the first case was announced. "People who haven't thought about measles in years are calling us. That's a good thing," he said.

School divisions in both towns said unvaccinated students who were exposed could be asked to stay home for up to 21 days.
"""),

("Riverside Gazette", """
Bookshop celebrates 100 years on the same street

A family bookshop in Riverside is celebrating its centenary this week, having survived the Depression, a war, a flood and the rise of online shopping without ever moving from its premises on Bridge Street.

Harcourt's was opened by Albert Harcourt, a former schoolteacher, who ⟦break:opened the shop in. 1924 with⟧ a few hundred second-hand books and a borrowed counter. It is now run by his great-granddaughter, Eleanor Harcourt, 38, who took over from her father in 2017.

"There were times when my dad thought we wouldn't make it. The late nineties were very hard, when the big chains arrived, and then again when everyone started buying online," she said. "But people keep coming back. A bookshop is a place, and people need places."

The shop was badly damaged in the flood of 1953, when water rose to the top of the lower shelves. Albert's son, Frank, spent weeks drying out books on washing lines in the back yard, and some of ⟦broken_paragraph:those water-stained volumes
are still⟧ on display in a glass case by the till.

To mark the anniversary, the shop is holding a week of events, including readings by local authors, a children's story trail and a quiz night at the Swan pub across the road. On Saturday, customers will be able to buy a book at 1924 prices for one hour.

Regular customer Harold Beckett, 90, said he had been buying books there since he was a boy. "Frank Harcourt sold me my first Biggles book for sixpence," he said. "I still have it."

The shop now employs six people and runs a book club, a subscription service and an online store. Eleanor Harcourt said independent bookshops were enjoying something of a revival. "Younger readers especially want to browse and be surprised," she said.

⟦furniture:Comments (3)
You must be logged in to post a comment. Log in | Register⟧
"""),

("The Harbour Ledger", """
Fog delays flights and ferries for second day

Thick fog caused disruption to flights and ferry services for a second day on Friday, with dozens of passengers stranded on the islands and at the airport.

Visibility at Harbour Airport fell below 200 metres for much of ⟦glued:Fridaymorning⟧, and four flights to the mainland were cancelled. Two incoming flights were diverted to Castleford, with passengers taken on by coach.

A spokesman for the airport said safety was the priority. "We understand how frustrating this is for passengers, but we cannot operate when visibility is below the minimum for our runway," ⟦attribution:the spokesman said, he told The Harbour Ledger.⟧

Skerry Lines cancelled its first two sailings to the islands and ran later crossings at reduced speed. The company said passengers had been offered refunds or free transfers to another day.

Among those stranded was Ruth Calloway, who had been due to fly to the mainland for a hospital appointment. "I've been rebooked for Monday, but that means another three days of waiting⟦stray: :⟧ it's not the airport's fault, I know," she said.

Forecasters said the fog had formed because warm, moist air was moving over the cold sea, a common pattern in late spring. It was expected to lift gradually on Saturday as a breeze picked up from the west.

Coastguards asked small-boat owners to stay in harbour until conditions improved, and reminded walkers on the coastal path that cliff edges could be hard to see.

The disruption is the third fog-related closure at the airport this year. Local councillors have renewed calls for an upgraded landing system, which would allow aircraft to land in lower visibility. The airport operator said it was looking at the costs, which could run to several million pounds.

⟦disclaimer:This story is published from a wire agency feed without modifications to the text. Only the headline has been changed.⟧
"""),

("The Kestrel Times", """
Stolen vintage motorbike returned to owner after online appeal

A vintage motorcycle stolen from a garage in Kestrel 18 years ago has been returned to its owner after a video of it appeared online.

Geoff Ransome, 76, had all but given up hope of seeing his 1956 BSA Gold Star again after it was taken from his lock-up on Mill Lane in 2006. ⟦fragment:Being the only machine of its type ever registered in the town.⟧

Last month his grandson came across a video posted by a classic bike group, showing a motorcycle with the same distinctive paintwork and a dented fuel tank at a show in Normandy.

⟦embed:@kestrelclassicbikes Is this Geoff's Goldie?? Spotted at Caen bike show 🏍️ #classicbikes #BSA
♬ original sound - Kestrel Classic Bikes
Watch on TikTok⟧

The video was shared thousands of times, and within a week the current owner, a collector from Rouen, had made contact. He said he had bought the motorcycle in good faith from a dealer in Belgium in 2011 and had no idea it had been stolen.

"⟦foreign:Quand j'ai vu la vidéo, j'ai su tout de suite que c'était la même moto⟧," said the collector, Philippe Marchand, who drove the bike to Kestrel himself last weekend.

Police confirmed that the frame and engine numbers matched those on the original theft report. Nobody has been charged in connection with the theft, and officers said the case remained open.

Mr Ransome said he had been overwhelmed by the reunion. "I bought her with my first wage packet from the foundry. I never thought I'd sit on her again," he said. "The Frenchman has looked after her beautifully. Better than I did, if I'm honest."

Anyone with information about the original theft should contact police via ⟦placeholder:%s⟧ or call 101.

The two men have since become friends, and Mr Marchand has invited Mr Ransome to ride the Gold Star at next year's show in Caen.
"""),

("The Prairie Dispatch", """
Canada and Norway sign Arctic research agreement

⟦furniture:Home › World › Arctic⟧

Canada and Norway have signed an agreement to share research stations, ships and data in the Arctic, in what officials described as the most ambitious scientific partnership between the two countries in decades.

The five-year ⟦break:agreement will. Allow scientists⟧ from each country to use the other's research facilities, including Canada's station at Cambridge Bay in Nunavut and Norway's centre at Ny-Ålesund in Svalbard. It also commits both governments to making climate and ocean data freely available to researchers.

Canada's science minister said the deal would help answer urgent questions about how quickly the Arctic is warming. "The Arctic is changing three to four times faster than the rest of the planet. No single country can monitor it alone," she said at the signing ceremony in Tromsø.

Her Norwegian counterpart said the agreement reflected shared values. "We are both Arctic nations, and we both believe that science must come before politics in the North," he said.

⟦dup:1⟧

Under the deal, the two countries will fund joint projects on sea ice, permafrost, fisheries and the health of northern communities. Inuit and Sámi organisations will have seats on a new advisory committee that will help choose ⟦broken_paragraph:which projects receive

funding⟧.

Researchers at the University of Saskatchewan, which runs several Arctic projects, welcomed the news. "Access to Norwegian ice-strengthened ships will be huge for us. At the moment we can only reach some sites every two or three years," said glaciologist Dr. Peter Lindahl.

The agreement comes as interest in the Arctic grows, with melting ice opening new shipping routes and access to resources. Officials said the partnership was purely scientific and had no military component.

The first joint expedition, to study sea ice in the Beaufort Sea, is planned for next summer.
"""),

("Tidewater Observer", """
Oyster farm expands as water quality in the bay improves

An oyster farm on the north shore of Tidewater ⟦glued:Bay.The⟧ is doubling in size after years of improving water quality made it possible to lease new growing areas that had been closed since the 1980s.

Kemble Oyster Co., which has farmed in the bay since 2009, has been granted leases on a further 30 acres by the state's marine resources department. Owner Nathan Kemble expects to grow about two million oysters a year by 2027, up from 800,000 now.

The areas were closed to shellfish harvesting decades ago because of sewage pollution. A $90 million upgrade of the county's treatment plant, completed in 2018, has cut bacteria levels in the bay by more than 80 percent, according to state figures.

"When my father fished here, you couldn't eat anything that came out of this part of the bay," ⟦attribution:says Kemble, Kemble says.⟧ "Now we've got water clean enough to grow oysters you can eat raw. That didn't happen by accident. People fought for that plant."

The company will hire six more workers, bringing its staff to 20, and has bought a second boat. It sells mainly to restaurants in the region and at farmers markets, and ships some of its harvest to Boston and New York⟦stray:,,⟧ where demand for local oysters has grown.

⟦placeholder:INSERT MAP HERE⟧

Oysters also filter water as they feed, and environmental groups say the expansion could help the bay's recovery. A single adult oyster can filter up to 50 gallons of water a day.

Not everyone is pleased. Some waterfront homeowners have objected to the sight of cages and floating gear in front of their properties, and two have appealed the lease decision. A hearing is scheduled for next month.

Kemble said he had tried to work with neighbors and had moved some of his gear farther offshore. "We're farmers. We're not going anywhere, and we want to be good neighbors," he said.
"""),

]
