ARTICLES = [
dict(title="Kestrel Bay mayor casts deciding vote on short-term rental cap", person="Linda Fairweather", gender="f", text="""Kestrel Bay Mayor Linda Fairweather cast the deciding vote Tuesday night as council narrowly adopted a bylaw capping short-term vacation rentals in the seaside town at 120 licences.

The vote split council down the middle, with Councillors Jim Hadley, Rosa Medeiros and Ajay Sandhu supporting the cap and three of their colleagues opposing it, leaving Fairweather to break the tie, which she did without hesitation.

"This is not a decision I take lightly," the mayor said before the vote. "But we have teachers and nurses living in their cars in August, and I was elected to do something about that."

Coun. Hadley, a retired fisherman, said he had watched his own street change over the past five years. "There are eleven houses on my block and six of them are empty from October to May," he said. "That's not a neighbourhood any more."

Coun. Medeiros agreed, saying she had received more than 300 emails on the issue, "most of them from people who can't find a place to rent".

But the bylaw drew strong objections from some residents. Ken Oduya, who rents out a cottage on Harbour Road, told council he relied on the income to cover his mortgage. "I'm not a corporation," he said. "I'm a retired pipefitter trying to stay in my home."

Patricia Lam, who owns the Tidewater Inn, said the cap did not go far enough. She urged council to ban whole-home rentals outright in the town centre, as several other B.C. communities have done.

After the meeting, Fairweather said she sympathised with Mr Oduya and others in his position, and that ⟦flip:his|her⟧ staff would look at an exemption for owners who live on the same property as the rental. "Nobody is trying to punish the little guy," ⟦flip:he|she⟧ said. "We're trying to make sure there's still a town here for the people who work in it."

The mayor, who owns a bookshop on Front Street, said she had heard from business owners on both sides of the debate. "Some of my own customers are furious with me," she admitted. "Others have stopped me in the street to say thanks. That's the job."

The cap takes effect January 1. Existing licence holders will be allowed to renew, but no new licences will be issued until the number falls below 120."""),

dict(title="Dairy farmer rebuilds barn a year after fire killed 140 cows", person="Gerrit Vanderhoek", gender="m", text="""A year after fire destroyed his barn and killed 140 of his cows, Gerrit Vanderhoek is milking again.

The 56-year-old dairy farmer from Harlow Township, Ontario, opened the doors of a new free-stall barn on Saturday to about 400 neighbours, friends and members of the farming community who had helped his family rebuild.

"I didn't think I would be standing here," Mr Vanderhoek told the crowd. "There were days last winter when I thought about selling the quota and walking away."

The fire broke out in the early hours of a March morning last year, likely from an electrical fault in a ventilation fan, according to the Ontario Fire Marshal. His wife, Annelies, woke to the sound of cattle bellowing and saw flames through the bedroom window.

"By the time the trucks arrived from Harlow, the roof had gone," she said. "Gerrit kept trying to go back in for the calves. The firefighters had to hold ⟦flip:her|him⟧ back."

Neighbour Wayne Doerksen, who milks 200 cows on the next concession road, took in the 60 surviving animals the same morning. He kept them for nine months while the new barn was built and refused to accept payment.

"He'd have done the same for me," Mr Doerksen said. "That's just how it works out here."

The couple's daughter, Marijke, 24, who studied agriculture at the University of Guelph, came home after the fire and now works on the farm full time. She said her father had been quieter than usual over the past year but had never lost his sense of humour.

"⟦flip:She|He⟧ named the first calf born in the new barn Phoenix," she said. "Then ⟦flip:she|he⟧ said if the next one was a bull he'd call it Insurance Claim."

Local MPP Sandra Colton, who attended the opening, said the Vanderhoeks' story showed the strength of rural communities but also the need for better barn fire prevention. She said the province was reviewing its rebate program for fire detection systems.

Mr Vanderhoek said the new barn had heat sensors, sprinklers in the feed alley and a camera system linked to his phone. He said he now checks it most nights before bed.

"Annelies tells me to stop looking," he said. "I tell her I'll stop when I'm dead."

Doerksen said he was just glad to have his own barn back to normal. "Gerrit's cows ate me out of house and home," he said with a laugh."""),

dict(title="Dot Kinsella, postmistress and CWA stalwart, dies at 96", person="Dot Kinsella", gender="f", text="""Dorothy "Dot" Kinsella, who ran the Merrigal post office for 34 years and was state president of the Country Women's Association in the 1980s, has died at the age of 96.

Mrs Kinsella was born in Merrigal in 1928, the youngest of seven children, and rarely lived anywhere else. She took over the post office from her father in 1951, when she was 23, at a time when the job came with the town's only telephone exchange.

"She knew everybody's business, but she never told a soul," said her longtime friend Joan Pettigrew, 91. "You could have trusted Dot with the crown jewels."

She married Frank Kinsella, a shearer, in 1953. Frank died in 1998. Their son, Michael Kinsella, said his parents had been an unlikely match. "Dad was loud and Mum was careful," he said. "He used to say she ran the town and he ran the pub tab."

Dot joined the Merrigal branch of the CWA in 1949 and held almost every office in it. In 1984 she was elected state president, a role in which she lobbied successfully for the upgrade of the Merrigal hospital and for better phone coverage across the western districts.

Former federal member Ross Haddon said ⟦flip:he|she⟧ had been one of the most effective advocates he had ever dealt with. "Dot would ring my office every Monday morning," he said. "My staff knew ⟦flip:his|her⟧ voice before she said her name."

Her granddaughter, Emma Kinsella, a nurse at Merrigal hospital, said Dot had kept a handwritten list of every baby born in town since the 1950s and posted each one a birthday card until she was well into her eighties.

"People still come up to me and show me their cards," Emma said. "She never missed one."

Mrs Kinsella was awarded the Medal of the Order of Australia in 1991 for services to the community. She remained active in the CWA until 2019, when a fall forced ⟦flip:him|her⟧ to move into the Merrigal aged care hostel, where she continued to run the Thursday card game.

She is survived by her son, Michael, daughter-in-law Carol, three grandchildren and five great-grandchildren. A service will be held at St Brigid's Church, Merrigal, on Wednesday at 10.30am."""),

dict(title="Sacked council depot boss wins unfair dismissal case", person="Darren Kowalski", gender="m", text="""A council depot supervisor who was sacked after 23 years for using a works ute to tow a stranded tourist's caravan has won his unfair dismissal case.

Fair Work Commissioner Elaine Fraser found that Coolamin Shire Council's decision to dismiss Darren Kowalski was "harsh and disproportionate" and ordered that he be reinstated with back pay.

Mr Kowalski, 52, was driving back to the depot on a Sunday in January last year when he came across an elderly couple whose car had broken down on the Silver Hills Road in 41-degree heat. He hitched their caravan to the council vehicle and towed it eleven kilometres to the nearest town.

The council argued the use of the vehicle breached its policy and exposed it to liability. Its lawyer, Natasha Burrows, told the commission the supervisor had previously been warned about using council equipment for private purposes, a reference to an incident in 2019 when ⟦flip:she|he⟧ used a depot trailer to move furniture for his daughter.

"This was not a first offence," Ms Burrows said. "He knew the rules and chose to ignore them."

Works manager Stephen Yeo, who made the decision to dismiss, said he had "no personal issue" with Kowalski. "Darren is a good operator," he said. "But I can't have one rule for him and another for everybody else."

Commissioner Fraser rejected that argument. She said the 2019 incident was minor and that Kowalski had acted out of genuine concern for two vulnerable people in dangerous conditions.

"He did not benefit personally," she wrote. "He used the vehicle for less than half an hour and returned it undamaged. An employer acting reasonably would have issued, at most, a warning."

The couple he helped, Roy and Maureen Gillies of Geelong, wrote a letter of support that was tendered in evidence. Mrs Gillies wrote that Mr Kowalski had also given them water and waited with them until a mechanic arrived. "We don't know what would have happened to us without ⟦flip:her|him⟧," she wrote.

Outside the hearing, Kowalski said he was relieved. His wife, Kerry, said the past year had been "hell" for the family. "He's worked for that council since he was 29," she said. "⟦flip:She|He⟧ was gutted. We both were."

Mr Kowalski said he would return to work on Monday. "I'd do it again," ⟦flip:she|he⟧ said. "I'd just ring the boss first."

The council said it would consider the decision."""),

dict(title="Derwent Ridge cider maker lands first export deal to Singapore", person="Bronwyn Tasker", gender="f", text="""A family cider business in the Derwent Ridge district of southern Tasmania has signed its first export deal, with 20,000 bottles bound for restaurants and bottle shops in Singapore.

Bronwyn Tasker, who founded Tasker's Orchard Cider with her husband, Neil, in 2012, said the contract was the result of four years of trade shows, tastings and "a lot of very polite emails".

"We've been knocking on doors since before Covid," Mrs Tasker said. "This one finally opened."

The couple grow 14 varieties of apple and pear on a 30-hectare property that has been in Neil's family since the 1890s. He runs the orchard; she runs the cidery and the business side.

"Bron's the brains and I'm the tractor," Mr Tasker said. "⟦flip:He|She⟧ did all the work on this deal. I just picked the fruit."

The Singapore importer, Harbourline Fine Drinks, approached the Taskers after tasting their perry at a food fair in Melbourne last year. Mrs Tasker said the buyer had been particularly interested in the heritage varieties, including a Sturmer Pippin block that her husband's great-grandfather planted.

Cellar door manager Oliver Quist said visitor numbers had doubled in the past three years. He credited his boss with building the brand from scratch. "Bronwyn designed the labels herself on the kitchen table," Mr Quist said. "People laughed at ⟦flip:him|her⟧ for using an old apple-picking ladder as the logo. Now it's on every bottle."

Tourism Tasmania regional manager Kate Mulcahy said the region's small producers were increasingly looking to Asia. She said Tasker had been a mentor to several younger businesses in the valley.

"She's very generous with what she's learned," Ms Mulcahy said. "A lot of people in her position would keep their contacts to themselves."

The first shipment will leave Hobart in refrigerated containers in May. Mrs Tasker said the business would hire two extra staff for the bottling run.

Asked whether she was nervous about the size of the order, Tasker laughed. "Terrified," ⟦flip:he|she⟧ said. "But in a good way. Ask me again in June."

Mr Tasker said he was already planting another two hectares of pears to keep up."""),

dict(title="Lindahl siblings claim provincial mixed doubles curling title", person="Curtis Lindahl", gender="m", text="""Brother-and-sister pairing Jenna and Curtis Lindahl of the Whitemud Curling Club in Selkirk Ridge, Manitoba, won the provincial mixed doubles curling championship on Sunday, beating the defending champions 8-6 in an extra end.

Curtis Lindahl, 27, made a draw to the button with his final stone to seal the win, after the Lindahls had given up a three-ender in the eighth to fall behind.

"I just tried not to look at the crowd," Curtis said. "Jenna told me to throw it like a practice shot, so that's what I did."

Jenna, 30, a physiotherapist in Winnipeg, said she had never doubted her younger brother. "He's been making that shot since he was twelve," she said. "Although when we were kids, ⟦flip:she|he⟧ usually missed it on purpose to annoy me."

The siblings only began playing mixed doubles together three seasons ago, after their longtime partners moved away. Their coach, Margaret "Peg" Sorenson, said the pair had the advantage of being able to argue without holding grudges.

"They fight like cats on the ice and then go for pizza together," Sorenson said. "Jenna sweeps like her life depends on it. Curtis is the calm one, believe it or not. He just stands in the house with ⟦flip:her|his⟧ broom up and tells her where to go."

The defending champions, Rob Halvorsen and his wife, Tara, had led for most of the game. Halvorsen said the Lindahls deserved the title. "Curtis made a great shot under pressure," he said. "You tip your hat."

Tara Halvorsen added that she expected to see the siblings at the national championships. "They're only going to get better," she said.

The Lindahls grew up on a grain farm outside Selkirk Ridge and learned to curl at the Whitemud club, where their father, Lars, still plays in the Tuesday night men's league. Their mother, Ingrid, watched the final from the lounge. She said she had been too nervous to sit in the stands.

Curtis, who works as an electrician, said ⟦flip:she|he⟧ would need to ask for time off to compete at nationals. "My boss is a curler, so I don't think it'll be a problem," he said.

The national championships will be held in March. Jenna said her brother had promised to stop missing shots on purpose, at least until then."""),

dict(title="Rancher's brand records help RCMP crack cattle theft ring", person="Heather Dunmore", gender="f", text="""An Alberta rancher's meticulous record-keeping has helped RCMP lay charges against two men accused of stealing more than 90 head of cattle from properties across Wheatland Hills County.

Heather Dunmore, who runs a cow-calf operation near the hamlet of Carstairs Creek, noticed last October that her fall count was 23 head short. She had photographed every calf at branding time and recorded ear tag numbers in a spreadsheet she has kept since 2004.

"My husband used to tease me about it," Mrs Dunmore said. "He doesn't tease me any more."

RCMP Sgt. Paul Tremblay said the records allowed investigators to identify several of the missing animals at an auction market in Saskatchewan, where they had been sold under a different brand. "Ms Dunmore's photos were absolutely critical," he said. "Without them, it would have been our word against theirs on whose calves they were."

Two men, aged 34 and 41, have been charged with theft of livestock over $5,000 and fraud. Police say the pair are also linked to thefts from at least four other ranches in the county.

Provincial livestock inspector Greg Sawatzky said cattle theft had risen sharply as beef prices climbed. He said Dunmore had contacted him within hours of finding the shortfall, which gave investigators a head start.

"Most people don't notice for months," Mr Sawatzky said. "By then the animals are gone. ⟦flip:He|She⟧ called me the same afternoon with a list of tag numbers. I wish every producer kept books like that."

Neighbouring rancher Carol Pruden, who lost eleven heifers, said the community had been shaken by the thefts. She said Dunmore had helped other ranchers reconstruct their own records. "Heather sat at my kitchen table for three evenings going through old photos," Mrs Pruden said. "⟦flip:His|Her⟧ patience is unbelievable."

Dunmore said she was relieved but angry that it had taken a theft for the issue to be taken seriously. She said she hoped the case would prompt more producers to use electronic tags.

"These are people we might have waved to at the feed store," ⟦flip:he|she⟧ said. "That's what gets me."

The accused men are scheduled to appear in provincial court next month. Sgt. Tremblay said further charges were possible."""),

dict(title="Painter's drought series fills regional gallery walls", person="Peter Oyelaran", gender="m", text="""For almost three years, Peter Oyelaran drove the back roads of the Mallee, photographing dry dams and dust storms, then painting them in a converted shearing shed behind his home at Wattle Gully.

The result, a series of 38 large oil paintings called Bare Ground, opened at the Lake Corran Regional Gallery on Friday night, drawing the biggest opening crowd in the gallery's history.

"I grew up in Lagos and came here at 19, and the first thing that hit me was the light," Mr Oyelaran said. "The second was how the farmers talked about rain. Like it was a relative who'd stopped visiting."

Gallery director Sophie Renard said she had approached Oyelaran after seeing a single painting at a country art prize in 2021. "I told him, if you've got thirty more like that, I'll give you the whole building," she said. "⟦flip:She|He⟧ took me at my word."

The paintings are accompanied by recorded interviews with farming families, including Jim and Anne Pollard of Tinaroo Plains, who lost most of their flock in the 2019 drought. Mrs Pollard said she had been hesitant at first.

"We didn't want to be anybody's sad story," she said. "But Peter spent days with us. He helped Jim fix a trough. By the end ⟦flip:she|he⟧ felt like family."

Oyelaran's partner, the sculptor Ruth Kinnear, said he had struggled at times with the weight of the subject. "There were months when he'd come in from the shed and not say a word," she said. "He takes other people's grief very seriously."

Art critic Declan Moss, writing in the Weekend Review, described the show as "the most important regional exhibition in a decade". He singled out a four-metre canvas of an empty stock dam, saying Oyelaran had "found something almost holy in cracked mud".

Asked about the praise, the painter shrugged. "Critics are nice when you're new," ⟦flip:she|he⟧ said. "Let's see what they say about the next one."

Oyelaran said he planned to donate 20 per cent of sales to the Rural Financial Counselling Service. Renard said several works had sold on opening night, including one to the Pollards, who plan to hang it in their kitchen.

Bare Ground runs until September 14. Entry is free."""),

dict(title="Biologist's drones track right whales off Shelburne Banks", person="Yvonne Cartier", gender="f", text="""A New Brunswick biologist is using drones to measure the body condition of endangered North Atlantic right whales, and says the results suggest some of the animals are thinner than they were a decade ago.

Dr Yvonne Cartier, a research scientist with the Atlantic Marine Institute in St. Andrews, has spent the past four summers aboard the institute's research vessel, the Petrel, photographing whales from about 30 metres overhead. She uses the images to calculate each whale's width relative to its length.

"A fat whale is a healthy whale," she said. "A thin female is less likely to calve, and with so few right whales left, every calf matters."

The Petrel, a converted 18-metre lobster boat, has been her floating laboratory since 2021. Skipper Kevin Doucette, who fished lobster for 30 years before joining the institute, said the boat was "old but honest". "She rolls like a pig in a swell, but she's never let us down," Mr Doucette said.

He said Cartier was the first scientist he had worked with who asked fishermen for advice. "She wanted to know where we'd seen whales over the years," he said. "Most of them just tell you where you can't fish. ⟦flip:He|She⟧ listened."

Graduate student Thomas Pike flies the drone while Cartier records the data. He said the work was slow and dependent on weather. "Some weeks we get three good days and some weeks we get none," he said. "Yvonne never complains. She'll sit on the deck in the fog for six hours with ⟦flip:his|her⟧ notebook open."

Fisheries officer Lise Arsenault said the measurements could help regulators decide where and when to close fishing areas. She said the department had been impressed by the quality of Cartier's work.

Cartier cautioned that the data set was still small. She said ⟦flip:he|she⟧ would need at least another five years of measurements before drawing firm conclusions about the population's health.

"I don't want to alarm anyone prematurely," she said. "But what we're seeing is worrying, and we'd rather know now than later."

Her findings are due to be published in the spring. Cartier said she planned to present them first at a meeting of local fishing associations in Yarmouth, before any scientific conference.

"These are the people who share the water with the whales," she said. "They should hear it first.\""""),

dict(title="Married bowlers win state mixed pairs title after forty years of trying", person="Graham Pask", gender="m", text="""Graham and Yvonne Pask have been bowling together at the Kenmore Heights Bowls Club since 1983. On Sunday, at the 41st attempt, they finally won the state mixed pairs championship.

The couple, both 74, beat Stuart Lang and Deirdre Coombes of Bendigo 21-18 in a tense final at the state bowls centre, with Mr Pask drawing the shot on the last end to within a few centimetres of the jack.

"I've played that bowl in my head about ten thousand times," Graham said afterwards. "Usually I miss it."

Yvonne, who skipped the pair, said her husband had been bowling better this season than at any time she could remember. "He's finally started listening to me," she said. "⟦flip:She|He⟧ won't admit that, but it's true."

The Pasks met at a Kenmore Heights social bowls night in 1981, when Graham was a police sergeant and Yvonne was a primary school teacher. They married two years later and have played together in every mixed pairs championship since.

Club president Margaret Hinde said the win had "lifted the whole club". "There were forty of us in the stand yelling our heads off," she said. "When Graham's last bowl stopped, I think ⟦flip:her|his⟧ wife jumped higher than anyone."

Lang, who has won the title three times, said the Pasks had deserved their victory. "Graham's touch on that last end was beautiful," he said. "I said to him, 'I've been waiting forty years to see you do that.' He laughed and said, 'So have I.'"

Coombes said she had played against the Pasks for decades and had never seen them rattled. "They bicker, but it's all for show," she said.

Mr Pask said he had suffered a minor heart attack in 2022 and had not been sure he would bowl again. His doctor had cleared him to play only on the condition that he did not "get too worked up".

"I think I broke that rule on the last end," ⟦flip:she|he⟧ said with a grin.

The Pasks will represent the state at the national championships in Tweed Heads in November. Yvonne said she would be packing sunscreen, a spare pair of shoes and Graham's heart tablets. "He'll forget them otherwise," she said."""),

dict(title="Matheson's General Store changes hands after 70 years in family", person="Colleen Matheson", gender="f", text="""For the first time since 1954, Matheson's General Store in Little Harbour Cove will have a new owner, though it will not be leaving the family.

Colleen Matheson, 68, who has run the store on Water Street for the past 31 years, is selling the business to her nephew, Ryan Matheson, 34. The handover takes effect at the end of the month.

"I always said I'd know when it was time," Ms Matheson said. "My knees told me first, and then my accountant."

The store was opened by her father, Alexander, who sold everything from rubber boots to cod jiggers to fresh bread. Colleen began working behind the counter at 12 and took over when her father retired in 1993. Her brother, Duncan, Ryan's father, chose fishing instead.

"Colleen got the store and I got the seasickness," Duncan joked. "⟦flip:He|She⟧'s been the business brain in this family since we were kids."

Ryan, a former heavy equipment operator who moved home from Fort McMurray two years ago, has been working alongside his aunt since last summer. He said he planned to keep the store largely as it is, though he would add online ordering and longer winter hours.

"People keep asking me if I'm going to change the sign," he said. "Not a chance. Aunt Colleen would come back and haunt me, and ⟦flip:he|she⟧'s not even dead."

Longtime customer Alma Fudge, 84, said she had shopped at Matheson's for most of her life. "Her father used to give me barley sugar when I was a girl," she said. "Colleen still does. I've never paid for a sweet in that shop."

Town councillor Eric Penney said small stores like Matheson's were the heart of outport communities. He said council would recognise Ms Matheson at its next meeting for her contribution to the town, including the years she spent organising the annual Come Home Year festival.

Matheson said she planned to spend her retirement knitting, gardening and visiting her sister in Halifax. But she admitted she would probably still drop in most mornings.

"Ryan says I can have a stool by the stove," ⟦flip:he|she⟧ said. "I'll be the one telling everyone how it used to be done."

Ryan said that sounded about right. "She'll be running the place from that stool by Christmas," he said."""),

dict(title="Brigade captain honoured for saving Mount Wirra township", person="Mick Lanigan", gender="m", text="""The captain of the Mount Wirra Rural Fire Brigade, Mick Lanigan, has been awarded the state's highest volunteer bravery honour for his role in defending the township during last summer's Yallambee Creek fire.

Mr Lanigan, 63, a sheep and wheat farmer, led a crew of nine volunteers who held the fire front at the edge of town for almost four hours on January 14, when winds gusting to 90km/h pushed the blaze toward 60 homes.

No houses were lost. Incident controller Joanne Ferris said the outcome would have been very different without Lanigan's local knowledge.

"Mick knew every fence line and every dam on that side of town," she said. "When the radio went down, ⟦flip:she|he⟧ just kept working with what he had."

Among the crew that day was his daughter, Bec Lanigan, 29, who has been a volunteer with the brigade since she was 16. She said her father had stayed calm even as embers fell around the tanker.

"He kept talking to us, telling us where to go, telling us when to pull back," she said. "I've never been prouder of ⟦flip:her|him⟧, and I've never been more scared."

Resident Alan Greig, whose house on Ridge Road backs onto bushland, said he had evacuated with his wife and two dogs that morning, expecting to come home to ashes.

"When we drove back in and saw the house standing, I sat in the car and cried," Mr Greig said. "I went round to Mick's the next day with a carton of beer. He wouldn't take it. Said to give it to the brigade."

Councillor Tanya Holt, who nominated Lanigan for the award, said his leadership reflected decades of quiet work, including running training nights every Wednesday for more than 30 years.

"Mick is not one for speeches," she said. "When I rang to tell him about the award, there was a long silence and then ⟦flip:she|he⟧ asked if Bec could accept it instead."

Lanigan, who received the medal at a ceremony at Government House on Thursday, said the honour belonged to the whole crew. "I was just the bloke with the radio that didn't work," he said.

He said he would step down as captain at the brigade's annual meeting in July, and that he hoped a younger member would take over.

Asked whether that might be his daughter, Lanigan smiled. "She'd be better at it than me," he said."""),
]
