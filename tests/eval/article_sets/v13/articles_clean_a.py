ARTICLES = [
("Tasman Ledger", """Second-hand iPhones and eBay side hustles: how Australians are making ends meet

More Australians are selling unwanted goods online to cover rising household bills, with second-hand phones, baby gear and power tools among the most popular items, according to new research from a consumer group.

The survey of 2,000 adults found that 38 per cent had sold something on a marketplace such as eBay, Gumtree or Facebook Marketplace in the past year, up from 27 per cent two years earlier. Almost half said the money had gone towards groceries, fuel or utility bills.

Refurbished and used iPhones were the single most traded item by value. An iPhone 13 in good condition was fetching between $450 and $600, the research found, while older models such as the iPhone XR were typically selling for under $200.

Sydney mother of three Jess Kowalczyk said she had made about $3,000 last financial year selling outgrown prams, cots and clothes.

"It's not a fortune, but it paid the electricity bill twice," she said. "Everything goes up on eBay the week the kids stop using it."

Payment services have also changed how people trade. PayPal said transactions between individuals in Australia had grown by double digits over the past year, while bank transfers using PayID had become the default for many Marketplace sales.

Not every sale goes smoothly. The Australian Competition and Consumer Commission (ACCC) reported that Australians lost more than $12 million to online shopping and marketplace scams in the first half of the year. Common tricks include fake payment confirmation emails, e.g. messages claiming a buyer has "overpaid" and asking for a refund.

An ACCC spokesperson said sellers should never hand over goods until payment had cleared into their account.

The research also found that young people were more likely to treat reselling as a business. One in five respondents aged 18 to 29 said they bought items specifically to resell them, from sneakers to vintage McDonald's Happy Meal toys.

Melbourne university student Dan Oyelowo said he bought job lots of old gaming consoles, cleaned and repaired them, then sold them individually.

"A Nintendo DS that doesn't charge might cost me $20. With a $6 part and an hour of work, it's worth $90," he said.

Consumer advocates urged sellers to keep records, noting that people who regularly buy goods to resell at a profit may have tax obligations."""),

("Atlantic Coast Examiner", """Q&A: Fiddler Áine Walsh on touring, teaching and the tune that got away

Sligo fiddler Áine Walsh has spent the past decade touring North America and Europe with her trio, while teaching a Saturday class in the back room of a Tubbercurry hardware shop. As her third album is released this week, she spoke to the Examiner.

Q: The new album was recorded in your parents' sitting room. Why?

A: Partly money, if I'm honest. Studios are expensive. But mostly because that's where I learned to play. The room has a sound. It's small, it's got a low ceiling and a lot of old furniture, and the fiddle just sits nicely in it.

Q: You still teach every Saturday, even when you're touring?

A: Not when I'm in Chicago, no. But when I'm home, yes. I have 14 students at the moment, from age seven up to a retired garda who took up the fiddle at 66. He's coming on well, actually.

Q: What's the hardest thing about touring?

A: The driving. People imagine it's glamorous. It's mostly service stations and motorways and trying to find somewhere that sells a decent cup of tea after midnight in Ohio.

Q: There's a tune on the album called The One That Got Away. Is there a story behind it?

A: There is. I heard an old man play a reel at a session in Ballymote when I was about 15. I never found out what it was called, and I never heard it again. He passed away a few years later. So I tried to write down what I remembered, and the rest of it I made up. It's half his and half mine.

Q: How do you feel about the state of traditional music now?

A: Honestly? Better than ever. There are more young people playing, and playing well, than at any time I can remember. Some people worry about the music changing. It's always changed. That's how it stays alive.

Q: What's next?

A: A short tour in Germany in the spring, then home for the summer. And the Saturday class, of course. I wouldn't miss that.

Áine Walsh's album Low Ceilings is out now. She plays the Hawk's Well Theatre, Sligo, on Friday."""),

("Southern Cross Wire", """Toowoomba man acquitted of dangerous driving causing death

A Toowoomba man has been found not guilty of dangerous operation of a motor vehicle causing death over a crash on the Warrego Highway that killed a 64-year-old grandmother.

A District Court jury in Toowoomba returned its verdict on Thursday afternoon after deliberating for about six hours, following a seven-day trial.

Cameron Joseph Whitlock, 29, had pleaded not guilty. The Crown alleged he had been driving at excessive speed and overtaking on a blind crest near Oakey in June 2022 when his ute collided with an oncoming car.

Defence barrister Sarah Kelleher argued that an expert reconstruction of the crash could not establish Mr Whitlock's speed with any confidence and that the other vehicle had drifted across the centre line.

Crown prosecutor Michael Tobin told the jury the evidence showed a "deliberate decision to take a risk that no reasonable driver would take".

Judge Patrick Buckley thanked the jurors and acknowledged the grief of the woman's family, several of whom wept in the public gallery as the verdict was read.

Outside court, the woman's son, Robert Hanlon, said the family was "shattered" but respected the jury's decision.

"Mum was the heart of our family. Nothing was going to bring her back. We just wanted to know what happened, and I'm not sure we ever will," he said.

Mr Whitlock left the court without speaking to reporters. His solicitor said in a brief statement that his client had "thought every day about the family who lost their mother" and asked that his privacy be respected.

The Queensland Police Service said it would review the case. Road safety campaigners called for improvements to the stretch of highway, which has been the site of several serious crashes in the past five years.

Correction: An earlier version of this story said the crash occurred near Dalby. It occurred near Oakey. The story was also updated to correct the spelling of Ms Kelleher's name. Southern Cross Wire regrets the errors."""),

("Shannon Valley Herald", """New Gaelscoil opens its doors in Shannon with 52 pupils

Fifty-two children walked through the doors of a new Irish-medium primary school in Shannon on Wednesday morning, ending a campaign by local parents that began almost a decade ago.

Gaelscoil na Sionainne is operating from temporary prefabricated classrooms on the grounds of the town's community centre while a permanent building is designed. The school has junior and senior infant classes, as well as a mixed first and second class.

Principal Siobhán Ní Bhriain said staff had been overwhelmed by the response from families.

"Tá an lá seo tagtha faoi dheireadh," she told parents gathered at the gate, which translates as "This day has come at last."

"We had people asking about places before we even had a phone number," she added in English. "There is a real hunger for Irish-medium education in this part of the county."

The campaign was led by a group of parents who held coffee mornings, petitions and information evenings, and lobbied the Department of Education for recognition. They were joined by the national body for Irish-medium schools, Gaeloideachas.

Parent Darren Moloney, whose daughter Cáit started in junior infants, said he did not speak Irish fluently himself but wanted his children to have the chance he missed.

"I did 14 years of Irish at school and came out barely able to order a cup of tea. I'm learning with her now, which is humbling," he said with a laugh.

The school motto, painted on a banner over the entrance, reads "Ár dteanga, ár dtodhchaí", meaning "Our language, our future".

Demand for Irish-medium schools has grown steadily across the country, and there are now more than 180 gaelscoileanna at primary level outside the Gaeltacht. Advocates say many more areas have unmet demand.

The Department of Education said a site for the permanent school building had been identified and that a design team would be appointed later this year.

Local TD and councillors attended the opening, along with a piper who led the children in a short procession from the car park. Staff said the first day ended, as many first days do, with several tears and a great deal of glitter."""),

("Harbourside Times", """Porirua council signs off budget with rates rise of 11.9 percent

Porirua City Council has adopted its annual plan, confirming an average rates increase of 11.9 percent for the coming year.

Councillors voted 8-2 in favour of the plan on Thursday after a debate lasting nearly three hours. Mayor Helen Tautahi said nobody around the table had wanted to pass on such a large increase, but the council faced significant cost pressures.

"We have had to make hard choices. The alternative was to put off work on pipes and roads that our community simply cannot afford to put off any longer," she said.

Key items in the plan include:

- $28 million for water pipe renewals across the city, including in Cannons Creek and Titahi Bay
- A new library and community hub in Eastern Porirua, with construction due to start in the new year
- An extra $1.2 million for road resurfacing, particularly on rural roads in Pāuatahanui
- Free entry to the Arena Aquatic Centre for children under 5
- A review of user fees at council-owned sports grounds

The council received more than 900 submissions on the draft plan. The most common concerns were affordability, the cost of water services and the condition of local roads.

Councillor Josh Terrill, one of the two councillors to vote against the plan, said residents on fixed incomes were being left behind.

"People tell me they're choosing between their rates and their groceries. An 11.9 percent increase is not something many households can absorb," he said.

Councillor Izzy Fordyce said she had voted for the plan reluctantly. "Nobody likes it. But the pipes don't care whether we like it," she said.

Ratepayers who are struggling can apply for the government's rates rebate scheme, which provides up to several hundred dollars a year for low-income homeowners. The council also offers payment plans.

The new rates take effect on July 1."""),

("Liffey Wire Service", """Obituary: Eithne Cullinane, poet of the Midlands bogs

Eithne Cullinane, whose spare, unsentimental poems about the bogs and small towns of the Irish Midlands won her a devoted readership over six decades, has died in Tullamore at the age of 91.

Born in Rhode, Co Offaly, in 1933, the daughter of a Bord na Móna foreman and a national school teacher, she began writing poetry in her teens but did not publish a collection until she was 41, after raising four children.

That first book, Turf Smoke, published in 1974, established the themes she would return to throughout her life: work, weather, faith and the slow changes of rural Ireland. Its title poem, often taught in secondary schools, ends:

My father cut the bank in May,
the slane going in like a prayer.
By August we were warm in the house
and he was cold out there.

She published nine further collections, along with a memoir and two books for children. She was elected to Aosdána in 1989 and received an honorary doctorate from Maynooth University in 2005.

Critics often compared her to Patrick Kavanagh, a comparison she accepted with good humour. "Paddy got there first," she once told an interviewer. "I just came along after with a wheelbarrow."

Her later work dealt more directly with ageing and loss, including a sequence of poems written after the death of her husband, Jim, in 2011. One of them, Kitchen, is just four lines:

His cap on the hook.
His cup on the shelf.
I leave them there.
I talk to myself.

Friends described her as fiercely private and very funny. She refused most invitations to literary festivals, preferring to give readings in local libraries and parish halls.

Poet and broadcaster Liam Fennelly said she had given a voice to places that literature had largely ignored. "She made Offaly as important as Paris. Which, to be fair, she always believed it was," he said.

She is survived by her children Máire, Tom, Declan and Úna, 11 grandchildren and six great-grandchildren. Her funeral takes place in Rhode on Saturday."""),

("Canterbury Plains Gazette", """Mid Canterbury hold nerve to win Meads Cup semi in Ashburton

Down by six. Five minutes left. Ashburton quiet.

Then Mid Canterbury did what they have done all season. They kept the ball. They went through the phases. And they found a way.

Replacement halfback Ollie Nicholls sniped over from close range in the 77th minute and first five Jack Hayward added the conversion to give the home side a 22-21 win over South Canterbury in the Heartland Championship Meads Cup semifinal on Saturday.

It was not pretty. It was not meant to be.

Rain fell for most of the afternoon at the Ashburton Showgrounds, and both sides struggled to hold on to the ball. South Canterbury led 15-8 at halftime after tries to flanker Matt Sheehy and wing Toby Kerr, and stretched their lead early in the second spell through two Josh Bates penalties.

Mid Canterbury coach Steve Doig said his players had never stopped believing.

"We said at halftime, keep it simple, trust each other, and the chances will come. They did," he said. "I'm proud of them. Really proud."

Captain Sam Galbraith, who played the full 80 minutes despite a heavily strapped shoulder, was more succinct.

"Tough game. Good win. Next week," he said.

South Canterbury coach Blair Rowe said his side had done enough to win and would rue missed opportunities, including a penalty attempt that struck the upright in the 70th minute.

"That's footy. Sometimes it bounces for you. Today it didn't," he said.

A crowd of about 3,500 braved the weather, many of them wrapped in blankets and standing three deep along the fence on the grandstand side.

Mid Canterbury will meet either Whanganui or Thames Valley in the final next weekend. The venue will be confirmed on Monday.

For Nicholls, who came off the bench with 12 minutes left, the winning try was his first of the season.

"I just saw the gap and went. Didn't think. Probably better that way," he said."""),

("Liffey Wire Service", """Irish pharmaceutical exports to U.S. hit record as tariff fears grow

Irish exports of medical and pharmaceutical products to the U.S. rose to a record high in the first quarter, according to figures from the Central Statistics Office, as companies moved to build up stock ahead of possible tariffs.

Exports to the United States were worth about €23 billion in the three months to the end of March, an increase of more than 50 per cent on the same period last year. Medical and pharmaceutical products accounted for the bulk of the rise.

Economists said the surge reflected "front-loading", i.e. companies shipping goods early to avoid potential new import taxes announced by the U.S. administration.

Multinationals with large manufacturing bases in Ireland include Pfizer Inc., Eli Lilly and Co., Johnson & Johnson and AbbVie Inc. Many of them produce active ingredients or finished medicines in Cork, Dublin, Limerick and Sligo.

Economist Dr Clodagh Finnegan of a Dublin stockbroking firm said the figures should be treated with caution.

"These are not normal numbers. Some of this is demand being pulled forward, and we may see a sharp fall later in the year once the stockpiling ends," she said.

The Tánaiste said the Government was working with EU partners to avoid an escalation of trade tensions, and that Ireland's relationship with the U.S. remained "deep and longstanding".

Across the Irish Sea, a spokesperson for No. 10 Downing Street said the U.K. was also in discussions with Washington about the impact of tariffs on pharmaceutical trade.

Business groups, e.g. Ibec and the American Chamber of Commerce Ireland, have urged calm. The chamber said U.S. companies employ about 210,000 people in Ireland directly and had no plans to reduce their investment.

The CSO figures also showed that exports to the U.K. fell slightly, while exports to the rest of the EU rose by about 4 per cent.

Some analysts warned that Ireland's reliance on a small number of very large companies left the public finances exposed. Corporation tax receipts, much of which come from U.S. multinationals, have reached record levels in recent years.

The Department of Finance is due to publish updated economic forecasts next month."""),

("Murray River Mail", """#CheckYourSpots: skin cancer campaign goes viral in Mildura

A Mildura dermatology nurse's social media campaign urging locals to get their skin checked has been viewed more than a million times, prompting a surge in bookings at clinics across the Sunraysia.

Kylie Tran, who works at a skin clinic on Deakin Avenue, began posting short videos under the hashtag #CheckYourSpots in October, showing real (anonymised) examples of skin cancers and explaining the warning signs.

Her account, @kylie_skinnurse, now has more than 80,000 followers, many of them farmers and outdoor workers from across regional Victoria and NSW.

"I just got sick of seeing people come in too late. If I can get one bloke off a header to come in for a check before it's a problem, it's worth it," she said.

Australia has one of the highest rates of skin cancer in the world, and the risk is higher in regional areas where people spend more time working outdoors. Cancer Council Victoria recommends people get to know their skin and see a doctor about any new or changing spots.

The campaign has been shared by several local organisations, including the Mildura Base Public Hospital and the Sunraysia Farmers Network, which posted on Facebook that "every farmer in the district should watch this".

Local GP Dr Andrew Morrison said the number of patients asking for skin checks had roughly doubled since November.

"People come in and say, 'I saw this video on TikTok.' That's fine by me. Whatever gets them through the door," he said.

Ms Tran said the most common message she received was from women asking her to talk to their husbands.

"I get a lot of 'can you please make a video for my dad,' or 'my husband won't listen to me, he might listen to you'," she said.

Cancer Council's SunSmart program recommends five steps to protect against sun damage: slip on clothing, slop on sunscreen, slap on a hat, seek shade and slide on sunglasses.

Ms Tran said she would keep posting as long as people kept watching. Her next series, #SunSmartTradies, will focus on construction and farm workers."""),

("Kauri Coast Chronicle", """Northland's first electric ferry enters service on Bay of Islands route

The Bay of Islands' first fully electric passenger ferry made its maiden commercial voyage between Paihia and Russell on Monday, carrying about 120 passengers on the 15-minute crossing.

The 24-metre catamaran, named Kōtare, was built in Whangārei by a local boatbuilder and is powered by two 400kW electric motors and a 1.2MWh lithium iron phosphate battery pack. It can carry up to 150 passengers and recharges in about 20 minutes at a new charging station on the Paihia wharf.

Operator Bay Ferries chief executive Grant Halliday said the vessel would replace one of the company's older diesel ferries and save about 180,000 litres of fuel a year.

"People come to the Bay of Islands for the water, the wildlife and the clean air. It makes sense that the way they get around should reflect that," he said.

The charging station uses a 1MW connection supplied by lines company Top Energy, and the battery system is designed to last for at least 10 years before it needs to be replaced. Halliday said the company had chosen an LFP battery chemistry because it was safer and more durable in a marine environment.

The project received a grant of $2.5 million from the government's low-emission transport fund, with the remainder of the $7.8 million cost met by the company.

Regular passenger Merv Topia, who commutes from Russell to work in Paihia, said the difference was obvious as soon as the boat left the wharf.

"No fumes, no rumble. You can hear the gulls. My only complaint is I can't blame the engine noise for not hearing my wife," he joked.

Northland Regional Council harbourmaster Jim Lyle said the vessel had passed all Maritime NZ survey requirements under the Maritime Rules Part 40A and would be monitored closely during its first summer season.

The company plans to convert the rest of its fleet to electric by 2030, including the smaller vessels that run to Waitangi and Opua."""),

("Barrow Valley Echo", """Storm Bert: how the south-east fared, town by town

Storm Bert brought heavy rain, high winds and localised flooding to the south-east over the weekend. Here is how the region's towns fared.

CARLOW, Sunday – The River Barrow rose steadily through Saturday night but stayed below the level of the town's flood defences. Council staff monitored the Burrin River at Tullow Street overnight. Some minor flooding was reported in low-lying fields at Clogrenane.

Photo caption: Members of Carlow Civil Defence fill sandbags at the council depot on Saturday afternoon. Picture: Barrow Valley Echo

KILKENNY, Sunday – Parts of the Canal Walk were closed as a precaution after the River Nore overtopped its banks near Ossory Bridge. The Ring Road and John's Quay stayed open. Several trees came down on the N10 near Stoneyford.

GRAIGUENAMANAGH, Sunday – Residents along the quay in Graiguenamanagh and Tinnahinch moved cars to higher ground on Saturday evening. The water reached the lower steps of the quay but did not enter homes.

Photo caption: The River Barrow at Graiguenamanagh at 8am on Sunday, with the water lapping at the edge of the quay. Picture: Barrow Valley Echo

BAGENALSTOWN, Sunday – Power was lost to about 900 homes in and around Bagenalstown for several hours on Saturday night. ESB Networks said supply had been restored to all customers by 10am on Sunday.

THOMASTOWN, Sunday – The town's Sunday market was cancelled for the first time this year. Traders said they hoped to return next week.

Met Éireann said rainfall totals of between 40mm and 70mm were recorded across the region over 48 hours, with the highest readings in the Blackstairs Mountains.

A yellow rain warning remains in place for Carlow and Kilkenny until 6pm on Monday. Motorists are asked to slow down and watch out for surface water and fallen branches, especially on rural roads.

Carlow County Council's emergency line and Kilkenny County Council's out-of-hours service remain available for anyone who needs help.

Residents can also check the Office of Public Works' waterlevel.ie service for live river readings."""),

("Coral Coast Bulletin", """From the front pages: what Queensland's papers are saying today

Good morning. Here is a look at the stories leading the state's newspapers and websites this Tuesday.

"COST OF LIVING CRUNCH: Families skip meals as rent bites" is the splash in one Brisbane daily, which reports on a charity survey finding that one in four renters have gone without food to pay housing costs. The paper's editorial calls for the state to expand rental assistance.

In Townsville, the lead story is the Cowboys' injury crisis. "HAMMY HORROR: Star forward ruled out for a month" reads the headline over a photograph of the club's physio walking from the training field.

The Cairns paper leads with tourism, under the headline "Reef visitors back to pre-COVID levels". It reports that international arrivals at Cairns Airport rose 18 per cent in the year to June, driven by visitors from the U.S., Japan and China.

On the Sunshine Coast, "Council says no to 12-storey tower" dominates the front page after councillors rejected a high-rise development on the Maroochydore waterfront. The decision is likely to be appealed in the Planning and Environment Court.

Toowoomba's paper carries a reader poll on its front page, asking "Should the Range crossing be tolled?" Early results suggest readers are evenly split.

The Gold Coast paper is dominated by weather. "WASHED OUT" is the single-word headline over an aerial photograph of flooded streets in Mudgeeraba after more than 200mm of rain fell in 24 hours.

Nationally, the main story is the Reserve Bank's interest rate decision, due this afternoon. Most economists expect rates to be left on hold at 4.35 per cent.

Online, the most-read story on several regional news sites is a video of a crocodile swimming past a boat ramp in Port Douglas, shot by a tourist from Melbourne who described it as "the biggest thing I've ever seen that wasn't a bus".

That's the wrap of this morning's papers. We'll have updates throughout the day."""),

("Shannon Valley Herald", """Councillors split over plans for 300 homes on edge of Nenagh

Plans for more than 300 homes on the outskirts of Nenagh have divided Tipperary County Council, with some councillors warning that the town's roads, schools and water supply cannot cope.

The proposal, submitted by a developer for lands at Tyone on the Limerick Road, would include 312 houses and apartments, a creche and a neighbourhood park. It will be considered by An Bord Pleanála under the large-scale residential development process.

At a meeting of the Nenagh Municipal District on Tuesday, councillors were given a presentation by the council's planning department, which said the site was zoned for residential use and close to the town centre.

Cllr Seamus Moran said the town needed homes but warned against "building a housing estate and hoping the infrastructure follows".

"We have schools turning children away. We have a water treatment plant at the limit of its capacity. I'm not against this development, but I want guarantees," he said.

Cllr Hughie McGann disagreed. "Young people in Nenagh cannot buy a home. Families are living with their parents into their thirties. If we don't build, they leave. It's as simple as that," he said.

Cllr Joe Halligan said he supported the plan in principle but wanted the developer to fund an upgrade of the junction at the Limerick Road roundabout, which he described as "an accident waiting to happen".

Cllr Louise Morgan Whelan raised concerns about flooding, noting that part of the site had been under water during Storm Babet.

Senior planner Rosaleen Ryan told members that the developer had submitted a flood risk assessment and that the lowest part of the site would be kept as open space.

"The assessment will be examined carefully, as will the traffic and school capacity assessments," she said.

Residents of nearby estates have formed a group to make submissions on the plan. Its spokesperson, Anne Kennedy, said they were "not against houses, but against bad planning".

The public has until the end of the month to make submissions."""),
]
