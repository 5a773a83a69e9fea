ARTICLES = [
("Border Telegraph & Argus", """Thousands line Hawick streets as Cornet leads Common Riding cavalcade

HAWICK, Friday. The horses came round the corner of the High Street at a gallop, and the crowd, ten deep in places, roared.

More than 300 riders followed this year's Cornet, 24-year-old joiner Ross Scott, on the traditional Chase up the Nipknowes on Friday morning, the high point of the Hawick Common Riding.

The festival marks the capture of an English flag by local youths at Hornshole in 1514, a year after the Battle of Flodden, and the riding of the town's boundaries. The Cornet carries the Banner Blue throughout the week.

As in every year, the crowd sang the town's anthem, Teribus, with its famous refrain:

Teribus ye teri odin,
Sons of heroes slain at Flodden,
Imitating Border bowmen,
Aye defend your rights and common.

The words "Teribus ye teri odin" have puzzled historians for centuries. The most common explanation is that they are a corruption of an old battle cry, possibly invoking the Norse gods Thor and Odin, but nobody knows for certain. In Hawick, few people mind.

"It doesn't matter what it means. Everybody knows what it means," said Jean Elliot, 79, who has watched the Chase from the same spot outside the Horse monument for more than 60 years.

Cornet Scott said leading the cavalcade had been "the proudest moment of my life, and my dad's, and my granddad's". His grandfather, Walter Scott, was Cornet in 1968.

"When you come over the top of the Nipknowes and you look back and see all those riders behind you, you can't describe it. You just can't," he said.

Police Scotland said the day had passed off without major incident. St John Scotland volunteers treated a small number of people for minor injuries, including one rider who fell at the foot of the hill but remounted.

The Common Riding continues on Saturday with races at the Mair and the traditional dinner in the town hall. The Banner Blue will be returned to the Provost on Saturday evening."""),

("The Wexford Courier", """'Nobody gave us a chance': Oylegate camogie boss on reaching All-Ireland final

Oylegate-Glenbrien camogie manager Siobhán Doyle guided the club to a first All-Ireland intermediate club final with a shock semi-final win over Galway opposition last weekend. She spoke to the Courier about belief, buses and bananas.

Where were you when the final whistle went?

On my knees, to be honest. I'd been crouched down behind the line for the last five minutes because I couldn't watch. Somebody had to tell me it was over.

Did you believe you could win?

I did. I'm not sure anyone else did. Nobody gave us a chance. We read the previews. We read the odds. We put them up on the wall of the dressing room.

What was the turning point?

The goal just before half-time. Aoife Kinsella, 18 years of age, soloing through three players and finishing to the top corner. The whole squad lifted. You could see it.

How do you prepare a club team for something this big?

Same as always. Training Tuesday and Thursday. Sunday morning session. Bananas and jelly babies at half-time. The girls have jobs, college, kids. We can't do what county teams do, so we don't try.

And the bus home?

Loud. Very loud. I think the driver has lost his hearing. We stopped in Kilkenny for chips and the whole chipper ended up singing with us.

Who do you play in the final?

A club from Cork. Very strong. Very well organised. We'll respect them, but we won't fear them.

What does this mean to the parish?

Everything. There are flags on every house from Oylegate to Glenbrien. The school had a half-day. My mother rang me in tears. It's a small place. Everybody knows everybody. They've all been part of this.

Any message for supporters?

Get to Croke Park. Bring the noise. Bring your grandmother. We'll need every one of them.

The All-Ireland intermediate club final takes place at Croke Park on Saturday week. Tickets are available from the club and online. A supporters' bus will leave the GAA grounds at 8am."""),

("Deccan Wire Service", """India, Japan agree to expand semiconductor and rail cooperation

New Delhi, Sept 5 (DWS): India and Japan on Thursday agreed to deepen cooperation in semiconductors, high-speed rail and clean energy, following talks between the External Affairs Minister and his visiting Japanese counterpart, Haruka Morimoto, in the capital.

The two sides signed three memoranda of understanding, including one on semiconductor supply chain resilience and another on skill development for Indian engineers working on the Mumbai-Ahmedabad high-speed rail project, which uses Japanese Shinkansen technology.

Speaking at a joint press briefing, Ms Morimoto described the relationship as one of the most important in Asia. "日本とインドは、自由で開かれたインド太平洋を共に支える柱です," she said, speaking through an interpreter. The official translation read: "Japan and India are pillars that together support a free and open Indo-Pacific."

Officials said the talks also covered regional security, maritime cooperation and the situation in the Indo-Pacific. Japan is one of the largest sources of foreign direct investment in India, with cumulative investment of over USD 40 billion since 2000, according to government data.

Indian officials said discussions on semiconductors focused on attracting Japanese materials and equipment makers to set up units in India, particularly in Gujarat and Assam, where chip assembly plants are under construction.

A senior official said the rail agreement would allow around 1,000 Indian engineers and technicians to receive training in Japan over the next five years. "Our aim is that India should not only build high-speed rail but maintain and eventually design it," the official said.

The foreign minister is also scheduled to meet business leaders in Mumbai on Friday, including representatives of Japanese companies such as Suzuki, Toyota, Hitachi and NEC, which have large operations in India.

The visit comes ahead of the annual India-Japan summit, expected to be held in Tokyo later this year.

Japan's ambassador to India told reporters the relationship had "never been stronger". "We have shared values, and we also have shared interests. That is a good combination," he said."""),

("Tyneside Evening Post", """Whitley Bay band's song about the Spanish City goes viral

A song by a Whitley Bay indie band about the town's famous Spanish City dome has been streamed more than two million times after a clip went viral on social media.

The Lighthouse Keepers, a four-piece made up of two sets of brothers who went to Whitley Bay High School, posted a rough video of themselves playing the song on the seafront last month. Within a week it had been shared tens of thousands of times.

The song, Under the Dome, is a love letter to the seaside town's faded glamour and recent revival. Its chorus goes:

Meet me under the dome when the tide goes out,
We'll be young again, we'll be young again,
And the whole of the coast will know what it's about,
We'll be young again, we'll be young again.

Singer and guitarist Callum Reid, 24, said he wrote it in about 20 minutes after a night out. "We were sitting on the wall outside the Spanish City at two in the morning and my brother said, someone should write a song about this place. So I did," he said.

The band's account, @lighthousekeepersband, has gained more than 80,000 followers since the clip was posted, and fans have been sharing videos of themselves singing the chorus at the dome using #UnderTheDome and #WhitleyBay.

The band has since been approached by two record labels and will play a sold-out headline show at Newcastle's Boiler Shop next month.

North Tyneside's elected mayor said the song had "captured something special about the coast". The Spanish City, which opened in 1910, was restored and reopened in 2018 with restaurants and an events space after years of decline.

Bassist Jack Reid, 21, said the attention had been "mental". "Our nana's been stopped in Morrisons by people asking for a selfie. She loves it," he said.

The band said all proceeds from the single's first month would go to a local mental health charity.

Under the Dome is available on all major streaming platforms."""),

("Galway Western Herald", """Galway-built ocean sensors to track Atlantic warming off west coast

A fleet of ocean sensors, several of them assembled at the Marine Institute in Oranmore, will be deployed off the west coast this summer as part of an international effort to track rapid warming in the North Atlantic.

The instruments, known as Argo floats, drift with ocean currents and dive to depths of up to 2,000 metres every ten days, measuring temperature and salinity as they rise back to the surface. They then transmit their data by satellite before sinking again.

Ireland will deploy 12 floats this year, including four newer "BGC" (biogeochemical) floats that also measure oxygen, nitrate, pH and chlorophyll, i.e. indicators of ocean health and plankton growth.

Each float uses a CTD sensor, such as the SBE 41CP model, to measure conductivity, temperature and depth. The biogeochemical floats carry additional sensors and cost several times more than standard models.

Dr Aoife Moran, an oceanographer at the institute, said the floats filled a gap that satellites could not. "Satellites give us a wonderful picture of the surface. But most of the heat the ocean absorbs is stored below the surface, and that's where Argo comes in," she said.

Sea surface temperatures off the west of Ireland reached record levels during a marine heatwave in June 2023, up to 5C above normal in some areas. Scientists are still working to understand the causes, which may include changes in wind patterns, reduced dust over the Atlantic and lower emissions of shipping aerosols.

The floats will be launched from the RV Celtic Explorer during a research survey in July. Data from every Argo float worldwide, currently numbering close to 4,000, is freely available to scientists within 24 hours.

Dr Moran said students from a Galway secondary school had signed one of the floats before deployment and would be able to track its journey online. "Last year one of our floats ended up near Iceland. The kids were delighted," she said.

The Irish Argo programme is funded by the Marine Institute, with support from the EU."""),

("Hunter Valley Wire", """Vale Bill Donnelly, Scone horseman who never missed a Cup day

Bill Donnelly trained horses. He bred horses. He talked about horses to anyone who would listen, and to a fair few who wouldn't.

He died at home in Scone on Sunday. He was 87.

Born in Muswellbrook in 1937, Mr Donnelly left school at 14 to work as a strapper at a stud near Aberdeen. He rode a handful of winners as an apprentice jockey before, in his words, "the pies caught up with me". He took out a trainer's licence in 1962.

Over the next five decades he trained more than 600 winners, most of them at country tracks across the Hunter and the north-west. His best horse, a chestnut gelding called Dartbrook Lad, won the Scone Cup twice, in 1979 and 1981.

He never missed a Scone Cup meeting. Not once, in 70 years. Not even in 2019, when he watched from a wheelchair after a hip operation.

"Dad would say, there are two days a year that matter: Christmas and Cup day. And he wasn't sure about Christmas," said his daughter, Maree Donnelly.

Fellow trainer Pat Hennessy said Mr Donnelly was "old school, in the best way". "He'd sit on a bucket in the stable and talk to a horse for an hour. People laughed. But his horses always looked happy," he said.

He was also a long-serving member of the Scone Race Club committee, a volunteer with the local Rural Fire Service brigade and a fierce supporter of the Scone Thoroughbreds rugby league side.

He is survived by his wife of 62 years, Joan, their four children, eleven grandchildren and three great-grandchildren.

A funeral service will be held at St Mary's Catholic Church, Scone, on Friday at 11am, followed by a wake at the racecourse. The family has asked mourners to wear the colours of their favourite stable.

Horses were his life. Scone was his home. He will be missed on Cup day."""),

("Cornish Gazette & Mercury", """Measles vaccine clinics added in Camborne and Redruth after cases confirmed

Editor's note: This article has been updated to include additional clinic dates provided by the NHS on Wednesday afternoon.

Extra walk-in vaccination clinics are being held in Camborne and Redruth after three confirmed cases of measles in children in west Cornwall.

The UK Health Security Agency (UKHSA) said the cases were linked and that close contacts had been identified and offered advice. All three children are recovering at home.

Health officials are urging parents to check their children's vaccination records in the "red book" or with their GP surgery, and to book any missed doses of the MMR (measles, mumps and rubella) vaccine.

Clinic dates:

1. Camborne, Community Centre, Saturday 10am to 3pm;
2. Redruth, Tolgus Health Hub, Monday 4pm to 7pm;
3. Pool, Cornwall College campus, Wednesday 12 noon to 5pm;
4. Hayle, Passmore Edwards Institute, Friday 10am to 2pm.

No appointment is needed. The clinics are open to anyone aged one year or over who has not received two doses of MMR, including adults.

Dr Ruth Penhallow, Cornwall's director of public health, said measles was "not a mild illness". "It spreads incredibly easily, and it can cause serious complications, e.g. pneumonia and swelling of the brain. Two doses of MMR give excellent, lifelong protection," she said.

Uptake of the second MMR dose among five-year-olds in Cornwall is around 86 per cent, below the 95 per cent target recommended by the World Health Organization (WHO).

Symptoms of measles include a high fever, sore red eyes, a runny nose and a blotchy rash that usually appears a few days after the first symptoms. Anyone who thinks they or their child may have measles should phone their GP surgery or NHS 111 before going in, to avoid spreading the infection.

A mother at the Camborne clinic, Lowenna Tregear, said she had come after reading about the cases online. "My youngest missed his second jab during Covid. I kept meaning to sort it. This was the kick I needed," she said."""),

("Kerala Newsline", """Kerala-born retailer opens 100th store in UAE, plans U.S. expansion

Dubai, Dec 2: Al Noor Hypermarkets LLC, a retail group founded by a migrant from Thrissur who arrived in Dubai with Rs 800 in his pocket in 1982, has opened its 100th store in the United Arab Emirates.

The new outlet, in Dubai's Al Barsha neighbourhood, was inaugurated on Monday by the group's founder and chairman, P.V. Joseph, 68, in the presence of UAE officials, Indian diplomats and several hundred employees.

The group, which operates hypermarkets, supermarkets and express stores across the UAE, Oman and Qatar, employs more than 14,000 people, about half of them from Kerala. Its annual turnover is estimated at over USD 1.8 billion.

Mr Joseph began his career as a salesman in a small grocery in Deira. He opened his first shop, a 1,200 sq ft supermarket in Karama, in 1991.

Speaking at the opening, he quoted a phrase he said his first Emirati landlord had told him: "اللي ما يعرف الصقر يشويه," which translates roughly as "He who doesn't know the falcon grills it" — meaning that people who do not understand the value of something will waste it. "He told me, know the value of every customer. I have tried," Mr Joseph said.

The group announced plans to enter the United States, with two stores in Texas and New Jersey targeting the Indian and Gulf diaspora. A U.S. subsidiary, Al Noor Retail Inc., has been registered in Delaware.

Managing director Anitha Joseph, the founder's daughter, said the U.S. stores would stock products from Kerala and the Gulf, including fresh fish flown in twice a week. "There are a lot of Malayalis in America who miss the taste of home," she said.

The group also said it would open a sourcing and packing centre near Kochi next year, creating around 600 jobs, to supply its stores with vegetables, spices and processed foods from Kerala farmers.

The Indian Consul General in Dubai also praised the group's contribution to the Indian community in the Gulf."""),

("Leinster Observer", """Count centre diary: how the day unfolded in Portlaoise

The count for Laois County Council's three electoral areas took place at the Midlands Park Hotel in Portlaoise over two days. Here is how the first day unfolded, as recorded by our reporters at the count centre.

08.45: Ballot boxes arrive under Garda escort. Tallymen and tallywomen from every party are already lined up at the barriers with clipboards and pens.

09.00: Boxes opened. The first bundles of ballot papers are tipped onto the tables and the sorting begins.

10.30: First tallies suggest a strong vote for sitting councillors in Portlaoise. One veteran tallyman says: "No big surprises yet. Yet."

11.15: Early tally figures from the Graiguecullen-Portarlington area suggest an Independent newcomer is in the running for a seat. Party workers huddle in the corridor.

12.40: Tea and sandwiches. The hotel's soup, according to at least one candidate, is "the best thing about the whole election".

14.00: Turnout confirmed at 49.8 per cent across the county, slightly down on the last local elections.

15.20: First count in Portlaoise announced. Two candidates exceed the quota and are deemed elected. Cheers, hugs, and one candidate lifted onto shoulders, somewhat unsteadily.

16.45: Returning officer announces a recount of one box in Borris-in-Ossory-Mountmellick following a request from a candidate. Nobody is going home early.

18.30: Second count in Graiguecullen-Portarlington. The distribution of a surplus gives the Independent newcomer a boost of 212 votes.

20.00: Proceedings adjourned for the night with 11 of the 19 seats filled. The remaining counts resume at 9am tomorrow.

Speaking as she left, one newly elected councillor said she was "exhausted, delighted and starving". Another said: "I'll believe it when I see it in the paper."

Full results from every electoral area, with count-by-count figures, will be published in next week's edition.

What happens next?

The new council will hold its first meeting, at which a Cathaoirleach will be elected, in County Hall in Portlaoise next month."""),

("Norfolk Broadland Echo", """Review: Aladdin at the Theatre Royal lives up to its billing. Oh yes it does!

Pantomime is not subtle. Nobody goes to a pantomime for subtlety. And this year's Aladdin at Norwich Theatre Royal is gloriously, shamelessly unsubtle from the first flash of the pyrotechnics to the final bow.

Is it silly? Yes. Is it loud? Yes. Did the man sitting behind me, a grandfather of about 70, shout "He's behind you!" louder than any of the children? Oh yes he did.

Returning dame Ricky Dawes, in his eleventh year at the theatre, plays Widow Twankey with the timing of a man who knows every gag lands because he has tested it on thousands of Norfolk audiences. His costume changes, eleven of them by my count, each more outrageous than the last, brought gasps and cheers.

The script is stuffed with local jokes. Great Yarmouth takes a beating, as tradition demands, and there is an extended routine about the A47 that had the audience in tears.

Oh no it isn't. Oh yes it is. Oh no it isn't. Oh yes it is. This exchange, with the villainous Abanazar, goes on for a good two minutes, and not a single child in the stalls tires of it. Neither, it must be said, do the adults.

Newcomer Priya Sandhu is a warm and confident Aladdin, and her duet with the Princess, a reworked pop ballad, is one of the few moments when the theatre falls quiet.

Not everything works. A long sequence involving a giant custard pie runs out of steam, and some of the songs feel chosen for the parents rather than the children. But those are quibbles.

Verdict: Four stars.

Aladdin runs at Norwich Theatre Royal until January 12. Relaxed and signed performances are available on selected dates."""),

("Riverina Newswire", """Police seize firearms and cash in Narrandera drug raids

Police have seized six firearms, more than $40,000 in cash and a quantity of methylamphetamine during raids on three properties in Narrandera on Tuesday morning.

Officers from Murrumbidgee Police District, assisted by the Riverina Region Enforcement Squad and the Dog Squad, executed search warrants at homes on Bolton Street, Larmer Street and a rural property on the outskirts of the town.

In a statement, NSW Police said:

"Officers located and seized six firearms, including two unregistered pistols, ammunition, approximately 28 grams of a substance believed to be methylamphetamine, and cash totalling $41,650. A 39-year-old man and a 33-year-old woman were arrested at the Bolton Street address and taken to Narrandera Police Station."

The man has been charged with supplying a prohibited drug, possessing an unauthorised pistol, and dealing with the proceeds of crime. The woman has been charged with knowingly taking part in the supply of a prohibited drug. Both were refused bail to appear at Griffith Local Court on Wednesday.

Det Sgt Amy Lucas said the operation followed a six-month investigation into the supply of drugs in Narrandera and surrounding towns.

"This sort of activity causes real harm in small communities. Everybody knows somebody affected by ice," she said.

Narrandera Shire mayor Katie Goodwin said the community would be relieved. "People in town have been talking about this for a long time," he said.

Investigations are continuing.

Anyone with information about drug supply is urged to contact Crime Stoppers on 1800 333 000 or report online. Information is treated in strict confidence."""),

("Pune Metro Despatch", """Marathi play on Pune's vanishing wadas returns to stage after 30 years

Pune, Feb 26: A celebrated Marathi play about a family forced to leave its ancestral wada in Pune's old city has returned to the stage 30 years after its first run, with a new cast and a packed opening night at Bharat Natya Mandir on Saturday.

Wadyachi Bhint (The Wall of the Wada) follows three generations of a family in Sadashiv Peth as their 150-year-old courtyard house is sold to a developer. First staged in 1994, it was written by the playwright Shrikant Gokhale, who died in 2016.

The revival is directed by his daughter, Mrudula Gokhale-Patil, who said the story had become "more relevant, not less" as the old city continued to change.

"When my father wrote it, there were still hundreds of wadas. Now you can count the surviving ones. People who come to see the play are not watching history. They are watching their own street," she said.

In the play's most famous scene, the grandmother refuses to leave her room and speaks to the wall where her husband's photograph once hung. Her line, "ही भिंत माझी साक्षीदार आहे," which translates as "This wall is my witness," drew a long silence and then applause on Saturday.

Veteran actor Shubhangi Rane, 72, who played the granddaughter in the original 1994 production, now plays the grandmother. "Thirty years ago I was the child watching her. Now I am her. It is very strange and very beautiful," she said.

Heritage activists in the audience said they hoped the revival would spur action to protect the remaining wadas. A 2022 survey by a city-based conservation group found fewer than 250 surviving wadas of architectural interest in the old city, many in poor condition.

The play will run at Bharat Natya Mandir on weekends until the end of March, with shows at Yashwantrao Chavan Natyagruha in Kothrud in April.

Tickets are priced between Rs 200 and Rs 500. English surtitles are available for Sunday evening performances."""),
]
