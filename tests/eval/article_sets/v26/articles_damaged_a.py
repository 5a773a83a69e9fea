ARTICLES = [

# D1 glued, stray, furniture
("Harwick Evening Standard", """Harwick bin collections to move to fortnightly schedule from April

Households across Harwick will have their general waste collected every two weeks instead of weekly from April, after councillors backed the change at a heated meeting on Tuesday night.

The cabinet of Harwick District Council voted five to two in favour of the plan, which officers say will save around £640,000 a year and lift recycling rates that have stalled at 38 per cent.

Food waste will still be collected weekly, and every household will be given a new 23-litre caddy free of charge.

Councillor Denise Okafor, cabinet member for environment, said the authority had "run out of road" on its budget. "Nobody comes into local government wanting to cut a service people can see outside their front door," she said. "But the alternative was closing one of our two leisure centres, and residents told us very clearly they did not want that."

Opposition members argued the change would lead to overflowing bins and more fly-tipping in terraced streets where there is little room to store waste. Councillor Martin Pybus, who represents the Castlegate ward⟦stray: ,⟧ said the town's narrow back lanes were already a magnet for rubbish.

"I've got constituents in Foundry Row who share one alley between forty houses," he said. "Tell me where forty wheelie bins go for a fortnight."

Officers said larger bins would be offered to families of six or more and to households with medical needs, and that crews would carry out extra patrols in known hotspots during the first three months.

Gail Thursby, 71, of Abbey Road, said she was most worried about ⟦glued:thesummer⟧ months. "It's the smell and the flies I'm thinking about," she said. "We had a strike here in 2022 and the whole street was buzzing by day ten."

The first fortnightly collections begin on April 7. Leaflets with the new calendar will be posted to every address in March, and residents can also check their dates on the council website.

⟦furniture:Share this story: Facebook | X | WhatsApp | Email | Copy link⟧
"""),

# D2 break, fragment, embed
("Pacific Archipelago Wire", """Ferry runs aground off Romblon, all 212 passengers rescued

ROMBLON, Philippines (PAW) - A passenger ferry ran aground on a reef off Romblon island early on Sunday, but all 212 passengers and 31 crew were brought safely to shore, the coast guard said.

The MV Santa Clarita, operated by Tablas Star Shipping Lines, struck the reef at about 4.40 a.m. while approaching the port of Magdiwang in rough seas whipped up by the northeast monsoon.

Coast guard district commander Capt. Renato Villarama said two patrol boats and several fishing bancas reached the vessel within an hour. "The hull was breached in the forward section but the vessel did not list dangerously," he told reporters at the pier. "The crew acted correctly and kept everyone calm."

Passengers were transferred in small groups. ⟦fragment:Wearing life vests and carrying only what they could hold in their hands.⟧ Seven people were taken to the provincial hospital with minor injuries, including a pregnant woman who complained of abdominal pain and was later discharged.

Rosalinda Magbanua, 54, a market vendor travelling with two grandchildren, said the impact woke everyone on the lower deck. "There was a sound like a truck hitting a wall. The children were crying but the crew kept saying 'sit down, sit down, the boats are coming,'" she said.

A video shared by a passenger showed people in orange vests lining the rails as dawn broke.

⟦embed:▶ 0:58 | Passengers wait for rescue boats as MV Santa Clarita sits on reef off Romblon | 41K views · 3 hours ago⟧

The Maritime Industry Authority said it had suspended the vessel's certificate of seaworthiness pending an investigation, and that inspectors ⟦break:would. Board⟧ the ferry once it had been refloated. The agency will also review whether the ship should have sailed at all after a gale warning was raised for the Sibuyan Sea late on Saturday.

Tablas Star Shipping said in a statement that its master had received clearance from the port authority before departure and that the company was cooperating fully. It said it would refund all fares and cover passengers' onward travel.

Salvage teams were expected to attempt to refloat the ship at high tide on Monday afternoon. Officials said there were no signs of a fuel leak, although a containment boom had been placed around the vessel as a precaution.
"""),

# D3 attribution, placeholder, dup
("Kestrel Valley Herald", """Primary school wins reprieve as county drops closure plan

A village primary school facing closure because of falling pupil numbers has been given a reprieve after county education chiefs dropped plans to merge it with a larger school six miles away.

Little Ashby CE Primary, which has 41 pupils, was one of three small rural schools named in a consultation last autumn. More than 900 people responded, the majority of them opposed to the closures.

At a meeting of the county's children's services committee on Thursday, members agreed instead to place the school in a formal federation with nearby Thornbury Primary, sharing a headteacher and some back-office staff.

⟦placeholder:[photo: Parents outside Little Ashby CE Primary - CREDIT TBC]⟧

Committee chairman Cllr Roger Haines said the strength of the response had changed minds. "We listened. That is what consultations are supposed to be for, and I don't think any of us wanted to be the people who shut the last public building in Little Ashby," ⟦attribution:he said, Cllr Haines said⟧.

The school's governors welcomed the decision but warned that the federation model would only work if pupil numbers stabilised. The village has seen almost no new family housing in two decades, and the nearest bus to the market town runs twice a day.

Chair of governors Priya Natarajan said: "This buys us time. It doesn't solve the underlying problem, which is that young families can't afford to live here."

⟦dup:1⟧

Parents gathered at the school gate on Friday morning to hear the news. Tom Whitcombe, whose two daughters attend the school, said he had been preparing to move house if the closure went ahead. "The alternative was a 25-minute minibus ride each way for a five-year-old. We were not going to do that," he said.

The two other schools named in the consultation, at Coldharbour and Westmere, will close in July as originally planned. Their pupils will be offered places at schools in Brackley Green and Hamsford, with free transport provided.

The federation with Thornbury is expected to take effect from September, subject to approval by the Diocese.
"""),

# D4 foreign, disclaimer, broken_paragraph
("Nusantara Business Daily", """Palm oil exporters brace for new EU traceability rules

JAKARTA - Indonesian palm oil exporters say they are racing to map hundreds of thousands of smallholder plots before new European Union rules on deforestation-free supply chains take full effect next year.

Under the regulation, importers into the EU must be able to show that commodities including palm oil, coffee, cocoa and rubber were not grown on land cleared after December 2020. That requires geolocation data for every plot that supplied the product.

Large plantation groups say they are largely ready. The challenge, industry officials said, lies with the estimated 2.6 million smallholders who produce around 40 per cent of Indonesia's crude palm oil and who often sell through several layers of middlemen.

"For a company that owns its estates, this is a mapping exercise. For a smallholder in Riau who sells fresh fruit bunches to a collector on a motorbike, it is a completely different world," said Hendra Wicaksono, deputy chairman of the Indonesian Palm Oil Producers Forum.

⟦foreign:Menurut dia, pemerintah harus segera menyediakan dana pendampingan agar petani kecil tidak tersingkir dari rantai pasok ekspor.⟧

Exports of palm oil products to the EU totalled around 3.7 million tonnes last year, a fraction of the volumes shipped to India and China, but European buyers tend to pay a premium for certified oil and are seen as ⟦broken_paragraph:a benchmark for

other⟧ markets that may adopt similar rules in future.

Several refiners have launched pilot projects in Jambi and West Kalimantan, using phone apps and satellite imagery to register farm boundaries. Siti Rahmawati, sustainability manager at one mid-sized refiner, said her team had mapped 14,000 plots since March. "We still have more than 60,000 to go," she said.

The Ministry of Agriculture said it was preparing a national dashboard that would allow buyers to verify the origin of shipments. Officials have also called on Brussels to recognise Indonesia's own certification scheme, ISPO, as proof of compliance.

Analysts at Mandala Securities estimated compliance costs at between US$8 and US$15 per tonne for exporters with significant smallholder supply, a cost that could eventually be passed back to farmers through lower farm-gate prices.

⟦disclaimer:This article was translated from Indonesian using machine translation and has not been reviewed by an editor. In case of discrepancy, the original version prevails.⟧
"""),

# D5 glued, break, placeholder, furniture
("Harwick Evening Standard", """Man charged after late-night crash in Marketgate

⟦furniture:News > Crime > Harwick | Sunday 14 January⟧

A 27-year-old man has been charged with dangerous driving after a car mounted the pavement in Marketgate in the early hours of Saturday, injuring two pedestrians.

Police were called at around 1.15am to reports that a silver Vauxhall Astra had struck a bollard outside the Wheatsheaf pub before coming to rest against a shop front.

A woman in her twenties suffered a broken leg and a man in his thirties was treated for cuts and bruising. Both were taken to Harwick General Hospital. The woman remains in a stable condition.

Connor Lund, of Fairfield Crescent, Harwick, has been charged with causing serious injury by dangerous driving, driving without insurance and failing to stop. He ⟦break:is due. To appear⟧ before Harwick Magistrates' Court on Monday.

Witnesses described a scene of chaos as crowds were leaving bars at closing time. Shannon Pearce, 23, who was waiting for a taxi nearby, said: "It came round the corner far too fast and the back end just went. People were screaming and running. I've never seen anything like it."

The owner of the damaged shop, Ravi Chandrasekar, who runs Marketgate Convenience, said the front window and part of the brickwork would need to be replaced. "We'll be shut for at least a week, maybe more. But honestly, I'm just glad nobody was killed," he said.

⟦placeholder:{{inline_gallery id="marketgate-crash-0113"}}⟧

Inspector Karen Doyle, of Harwick neighbourhood policing team, thanked members of the public who helped the injured before ⟦glued:emergencyservices⟧ arrived. "Their quick thinking made a real difference," she said.

Officers are still keen to hear from anyone with dashcam or doorbell footage of the car in the minutes before the crash, particularly from the Station Road and Cattle Market areas. Anyone with information is asked to call 101 quoting incident 44 of 13 January.

Marketgate was closed for around five hours while collision investigators examined the scene. It reopened shortly after 6.30am.
"""),

# D6 stray, fragment, embed, dup
("Cebu Morning Post", """Water interruptions hit 12 barangays as reservoir drops

CEBU CITY - Residents of twelve barangays in the northern districts of the city will face scheduled water interruptions of up to ten hours a day starting Monday, after levels at the Buhisan reservoir fell to their lowest point in six years.

The Metro Cebu Water District said the rotating schedule would run for at least three weeks, or until rains return. Affected areas include Talamban, Banilad, Pit-os and parts of Lahug.

"We ask our consumers to store water during the hours when supply is available and to avoid unnecessary use such as car washing and garden watering," said district spokesperson Engr. Marites Dalaguete.

The water district said the reservoir was at 38 per cent of capacity on Friday, compared with 71 per cent at the same time last year. Rainfall in the watershed from October to December was less than half the average, according to the state weather bureau.

⟦dup:1⟧

In Talamban, residents were already lining up with plastic containers at a community tap on Saturday morning. Jovelyn Cabrera, 39, a mother of four, said she had bought two extra drums. "We will manage⟦stray:，⟧ but it is hard when the children have school and everyone needs to bathe early," she said.

The city government posted the schedule on its official page late on Friday.

⟦embed:Cebu City Public Information Office
Yesterday at 9:47 PM · 🌐
ADVISORY: Scheduled water interruptions for 12 barangays starting Monday. See full schedule below. 👇
👍❤️ 1.2K · 846 comments · 2.3K shares⟧

Mayor Antonio Villacorta said water tankers from the city fire department would be deployed to schools and health centres. ⟦fragment:Especially those in upland barangays where households rely on a single line.⟧

Business groups warned that restaurants and laundry shops could be hit hard. The Cebu Chamber of Commerce said it would ask the water district to publish a firm schedule at least 48 hours in advance so small firms could plan.

The water district said it was also fast-tracking the connection of two new deep wells in Mandaue that could add around 8,000 cubic metres a day to supply by March.
"""),

# D7 attribution, foreign, disclaimer
("Rio Grande do Sul Correspondent", """Flood-hit farmers in southern Brazil count cost of lost soybean harvest

PORTO ALEGRE - Farmers in the southern Brazilian state of Rio Grande do Sul say they have lost up to half of this season's soybean crop after three weeks of heavy rain left fields under water just as harvesting was due to begin.

The state agriculture secretariat estimated on Wednesday that around 1.1 million hectares had been affected, mostly in the central valley and the western frontier region near Argentina.

In the municipality of Cachoeira do Sul, grower Marcelo Bertoldi walked through a field where pods had split open and beans had started to sprout on the stem. "Three months of work, and now this. You can't sell beans that have germinated. They are worth nothing to the crusher," ⟦attribution:he said, Bertoldi told reporters⟧.

⟦foreign:A cooperativa local estima que mais de quatrocentas famílias precisarão de crédito emergencial para plantar a próxima safra de trigo.⟧

Agricultural economists said the losses would dent Brazil's national soybean output but were unlikely to move global prices significantly, given strong harvests in the centre-west states of Mato Grosso and Goiás.

"Nationally this is a local story. For Rio Grande do Sul, it is a disaster," said Fernanda Kloster, an analyst at a Porto Alegre consultancy. She said many farmers in the state were still repaying loans taken out after a drought two seasons ago.

The federal government has promised to extend repayment deadlines for rural credit in affected municipalities, and the state has declared an emergency in 84 towns. Farm unions are pushing for debt relief rather than rescheduling.

Roads remain a problem. Several bridges on secondary routes were washed away, and trucks carrying the grain that could be saved have been forced into detours of more than 100 kilometres.

Forecasters expect drier weather from the weekend, which could allow harvesting to resume in fields that have not been flooded. But for many, the damage has been done.

"We will plant again. We always plant again," said Bertoldi's neighbour, Ivone Schmitt, 63. "But I don't know how many more years like this people can take."

⟦disclaimer:Note: This report was produced with the help of an automated translation tool. Quotes have been translated from Portuguese and may not reflect the exact wording of the speakers.⟧
"""),

# D8 glued, broken_paragraph, placeholder
("Waikato Valley Times", """Te Aroha pool to stay open through winter after community fundraiser

Te Aroha's heated community pool will stay open through winter for the first time in its history after a fundraising drive by local swimmers raised more than $180,000.

The Matamata-Piako District Council had planned to close the indoor pool from May to September to save on power costs, which have almost doubled in three years.

But the Te Aroha Swim Club, backed by the local Rotary and two dozen businesses, offered to cover the shortfall for two winters while the council investigates switching the pool to a heat pump system.

Club president Hayley Te Whata said the campaign had gone ⟦broken_paragraph:further than anyone expected. More

than⟧ 400 people gave money, from pensioners who put in five dollars to a local orchard that donated $20,000.

"Kids in this town learn to swim in winter or they don't learn at all, because the summer lessons book out in an hour," she said. "And for our older members, the warm water is the only exercise some of them can do."

⟦placeholder:Photo: undefined⟧

Council community facilities manager Greg Hollis said the agreement would be reviewed after the first winter. "We're grateful to the community. This is a genuine partnership, and it gives us breathing space to look at the longer-term options properly," he said.

The heat pump conversion has been costed at about $1.4 million. The council has applied for a grant from a government energy efficiency fund and expects a decision by the end of the year.

Regular swimmer Bill Kerrigan, 82, said he had been swimming at the pool ⟦glued:almostevery⟧ morning since he retired from the dairy factory in 2004. "My knees are no good on land. In the water I'm twenty again," he said.

Winter hours will be slightly shorter than in summer, with the pool open from 6am to 7pm on weekdays and 8am to 4pm at weekends. Prices will not change.
"""),

# D9 stray, break, furniture, embed
("Touchline Sports Weekly", """Late penalty sends Eastbridge Rovers into cup quarter-finals

Eastbridge Rovers booked a place in the county cup quarter-finals with a 2-1 win over Halton Athletic on Saturday, settled by a stoppage-time penalty from captain Dean Mallory.

The tie at Ferry Lane looked destined for extra time until Halton defender Luke Sandford brought down substitute Isaac Boateng in the box in the 93rd minute. Mallory sent the goalkeeper the wrong way to spark wild celebrations among the 740 home supporters.

⟦furniture:ADVERTISEMENT - CONTINUE READING BELOW⟧

Halton, who sit two divisions higher, had taken the lead just before half-time when Jordan Keyes headed in from a corner. Rovers levelled on 67 minutes through Sam Okonkwo, who turned sharply on the edge of the area and found the bottom corner.

Rovers manager Phil Garside said his side deserved the win. "We ⟦break:knew. They⟧ would have more of the ball, so we sat in, stayed compact and waited for our moments," he said. "The lads ran until they dropped. I couldn't be prouder of them⟦stray:!!⟧"

Halton boss Craig Mullins was less happy with the decision. "I've seen it ten times and I still don't think it's a penalty. The lad goes down very easily," he said. "But we didn't do enough in the second half, and that's on us."

Rovers shared a clip of the winning moment shortly after the final whistle.

⟦embed:@EastbridgeRovers
MALLORY FROM THE SPOT IN THE 93RD MINUTE!!! WE'RE IN THE QUARTERS!!! 🔴⚪
[video 0:34]
4:52 PM · 3,104 views · 212 reposts · 968 likes⟧

It is the first time Rovers have reached the last eight of the competition since 1997, when they lost to eventual winners Moorside Town.

The quarter-final draw takes place on Monday evening. Ties will be played on the weekend of February 17.

Teams:
Eastbridge Rovers: Whitley, Adeyemi, Crane, Foster, Lam, Mallory, Harte, Okonkwo, Pryce (Boateng 78), Devlin, Jarvis.
Halton Athletic: Monks, Sandford, Riley, Keyes, Evans, Grant, O'Neill, Shaw, Patel, Tierney, Hughes.
"""),

# D10 fragment, attribution, dup
("Northern Courts Reporter", """Landlord fined £18,000 over damp and mould in family flat

A landlord who ignored repeated warnings to fix damp and black mould in a flat where a family with a newborn baby was living has been fined £18,000.

Geoffrey Ashworth, 62, of Linden Avenue, Bramhope, pleaded guilty at Leeds Magistrates' Court to three offences under the Housing Act 2004 of failing to comply with an improvement notice.

The court heard that council environmental health officers first inspected the two-bedroom flat in Harehills in March last year after a complaint from the tenant, who had given birth weeks earlier.

Inspectors found mould spreading across bedroom walls and ceilings, a broken extractor fan in the bathroom and rotten window frames that let in rain. A notice was served requiring the work to be completed within 28 days.

⟦dup:2⟧

Prosecutor Helen Marsh said officers returned on three occasions over the following six months and found little had changed. ⟦fragment:Despite letters, phone calls and a final warning delivered by hand.⟧

The tenant, who cannot be named, said in a statement read to the court that her daughter had been admitted to hospital twice with breathing problems. "I used to wipe the walls every morning with bleach. I was scared to put her down to sleep in her own room," she said.

In mitigation, Ashworth's solicitor, Neil Forsyth, said his client had been caring for his elderly mother and had "lost control" of his small portfolio of properties. He said the work had now been completed and the family had been rehoused by the council.

District Judge Amrit Sandhu said the case was "at the serious end" of such offences. "A landlord has a basic duty to provide a home that is safe to live in. You were told what needed to be done and you did not do it," ⟦attribution:the judge said, she told Ashworth⟧.

As well as the fine, Ashworth was ordered to pay £2,400 costs and a victim surcharge of £2,000.

A council spokesperson said it would continue to take action against landlords who let properties in poor condition and urged tenants with concerns to contact its private housing team.
"""),

# D11 glued, foreign, disclaimer, stray
("Baltic Freight Journal", """Klaipeda port posts record container volumes despite Red Sea detours

The Lithuanian port of Klaipeda handled a record 1.02 million twenty-foot equivalent units in the first eleven months of the year, port authorities said, as shipping lines added calls in the eastern Baltic to make up for longer routes around Africa.

Container traffic rose 9.4 per cent year on year, while general cargo was broadly flat and bulk volumes fell slightly because of weaker fertiliser exports.

Port director Algirdas Venckus said new feeder services from Gdansk and Hamburg had brought additional volume, along with growth in Lithuanian furniture and food exports. "Our terminals were built for this kind of flexibility. When carriers rearrange their networks, they look for ports that can take extra calls at short notice," he told the Journal.

Deputy director Rasa Jankauskienė added that the port was preparing to tender a new deep-water berth⟦stray: ;⟧ the project has been delayed twice since 2021.

⟦foreign:Uostas tikisi, kad naujoji krantinė bus baigta statyti iki dvidešimt septintųjų metų pabaigos.⟧

Forwarders said congestion had remained manageable, although rail connections to Belarus and further east remain closed because of sanctions. Much of the volume now moves by truck to Poland and Latvia or is consumed within Lithuania.

Darius Paulauskas, managing director of a Vilnius-based forwarding company, said ⟦glued:transittimes⟧ through the port had improved over the summer. "Two years ago there was uncertainty about whether the port would lose its role. Now it is clearly finding a new one," he said.

The port is also investing in onshore power for ships at berth and a hydrogen pilot project with a local energy company, part of wider efforts to cut emissions in line with EU rules that will bring shipping fully into the bloc's emissions trading system.

Analysts cautioned that the gains could reverse if Red Sea routes reopen and carriers return to their previous network patterns. "Some of this is structural and some of it is opportunistic," said one Copenhagen-based consultant.

Full-year figures are due in January.

⟦disclaimer:This content was syndicated from a partner publication and auto-translated. The Journal is not responsible for errors arising from the translation.⟧
"""),

# D12 break, broken_paragraph, placeholder
("Fenmarsh Gazette", """Obituary: Margaret 'Peggy' Loveday, the lollipop lady who knew every child's name

For 34 years, Margaret Loveday stood at the crossing outside St Botolph's Primary School in all weathers, and generations of Fenmarsh children remember her as the first friendly face of their school day.

Peggy, as everyone knew her, has died at the age of 88 after a short illness at Fenmarsh Community Hospital, her family said.

Born in Wisbech in 1936, the youngest of five children of a farm labourer and a seamstress, she left school at 14 to work in a fruit canning factory. She married Harold Loveday, a lorry driver, in 1957, and the couple moved to Fenmarsh two years later.

She took the job as a school crossing patrol in 1971, intending to do it for a year or two while her own children were small. ⟦break:She stayed. Until⟧ 2005, retiring only when her knees would no longer cope with the cold.

⟦placeholder:[[AUTHOR BIO: insert short bio of writer]]⟧

Former pupils said she had an extraordinary memory. Sarah Hendry, now 51, said: "She knew my name on my second day. Thirty years later she stopped me in the Co-op and asked after my little brother, by name. She never forgot anyone."

In 1998 she was awarded the British Empire Medal for services to road safety, and she led the town's carnival procession the following summer in her white coat ⟦broken_paragraph:and cap, holding

her⟧ lollipop aloft to loud cheers.

Headteacher Ian Brockway said the school would plant a tree in her memory. "Peggy was part of the fabric of this place. Children who are now grandparents still talk about her," he said.

Harold died in 2011. She is survived by her son Michael, her daughter Janet, five grandchildren and three great-grandchildren.

Her funeral will take place at St Botolph's Church on Friday, February 9, at 11am. The family have asked for donations, instead of flowers, to the Fenmarsh Community Hospital League of Friends.
"""),

# D13 fragment, furniture, embed
("The Lab Bench", """Cave-dwelling fish in Sulawesi switch off their body clocks, study finds

A small blind fish found only in flooded limestone caves on the Indonesian island of Sulawesi has all but abandoned the daily body clock that governs the lives of almost every animal on Earth, researchers have found.

The study, published in the journal Evolutionary Biology Letters, compared the cave fish with a closely related species that lives in rivers at the cave entrances.

River fish showed strong daily cycles in activity, metabolism and the expression of key clock genes. In the cave fish, those rhythms were almost flat, even when the animals were exposed in the laboratory to twelve hours of light and twelve hours of darkness.

"It is as if the clock is still in the house but the battery has been taken out," said lead author Dr Ayu Kartikasari of the Bandung Institute for Life Sciences. "The genes are there, but they barely respond to light."

The team believes that in an environment with constant darkness and very little food, running a daily clock is a waste of energy. Cave fish used about 27 per cent less oxygen than their river relatives over a 24-hour period. ⟦fragment:Suggesting a real saving for an animal that may go weeks between meals.⟧

⟦furniture:Sign up to The Lab Bench weekly - the best new research in your inbox every Friday. Enter your email ⟶ Subscribe⟧

Similar changes have been reported in Mexican cavefish, which have become a model organism for studying evolution in extreme environments. The Sulawesi species evolved in isolation on the other side of the world, making it an independent test of the same idea.

Professor Henrik Olesen, an evolutionary geneticist at Aarhus University who was not involved in the study, said the findings were convincing. "When two unrelated lineages arrive at the same answer, you start to believe that answer is real," he said.

The researchers posted footage of the fish on social media.

⟦embed:labkartika ✓ · Follow
Meet our little clock-less friends 🐟🕳️ Filmed under infrared light, 340 m inside the cave system. #cavefish #chronobiology
♥ 2,817 likes · View all 94 comments⟧

The team now plans to survey other caves on the island, where local guides have reported at least two further populations.
"""),

# D14 glued, attribution, dup
("Pacific Archipelago Wire", """Indonesia raises alert level for Mount Lewotobi as ash reaches 5 km

JAKARTA (PAW) - Indonesian authorities raised the alert level for Mount Lewotobi Laki-laki on the island of Flores to the highest of four levels on Tuesday after a series of eruptions sent ash up to 5 km into the sky.

The Centre for Volcanology and Geological Hazard Mitigation said the exclusion zone around the crater had been widened to 7 km, and residents of six villages on the volcano's southern slopes were ordered to leave.

Around 4,800 people had been moved to temporary shelters in schools and churches by Tuesday evening, the local disaster agency said.

"There has been an increase in volcanic earthquakes over the past 48 hours and a change in the pattern of deformation on the summit," ⟦attribution:said agency head Wahyu Prasetyo, the official said⟧. "We cannot rule out a larger eruption."

Falling ash forced the closure of Frans Seda airport in Maumere, and several domestic flights to the island were cancelled. Authorities distributed masks in villages downwind of the crater.

⟦dup:1⟧

In Hokeng village, farmer Yohanes Bala Koten, 58, said he had left his cattle and coconut trees behind. "My house was cracked from the earthquakes. The children could not sleep, so we came down," he said at a shelter in Boru.

A previous eruption of the volcano in November last year killed ten people and damaged ⟦glued:morethan⟧ 2,000 homes, prompting the government to plan the relocation of several villages to safer ground. That project has been slowed by disputes over land.

Local officials said the shelters needed clean water, blankets and food for young children. The provincial government in Kupang said it would send supplies by sea if the airport remained closed.

Indonesia sits on the Pacific "Ring of Fire" and has around 120 active volcanoes, more than any other country.
"""),

# D15 stray, foreign, disclaimer, break
("Stage & Screen Quarterly", """Lyon theatre festival opens with all-night staging of forgotten epic

LYON - The Nuits de Fourvière festival opened on Friday with an eleven-hour staging of a nineteenth-century verse epic that has not been performed in full since its premiere in 1871, drawing a sell-out audience to the city's Roman amphitheatre.

Director Élodie Marchand spent four years adapting the work, "La Dernière Barricade" by the little-known Lyonnais poet Lucien Verdier, which follows a group of silk weavers through the uprising of 1834.

The performance began at 8pm and ended shortly after 7am, when the final scene was played against the sunrise over the city's rooftops. Audience members were provided with blankets, soup and folding chairs for the interval.

"I wanted the audience to live the night the way the weavers did," Marchand said in an interview before the opening. "You feel tired, you feel cold, and then ⟦break:the light. Comes⟧ and everything changes."

⟦foreign:Pour la metteuse en scène, ce spectacle est avant tout un hommage aux ouvriers de la Croix-Rousse et à leur mémoire collective.⟧

The cast of 46 includes eight professional actors and a chorus of local amateurs, among them several retired textile workers. Music for the production was written by the composer Karim Benaïssa and performed live by a twelve-piece ensemble.

Critics were divided. Writing in a regional daily, one reviewer called it "exhausting and magnificent in equal measure", while another said the second half "asked too much of even the most devoted spectator⟦stray:¿⟧"

Festival director Pierre-Alain Rostand defended the choice. "Festivals are the place to take risks. If we do not do this here, nobody will do it anywhere," he said.

Tickets for the two remaining performances sold out within hours of the festival programme being announced in March. A filmed version will be broadcast on regional television in the autumn.

The festival runs until the end of July and includes concerts, dance and circus performances at the amphitheatre and other venues across the city.

⟦disclaimer:[Automatically translated from French. Some phrasing may differ from the original article.]⟧
"""),

# D16 fragment, broken_paragraph, placeholder
("Kestrel Valley Herald", """Cottage hospital minor injuries unit to close overnight

The minor injuries unit at Kestrel Valley Cottage Hospital will close overnight from next month because of a shortage of nurses, health bosses have confirmed.

From March 4, the unit will open from 8am to 8pm only. Patients needing help outside those hours will be directed to the NHS 111 service or to the emergency department at Hamsford General, 19 miles away.

The local NHS trust said it had been unable to fill four of its seven emergency nurse practitioner posts despite repeated recruitment drives, and that agency staff had been cancelling shifts at short notice.

"Keeping a unit open when we cannot guarantee safe staffing is not an option we are prepared to take," said the trust's chief nurse, Angela Fairbrother. "This is a temporary measure and we will ⟦broken_paragraph:review it

every⟧ three months."

Figures provided by the trust show that an average of six patients a night used the unit between 8pm and 8am last year, compared with around 70 during the day.

⟦placeholder:INSERT TRUST FIGURES TABLE HERE⟧

Campaigners said the numbers did not tell the whole story. Eileen Marwood, of the Save Our Cottage Hospital group, said many night-time patients were farm workers and tourists on the valley's campsites. ⟦fragment:Who have no car and no other way of getting to Hamsford at two in the morning.⟧

Local MP Jonathan Pryor said he had written to the health secretary. "People in rural areas are being asked to accept a second-class service again and again. It has to stop," he said.

The trust said it was also looking at whether paramedics from the ambulance service could be based at the hospital overnight to provide some cover.

A public meeting on the changes will be held at the Kestrel Valley Memorial Hall on Thursday, February 22, at 7pm. Representatives of the trust have agreed to attend.
"""),

# D17 glued, furniture, embed, stray
("Lusaka Evening Courier", """Kafue bridge reopens to traffic after six months of repairs

LUSAKA - The main road bridge over the Kafue River south of the capital reopened to all traffic on Saturday after six months of repairs that forced trucks onto a long detour and pushed up the cost of goods in southern towns.

Works and Supply Minister Chanda Mwape cut the ribbon at a short ceremony attended by officials, contractors and ⟦glued:hundredsof⟧ residents from nearby Kafue town, many of whom had walked across the bridge when it was open only to pedestrians.

The bridge, built in the 1960s, was partially closed in June after engineers found serious cracking in two of its support piers. Heavy goods vehicles had been diverted through Chirundu and Mazabuka, adding up to five hours to some journeys.

"This bridge carries the economy of the south. Every bag of cement, every crate of tomatoes that goes to Livingstone crosses here," Mwape said. "We are grateful to the people for their patience."

Truck driver Mulenga Phiri, 44, said the detour had cost him two days a week. "Fuel, food on the road, time away from my family⟦stray: :⟧ everything went up," he said.

Traders in Kafue said business was already picking up. Grace Nkandu, who sells fish by the roadside, said the closure had almost killed her trade. "Before, trucks stopped here all day. Then there was nobody," she said.

⟦embed:Ministry of Works & Supply Zambia @MWSZambia · 1h
The Kafue Bridge is officially OPEN to all traffic 🇿🇲 Thank you for your patience. #KafueBridge #BuildingZambia
💬 58  🔁 311  ❤ 1.4K⟧

The repairs cost an estimated 140 million kwacha and were carried out by a local firm with technical support from a South African engineering consultancy.

Engineers said a new weight limit of 48 tonnes would be enforced, with weighbridges installed at both ends. The ministry said planning was under way for a second, parallel bridge, but gave no timetable.

⟦furniture:© 2024 Lusaka Evening Courier Ltd. All rights reserved. Reproduction without permission is prohibited.⟧
"""),

# D18 attribution, dup, break
("Cold Chain Logistics Review", """Dairy co-op opens solar-powered cold store in Rift Valley

NAKURU, Kenya - A dairy cooperative in Kenya's Rift Valley has opened a solar-powered cold store that its members say will cut milk spoilage by more than half and allow them to sell to larger processors.

The facility in Bahati, run by the Ngata Dairy Farmers Cooperative Society, can hold 12,000 litres of milk at 4C and runs almost entirely on a rooftop array backed by lithium batteries.

Before the store opened, many of the cooperative's 1,900 members sold milk to informal traders at the farm gate because they could not get it cooled within the two hours required by processors. Spoilage rates in the rainy season reached 15 per cent, the cooperative said.

"Now a farmer can bring milk at six in the evening and know it will still be good in the morning," said cooperative chairman Joseph Kiprono. "That changes the whole business."

The project cost 38 million shillings and was funded through a mix of member contributions, a bank loan and a grant from an agricultural development fund.

⟦dup:1⟧

Equipment supplier Jua Cool Systems, based in Nairobi, said the store uses a phase-change thermal battery as well as electrical storage, so that milk can be kept cold overnight without drawing heavily on the lithium cells. Chief executive Wanjiru Mbugua said this extended battery life and ⟦break:reduced. Running⟧ costs.

"Diesel generators are still the default across much of East Africa's dairy sector. The economics have shifted, but the habit has not," ⟦attribution:Mbugua said, according to Mbugua⟧.

Member Esther Chebet, who keeps six cows, said she had already signed up to supply a processor in Nakuru that pays about 20 per cent more per litre than informal buyers. "For the first time, I can plan," she said.

The cooperative plans to add a second cooling point in a neighbouring ward next year and is in talks with a processor about installing a small yoghurt line at the site.
"""),

]
