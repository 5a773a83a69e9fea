ARTICLES = [
dict(title="Frost-tolerant chickpea could extend growing season, researchers say", text="""Researchers at the Darling Downs Cropping Centre say a new chickpea line bred from a wild Turkish relative can survive frosts that would wipe out existing commercial varieties, potentially opening up colder districts to the crop.

Plant geneticist Dr Helena Sorrell, who led the five-year breeding program, said the line had survived overnight temperatures of minus five degrees at flowering in field trials near Pittsworth Ridge last winter.

"Frost at flowering is the single biggest risk for chickpea growers in southern Queensland and northern New South Wales," she said. "In a bad year it can take out half the crop in one night."

Her colleague, agronomist Dr Matthew Odhiambo, managed the field trials. He said the team had been cautious about the early results. "The first year we thought it might be a fluke," he said. "The second year we had a worse frost and the line still set pods. That's when Helena started smiling."

"I don't smile at data," Dr Sorrell said. "I check it three times."

"She checks it three times and then she smiles," Dr Odhiambo said.

The wild relative, collected from the mountains of south-eastern Turkey in the 1970s, had been sitting in a seed bank in Horsham for decades. Dr Sorrell said she found it while searching the collection's records for plants from high-altitude sites.

Grower Rob Kinnane, who hosted one of the trial sites on his property at Cecil Flat, said his neighbours had been watching with interest. "We stopped growing chickpeas here fifteen years ago because of frost," he said. "If this works, a lot of us will be back in."

His wife, Andrea Kinnane, who manages the farm's marketing, said chickpeas had been one of the most profitable winter crops before the run of frosty seasons. "We'd love to have them back in the rotation," she said. "They're good for the soil and the prices have been strong."

Dr Odhiambo said the line still had to be crossed with commercial varieties to improve yield and disease resistance, a process that would take at least another four years.

Dr Sorrell agreed. "We're not there yet," she said. "But for the first time, I think we know where we're going."

The research is funded by the Grains Research and Development Corporation. The team will present its findings at a grower field day at the Kinnanes' property in August."""),

dict(title="Woman charged after elderly neighbour's savings vanish", text="""A 44-year-old woman has been charged with fraud after police allege she drained more than $60,000 from the bank account of her elderly neighbour in Kooringa Bay.

Detective Sergeant Fiona Galbraith said the 87-year-old victim, a widower who lives alone, had given the woman access to his online banking to help him pay bills after he broke his hip last year.

"This is a man who trusted someone living next door," Det Sgt Galbraith said. "He thought she was doing him a kindness. We allege she was taking advantage of him from the very first week."

Police will allege the woman made more than 200 transfers from the man's account into her own and her partner's accounts between March and November. The victim's daughter, who lives in Perth, noticed the withdrawals when she was helping her father prepare his tax return.

The daughter, Carolyn Pike, said her father had been devastated. "He's a proud man. He was a bank manager for thirty years, which is the irony of it," Ms Pike said. "He kept saying he should have known. I told him it wasn't his fault."

Det Sgt Galbraith said the woman's 46-year-old male partner had also been interviewed but had not been charged. She said investigations were continuing.

The woman appeared in Kooringa Bay Local Court on Monday. Her lawyer, Mark Delahunty, did not apply for bail, and she was remanded in custody to reappear next month. Magistrate Julie Tse ordered that she have no contact with the victim.

The victim's neighbour on the other side, retired nurse Gwen Arbuckle, said the street was in shock. "We've all been in and out of each other's houses for years," she said. "I used to see her taking his bins out and I thought, isn't that lovely."

Mrs Arbuckle's husband, Len, said he had been helping the older man with his garden on weekends. "He never said a word about money," Mr Arbuckle said. "He wouldn't want to be a bother."

Det Sgt Galbraith urged families to keep an eye on the finances of older relatives, particularly those who had recently been unwell or bereaved. She said financial abuse of older people was significantly under-reported.

"Often the victim is embarrassed, or they don't want to get someone they know into trouble," she said. "If you have concerns, please ring us. We'd much rather investigate something that turns out to be nothing."

Ms Pike said her father had moved into a retirement village near her home in Perth. "He's doing better," she said. "He's already joined the bowls club.\""""),

dict(title="Folk duo Wren and Coyle return to the Tamarind Hall where it all began", text="""Twenty years ago, Maddie Wren and Tom Coyle played their first gig together to eleven people and a dog at the Tamarind Hall, a weatherboard community hall on a dirt road outside Mullumbar. On Saturday night, they came back to play it again, this time to a sold-out crowd of 200.

The duo, who married in 2008, have released seven albums and toured Canada, Ireland and the United States. Their 2016 album, Saltbush, won the ARIA award for best folk album.

"We drove past this hall about a year ago and Tom just pulled over," Wren said before the show. "We sat in the car and he said, 'We should come back.' I said, 'Nobody will come.' He said, 'The dog might.'"

"The dog is sadly no longer with us," Coyle said. "But his nephew turned up tonight, so I consider that a win."

Wren, who grew up on a banana farm in the hills, writes most of the duo's lyrics. Coyle, the son of a Newcastle boilermaker, writes most of the melodies. Asked how they divided the work, they disagreed.

"I write the words and Tom makes them sound better than they are," she said.

"She writes the songs and I hum along," he said. "That's the honest version."

The hall's committee, led by president Barbara Hynes, spent two months preparing for the concert. She said the committee had fixed the roof, replaced the floorboards near the stage and borrowed 150 chairs from the local school.

"Maddie and Tom rang me personally to ask if they could come back," Mrs Hynes said. "I nearly dropped the phone. I remember them from the first time. She had a borrowed guitar and he had a tambourine with half the bells missing."

Local farmer Ken Bassett, who attended that first gig in 2004, was in the front row again on Saturday. He said he had seen the pair perform eleven times since. "They were good then, and they're better now," Mr Bassett said. "I'll keep coming until one of us drops."

The couple's teenage son, Finn Coyle, played fiddle on three songs. Wren said it was the first time he had performed with them in public. "He was more nervous than we were the first time," she said. "Then again, he's not playing to eleven people and a dog."

Proceeds from the concert will go towards the hall's new kitchen. Coyle said the couple planned to make the Tamarind Hall show an annual event. "As long as Barbara will have us," he said."""),

dict(title="Brother and sister brewers put Dunnart Creek on the craft beer map", text="""When Ben and Lucy Harcourt told their parents they were going to turn the family's old shearing shed into a brewery, their father asked if they had been drinking.

"I said not yet," Lucy Harcourt said. "That was sort of the point."

Four years later, Harcourt Siblings Brewing employs eleven people, sells its beer in 160 venues across Victoria and last month won a gold medal at the national independent beer awards for its wheat beer, Shearer's Daughter.

Ben, 35, is the head brewer. He trained in Germany for two years after studying chemistry. Lucy, 32, runs the business side and the taproom, which is open Thursday to Sunday and draws visitors from as far away as Melbourne.

"Ben's the scientist and I'm the one who makes sure we get paid," Lucy said. "He'd happily spend all day tinkering with a recipe. I'm the one who reminds him we have bills."

"She says that like it's a criticism," Ben said. "I think it's a compliment."

The siblings grew up on the family's sheep property outside Dunnart Creek. Their parents, Ian and Carol Harcourt, still run the farm, and the brewery uses barley grown on the property for two of its beers.

Carol Harcourt said she had been worried about the pair going into business together. "They fought like cats and dogs as kids," she said. "Ben once locked Lucy in the chook shed for an afternoon. I thought they'd kill each other."

"I've forgiven him," Lucy said. "Mostly."

Ian Harcourt said the brewery had given the town a lift. "On a Saturday afternoon you'll see people in the taproom who'd never have come to Dunnart Creek otherwise," he said. "The pub's busier too. Everybody wins."

Local publican Sharon McGill, who stocks three of the Harcourts' beers, agreed. She said the siblings had been careful not to compete with her. "They close the taproom at seven and send everyone down to me for dinner," she said. "I couldn't ask for better neighbours."

The siblings are now planning an expansion that will triple their brewing capacity. Lucy said they had secured a $400,000 loan and a small state grant.

Ben said he was already working on a new recipe for the expansion's launch. He would not say what it was. "Lucy will find out when everyone else does," he said.

"I'll find out tonight," his sister said. "He can't keep a secret to save his life.\""""),

dict(title="Port Ellery swimmers take out country championships relay", text="""A mixed relay team from the Port Ellery Amateur Swimming Club has won the 4x50m freestyle at the state country championships, the club's first relay title in more than twenty years.

The team of Ruby Tanaka, Josh Whitely, Amelia Grant and Noah Barzani, all aged between 15 and 17, touched out a team from Warrnambool Heights by four hundredths of a second in the final at the aquatic centre in Ballarat on Sunday.

Tanaka swam the opening leg and handed over in third place. "I just tried to keep us in it," she said. "I could see the other girls pulling away and I thought, no, not today."

Whitely, who swam second, pulled the team into the lead with the fastest split of the race. He said he had been sick with a cold for most of the week. "Coach said I could pull out if I wanted," he said. "I said I'd rather drown."

Grant swam the third leg and held the lead, before handing over to Barzani, who was caught on the final turn but held on at the wall. He said he had not realised they had won until he saw his teammates jumping on the pool deck.

"I couldn't see the board without my glasses," Barzani said. "I just heard Amelia screaming and figured it was good news."

Grant confirmed that she had been the one screaming. "I lost my voice," she said. "I still haven't got it back properly."

Coach Deborah Fenwick, who has run the Port Ellery club for 17 years, said the win was particularly satisfying because the club trains in a 25-metre outdoor pool that closes from May to September. During winter, the swimmers drive an hour each way to train indoors three times a week.

"These kids have given up a lot," Ms Fenwick said. "Their parents have given up even more. The petrol bills alone would scare you."

Noah's father, Sami Barzani, drives four of the swimmers to training each Tuesday and Thursday. He said the win had made every early start worthwhile. "I've been to a lot of swim meets where we came seventh," he said. "This one I will remember."

Club president Lisa Whitely, Josh's mother, said the club would hold a celebration barbecue on Saturday. She said the win would help the club's campaign for an indoor pool in Port Ellery.

"We have the talent," she said. "What we don't have is a roof."

The four swimmers will compete at the state open championships in Melbourne next month."""),

dict(title="Canola growers count cost of dry spring across southern Saskatchewan", text="""Canola growers across southern Saskatchewan are bracing for yields well below average after the driest spring in more than twenty years, with some farmers saying they may not cover their input costs.

At Brennan Lake, about 90 kilometres southwest of Regina, Doug and Leanne Kowalczyk farm 1,600 hectares of canola, wheat and lentils. They say their canola crop is the thinnest they have seen since they took over the farm from Doug's parents in 1998.

"Some of those fields look like somebody went over them with a lawnmower," Doug Kowalczyk said. "We'll take it off, but I'd be surprised if we get half of what we grew last year."

Leanne Kowalczyk, who handles the farm's marketing and accounts, said the bigger worry was the cost of fertiliser and fuel. "We spent more putting this crop in than we've ever spent," she said. "If we get half a crop at today's prices, we're going backwards."

Her husband said the couple had crop insurance, which would cover some of the loss, but that it would not make them whole. "Insurance keeps you in business," he said. "It doesn't make you money."

Provincial crop specialist Dr Anita Reimer said conditions varied widely across the region, with some areas receiving timely rain in late June. She said early estimates suggested provincial canola yields could be down 25 to 35 per cent.

"Farmers in the southwest have had a really tough year," Dr Reimer said. "The crops that got a rain at flowering look reasonable. The ones that didn't are really struggling."

Local seed dealer Marcel Fontaine said he had been fielding calls from anxious growers for weeks. He said many were already thinking about next year. "People are asking about drought-tolerant varieties, about cutting back on canola and putting in more peas," Mr Fontaine said. "Farmers are always planning the next crop, even in a bad year."

The Kowalczyks' daughter, Emily, 22, is finishing an agriculture degree at the University of Saskatchewan and plans to come home to farm. She said the dry year had not put her off.

"Mom and Dad have had bad years before," she said. "Dad always says the farm doesn't care how you feel about it, it just keeps asking for work."

Her mother laughed at that. "He says that every time it doesn't rain," Leanne said. "He's been saying it since 1998."

The Kowalczyks expect to start harvesting their canola in the last week of August."""),

dict(title="Magistrate spares grieving mother conviction over drink-driving", text="""A Tamworth Flats magistrate has declined to record a conviction against a mother of two who was caught drink-driving the night after her son's funeral, describing the circumstances as "about as exceptional as this court sees".

Rachel Donnegan, 41, pleaded guilty in Tamworth Flats Local Court to mid-range drink-driving after she was stopped at a random breath test on the New England Highway in October with a reading of 0.098.

Her solicitor, Andrew Foley, told the court his client had buried her 19-year-old son, Jake, the previous afternoon after he was killed in a motorcycle accident. He said she had been drinking at a family gathering and had driven to the cemetery late at night because she "could not bear for him to be alone there".

"She is not offering this as an excuse," Mr Foley said. "She knows what she did was dangerous, and she knows better than anyone what a road crash does to a family. But I ask Your Honour to understand the state she was in."

Mr Foley said Ms Donnegan had no criminal history, had surrendered her licence on the night and had since completed a traffic offenders program. He said she was the primary carer for her 12-year-old daughter and relied on her car to get to work as a disability support worker in a town with no public transport.

He tendered references from her employer and from her brother, Shane Donnegan, who described her as "the most responsible person in our family".

Police prosecutor Sergeant Megan Cross said the Crown acknowledged the tragic circumstances but submitted that a conviction was warranted because of the reading. She said the offender had driven almost eight kilometres before she was stopped.

Magistrate Graham Webb said he had considered the matter carefully. "The law does not excuse drink-driving because a person is grieving," he said. "But the law does allow the court to take into account the circumstances of the offence and of the offender. I have rarely seen circumstances like these."

He placed Ms Donnegan on a 12-month conditional release order without conviction and disqualified her from driving for three months, the minimum period.

Outside court, Mr Foley said his client was grateful for the magistrate's decision and did not wish to comment. Her brother said the family was relieved.

"Rachel's been through hell," Mr Donnegan said. "She'd be the first one to say she shouldn't have been behind the wheel. She just wants to look after her daughter now.\""""),

dict(title="Newcomer Jordan Whitebird wins seat on Red Willow school board", text="""Jordan Whitebird, a 29-year-old welder and father of two, has won a seat on the Red Willow School Division board, unseating a trustee who had held the ward for sixteen years.

Whitebird won the Ward 3 seat by 211 votes over incumbent trustee Leonard Haas in Monday's municipal and school board elections. Turnout in the ward was 38 per cent, up from 22 per cent at the last election.

"I honestly didn't think I had a chance," Whitebird said at his campaign gathering at the Birch Creek community hall. "I ran because I kept going to meetings about the school bus routes and nobody seemed to be listening. So I figured I'd try sitting on the other side of the table."

His campaign focused on bus routes, which he said forced some children in the rural parts of the ward to spend more than two hours a day travelling. His own children, aged six and nine, ride the bus for 70 minutes each way.

Whitebird's wife, Shayla Whitebird, a licensed practical nurse, ran the campaign from their kitchen table. She said her husband had knocked on about 900 doors over six weeks, mostly in the evenings after work.

"He'd come home from the shop, eat dinner standing up and go straight back out," she said. "I thought he was crazy. Now I think he was right."

Haas, a retired accountant, congratulated his opponent in a statement. He said he was proud of his record on the board, including the construction of a new school in Red Willow in 2019. "Mr Whitebird ran a strong campaign," Haas said. "I wish him well. He'll find out it's harder than it looks."

Board chair Monique Lavallee said she looked forward to working with the new trustee. She said bus routes were a concern across the division and that the board had already begun a review.

"Jordan brings a parent's perspective that we need," Ms Lavallee said. "He's going to push us, and that's fine."

Elsewhere in the division, trustees Patricia Okemaw and Dale Friesen were re-elected by acclamation. Trustee Jordan Meyers, who represents Ward 5, was also returned unopposed.

Whitebird's mother, Bernice, who attended the celebration with several of his aunts, said she had always known her son would end up in public life. "He argued with his teachers from kindergarten on," she said. "Now they'll have to listen to him."

The new board will be sworn in on November 18."""),

dict(title="Vale Jack Tierney, boxing coach who gave Gympie Creek kids a second chance", text="""Jack Tierney, who ran a boxing gym in a converted butter factory in Gympie Creek for more than forty years and was credited with keeping hundreds of teenagers out of trouble, has died aged 84.

Born in Brisbane in 1940, Mr Tierney boxed as a lightweight and won a state title in 1963. He moved to Gympie Creek in 1971 to work at the timber mill and opened the Tierney Boxing Club in the old factory two years later with a borrowed heavy bag and a set of second-hand gloves.

His wife of 58 years, Maureen Tierney, said he had never charged a child who could not afford it. "Half the kids in that gym didn't pay a cent," she said. "Jack would say, 'You can pay me when you're famous.' Most of them never got famous, but a lot of them came back to pay him anyway."

Among those was Darren Ferris, who started at the gym at 14 after being expelled from school. He went on to represent Australia at the Commonwealth Games and now runs a youth program in Townsville.

"Jack saved my life. I'm not exaggerating," Mr Ferris said. "He picked me up from the police station twice and drove me to the gym instead of home. He told me I could keep getting into fights on the street or I could learn to do it properly. I picked properly."

Mr Tierney was also an early supporter of girls' boxing, opening the gym to young women in the 1980s when many clubs would not. His daughter, Karen Tierney-Walsh, was one of the first girls to train there.

"Dad didn't see any reason why I shouldn't box," she said. "Some of the other coaches thought he was mad. He told them to come and spar with me."

Former Queensland amateur champion Shona McBride, who trained under Mr Tierney in the 1990s, said he had treated the girls and boys exactly the same. "He was just as hard on us and just as kind," she said. "He believed in us before anyone else did."

Mr Tierney received the Medal of the Order of Australia in 2010 for service to youth through sport. He kept coaching until 2019, when a stroke forced him to step back. His son, Michael Tierney, now runs the gym.

"Dad came in every week until a couple of months ago," Michael said. "He'd sit in his chair in the corner and yell at the kids about their footwork. They loved it."

Mr Tierney is survived by Maureen, their children Karen, Michael and Paula, nine grandchildren and three great-grandchildren. His funeral will be held at St Patrick's Church, Gympie Creek, on Tuesday."""),

dict(title="Lorraine Dwyer has driven three million kilometres and she's not finished yet", text="""Lorraine Dwyer climbed into the cab of a truck for the first time in 1982, when she was 19 and her father had broken his leg at the start of the grain harvest.

"Dad couldn't drive, and there was nobody else," she said. "He sat in the passenger seat with his leg in plaster and told me what to do. By the end of the week I was better at reversing into the silo than he was."

More than four decades later, Dwyer has driven an estimated three million kilometres on the highways of Western Australia and the Northern Territory, hauling everything from wheat and livestock to mining equipment. This month she was inducted into the National Road Transport Hall of Fame at Alice Springs.

"I didn't think they'd have room for me," she said. "All those famous old blokes in there, and now me."

Dwyer grew up on a wheat farm near Dalwallinu Flats, the second of four children. Her father, Jim Dwyer, drove trucks during the off-season to make ends meet. He died in 2011, but her mother, Joyce, now 88, still lives in the district and follows her daughter's trips on a map on the kitchen wall.

"She marks every town I ring her from," Dwyer said. "I think she's got more pins in that map than anyone in the state."

In the 1980s, women truck drivers were rare. Dwyer said she faced plenty of scepticism, but also support from unexpected places. Veteran road train driver Col Pritchard, who died in 2015, took her under his wing when she started driving doubles in 1988.

"Col told me the road doesn't care if you're a man or a woman, it only cares whether you're paying attention," she said. "He was right about that."

Her younger brother, Peter Dwyer, also became a truck driver and now runs a small transport company in Geraldton. He said his sister was the best driver in the family.

"Lorraine can back a triple road train into a space I wouldn't put a ute in," he said. "I've never told her that, mind you."

Dwyer now drives for a livestock carrier based in Katherine. Her boss, Kerrie Olsen, said she was one of the most reliable drivers the company had ever employed.

"She's never missed a load," Ms Olsen said. "And the young ones listen to her, which is more than they do for me."

Dwyer said she had no plans to retire. "People ask when I'm going to stop," she said. "I tell them when the road gets boring. It hasn't yet.\""""),

dict(title="Male nurse Ethan Brooks wins rural health award", text="""When Ethan Brooks told his family he wanted to be a nurse, his grandfather asked whether there had been some mistake with his university application.

"He said, 'Don't you mean doctor?'" Mr Brooks said. "I said no, I meant nurse. He didn't talk to me for a week. Then he came into hospital with pneumonia and I looked after him, and he never mentioned it again."

Twelve years later, Mr Brooks, 34, has been named the state's rural nurse of the year for his work establishing a mobile heart health clinic in the Goldfields region.

The clinic, which operates out of a converted caravan, has travelled more than 40,000 kilometres to 23 towns since 2021, screening more than 3,000 people for heart disease, diabetes and high blood pressure.

Dr Priya Raman, a cardiologist at Kalgoorlie Regional Hospital who helped design the program, said Mr Brooks had driven the project from the start. "Ethan came to me with a napkin drawing of a caravan and a list of towns," she said. "I thought he was dreaming. Three years later, we've picked up dozens of people with serious heart conditions who would never have seen a specialist."

She said the clinic had changed how the hospital thought about rural patients. "He showed us that if people won't come to the hospital, the hospital can go to them," she said.

One of those patients is Marjorie Hollis, 71, of Menzies Well. She said Mr Brooks had noticed an irregular heartbeat during a routine check at the town's community hall in 2022. She was flown to Perth and fitted with a pacemaker a week later.

"I thought I was just tired," Mrs Hollis said. "If that young man hadn't come to town, I don't think I'd be here. He checks on me every time the caravan comes through."

Mr Brooks works alongside fellow nurse Tania Everett, who drives the caravan on alternate weeks. She said he was modest about the award. "He'll tell you it was a team effort," Ms Everett said. "It was, but he's the one who wouldn't take no for an answer."

Mr Brooks said the award came with a $15,000 grant, which he planned to use for a second caravan to cover the Pilbara.

His mother, Susan Brooks, travelled from Esperance for the ceremony in Perth. She said her son had always been a carer. "When he was eight he ran a hospital for injured lizards in the garden shed," she said. "I suppose we should have seen it coming."

Mr Brooks said his grandfather, now 89, had rung to congratulate him. "He said he'd always known I'd be a good nurse," he said. "I let that one go.\""""),

dict(title="Referee Kayla Morin makes history at Eastern Junior Hockey League final", text="""When the puck dropped for Game 7 of the Eastern Junior Hockey League final in Riviere-Noire on Sunday night, Kayla Morin became the first woman to referee a championship game in the league's 52-year history.

Morin, 31, a schoolteacher from Cap-Saint-Luc, has been officiating men's junior hockey for six seasons. She worked the game alongside veteran referee Luc Gagnon, with linesmen Patrick Roy-Dube and Marc Tessier.

"I tried not to think about it too much," Morin said afterwards. "Once the puck drops, it's just a hockey game. I've got a job to do and so do the players."

The Riviere-Noire Voltigeurs beat the Baie-Claire Marins 3-2 in overtime to win the title. Voltigeurs captain Alexandre Poulin scored the winning goal 7:14 into the extra period.

Poulin said he had not given the referee's gender a second thought. "She's a good ref, she calls a fair game, and she lets us play," he said. "That's all we want from any referee."

Gagnon, who has refereed in the league for 22 years, said he had requested to work the final with Morin. "Kayla is one of the best officials in this league, full stop," he said. "I've worked with her many times. She sees the game very well and she's not afraid to make a tough call."

Morin made one of those calls late in the third period, sending off a Marins defenceman for tripping with the score tied at 2-2. Marins coach Robert Lachance was unhappy with the penalty, but said afterwards he had no complaints about the officiating overall.

"I didn't like that call. I'd say the same to any referee," Lachance said. "But she had a good game. She was in position all night."

Morin's mother, Josee Morin, was in the stands with Kayla's younger brother, Mathieu. She said her daughter had been refereeing since she was 14, starting with atom games at the local arena.

"She used to come home and tell me about the fathers yelling at her from the stands," Mrs Morin said. "I told her, if you can handle those fathers, you can handle anything."

League commissioner Sylvie Bergeron said Morin's selection had been based purely on her performance ratings during the season. "She earned this," Ms Bergeron said. "It's not a gesture. It's a reward."

Morin said she hoped more young women would take up officiating. "There are girls in minor hockey right now who could be doing this in ten years," she said. "I'd love to see that."

She said she would return to her grade five class on Monday morning. "My students have already told me they watched the game," she said. "I expect to be marked on my performance.\""""),

dict(title="Beekeeper Gemma Tran on queens, varroa and the honey harvest", text="""Gemma Tran keeps 340 hives across the river flats and stringybark forests around Wollomombi Creek. Her business, Tran's Bush Honey, supplies delicatessens from Brisbane to Melbourne. She spoke to us as the spring honey flow began.

Q: How did you get into bees?

A: My grandfather kept a few hives behind his house in Cabramatta when I was growing up. He'd give me a bit of comb to chew on and tell me stories about his father's bees in Vietnam. When he died, I inherited his two hives and a smoker that didn't work. That was fifteen years ago.

Q: What's the most important thing in a hive?

A: The queen, without question. She lays up to 2,000 eggs a day in a good season. If she's failing, the whole colony goes downhill quickly. I check every queen at least twice a season, and when she starts to slow down, I replace her.

Q: Varroa mite has been detected in New South Wales. How worried are you?

A: Very. It's the biggest threat Australian beekeeping has ever faced. My partner, Josh, works for the state agriculture department on the response, so I hear about it at the dinner table every night. He's been working sixty-hour weeks since it was first found.

Q: What are you doing to prepare?

A: Monitoring constantly, keeping my gear clean, and talking to other beekeepers. There's a group of us who meet once a month at the pub in Wollomombi Creek. Old Reg Foley has kept bees for sixty years, and he says he's never been as nervous as he is now. When Reg is nervous, I'm nervous.

Q: Do you get stung much?

A: About five times a week. My mum, Linh, still winces every time she sees a swollen hand. She helps with the extracting in summer, and she insists on wearing a full suit even when she's nowhere near the hives.

Q: What's your favourite honey?

A: Yellow box. It's pale and buttery and it never crystallises. My brother, Danny, prefers the dark stringybark, which tastes a bit like molasses. He says mine is for people who don't actually like honey. We've been having that argument for years.

Q: What would you tell someone thinking about keeping bees?

A: Join a club first. Find an experienced beekeeper and work alongside them for a season. Bees are fascinating, but they're livestock, and they need proper care. And buy a good veil. You only make that mistake once."""),
]
