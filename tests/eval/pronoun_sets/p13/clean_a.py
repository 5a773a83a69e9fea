ARTICLES = [
dict(title="Interview: Miriam Okoro on grief, gardening and her husband's terrible jokes", text="""
Miriam Okoro's third novel, The Allotment, follows a widow in Peckham who takes over her late husband's vegetable plot and discovers he had a second life. It has spent eleven weeks in the bestseller lists. We spoke at her home in south London.

Your heroine, Grace, is grieving. How much of you is in her?

More than I'd like to admit. My mother died while I was writing it, and a lot of what Grace feels in the first hundred pages is what I felt. The anger, mostly. People don't talk about how angry you are.

Your husband, David, is a stand-up comedian. Does he read your drafts?

He reads everything. He's a brutal editor, actually, which surprises people because he's so silly on stage. He'll say, "This chapter is boring," and then go and make a cup of tea, and I'll sit there fuming for an hour and then realise he's right.

Is he in the book?

The husband in the book is a cheat and a liar, so I hope not! But the jokes are his. Every bad pun in that novel, I stole from David. He's asked for royalties.

You started writing late.

I was 41. Before that I was a pharmacist for nearly twenty years. I wrote on my lunch breaks in the back of a Boots in Lewisham. My manager, a lovely man called Raj, used to cover for me if I ran over.

What's next?

A novel about two sisters who haven't spoken for thirty years. My own sister, Ngozi, has already made me promise it isn't about us. It isn't. Mostly.

And the allotment? Do you have one?

We've been on the waiting list in Southwark for nine years. David says we'll get one when we're dead, which is very on brand for the book.

Your daughter is studying English at Leeds. Does she want to write?

She says absolutely not, she's seen what it does to me. But she keeps a diary and she won't let me read it, so I have my suspicions.

The Allotment is published by Fourth Estate at £16.99.
"""),

dict(title="Care home manager cleared of neglect after barrister attacks CCTV evidence", text="""
A care home manager accused of wilfully neglecting elderly residents has been found not guilty by a jury at Bristol Crown Court.

Leanne Carver, 47, of Kingswood, denied four counts of wilful neglect relating to her time as manager of Oakfield House, a 40-bed home in Keynsham, between 2020 and 2022.

The prosecution alleged that Ms Carver had failed to ensure residents were turned regularly to prevent pressure sores and had falsified care records to hide staff shortages.

Ms Harriet Moss, prosecuting, told the jury that three residents had developed serious sores during the period, one of whom, Mr Albert Gough, 91, later died in hospital. The prosecution did not allege that the neglect caused his death.

Ms Carver's barrister, Mr Hugh Tennant KC, argued that his client had repeatedly warned the home's owners about staffing levels and had worked double shifts to cover gaps.

"She was the one person in that building who never stopped raising the alarm," Mr Tennant told the jury in his closing speech. "The prosecution would have you blame the only person who was trying to fix things."

He also challenged the reliability of CCTV footage from the corridors, pointing out that the system's clock had been running 47 minutes slow for at least a year.

Giving evidence, Ms Carver told the court she had emailed the home's director, Mr Raymond Holt, eleven times about the shortage of night staff. "I begged him," she said. "He told me to use agency workers and then told me we couldn't afford them."

Mr Holt, who was called by the prosecution, accepted that he had received the emails but said he had acted on them "as quickly as the budget allowed".

After the verdicts were returned, Judge Stephen Farr thanked the jurors for their careful attention. He said he would consider a request by Mr Tennant for his client's costs to be met from public funds.

Mr Gough's daughter, Mrs Valerie Tate, said outside court that she was disappointed. "Somebody let my dad down," she said. "I still don't know who."

Ms Carver left without speaking to reporters. Her solicitor, Ms Amina Yusuf, said her client was "relieved and exhausted" and hoped to return to nursing.
"""),

dict(title="Farewell to HMAS Kurrajong after 34 years of service", text="""
The Royal Australian Navy has farewelled HMAS Kurrajong, the supply ship that served in the Gulf, East Timor and the Solomon Islands, at a decommissioning ceremony at Fleet Base East in Sydney.

More than 600 former crew members, families and dignitaries gathered at Garden Island on Saturday as the ship's ensign was lowered for the last time.

Her final commanding officer, Commander Sarah Blakely, said it had been a privilege to lead the ship's company in her last year at sea.

"She's an old lady and she's earned her rest," Commander Blakely said. "But she never once let us down. Every sailor who served in her will tell you the same thing."

Commissioned in 1990, Kurrajong refuelled and resupplied warships on hundreds of deployments. She spent five months in the Persian Gulf in 1991 and was one of the first navy ships to arrive off Dili in 1999.

Her first captain, retired Captain John Reddaway, 84, travelled from Tasmania for the ceremony. He said he had watched her launch at Williamstown "with my heart in my mouth".

"They told us she'd last twenty years. She's done thirty-four," Captain Reddaway said. "I'm very proud of her, and prouder of the young men and women who kept her going."

Leading Seaman Jess Nakamura, 24, who joined the ship in 2022, said the crew had grown attached to the vessel despite her age. "The air-conditioning is terrible and the bunks are tiny," she said, laughing. "But she's got soul."

The Chief of Navy, Vice Admiral Mark Hammond, told the gathering that Kurrajong's replacement, the new supply ship HMAS Stalwart, would carry on her work. He thanked Commander Blakely and her crew for bringing the ship home safely from her final deployment to the Pacific.

Kurrajong will be towed to Western Australia later this year, where she will be broken up for recycling. Her bell will be presented to the Naval Heritage Centre at Garden Island.

Commander Blakely, who takes up a staff post in Canberra next month, said she would miss the ship. "I'll miss the people more," she added.
"""),

dict(title="Artist Sam Reilly turns Margate seafront into a gallery", text="""
For the next three months, anyone walking along Margate's seafront will pass a series of enormous painted sails, each one bearing a fragment of a letter written by a fisherman's wife in the 1880s.

The installation, Tidelines, is the work of the artist Sam Reilly, whose previous projects include a floating garden on the Thames and a sound installation inside a disused water tower in Dundee.

Reilly, who is non-binary and uses they/them pronouns, spent two years researching the letters, which were discovered in a biscuit tin during the renovation of a house on Zion Place.

"They're extraordinary documents," Reilly said. "She wrote to him every week for eleven years while he was at sea, and we only have her side of the conversation. I wanted to give her words the scale they deserve."

The letters were written by Eliza Mount to her husband, Thomas, a herring fisherman who was lost at sea in 1891. Reilly has chosen not to reveal how the story ends, leaving visitors to piece it together as they walk.

Turner Contemporary's curator, Jo Prentice, said the gallery had been keen to work with Reilly since seeing their water tower project. "Sam has this gift for finding the big human story in a small archive," she said. "They make history feel like gossip, in the best possible way."

The gallery's director, Ewan Hart, said the project had been funded by Arts Council England and a local shipping company. He said he hoped it would bring new visitors to the town in the quiet months. "We wanted something you couldn't ignore, even if you'd only come for chips," he said.

Reilly grew up in Ramsgate and said the project felt like a homecoming. Their grandmother, Irene, worked in a Margate boarding house for forty years and was one of the first people to see the finished sails.

"She cried and then told me the spelling was wrong on sail four," Reilly said. "It isn't. That's how Eliza spelt it."

Reilly said they were already planning their next project, in Orkney, but would not be drawn on details.

Tidelines runs until 30 September. Admission is free.
"""),

dict(title="Hargreaves bakery celebrates 50 years of sausage rolls", text="""
When Mr and Mrs Hargreaves opened their bakery on Towngate in Heptonstall in 1974, a loaf cost 14p and the couple lived in the two rooms above the shop with a cot wedged between the ovens and the flour sacks.

This week, half a century later, Dennis and Maureen Hargreaves welcomed hundreds of customers to a celebration at the shop, which is now run by their son, Andrew.

"I didn't think we'd last five years," Mrs Hargreaves said. "Dennis had never baked anything in his life. I had to teach him to make pastry."

Mr Hargreaves, 78, disputes this. "I'd made a Victoria sponge," he said. "It was for the Scouts. It was fine."

"It was not fine," his wife replied.

The bakery's pork and black pudding sausage rolls have won awards at the Great Yorkshire Show three times, and Mrs Hargreaves still makes the filling herself every Monday morning, to a recipe she says came from her grandmother in Hebden Bridge.

Their son took over the day-to-day running of the business in 2010. Andrew Hargreaves, 48, said the secret of the shop's survival was simple. "Mum never let standards drop and Dad never let the prices go up too much," he said. "People round here notice both."

The bakery survived the 1980s recession, two floods and the pandemic, when Andrew and his wife, Kerry, delivered bread to isolating villagers in their own car.

The celebration was opened by the Mayor of Calderdale, Cllr Ann Kingstone, who presented the couple with a framed photograph of the shop as it looked on its first day.

"This is exactly the kind of business that keeps a village alive," the mayor said. "Dennis and Maureen have fed half of Heptonstall for fifty years, and they've done it with a smile. Mostly."

Customer Mr Jack Sunderland, 92, who says he has bought a loaf from the bakery every Saturday since it opened, was given a cake in recognition of his loyalty.

Asked whether they would finally retire, the couple looked at each other. "He will," said Mrs Hargreaves. "I'll be in on Monday."
"""),

dict(title="Adeyemi siblings both selected for Commonwealth Games", text="""
A brother and sister from Wolverhampton will become the first siblings from the Midlands to represent England in athletics at the same Commonwealth Games.

Josh Adeyemi, 23, has been selected for the 400m, while his sister, Ellie, 21, will compete in the long jump. Both train with Birchfield Harriers at the Alexander Stadium in Birmingham.

"We've been racing each other since we could walk," Ellie said. "Josh used to beat me every time. Then I got into jumping so he couldn't."

Josh said he was prouder of his sister's selection than his own. "She's had a horrible couple of years with injuries," he said. "She had her ankle rebuilt eighteen months ago and people were saying she might not jump again. To come back like this is unbelievable."

Their coach, Ms Tracy Okonjo, a former international hurdler, has trained both since they were 12. She said the pair pushed each other in training but were never unkind.

"They're fiercely competitive but they really look after each other," she said. "If Josh has a bad session, Ellie is the first one to go and talk to him, and vice versa."

Their parents, Tunde and Grace Adeyemi, run a pharmacy in Whitmore Reans. Mr Adeyemi said the family had not yet worked out how they would watch both events, which are scheduled for the same evening.

"Grace will watch Ellie and I'll watch Josh and we'll swap phones," he said. "Or we'll just run between the two."

England Athletics team leader Mr Paul Fenwick said both athletes had earned their places on merit. "Josh has been one of the most consistent one-lap runners in the country this season, and Ellie's jump at the trials was a personal best by 14 centimetres," he said.

Ellie, who is studying physiotherapy at the University of Wolverhampton, said her lecturers had been understanding about her training schedule. Her brother, who left university to train full-time, works part-time at the family pharmacy.

"He's a terrible pharmacist," she said. "Please don't print that."
"""),

dict(title="Britain must decide where her loyalties lie, warns former ambassador", text="""
Britain can no longer expect to "stand with one foot in Washington and the other in Brussels" and must decide where her long-term interests lie, a former ambassador to the United States has warned.

Speaking at the Royal United Services Institute in London on Monday, Sir Nigel Aldridge said the country's foreign policy had become "a series of improvisations" since the Brexit referendum.

"For centuries this country has been at her best when she knew what she stood for and who her friends were," Sir Nigel said. "I am not sure that is true today, and our allies have noticed."

Sir Nigel, who served in Washington from 2012 to 2016, was responding to a keynote speech by the Foreign Secretary, Ms Rachel Hollings, earlier in the day.

Ms Hollings had told the audience that the government would pursue "a more confident, more independent" foreign policy, including a new defence pact with the European Union and closer ties with India and the Gulf states.

"Britain does not have to choose between her friends," she said. "We are a country with global reach and we intend to use it."

Sir Nigel was not persuaded. He said the government risked "trying to be everybody's second-best friend and nobody's first".

Dr Fiona McKenzie, a senior fellow at Chatham House, said both speakers had a point. "The Foreign Secretary is right that Britain has more options than the pessimists allow," she said. "But Sir Nigel is right that she can't pursue all of them at once."

The shadow foreign secretary, Mr Tom Bradbury, accused the government of "warm words and no strategy". He said his party would publish its own defence review in the spring.

Among the audience was the former French ambassador to London, Madame Hélène Duval, who said that France had watched the debate "with sympathy and some amusement". She said her own country had struggled with the same questions for decades.

"Every nation must decide who she is," Madame Duval said. "It is not a question you answer once."

Ms Hollings will travel to Delhi next week for talks with her Indian counterpart.
"""),

dict(title="Dr Margaret Ellison, GP who served the Wirral for forty years", text="""
Dr Margaret Ellison, who has died aged 86, was a family doctor in Hoylake for four decades and, with her husband, Dr Tom Ellison, ran one of the last true husband-and-wife general practices in the north-west of England.

Margaret Ellison was born in Birkenhead in 1938, the daughter of a docker and a school dinner lady. She won a place at the University of Liverpool medical school in 1956, one of only eight women in her year.

It was there she met Tom, a fellow student from Wallasey. They married in 1962, and in 1966 bought a surgery on Market Street in Hoylake from a retiring GP. For the next forty years the practice was known locally simply as "the Ellisons".

Patients recalled that Dr Margaret, as she was universally known, would visit elderly patients at home on her way back from the school run, often with her three children waiting in the car. Dr Tom, meanwhile, did the night calls and ran the practice's antenatal clinic.

"People used to ask which of them was the senior partner," said their daughter, Dr Ruth Ellison, herself a GP in Chester. "The honest answer is Mum, but Dad would never admit it."

She was a pioneer in the treatment of post-natal depression at a time when it was rarely discussed, and in 1979 she set up a mothers' support group at Hoylake Cottage Hospital that still meets today.

Dr Peter Sallis, who joined the practice as a trainee in 1988 and later became a partner, said she had been "the finest diagnostician I have ever worked with". He recalled that she once spotted a brain tumour in a patient who had come in with a sprained wrist.

She retired in 2006, two years after her husband. The couple spent their retirement sailing on the Dee estuary and walking in Snowdonia. Tom died in 2020.

In later years she was a trustee of the Wirral Hospice St John's and a keen member of the Hoylake Chess Club, where she was undefeated champion for six years in a row.

She is survived by her children, Ruth, Michael and Catherine, and seven grandchildren.
"""),

dict(title="Councillors split over 300-home plan on edge of market town", text="""
Plans for 300 homes on farmland on the edge of Malton have been approved by North Yorkshire Council's planning committee, despite strong objections from residents and the town council.

The development, by Ryedale Homes, will be built on fields off Broughton Road and include 90 affordable homes, a new primary school site and a small park. It was approved by seven votes to five after a three-hour debate.

Members were sharply divided. Cllr Jenny Hartley, who represents Malton, said the town's roads and GP surgery could not cope, while Cllr Paul Summers, the committee's vice-chair, said the district badly needed affordable housing. "I have constituents who are in their thirties and still living in their childhood bedrooms," he said. "I'm not prepared to tell them to wait another ten years," she countered, "but I'm not prepared to see the surgery collapse either."

The committee chair, Cllr Andrew Lee, said he had sympathy with both arguments but that the council's planning officers had found no lawful grounds for refusal. He warned that rejecting the scheme could lead to a costly appeal that the council would almost certainly lose.

Mrs Sandra Bell, who spoke on behalf of the Save Broughton Fields group, told the meeting that residents were "not nimbys" but felt their concerns had been ignored. She said her own street already flooded twice a year.

The developer's agent, Mr Mark Fowler, said the firm would contribute £1.4m towards improvements at the Broughton Road junction and a further £400,000 to the surgery. He said the company had "listened carefully" during the consultation and reduced the number of homes from 350.

Malton Town Council's chair, Cllr Lorraine Dyer, said afterwards that she was "bitterly disappointed". She said the town council would ask the Secretary of State to call the application in.

The local MP, Mrs Alison Crewe, has previously said she opposes the scheme.

Work is expected to begin next spring if no call-in is granted. Cllr Hartley said she would keep pressing for the promised surgery funding. "I'll believe the money when I see it," she said.
"""),

dict(title="Father and daughter share the joy as Tran claims maiden Australian Open title", text="""
When Sophie Tran's final putt dropped on the 18th green at Kingston Heath on Sunday, the first person she ran to was her caddie. He was also her father.

The 22-year-old from Springvale shot a final-round 67 to win the Women's Australian Open by two strokes from South Korea's Kim Ha-eun and England's Charley Whitmore, claiming the first professional title of her career.

Minh Tran, who came to Australia as a refugee from Vietnam in 1982 and taught himself golf on public courses in Melbourne's south-east, has carried his daughter's bag since she was 13.

"He's the reason I play," Sophie said, her voice cracking. "He used to take me to the driving range after his shifts at the factory. He'd be exhausted and he'd still stand there for two hours watching me hit balls."

Mr Tran, 61, was too emotional to say much. "I'm very proud of her," he said. "She works so hard. Much harder than me."

Sophie, who turned professional last year after playing college golf in Arizona, began the day one shot behind Kim. She drew level with a birdie at the 12th and took the lead for good with an eagle at the par-five 14th, holing a 30-foot putt that brought a roar from the crowd.

Kim, a two-time winner on the LPGA Tour, was gracious in defeat. "Sophie played beautifully today," she said. "She has a very bright future."

Whitmore, who led after the second round, said she had struggled with the greens on the final day. "I just couldn't get anything to drop," she said.

Golf Australia chief executive Mr Stephen Pitt said the win would be a huge boost for the women's game. "Sophie's story is one every young golfer in this country should hear," he said.

Sophie said she would use some of the $250,000 prize money to pay off her parents' mortgage. Her mother, Lan, watched from behind the 18th green with Sophie's younger brother, Daniel.

"Mum doesn't like watching," Sophie said. "She says it makes her feel sick. But she was there today, and that meant everything."
"""),

dict(title="Patient hails 'miracle' trial drug as cancer vanishes", text="""
A grandmother from Dundee who was told she had months to live says an experimental treatment has given her "a second life" after scans showed no sign of her bowel cancer.

Mrs Dawn Fielding, 64, was one of 42 patients enrolled in a trial of a new immunotherapy drug at Ninewells Hospital, led by Professor Andrew Lyall.

She was diagnosed with advanced bowel cancer in 2022 after months of stomach pain and fatigue. Chemotherapy had failed to slow the disease when her oncologist suggested she apply for the trial.

"I said yes before he'd finished the sentence," Mrs Fielding said. "I had nothing to lose. I just wanted to see my granddaughter start school."

After six months of treatment, her scans were clear. Eighteen months later, they remain so.

Professor Lyall said he was cautious about using the word cure. "Dawn's response has been remarkable, and she is one of several patients in the trial who have done extremely well," he said. "But we need to follow these patients for years before we can say what this drug really does."

He said about a third of patients on the trial had seen their tumours shrink significantly, though some had suffered serious side effects, including inflammation of the liver.

The trial's research nurse, Mr Josh Carey, who saw Mrs Fielding every fortnight throughout her treatment, said she had been an inspiration to the team. "She never missed an appointment and she always brought biscuits," he said. "I think she was more worried about me than I was about her."

Mrs Fielding's husband, Gordon, said the past two years had been "a rollercoaster". He said he had given up his job as a taxi driver to care for his wife during the worst of her illness.

Dr Karen Whyte, of the charity Bowel Cancer UK, welcomed the results but said more research was needed. She urged anyone with persistent symptoms to see their GP.

Mrs Fielding said she and her husband were planning their first holiday abroad in a decade. "We're going to Majorca," she said. "Gordon wants to go somewhere hot. I just want to go somewhere."
"""),

dict(title="Founder steps back as new chief takes over Scottish gin distillery", text="""
The founder of one of Scotland's best-known craft gin brands is to step back from day-to-day management, handing control of the business to a former drinks industry executive.

Ms Isla Grant, who launched Skerry Gin from a converted byre on Orkney in 2014, will become non-executive president of the company. She will be replaced as chief executive by Ms Deborah Kinnear, previously commercial director at Diageo's Scottish malts division.

Chairman Mr Alasdair Munro said the board was delighted to have secured someone of Ms Kinnear's calibre. "Deborah has built some of the biggest spirits brands in the world," he said. "She understands that Skerry is something different, and she has no intention of changing what makes it special."

Ms Grant, 52, started the distillery with a £30,000 loan and a second-hand copper still. It now employs 46 people on Orkney and sells in 30 countries, with turnover last year of £11.2m.

"I'm a distiller, not a chief executive," she said. "I've been doing a job I was never trained for, and I'm proud of what we've built, but the business needs someone who can take it to the next level."

She said she would return to the still room to work on new products, including a whisky due for release in 2027.

Ms Kinnear, who grew up in Stromness, said she was "coming home in every sense". She said her priority would be growth in North America and Asia, where demand for Scottish craft spirits was rising fast.

The company's head distiller, Mr Magnus Flett, who has worked with Ms Grant since the first batch, said staff had been reassured by the appointment. "Isla's not going anywhere, she'll still be in here every day annoying us," he said. "And Deborah's one of us. Her granny lived two doors down from mine."

Analyst Mr Robert Ingram of Spirits Business Insight said the move made sense. He said founders often struggled as companies grew beyond a certain size, and that Ms Grant had shown "real self-awareness" in stepping aside.

The change takes effect on 1 April.
"""),

dict(title="Woman jailed for stabbing partner during argument over money", text="""
A woman who stabbed her partner in the chest during an argument about money at their home in Frankston has been jailed for four years.

Tanya Marie Costello, 36, pleaded guilty in the County Court of Victoria to intentionally causing serious injury to Mr Dean Walker, 41, in November 2022.

The court heard that Costello and Mr Walker had been drinking for several hours when they began arguing over a missing $600. She picked up a kitchen knife and stabbed him once, puncturing his lung.

Mr Walker managed to call triple zero himself before collapsing in the hallway. Paramedics found him unconscious, and he spent two weeks in the Alfred Hospital, including four days in intensive care.

Prosecutor Ms Rhiannon Day said Costello had made no attempt to help her partner after the stabbing and had instead left the house and gone to a friend's flat in Seaford. She was arrested there the following morning.

Her barrister, Mr Nathan Greco, said his client had endured years of violence from previous partners and had been abusing alcohol since her teens. He said she had no memory of the stabbing and was "horrified" by what she had done.

"She does not seek to minimise it," Mr Greco said. "She knows she could have killed him."

In a victim impact statement, Mr Walker said he still had nightmares and could no longer work as a labourer. He said he did not want Costello to go to prison but wanted her to get help.

"I loved her. I probably still do," he wrote. "But I can't be around her."

Sentencing, Judge Elizabeth Marron said she accepted that Costello's remorse was genuine and that her childhood had been marked by "profound neglect". But she said the offence was serious and that only a term of imprisonment was appropriate.

"You used a lethal weapon against a man who posed no threat to you," Judge Marron told her.

The judge set a non-parole period of two years and three months. Costello, who has already served 14 months on remand, sat with her head bowed as the sentence was read. Her mother, Mrs Lynette Costello, wept in the public gallery.
"""),
]
