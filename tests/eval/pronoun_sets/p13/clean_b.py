ARTICLES = [
dict(title="Holloway's gamble pays off as Larrikin takes Hobart line honours", text="""
Skipper Megan Holloway has guided the 100-foot supermaxi Larrikin to line honours in the Sydney to Hobart yacht race, crossing the finish on the Derwent shortly after 2am on Wednesday.

Larrikin finished in one day, 13 hours and 47 minutes, beating her great rival, Southern Maverick, by just under 40 minutes after a tense final night in which the lead changed hands twice.

Holloway, 44, is the first woman to skipper a line honours winner in the race's 79-year history. She took a bold decision on the second afternoon to head further offshore than the rest of the fleet in search of stronger winds, a call her navigator, Tom Lindqvist, described as "either genius or madness".

"It was a bit of both," Holloway said on the dock at Constitution Dock, where hundreds of spectators had waited through the night. "Tom and I argued about it for an hour. In the end he said, 'It's your boat, you decide.' So I did."

Lindqvist, a veteran of 22 Hobarts, said the crew had been nervous as they lost sight of the other boats. "We couldn't see anybody for about eight hours," he said. "I kept checking the tracker, and at one point I thought she'd blown it. Then the breeze filled in and the boat just took off."

Larrikin's owner, Sydney businessman Mr Peter Varga, said he had never doubted his skipper. "Megan knows this boat better than anyone alive," he said. "She's a thoroughbred, and Megan knows exactly how hard to push her."

Southern Maverick's skipper, Mr Dave Kellaway, congratulated the winners but said his own crew had been let down by a torn headsail in Bass Strait. "They sailed a smarter race than we did," he said.

Race director Ms Anna Kellett of the Cruising Yacht Club of Australia said the conditions had been among the toughest in recent years, with 14 of the 103 starters retiring.

The overall handicap winner will not be known for at least another day. Holloway, who was born in Hobart and learned to sail on the Derwent as a child, said winning in her home town made it "ten times sweeter".

"My dad's here somewhere," she said, scanning the crowd. "He'll be crying. He cries at everything."
"""),

dict(title="Inquest told cyclist was killed by lorry turning left", text="""
A cyclist died after being crushed by a lorry that turned left across her path at a busy junction in Bristol, an inquest has heard.

Dr Hannah Pryor, 34, a research scientist at the University of Bristol, was cycling to work along Temple Way on the morning of 7 March when the collision happened at the junction with Old Market Street.

Avon Coroners' Court heard that the lorry's driver, Mr Keith Dunmore, 58, had checked his mirrors but had not seen her in the vehicle's blind spot.

Giving evidence, Dunmore said he would never forgive himself. "I looked. I looked twice. I didn't see her," he said. "I think about her every day."

Police collision investigator PC Emma Rowlands said CCTV showed that Pryor had been in a marked cycle lane and was travelling at about 12mph. She said the lorry was fitted with an additional side mirror but not with a camera or sensor system.

"There was nothing Dr Pryor could reasonably have done to avoid the collision," PC Rowlands said.

Pryor's partner, Mr Ollie Grant, told the inquest she had been an experienced cyclist who rode to work every day. He described her as "brilliant, funny and completely fearless".

"She used to tell me that junction was a death trap," he said. "She wrote to the council about it twice."

Bristol City Council's head of highways, Mr Stuart Kempe, said a redesign of the junction had been approved in 2021 but delayed by funding pressures. He said work would now begin in the autumn.

Senior coroner Ms Maria Voisin recorded a conclusion of accidental death. She said she would write to the council and to the Department for Transport, urging them to act on the risks posed by large vehicles turning left at junctions with cycle lanes.

"Dr Pryor raised these concerns herself, in writing, before her death," Ms Voisin said. "That is something all of us should reflect on."

Dunmore, who has not driven a lorry since the crash, left the court without speaking to reporters. Outside, Grant said he hoped the junction would be fixed "before somebody else's family gets the knock on the door".
"""),

dict(title="Koalas rebound in bushfire-hit forests, study finds", text="""
Koala numbers in parts of northern New South Wales devastated by the 2019-20 Black Summer fires have recovered faster than expected, according to a five-year study by scientists at Southern Cross University.

The research team, led by ecologist Dr Rebecca Hanlon, used heat-seeking drones and trained detection dogs to survey 38 sites across the Richmond Valley and Clarence Valley between 2020 and 2024.

They found that koala density at sites that burned at moderate intensity had returned to roughly 80 per cent of pre-fire levels. At the most severely burned sites, however, numbers remained very low.

"It's a genuinely hopeful story, but it comes with a big asterisk," Dr Hanlon said. "Where the fire was extreme and the canopy was destroyed, the koalas simply aren't coming back, at least not yet."

Co-author Associate Professor Ben Rawlins, who designed the drone surveys, said the speed of the recovery had surprised the team. "We expected ten years, minimum," he said. "In some places they were back within three."

The team's detection dog, a springer spaniel named Tucker, located more than 200 koalas over the course of the project. His handler, Ms Jade Morton, said he had been "the hardest worker on the team by a mile".

"He'd go all day if you let him," she said. "He only stops for sausages."

Dr Hanlon said the findings, published in the journal Biological Conservation, showed that protecting unburnt patches of forest within fire zones was crucial. "Those little refuges are where the recovery starts," she said. "If we log them or clear them, we lose the seed for the whole landscape."

The state's Environment Minister, Ms Leonie Carr, said the government would consider the study as it finalised a new koala strategy.

Local landholder Mr Graham Feeney, whose property near Casino burned in November 2019, said he had started seeing koalas in his paddock trees again last spring.

"My wife spotted the first one. She was so excited she rang the whole street," he said. "We'd given up on them, to be honest."

The researchers plan to continue monitoring the sites until 2030.
"""),

dict(title="Married actors take on Macbeth in Stratford", text="""
When the Royal Shakespeare Company announced that its new Macbeth would star a married couple as the murderous thane and his wife, the jokes wrote themselves. Rehearsals, the couple say, have been less fraught than people imagine.

"Everyone asks if we bring it home," says Olivia Marsh, who plays Lady Macbeth. "The answer is no. Rory is much nicer to live with than Macbeth. He does the washing-up, for a start."

Rory Daniels, her husband of twelve years, laughs. "I'd like it noted that Olivia is much nicer to live with than Lady Macbeth as well," he says. "Marginally."

The couple met at drama school in Glasgow in 2006 and have appeared together on stage only twice before, most recently in a touring production of Private Lives in 2018. They have two children, aged eight and five, who have been told only that Mum and Dad are "in a play about a grumpy king".

The production is directed by Ms Priya Chandran, who says she cast them separately before realising they were married. "I saw Olivia's audition in the morning and Rory's in the afternoon, and I'd decided on both of them before my assistant pointed it out," she says. "It's turned out to be a gift. There's a shorthand between them that you can't rehearse."

Chandran, who became the RSC's associate director last year, has set the play in a crumbling Scottish hotel in the 1970s. She says she wanted to explore the marriage at the heart of the story. "People forget that the Macbeths are one of the few genuinely close couples in Shakespeare," she says. "They're partners in crime, literally."

Daniels admits the couple's real marriage has informed their performances. "There's a scene where she mocks him for being a coward, and Olivia knows exactly where to stick the knife, so to speak," he says. "She's had twelve years of practice."

Marsh, who won an Olivier award in 2021, says the hardest part has been childcare. Her mother, Sheila, has moved into the family's rented cottage near Stratford for the run.

"She's the real hero of this production," Marsh says. "She should be in the programme."

Macbeth is at the Royal Shakespeare Theatre until 14 September.
"""),

dict(title="Durham captain quits amid boardroom row", text="""
Durham captain Scott Hewison has resigned with immediate effect, citing a breakdown in his relationship with the county's board, just three games into the County Championship season.

The 33-year-old batter, who led the side to promotion in 2022, said in a statement that he could "no longer lead the team with the full confidence and support the role requires". He will remain at the club as a player.

His departure follows a turbulent winter in which the county's head coach, Mr Ryan Fairley, left for a job in Australia and the board cut the playing budget by 12 per cent.

Durham chair Mrs Helen Richardson said she was disappointed but respected his decision. "Scott has been a wonderful servant to this club, and I hope he will continue to be for many years," she said. "We have had disagreements, as any board and captain do, but I am sorry it has come to this."

Mrs Richardson, a former chief executive of Newcastle Building Society, took over as chair last autumn. She has said the county must become financially sustainable after several years of losses.

Senior players are understood to have been unhappy about the decision to release three experienced bowlers at the end of last season. Fast bowler Matty Lowther said in a social media post that he was "gutted" by the news.

The club's director of cricket, Ms Marnie North-Williams, will take temporary charge of team affairs, and wicketkeeper Ollie Pattinson has been appointed acting captain.

Ms North-Williams, who joined the club from Cricket Australia in January, said she was confident the squad would pull together. "These are proud cricketers and they'll want to respond," she said. "I've spoken to Ollie and he's ready for it."

Former England captain Sir Graham Tindall, a Durham member, said the club's problems ran deeper than one resignation. "You can't keep cutting and expect the players to stay happy," he said. "Somebody has to explain to the members what the plan is."

Durham travel to Worcester for their next championship match on Friday.
"""),

dict(title="Vicar and WI join forces to save village hall", text="""
A vicar and the president of a Women's Institute have joined forces in a last-ditch campaign to save a 120-year-old village hall in rural Shropshire from closure.

The Reverend Simon Ashby, rector of the Clun Valley benefice, and Mrs Pauline Dovey, president of Bishop's Castle WI, say the hall at Lydbury North is the only community space for miles and must be kept open "whatever it takes".

The hall needs a new roof, new wiring and disabled toilets at an estimated cost of £185,000. Its trustees warned in January that it would close in the summer unless the money could be found.

"This is where we have christening parties and wakes, harvest suppers and the toddler group," Mr Ashby said. "If it goes, the village loses its front room."

Mrs Dovey, 74, has organised a sponsored walk, a cake auction and a calendar featuring members of the WI posing with vintage tractors. She said the calendar had already sold 1,200 copies.

"We're not quite Calendar Girls," she said. "We kept our cardigans on. But people seem to like it."

The hall's trustees are chaired by Mr Derek Morgan, a retired farmer, who said the response had astonished them. "We've raised £72,000 in four months," he said. "That's from a village of 400 people. I've never seen anything like it."

The campaign has also attracted support from the local MP, Mrs Fiona Morgan, who is no relation. She said she had written to the National Lottery Heritage Fund urging it to look favourably on the hall's application for a grant.

Mrs Dovey's husband, Gerald, has been roped in as chief cake-taster. "He says it's the hardest job he's ever had," she said. "I don't believe a word of it."

Mr Ashby, whose own wife, the Reverend Claire Ashby, is vicar of a neighbouring parish, said the campaign had brought the community together in a way he had not seen since the foot-and-mouth crisis of 2001.

A decision on the lottery grant is expected in July. The next fundraising event, a barn dance, will be held at Lower Down Farm on 18 May.
"""),

dict(title="Mother and son fight to keep family farm afloat through drought", text="""
On a bare, dusty paddock outside Walgett, Joanne Kirby and her son, Lachlan, are hand-feeding the last 300 head of their breeding herd. The creek has been dry for eleven months and the feed bill is running at $9,000 a week.

"We've sold two-thirds of the cattle already," Joanne says. "These are the best of the genetics. If we lose these, we lose forty years of work."

The Kirbys have farmed the 4,000-hectare property, Wirrabilla, since Joanne's late husband, Ross, bought it in 1984. Ross died of a heart attack in 2019, and Lachlan, then 24, came home from his job as a diesel mechanic in Dubbo to help his mother run the place.

"I didn't really think about it," Lachlan says. "Mum couldn't do it on her own, and I wasn't going to let her sell. Dad would've come back and haunted me."

It has not been easy. The farm has had one good season in five, and the family has taken on a loan from the Rural Assistance Authority to cover costs.

Joanne says the hardest part is watching her son carry the weight. "He's out there at five every morning and he doesn't stop until dark," she says. "I worry about him. Young blokes out here don't talk about how they're feeling."

Lachlan shrugs when this is put to him. "I talk to the dog," he says.

Local rural financial counsellor Ms Deb Parnaby, who has been working with the family, said many farmers in the district were in a similar position. "People are exhausted, financially and emotionally," she said. "The Kirbys are tough, but everyone has a limit."

The state's Agriculture Minister, Ms Tessa Quinlan, visited Walgett last week and announced an extension of freight subsidies. Lachlan said the help was welcome but not enough.

Joanne's daughter, Emily, a nurse in Sydney, sends money home when she can. "She keeps telling me to sell up and move to the coast," Joanne says, smiling. "Maybe one day. Not while Lachlan wants to stay."

The Bureau of Meteorology is forecasting below-average rainfall for the next three months.
"""),

dict(title="Ron Baxter, rugby league hard man and publican, dies at 79", text="""
Ron Baxter, the Castleford and Great Britain loose forward who later became one of the best-loved publicans in West Yorkshire, has died aged 79.

He died at Pinderfields Hospital in Wakefield on Monday, his family said, after a long illness. His wife, Sheila, and their three daughters were with him.

Born in Airedale in 1945, the youngest of seven children of a miner, Baxter signed for Castleford in 1963 after being spotted playing for the pit team. He made 312 appearances for the club and won the Challenge Cup twice, in 1969 and 1970, as part of the side coached by the formidable Eric Shackleton.

He won eight caps for Great Britain and toured Australia in 1970, when the Lions famously won the Ashes.

Former teammate Keith Ramsden said Baxter was "the hardest man I ever played with, and the kindest off the field". He recalled that Baxter once played the second half of a cup tie with a broken wrist "and never mentioned it until the bath".

After retiring in 1976 he took over the Rising Sun in Whitwood with Sheila, who ran the kitchen and, by all accounts, the business. The pub became a magnet for rugby league players and fans, and its walls were covered with shirts and photographs donated by visiting players.

"Dad was the face of the place but Mum was the brains," said their eldest daughter, Julie Baxter. "He'd have given free pints to every Castleford fan in the county if she hadn't stopped him."

Sheila Baxter, 77, said her husband had remained devoted to the club until the end. "He made me promise to put his Castleford scarf in the coffin," she said. "I told him I'd think about it."

Castleford Tigers chief executive Mrs Joanne Holt said the club would hold a minute's applause before Sunday's home match. "Ron was part of the fabric of this club and this town," she said.

He is survived by his wife, his daughters, Julie, Karen and Lisa, nine grandchildren and two great-grandchildren.
"""),

dict(title="The Bristol siblings turning coffee grounds into garden gold", text="""
Every morning at seven, Ben and Freya Okafor set off around Bristol in a converted milk float, collecting bins of used coffee grounds from more than eighty cafés.

By the afternoon, the grounds are at their unit in St Philip's Marsh, being mixed with wood chip and mushroom spawn. Six weeks later they emerge as trays of oyster mushrooms, sold to restaurants across the city. The leftover material becomes compost for local allotments.

The siblings started Grounded four years ago with £5,000 of savings. Last year the business turned over £620,000 and it now employs eleven people.

"People thought we were mad," Freya says. "Our mum thought we'd joined a cult."

Ben, 31, studied biology at Cardiff and was working in a laboratory when he read about growing mushrooms on coffee waste. Freya, 28, had just finished an MBA and was looking for something to start.

"Ben had the science and I had the spreadsheets," she says. "He's the one who talks to the mushrooms. I talk to the bank."

Ben says his sister is being modest. "Freya's the reason we exist. I'd still be in my shed growing three mushrooms a week if she hadn't pushed me."

Their mother, Dr Adaeze Okafor, a paediatrician at Bristol Royal Hospital for Children, says she has long since stopped worrying. "I've been to the unit. It's very clean, and nobody has asked me to wear a robe," she says. "I'm very proud of them both."

The business has attracted support from high places. Chef Mr Tom Haverfield, who uses the mushrooms at his restaurants, says the quality is "as good as anything you'll get from France".

Freya says the aim is to open a second site in Cardiff next year. Ben would rather expand the range, and has been experimenting with lion's mane and king oyster varieties.

"We argue about it every day," Freya says. "That's how we know the business is healthy."

Asked whether working with a sibling is hard, Ben laughs. "She still treats me like her annoying older brother," he says. "Which I am."
"""),

dict(title="Premier rejects opposition call for stamp duty cut", text="""
Victorian Premier Ms Joanna Whitford has rejected an opposition call for an immediate cut to stamp duty for first-home buyers, saying the state could not afford to give up almost $1 billion a year in revenue.

Opposition Leader Mr Mark Cassar used a speech to the Property Council in Melbourne on Tuesday to promise that a Coalition government would abolish stamp duty on homes worth up to $1 million for first-home buyers.

"Young Victorians have been locked out of the housing market for too long," he said. "This government has taxed them, and taxed them, and taxed them again."

But the Premier said the policy was uncosted and would blow a hole in the budget. "The opposition leader is very good at promising tax cuts. He is much less good at explaining how he'll pay for them," Ms Whitford told reporters at a housing site in Werribee. "Will he cut hospitals? Will he cut schools? He should tell people."

Treasurer Mr Tim Hollis backed the Premier, saying the state's finances were under pressure from high interest rates and infrastructure costs. He said the government's existing concessions already saved first-home buyers up to $31,000.

Property Council Victorian executive director Ms Kate Lindsay said the industry supported stamp duty reform but wanted bipartisan agreement. "Both sides agree the current system is broken," she said. "We'd like them to stop arguing and fix it."

Housing advocate Ms Sarah Toohey, whose group represents renters, said neither party's plan addressed the real problem. "You can tinker with taxes all you like, but until we build far more homes, prices will keep rising," she said.

Mr Cassar said he would release costings before the election. Asked if he would cut public service jobs to fund the policy, he said he would "find savings from waste, not from nurses and teachers".

The Premier, who faces her first election as leader in November, has made housing supply a central plank of her government's agenda. She said a further 12,000 homes would be released in Melbourne's west by the end of the year.
"""),

dict(title="Festival headliners reunite after 20 years apart", text="""
After two decades of silence, Glasgow indie band The Lamplighters will reunite to headline the final night of TRNSMT festival in July, the organisers have confirmed.

The four-piece, fronted by singer Kirsty Dunlop and guitarist Iain McLeish, split acrimoniously in 2004 after their third album flopped. Dunlop went on to a solo career and later became a music teacher in Paisley, while McLeish moved to Berlin and worked as a producer.

"We hadn't spoken for fifteen years," Dunlop said. "Then Iain's mum died and I went to the funeral, and afterwards we went for a pint and just laughed for three hours. It was like nothing had happened."

McLeish said the reunion had been his bandmate's idea. "Kirsty phoned me out of the blue last summer and said, 'Are we doing this or not?' I said I'd think about it. She said I had until the end of the phone call."

Bassist Rab Currie, now a plumber in Motherwell, and drummer Lorna Shields, who runs a yoga studio in Edinburgh, have also signed up. Shields said she had to buy a new drum kit because she had given her old one to her nephew.

"I've been practising in the garage every night," she said. "The neighbours are delighted, as you can imagine."

Festival director Mr Alan Brodie said the band's name had come up "again and again" when fans were asked which act they most wanted to see. "The Lamplighters mean a lot to a certain generation in this city," he said. "Their first album is basically the soundtrack to my twenties."

The band's former manager, Ms Elaine Rafferty, who has come out of retirement to work with them, said a short tour of Scotland and Ireland was also being planned. She would not rule out a new album.

"They've got songs," she said. "Whether they can agree on which ones is another matter."

Dunlop said she hoped fans would not expect the band to sound as they did in 2002. "We're in our forties now," she said. "Iain's got a bad back and I've got reading glasses. But the songs are still the songs."
"""),

dict(title="Police 'increasingly concerned' for missing Whitby woman", text="""
Police say they are increasingly concerned for the welfare of a woman who has been missing from her home in Whitby for five days.

Claire Denholm, 29, was last seen walking along Church Street towards the 199 Steps at about 8.15pm on Friday. She was wearing a green raincoat, jeans and white trainers and was carrying a small black rucksack.

Detective Inspector Martin Cole of North Yorkshire Police said it was out of character for Ms Denholm not to be in contact with her family.

"Claire is a young woman with a close family and a large circle of friends, and she has not been in touch with any of them," DI Cole said. "We are keeping an open mind, but we are extremely worried about her."

He said searches of the clifftop, the beach and the harbour had been carried out with the help of HM Coastguard and volunteers from Scarborough and Ryedale Mountain Rescue Team.

Ms Denholm's brother, Michael, made an emotional appeal at a press conference at Whitby police station on Wednesday.

"Claire, if you see this, please just let us know you're safe. You're not in any trouble," he said. "Mum and Dad haven't slept since Friday. We just want you home."

Mr Denholm said his sister had recently started a new job as a teaching assistant and had seemed happy. "She'd been talking about a holiday she'd booked with her friends," he said. "None of this makes any sense."

Her friend, Miss Abbie Harland, said Ms Denholm had sent her a message at 7.50pm on Friday saying she was "going for a walk to clear her head". Miss Harland said she had not thought anything of it at the time.

DI Cole said officers were reviewing CCTV from businesses in the town centre and urged anyone who had dashcam footage from the area on Friday evening to come forward.

Ms Denholm is described as white, 5ft 5in tall and of slim build, with shoulder-length brown hair. Anyone with information is asked to call 101, quoting reference 12240087611.
"""),

dict(title="Q&A: Liam Buckley on his mum, his sister and the goal that changed everything", text="""
Liam Buckley's stoppage-time winner against Rangers last month made him an overnight hero at Tynecastle. The 20-year-old Hearts midfielder, who grew up in Gorgie, talks about family, fame and why he still lives with his mum.

Did you watch the goal back?

About four hundred times. My sister filmed it from the stand on her phone and you can hear her screaming the whole way through. It's a terrible video, but it's my favourite one.

Your sister, Erin, plays as well.

She's better than me, honestly. She's at Hibs, which is a sore point in our house. She's been in the Scotland under-19s. When she scored against Norway last year, I cried more than she did.

You still live at home?

I do. My mum, Donna, says I'm not leaving until I can cook something that isn't pasta. She's a nurse at the Royal Infirmary and she works mad shifts, so when she gets home the least I can do is have the tea on. It's usually pasta.

What did she say after the Rangers game?

She wasn't there. She was on a night shift. One of the doctors showed her it on his phone in the corridor. She said the whole ward cheered. Then she texted me, "Well done son, now get to your bed."

Who has been the biggest influence on your career?

My first coach at Hutchison Vale, a woman called Mrs Sandra Lyle. She coached me from eight to fourteen and she never let me get away with anything. If I sulked, she'd bench me. She came to the game last month and I gave her my shirt.

And the manager, Neil Gourlay?

He's been brilliant. He gives the young boys a chance. He pulled me aside before the game and told me to enjoy it. I don't think he expected me to score, to be fair.

What's next?

Keep my place in the team. Keep my head down. And learn to make a curry, apparently, or Mum says I'm getting evicted.
"""),
]
