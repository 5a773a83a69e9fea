#!/usr/bin/env python3
"""Generate the v7 blind evaluation set (/work/blind7/v7.jsonl).

Articles are written inline with markers ⟦kind:damaged text⟧.
⟦dup:N⟧ re-inserts the N paragraphs preceding it as a duplicated block.
"""
import json
import os
import random
import re
from collections import Counter

KINDS = ["glued", "stray", "break", "fragment", "attribution", "placeholder",
         "furniture", "embed", "foreign", "disclaimer", "broken_paragraph",
         "duplicated_block"]
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)
ARTS = []


def A(source, title, body, clean=False):
    ARTS.append((source, title, body, clean))

# ---------------------------------------------------------------- part 1
A("Meridian Wire Service", "Winter respiratory admissions climb across northern hospitals", """
LEEDS, Dec 3 (MWS) - Hospitals across the north of England admitted more patients with respiratory infections last week than at any point since early 2023, according to figures published on Thursday by the regional health authority.

The data showed 4,312 emergency ⟦glued:admissionsfor⟧ flu, RSV and related conditions in the seven days to Sunday, up 18 per cent on the previous week. Children under five and adults over 75 accounted for almost two thirds of the total.

"We are seeing the pressure arrive earlier than usual, and it is arriving everywhere at once," said Dr Helen ⟦stray:Marsh ,⟧ medical director of the authority. "Staff are working extremely hard, but the system has very little slack left."

⟦placeholder:[image: ward-corridor-stock-03.jpg]⟧

Several trusts have reopened escalation wards that were closed over the summer, and at least three have asked patients to attend emergency departments only in genuinely urgent cases. Ambulance handover delays at the largest sites averaged 47 minutes, against a target of 15.

Public health officials repeated their call for eligible groups to take up vaccination. Uptake among over-65s stood at 68 per cent, slightly below last year, while uptake among pregnant women was estimated at just 39 per cent.

Pharmacists said demand for appointments had risen sharply since the middle of November, though some reported delays in receiving stock of the nasal spray vaccine used for young children. The authority said deliveries would be "rebalanced" over the coming fortnight.

Patient groups warned that the numbers were likely to rise further over the Christmas period, when families gather indoors and GP surgeries operate reduced hours.

"Nobody should hesitate to seek help if they are seriously unwell," Marsh added. "But if you have a cold, please stay at home, rest and keep away from older relatives if you can."

The authority will publish updated figures next Thursday.

⟦furniture:Share this article
Facebook  |  X  |  WhatsApp  |  Email  |  Copy link⟧
""")

A("GridWatch Trade Weekly", "Grid operators warn of fresh delays to northern interconnector", """
⟦disclaimer:This article was translated automatically from German. In case of doubt, the original version shall prevail.⟧

Transmission operators in northern Germany have warned that the planned interconnector linking offshore wind hubs in the North Sea with industrial consumers in Bavaria will be delayed by at least another eighteen months, pushing commissioning back to 2031.

In a joint statement released on Monday, the operators cited difficulties in sourcing high-voltage direct current cable, objections from landowners along two sections of the route and a shortage of specialised installation vessels. ⟦foreign:Die Netzbetreiber rechnen mit weiteren Verzögerungen beim Ausbau der Konverterstationen.⟧

The project, which carries an estimated price tag of 11.4 billion euros, is regarded as central to Germany's plan to move wind power from the coast to the industrial south, where nuclear plants have been closed and demand from heat pumps and data centres is growing.

Industry associations reacted with frustration. A spokesman for a federation representing energy-intensive manufacturers said companies had already planned investment around the original timetable. Without the line, he ⟦break:said. Southern⟧ producers would continue to pay grid charges well above those in the north.

The federal network agency said it would examine whether parts of the route could be brought forward in stages. ⟦fragment:Having been approved in outline by the regulator in March of last year.⟧ The agency added that it remained committed to the overall target of connecting 30 gigawatts of offshore capacity by the end of the decade.

Analysts said the delay was not unexpected. Cable manufacturers in Europe are operating at close to full capacity, with order books stretching into the 2030s, and several projects in the Netherlands and Denmark have reported similar bottlenecks.

Operators said they would publish a revised schedule, including interim measures to reduce curtailment of wind farms, in the first quarter of next year.
""")

A("The Daily Clang", "PUB BRAWL SHAME: Wedding guests in car park punch-up", """
A wedding reception turned into a mass brawl in a pub car park after a row over a speech spilled outside, leaving two men in hospital and the bride in tears.

Police were called to the Fox and Hounds in Little Sutton shortly before 11pm on Saturday after reports of around 20 people fighting near the beer garden.

Shocked drinkers filmed the chaos on their phones as guests in suits and party dresses traded blows between parked cars. One clip, viewed more than 200,000 times, shows a man in a kilt being dragged across the gravel.

⟦embed:View this post on Instagram
A post shared by Sutton Local Eyes (@suttonlocaleyes)⟧

"It was like something out of a western," said one regular, who asked not to be named. "One minute they were doing the conga, the next minute chairs were flying."

A 34-year-old man was treated for a broken nose and a 29-year-old man for a head injury. Both have since been discharged.

"We can confirm that officers attended and that two men were arrested on suspicion of affray," ⟦attribution:a police spokeswoman said, said a spokeswoman for the force.⟧ "Enquiries are ongoing and we would urge anyone with footage to come forward."

The landlady, who has run the pub for 12 years, said the trouble started when the best man made a joke about the groom's ⟦glued:ex-girlfriend,who⟧ was among the guests.

"Everyone was having a lovely time until then," she said. "I've never seen anything like it, and I've seen a few weddings."

A relative of the bride said the couple were "devastated" and had left for their honeymoon in Tenerife on Sunday morning as planned.

"They just want to forget about it," she said. "It was supposed to be the best day of their lives."

Both arrested men have been released on bail pending further enquiries.

By ⟦placeholder:{{author_name}}⟧ | Crime Reporter
""")

A("Harbourside Echo", "Council approves ferry terminal upgrade after two-year wait", """
Plans to rebuild the ageing passenger terminal at Kettle Quay were finally approved on Wednesday night, ending a two-year dispute over the design, the cost and the fate of a listed Victorian waiting room.

Councillors on the planning committee voted seven to two in favour of the scheme, which will see the 1970s concrete building demolished and replaced by a two-storey glass and timber structure with a covered drop-off area, a café and space for 40 bicycles.

The original waiting room, built in 1887, will be restored and used as a small maritime exhibition space. Conservation campaigners had fought an earlier proposal to relocate it brick by brick to the other side of the harbour.

"This is a good day for the town," said committee chair Cllr Priya Nandra. "We have listened, we have changed the plans, and I think we now have something people can be proud of."

The ferry operator, which carries about 900,000 passengers a year to the islands, will contribute £6.2 million towards the £14.5 million cost. The remainder comes from a government coastal communities fund and the council's own capital budget.

Not everyone was convinced. Cllr Tom Beddoes, who voted against, said the scheme did too little for disabled passengers who must still cross an open pontoon to reach the vessels at low tide.

"We are spending fourteen and a half million pounds and people in wheelchairs will still get wet," he told the meeting.

The operator said a covered walkway to the pontoon was being designed separately and would be the subject of a further application next year.

Work is expected to begin in April, with a temporary terminal operating from the car park during construction. Passengers have been warned to expect some disruption to parking over the summer.

The new building is due to open in time for the 2028 season.
""", clean=True)

A("TechFrame Online", "Q&A: the engineer who wants your phone to forget things", """
Leila Okonjo-Reyes spent eight years building recommendation systems before switching sides. She now runs OblivIO, a four-person start-up in Rotterdam whose software deletes data from phones on a schedule the user sets. We spoke to her by video call. This interview has been edited for length.

Why forgetting?

Because nothing else does it. Every app is designed to remember. Photos, messages, location history, the lot. Nobody designed the bin.

Is it a privacy product or a tidiness product?

Both. Honestly? Mostly tidiness. People come for the storage and stay for the privacy.

What does it actually do?

You set rules. "Delete screenshots older than 30 days." "Clear chats in this group every Sunday." The app runs them locally. Nothing leaves the device.

Nothing at all?

Nothing. We don't have servers that could see your data even if we wanted to.

How do you make money, then?

A one-off payment of €6.99. No subscription. No ads.

Investors must love that.

They don't. We've had a lot of very short meetings.

Apple and Google both restrict what apps can do with other apps' data. How do you get around that?

We don't get around anything. We use the official APIs, and where the platform doesn't allow something, we tell the user how to do it manually. It's less magical but it's honest.

What is the most popular rule?

"Delete WhatsApp voice notes after a week." By a distance.

Any regrets from your old job?

Some. We were very good at making people scroll. I'm not sure the world needed that.

Advice for people who can't face sorting 40,000 photos?

Start with the duplicates. Then the screenshots. Then stop.

That's it?

That's it. Don't try to finish. Nobody finishes.

What's next for OblivIO?

A desktop version, probably next spring. And sleep.

OblivIO is available for iOS and Android. Its website is oblivio.app.
""", clean=True)
# ---------------------------------------------------------------- part 2
A("PulseNow", "Election 2026: turnout surge in suburbs as counting continues", """
Counting was continuing late on Sunday in the state's closest gubernatorial race in two decades, with officials reporting record turnout in the fast-growing suburban counties that both campaigns had targeted.

With about 82 per cent of the expected vote tallied, Democrat Maria Alvarado led Republican Grant Hollister by fewer than 19,000 votes out of more than 3.1 million cast. Neither campaign was prepared to claim victory.

"Every ballot will be counted, and every ballot ⟦stray:matters!!⟧" Alvarado told supporters at a hotel ballroom in the state capital shortly after midnight. Hollister, speaking in his hometown, said he was "confident that when the mail ballots are in, we'll be celebrating."

Turnout in Ridgeway and Camden counties exceeded 74 per cent, according to the secretary of state's office, compared with 61 per cent four years ago. Both counties have added tens of thousands of new residents since the last census, many of them young families priced out of the cities.

⟦furniture:ADVERTISEMENT
Continue reading below⟧

⟦fragment:Counties that had leaned Republican as recently as 2018.⟧ Analysts said the shift appeared to reflect concerns about housing costs and school funding, both of which featured heavily in television advertising during the final weeks.

Rural counties reported their results early and broke heavily for Hollister, as expected. The outcome is likely to hinge on roughly 600,000 mail and provisional ballots, which under state law may be processed only after polls close.

Election officials urged patience. "We would rather be right than fast," said the secretary of state, Dana Whitcombe. She said most counties expected to finish counting by Wednesday.

Both parties have dispatched lawyers to the largest counties. A recount is automatic if the margin falls below half a percentage point.

The state legislature remained in Republican hands, though Democrats gained at least three seats in the lower chamber.

⟦placeholder:Live results: <a href="#">click here</a>⟧
""")

A("The Valley Sentinel", "Flood defences hold as river peaks below record", """
Temporary flood barriers along the River Wend held overnight as the water peaked just 30 centimetres below the record set in 2007, the Environment Agency said on Tuesday morning.

The river reached 5.14 metres at the Mill Street gauge at around 3.40am before beginning to fall slowly. Around 200 homes in the low-lying Riverside and Tannery Lane areas had been advised to prepare for evacuation, but no properties were flooded.

"We are very relieved," said the agency's area flood manager, Joanne Pike. "The barriers did exactly what they were designed to do, and ⟦broken_paragraph:crews worked through the

night to keep⟧ the pumps running. But the ground is saturated and we are not out of the woods."

Further rain is forecast from Thursday, and a flood warning remains in place for the stretch between Wendbridge and the village of Low Aston. Several minor roads, including the B4120, remain closed.

The town's mayor, Clive ⟦glued:Dunmore,thanked⟧ volunteers who filled sandbags at the leisure centre on Monday evening. "The community response has been extraordinary," he said. "People turned up with wheelbarrows and flasks of tea and just got on with it."

Residents in the Riverside area, many of whom were flooded 19 years ago, spent an anxious night. Margaret Ellery, 81, said she had moved her photographs and paperwork upstairs as soon as the warning was issued. ⟦fragment:Just in case, like last time.⟧

The agency said a permanent flood wall scheme for the town, delayed by funding disputes, was now expected to start construction in 2028.

⟦furniture:Get the Sentinel's morning briefing delivered to your inbox. Sign up here
By signing up you agree to our privacy policy. You can unsubscribe at any time.⟧
""")

A("Stagelight Review", "Review: a Lear for the spreadsheet age at the Corn Exchange", """
There is a moment midway through the first half of Northbank Theatre Company's new King Lear when the old king, played with restless charm by Desmond Achebe-Hart, is handed a tablet computer and asked to sign away his kingdom with a fingertip. He hesitates, laughs, and signs. It is a small piece of business, but it tells you everything about Anya Volkova's production: this is a Lear about the paperwork of power, and it is very good.

Volkova sets the play in the glass boardroom of a family conglomerate. Goneril (a steely Ruth Okafor) and Regan (Bella Marchetti, all brittle smiles) run divisions; Cordelia, played by newcomer Saoirse Flynn, works for a charity and turns up in trainers. ⟦glued:Gloucesteris⟧ the company's head of security.

The conceit should be tiresome, and occasionally is. The storm scene takes place in an underground car park, and the thunder is mostly the sound of a ventilation system failing, which is clever but undercuts the scale of the poetry. The Fool ⟦stray:( Kwame Osei⟧ is a corporate podcaster who films everything, which grates after a while.

But Achebe-Hart holds the centre. His Lear is not a tyrant but an ageing showman who has confused being liked with being loved, and his collapse is frightening precisely because it is so ordinary. By the time he carries Cordelia's body through the revolving doors, the audience was utterly silent.

⟦placeholder:[caption id="attachment_8812" align="alignnone" width="800"]⟧

The supporting cast are uneven. Edmund is played as a cartoonish villain, and several of the smaller roles are rushed. But the design, by Tomasz Lenk, is superb, and the final image, of the boardroom lights switching off one by one on a timer, is one that will stay with me.

King Lear runs at the Corn Exchange until 24 January. Tickets from £15.

⟦furniture:Related reviews
› Hamlet in a hospital: Riverside's bold gamble pays off
› Review: The Cherry Orchard, Playhouse Studio
› Five shows to see this winter⟧
""")

A("Coastline Daily Post", "Correction and clarification: harbour dredging report", """
CORRECTION: An article published on 28 November under the headline "Dredging contract awarded to firm with no marine experience" stated that Halvorsen Civil Ltd had never carried out dredging work. In fact, the company completed a maintenance dredging contract at Port Alwick in 2022. We also wrongly reported that the contract was worth £9 million; the correct figure is £6.8 million. We apologise to Halvorsen Civil for these errors. The online version of the article has been amended.

The corrected report follows.

The harbour board has awarded a two-year contract to deepen the main shipping channel to Halvorsen Civil Ltd, a Tyneside firm better known for road and bridge construction.

The £6.8 million contract will see around 180,000 cubic metres of silt and sand removed from the approach channel and the inner basin, restoring a depth of 7.5 metres at low water. Larger cargo vessels have been unable to enter the harbour at certain states of the tide since last winter.

The board's chief executive, Fiona Gair, said the tender process had been "thorough and fully compliant," and that Halvorsen had offered the best combination of price and environmental safeguards.

"They have done this kind of work before, at Port Alwick, and we took up references," she said. "We are confident in their ability to deliver."

Two unsuccessful bidders have asked for a debrief on the decision. One, a Dutch specialist dredging company, said it was "surprised" by the outcome but did not intend to challenge it.

Fishermen's representatives have raised concerns about the disposal of dredged material. Under the licence issued by the Marine Management Organisation, spoil will be deposited at a licensed site six nautical miles offshore, and sampling will take place monthly.

"We have been told there will be monitoring, and we will hold them to that," said Alec Munro, chairman of the local fishermen's association.

Work is expected to begin in February, outside the main spawning season for herring in the bay.
""", clean=True)

A("Sportsdesk 24", "Late penalty hands Rovers first away win of the season", """
Ashfield Rovers ended a nine-month wait for an away victory as Callum Reid's 88th-minute penalty secured a 2-1 win at Dunmore Athletic on Saturday.

The visitors had been pegged back after a bright start, with Dunmore's captain Jamie Sowerby heading in an equaliser from a corner just after the hour. But when substitute Ibrahim Kone was tripped in the area by Athletic defender Liam Pryce, Reid sent the goalkeeper the wrong way to spark jubilant scenes among the 600 travelling supporters.

Rovers had gone ahead in the 23rd minute when Kyle ⟦glued:Mbeki'sshot⟧ from 20 yards took a deflection off Pryce and looped over goalkeeper Sam Dale.

"We've been knocking on the door for weeks⟦stray:,,⟧ and today it finally opened," Rovers manager Steve Harland said. "The lads showed real character after they equalised. A few months ago, we would have folded."

"I thought it was never a penalty," Dunmore boss Neil Gates said. "Ibrahim has gone down very easily, and from where I was standing there's minimal contact," ⟦attribution:Gates told reporters, he said.⟧ "But I've seen the replay on someone's phone and, to be fair, there's a touch. It's a sore one."

The result lifts Rovers out of the relegation zone for the first time since August, and they now sit 19th, one point above Harrowgate. Dunmore drop to 14th.

Harland praised the away fans, many of whom had travelled more than three hours on a supporters' coach. "They've stuck with us through some grim afternoons," he said. "That one's for them."

Rovers host leaders Kingsbridge next Saturday, while Dunmore travel to Penhallow.

ASHFIELD ROVERS: Ward, Tennant, Obi, Fraser, Lyle, Mbeki, Horne (Kone 71), Pearce, Reid, Gill, Doherty (Simms 80).
DUNMORE ATHLETIC: Dale, Pryce, Sowerby, Adeyemi, Carr, Wilkes, Hart (Lomas 65), Ng, Booth, Ferris, Quinn.
Referee: P. Lang. Attendance: 4,118.

⟦placeholder:Match stats powered by undefined⟧
""")
# ---------------------------------------------------------------- part 3
A("Lakeshore Gazette", "Bus routes cut as operator blames driver shortage", """
Six bus routes serving villages around Lake Arden will be withdrawn or reduced from January, the operator Lakeline Buses has confirmed, blaming a shortage of drivers and rising fuel costs.

The 41 and 42 services, which link Arden Cross with the market town of Holm, will be reduced from hourly to every two hours. The 57, a Sunday-only route used heavily by walkers in summer, will be withdrawn entirely.

Lakeline's operations director, Paul Trevena, said the company had 23 driver vacancies out of a workforce of 160. "We have been running overtime for months to keep everything going, and that is not sustainable for our staff," he said.

Parish councils reacted with dismay. Ruth Calloway, chair of Holm Without parish council, said many older residents relied on the bus for medical appointments and shopping.

⟦dup:2⟧

"If you take the bus away, you take their independence away," she said. "Some of these people do not drive and never have."

The county council, which subsidises several of the routes, said it was in talks with the operator and was exploring whether a community transport scheme could fill some of the gaps. A demand-responsive minibus ⟦break:service. Trialled⟧ near Holm in 2024, was popular but expensive to run.

Lakeline said it had launched a recruitment campaign offering paid training and a £1,500 joining bonus, and hoped to restore some services in the spring if enough new drivers could be found.

Passengers can find the new timetables on the operator's website from 15 December.

⟦furniture:Comments (14)
Join the conversation. Log in or register to comment.⟧
""")

A("Meridian Wire Service", "Mining firm shares slide after Andean lithium permit suspended", """
SANTIAGO, Dec 4 (MWS) - Shares in Altura Minerals fell more than 12 per cent on Thursday after a regional court suspended the environmental permit for its flagship lithium project in northern Chile, citing inadequate consultation with indigenous communities.

The ruling by the court in Antofagasta halts construction at the Salar de Quilpa site, where the company had planned to begin brine extraction in 2027. Altura said it would appeal.

⟦disclaimer:[Automatically generated translation. Meridian Wire Service is not responsible for the accuracy of machine-translated content.]⟧

In its judgment, the court said the company had failed to provide adequate information about water use in the salt flat, which several communities use for grazing and traditional agriculture. "⟦foreign:La consulta no fue libre, previa ni informada, como lo exige la ley⟧", the judges wrote.

Altura's chief executive, Marcus Lindqvist, said the company had "engaged extensively and in good faith" with local residents over four years. "We respect the court, but we believe the decision misunderstands the consultation record," he said in a statement.

Lithium prices have recovered modestly this year after a steep fall in 2023 and 2024, and several producers have revived projects that were shelved when prices slumped. Chile holds some of the world's largest reserves of the metal, which is used in batteries for electric vehicles.

A ⟦glued:leaderof⟧ one of the communities that brought the case, Rosa Mamani, said residents were not opposed to mining in principle but wanted guarantees about water. "We have been here for centuries," she said. "We will still be here when the company leaves."

The government, which is pursuing a national lithium strategy that gives the state a larger role in the industry, declined to comment on the ruling.

Analysts at one Santiago brokerage said the suspension could delay the project by up to two years.

⟦embed:▶ 0:00 / 2:14
Watch: Protest at the Quilpa salt flat
Autoplay: ON⟧
""")

A("The Northgate Herald", "Profile: the 92-year-old still cutting hair on Station Road", """
At half past eight every morning except Sunday, Arthur Pennock unlocks the door of the barber's shop he has run on Station Road since 1961, switches on the kettle and waits for the first customer.

He is 92. He has cut, by his own rough estimate, more than 400,000 heads of hair. "I stopped counting after the first million," he jokes, then corrects himself. "No, that's a lie. I never counted."

The shop has barely changed in six decades. There are three red leather chairs, two of them original, a wall of faded photographs of local football teams and a radio permanently tuned to a station playing music from the 1950s. A short back and sides costs £9.

Pennock learned his trade as a teenager in his uncle's shop in Bradford before moving to Northgate with his wife, June, who died in 2015. ⟦fragment:Opening with a loan of forty pounds from her father.⟧

His customers have included three generations of some families. Dennis Hobbs, 67, has been coming since he was five. "My dad brought ⟦broken_paragraph:me, and then I

brought my sons,⟧ and now one of them brings his boy," he said. "Arthur's seen the lot of us grow up. He knows more about this town than anyone."

Asked about retirement, Pennock shrugs. His hands are steady, he says, and his eyesight is "good enough for hair." He works shorter days now, closing at three, and his granddaughter Chloe, 24, who trained as a hairdresser, helps out on Saturdays.

"She's better than me at the modern stuff," he said. "The fades and what have you. I'll stick to what I know."

The shop will mark its 65th anniversary next year. Pennock says he has no plans for a party. "A cup of tea and a few customers, that'll do me," ⟦attribution:he said, Pennock said.⟧

⟦placeholder:Photo: %s / Northgate Herald⟧
""")

A("GridWatch Trade Weekly", "Offshore wind auction: results in full", """
The government has published the results of the seventh allocation round for offshore wind contracts, with nine projects totalling 8.4 gigawatts securing contracts for difference at strike prices between £54.10 and £61.90 per megawatt-hour in 2024 prices.

The round was the largest yet by capacity and follows changes to the auction rules designed to reward supply-chain investment and faster delivery. Floating wind projects competed in a separate pot.

Results, fixed-bottom offshore wind (Pot 3):

Dogger North Extension (East Coast Renewables): 1,500 MW, £54.10/MWh, delivery 2030/31
Sable Bank (Nordhav UK): 1,320 MW, £55.35/MWh, delivery 2030/31
Whitehaven Deep (CelticGen): 1,200 MW, £56.00/MWh, delivery 2031/32
Outer Solway (Lir Offshore): 960 MW, £57.45/MWh, delivery 2031/32
Marram Array (HKP Energy): 1,140 MW, £58.20/MWh, delivery 2030/31
Kestrel East (SSW Renewables): 800 MW, £59.75/MWh, delivery 2032/33

Results, floating offshore wind (Pot 2):

Celtic Sea One (Fflint Floating Wind): 400 MW, £61.90/MWh, delivery 2031/32
Cairn Deep (ScotFloat): 560 MW, £61.90/MWh, delivery 2032/33
Morvern Test Array (AquaVolt): 520 MW, £61.90/MWh, delivery 2032/33

The energy minister, Rachel Adeyinka, said the result showed "that Britain remains one of the most attractive places in the world to build offshore wind." Industry body the Offshore Power Forum said the prices were "realistic" after the failed round of 2023, in which no offshore wind projects bid.

Not all developers were satisfied. Several projects that had been expected to bid, including two in the southern North Sea, did not appear in the results. One developer, speaking on condition of anonymity, said the administrative strike price for floating wind was "still too low to build anything at scale."

Consultancy Tideline Analytics estimated that the contracted capacity would add around £1.30 a year to the average household bill in the early 2030s, before taking account of the downward effect on wholesale prices. Contracts will be signed in January.
""", clean=True)

A("The Daily Clang", "I'M A CELEB STAR'S SECRET LOVE NEST REVEALED", """
Reality TV favourite Jodie Marr has been spotted house-hunting in the Cotswolds with her new boyfriend, just weeks after leaving the jungle.

The 31-year-old, who finished third on this year's show, was photographed viewing a £1.2 million thatched cottage near Stow-on-the-Wold with personal trainer Ryan Okoro, 28.

The pair, who met at a gym in Manchester in the summer, were seen holding hands as they toured the five-bedroom property, which has a hot tub and a "glamping" field.

⟦embed:@jodiemarr_official
Home is wherever you are ❤️🏡 #newchapter #countrylife
12.4K likes · 2h
View all 683 comments⟧

A source told The Clang: "Jodie is head over heels. She's never been happier, and she's ready to settle down. Ryan has been her rock since she came out of the jungle."

« ⟦foreign:Elle a vraiment trouvé son bonheur⟧ », the source added.

Jodie, who shot to fame on dating show Love Lagoon in 2021, split from footballer Dean Castell last year after a three-year relationship. She later said the break-up had left her "in a really dark place."

⟦glued:Fanswere⟧ quick to react to the news online, with one writing: "So happy for her, she deserves this." Another said: "Cotswolds? She'll be bored in a week."

⟦stray:Ryan"⟧, who has more than 90,000 followers on Instagram, has so far stayed quiet about the relationship, though he liked several of Jodie's recent posts.

A spokesperson for Jodie declined to comment.

⟦furniture:MORE FROM SHOWBIZ
Soap star's shock exit revealed
Strictly pro in backstage row
Singer's wedding: all the pictures
Most Read    Most Shared    Latest⟧
""")
# ---------------------------------------------------------------- part 4
A("PulseNow", "#SaveTheLido: how a hashtag kept a 1930s pool open", """
When Brentmouth council announced in March that its art deco lido would close for good at the end of the summer, few expected the decision to be reversed. Then a swimmer called Nadia Farooq posted a photo of the empty pool with the words "not on our watch" and the hashtag #SaveTheLido.

Within a week, the tag had been used more than 40,000 times. Within a month, the campaign had raised £212,000 through a community share offer and persuaded the council to hand the pool to a charitable trust on a 25-year lease.

"I honestly thought maybe fifty people would see it," Farooq, a 38-year-old paramedic, said this week. "I posted it on a Sunday night and went to bed. When I woke up my phone had basically melted."

The account that did most of the work was @BrentmouthLido, set up by retired architect Geoffrey Lamb, 74, who had swum in the pool since he was a boy. He posted daily photographs from the council archives, including a 1938 image of the opening ceremony, and tagged local MPs, celebrities and at least one Olympic swimmer.

"I didn't know what a hashtag was in February," Lamb said. "By April I was being asked to explain the algorithm to the BBC."

Not all the online attention was welcome. The council's leader, Sunita Bhatt, said staff had received abusive messages, and she criticised what she called "a pile-on" against officers who had simply presented the costs. The pool needs an estimated £1.8 million of repairs to its filtration system and concrete tank.

The trust, which has a board of seven volunteers, has set up a website at brentmouthlido.org.uk and an email address, hello@brentmouthlido.org.uk, for people who want to volunteer as lifeguards or in the café. Its first target is to reopen for a limited season next June.

Farooq has since deleted the app from her phone. "It did what it needed to do," she said. "Now I'd rather be in the water."
""", clean=True)

A("Transit Ledger", "Rail freight operator orders 30 battery-hybrid locomotives", """
Rail freight operator CargoLink has placed an order worth around €190 million for 30 battery-hybrid locomotives, in what it described as the largest single step towards decarbonising its fleet.

The locomotives, built by Voss ⟦glued:Tractionin⟧ Kassel, can run on overhead electric lines where available and switch to onboard batteries for the "last mile" into ports, quarries and industrial sidings that are not electrified. A small diesel generator is retained for longer non-electrified sections.

⟦placeholder:[[AD_SLOT_INARTICLE_2]]⟧

CargoLink's chief executive, Anneke de Jong, said the order would allow the company to withdraw around half of its ageing diesel fleet by 2030. The first ten ⟦break:units. Are⟧ due to enter service in the second half of 2028.

"Our customers are asking us for lower-carbon logistics, and this is how we deliver it without waiting decades for every siding in Europe to be wired," she said.

The order includes a maintenance contract and an option for a further 20 locomotives. Financing is being provided by a leasing company, with support from a European green investment fund.

Freight groups have long argued that ⟦stray:rail ;⟧ which emits a fraction of the carbon dioxide of road haulage per tonne-kilometre, is disadvantaged by track access charges and slow investment in terminals. The share of freight moved by rail across the EU has been broadly flat for a decade at around 17 per cent.

Trade unions welcomed the announcement but said drivers would need proper training on the new traction systems.

⟦furniture:© 2026 Transit Ledger Media GmbH. All rights reserved. Reproduction only with written permission.⟧
""")

A("Riverbend Courier", "Teen arrested after string of catalytic converter thefts", """
A 17-year-old boy has been arrested in connection with a series of catalytic converter thefts across Riverbend and the surrounding villages, police said on Friday.

Officers stopped a van on the A619 near Millbrook shortly after 2am on Thursday and found cutting equipment and four catalytic converters in the back, a spokesman for the force said. ⟦fragment:Believed to have been stolen from vehicles in Ashcombe earlier that night.⟧

The teenager, from the Sheffield area, was arrested on suspicion of theft and going equipped for theft. He has been released on bail while enquiries continue. Two other people in the van ran off.

More than 60 thefts have been reported in the area since September, with hybrid vehicles particularly targeted because their converters contain higher levels of precious metals such as palladium ⟦glued:andrhodium⟧.

Detective Sergeant Louise Carver said the arrest was "a significant step" but warned that the gang was ⟦broken_paragraph:likely to include other

members. "We are⟧ following a number of lines of enquiry and we would ask residents to remain vigilant," she said.

Victims described the cost and disruption. Pete Halloran, 58, said his Toyota Prius was targeted twice in three months outside his house in Ashcombe. "The second time, the insurer wanted to know why I hadn't fitted a cage," he said. "I said, because the garage had a six-week waiting list."

Police advice includes parking in well-lit areas, fitting a protective shield and having the converter marked with a unique identifier.

Anyone with information is asked to call 101 quoting incident ⟦placeholder:${incident_ref}⟧.
""")

A("Meridian Wire Service", "Central bank holds rates, signals cut possible in spring", """
FRANKFURT, Dec 10 (MWS) - The central bank left its main policy rate unchanged at 2.25 per cent on Wednesday but signalled that it could cut borrowing costs in the spring if inflation continues to ease towards its target.

Policymakers voted unanimously to hold, as expected by markets. ⟦disclaimer:Dieser Artikel wurde maschinell übersetzt. / This article was machine translated.⟧ Inflation in the currency bloc stood at 2.3 per cent in November, down from 2.6 per cent in September, while growth has been sluggish, with the economy expanding by 0.1 per cent in the third quarter.

"The disinflation process is well on track," the bank's president told a news ⟦stray:conference..⟧ "We will remain data-dependent, but the balance of risks has shifted."

She said wage growth was slowing and that the impact of higher energy prices earlier in the year had largely faded. The bank's staff projections now show inflation reaching 2.0 per cent in the third quarter of next year, three months earlier than previously forecast.

⟦glued:Bondyields⟧ fell after the announcement, with the two-year German yield dropping six basis points to 1.98 per cent. The euro weakened slightly against the dollar.

"The message was clearly dovish," ⟦attribution:said economist Teresa Gallo at a Milan-based bank, she told MWS said.⟧ "We now expect a first cut in March and a second in June."

Some policymakers have expressed caution about moving too quickly, pointing to persistent inflation in services. The minutes of the October meeting showed at least two members favouring a longer hold.

The next policy meeting is scheduled for late January.
""")

A("The Valley Sentinel", "Winning words: the pupils' poems on display at the library", """
Poems written by primary school children from across the valley are on display at Wendbridge Library until the end of January, after a competition that attracted more than 300 entries.

The theme this year was "Where I Live," and judges said the standard was the highest in the competition's eleven-year history. Entries came from 14 schools, including two tiny village schools with fewer than 40 pupils each.

The overall winner, in the under-11 category, was Isla Grant, 10, of St Anselm's Primary, whose poem about the river was praised for its "confidence and music." It reads in full:

The river does not knock.
It comes in through the fields
and sits down in the road
like it owns the place.
My nan says it does.
She says the river was here
before the road, before the church,
before the name.
In summer it is small and brown
and we can throw stones across.
In winter it is big
and nobody throws anything.

The under-8 prize went to Oscar Mwangi, 7, of Low Aston Primary, for a four-line poem about his dog, which ends: "He is not a good dog. / He is my dog."

Judge and former poet laureate of the county, Eleanor Voss, said the children had written "with more honesty than most adults manage."

"They are not trying to impress anyone," she said. "They just tell you what they see. That is the whole job, really."

Isla said she wrote the poem in one evening after the flood warnings in the autumn. "I was a bit scared," she said. "So I wrote it down."

Her prize is a £50 book token and a framed copy of her poem, which will also be read at the library's winter festival on 16 January. Entries for next year's competition open in September.
""", clean=True)
# ---------------------------------------------------------------- part 5
A("Coastline Daily Post", "Storm Isolde: trees down and thousands without power", """
Thousands of homes along the coast were left without electricity on Sunday after Storm Isolde brought gusts of up to 87mph, bringing down trees and power lines and forcing the closure of two bridges.

The Met Office had issued an amber wind warning for the region from 6am until 9pm. The highest gust was recorded at Carrick Point, while inland areas saw gusts of 60 to 70mph.

At the peak of the storm, around 28,000 properties were without power, according to the distribution network operator. By Sunday evening that figure had fallen to about 9,000. Engineers were ⟦break:working. Through⟧ the night to restore supplies, though some rural customers were told they might not be reconnected until Tuesday.

⟦embed:StormWatch UK ✔ @StormWatchUK · 6h
Gusts of 87mph recorded at Carrick Point this morning as #StormIsolde moves north-east. Stay safe and check the latest warnings ⬇️
stormwatch.uk/warnings
🔁 1,204  ♡ 3,887⟧

The Tamar Road bridge and the Estuary Crossing were closed to high-sided vehicles for most of the day, and rail services on the coastal line were suspended after a tree fell onto the track near Polwenna.

⟦foreign:Les vents ont atteint 140 km/h sur la pointe, selon les services météorologiques.⟧

In Polwenna itself, a section of the harbour wall was damaged and several boats broke their moorings. The harbourmaster, Kevin Tregear, said it was the worst storm he had seen in 15 years. "We had lads out at six in the morning trying to double up the lines," he said. "We lost two, but it could have been a lot worse."

No serious injuries were reported, although a woman in her 60s was taken to hospital after being hit by a falling branch in St Aubyn. Her injuries were described as not life-threatening.

Forecasters said conditions would ease on Monday, but warned that another area of low pressure could bring further strong winds later in the week.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit.⟧
""")

A("TechFrame Online", "Chipmaker's new NPU promises on-device AI at half the power", """
Fabless chip designer Syntiq has unveiled a neural processing unit that it says can run large language models on a laptop using half the power of its previous generation, in the latest sign of the industry's rush to move artificial intelligence off the cloud.

The ⟦glued:SQ-9NPU⟧, which will be built by TSMC on a 3-nanometre process, delivers 85 TOPS (trillions of operations per second) according to the company, and will ship in laptops from at least four manufacturers from the second quarter of next year.

⟦placeholder:<!-- INSERT SPEC TABLE HERE -->⟧

"Users want their assistant to work on a plane, in a tunnel, in a hospital, without sending their data anywhere," Syntiq's CEO Daniel Park said at a launch event in San ⟦stray:Jose .⟧ "That is what SQ-9 is built for."

The chip supports models of up to around 13 billion parameters when paired with 32GB of memory, Park said. Demonstrations included live transcription and translation, image generation and a coding assistant running entirely on the device.

Analysts were cautiously impressed. ⟦fragment:Though the benchmarks, supplied by Syntiq itself, not yet independently verified.⟧ Rivals including larger chipmakers have announced NPUs in a similar performance range, and software support remains a sticking point for developers.

"The hardware is getting there," said Mei Tanaka, an analyst at research firm Cobalt Insights. "The question is whether app developers will bother to optimise for yet another chip."

⟦dup:1⟧

Syntiq, which was founded in 2019 and employs around 600 people, raised $400 million in a funding round in June at a valuation of $3.2 billion. The company said it expected to be profitable by 2028.
""")

A("Stagelight Review", "Exhibition: 'Salt and Iron' maps a century of the shipyards", """
The first thing you hear on entering Salt and Iron, the new exhibition at the Harbour Gallery, is a riveting hammer. It is a recording from 1958, played on a loop at low volume, and after twenty minutes you stop noticing it. That, says curator Dr Amara Lindholm, is the point.

"The men who worked here stopped hearing it too," she said. "Half of them went deaf. We wanted people to feel how ordinary the noise was."

The exhibition brings together more than 300 objects, photographs and documents from the town's shipyards, which built more than 1,200 vessels between 1880 and their closure in 1984. There are ship plans drawn on linen, pay packets, union banners, a welder's mask with the owner's initials scratched inside, and a model of the liner SS Caledonian nearly four metres long.

The strongest room is devoted to oral history. Former workers and their families speak on a dozen screens, and several of the stories are startling. One woman recalls carrying her father's dinner to the yard gate every day as a child; another describes the day in 1971 when the workforce occupied the yard to prevent its closure.

"We didn't think of it as politics," says former apprentice Jimmy Halloran, now 79. "We thought of it as keeping our jobs. Same thing, probably."

A caption beside one photograph reads: "Launch of the MV Northern Star, 14 March 1962. Photograph: Harbour Gallery archive / Gift of the Doyle family."

The exhibition is less successful when it strays into the present. A final room on the future of the waterfront, sponsored by a property developer, feels like an advertisement, and sits awkwardly next to what has gone before.

But this is a moving, generous show, and it does something rare: it lets the workers speak for themselves.

Salt and Iron is at the Harbour Gallery until 30 April. Admission free. Open Tuesday to Sunday, 10am to 5pm.
""", clean=True)

A("The Daily Clang", "FURY AS SCHOOL BANS PARENTS FROM NATIVITY PHONES", """
Parents have reacted with fury after a primary school banned mobile phones at its Christmas nativity play, with some threatening to boycott the show.

⟦glued:HeadteacherSarah⟧ Winslow-Barnes wrote to families at Oakfield Primary this week saying the school had received complaints about "a sea of screens" blocking the view at last year's performance.

Instead, the school will film the play itself and share a video with families through its secure online portal, she said.

But ⟦break:parents. Took⟧ to Facebook to vent their anger, with one mum branding the decision "nanny-state madness."

"It's my kid in a tea towel, I want to film it on my phone," said dad-of-three Darren Pike, 36. "I'm not paying for a DVD like it's 1998."

Another parent said: ⟦stray:""⟧The school needs to get its priorities straight. There are bigger problems than phones."

⟦fragment:Not the first school in the area to do so, however.⟧ Two other primaries in the town introduced similar rules last year, and say the complaints died down quickly.

Mrs ⟦glued:Winslow-Barnessaid⟧: "We understand that parents want to capture these precious moments. But we also want every child to be able to see their mum or dad smiling at them, not a phone."

Some parents backed the school. Mum-of-two Kerry Adams, 41, said: "Honestly, it's a relief. Just watch your child. It's twenty minutes."

The nativity will take place on December 17.

⟦furniture:Got a story? Email tips@thedailyclang.co.uk or WhatsApp us on 07700 900123
Follow us on Facebook | Instagram | TikTok⟧
""")

A("Harbourside Echo", "What the new parking rules mean for you: an explainer", """
New parking charges and restrictions come into force across Kettle Quay and the old town on 6 January. Here is what is changing, and what you need to do.

What is changing?

Pay-and-display machines in the three council car parks will be removed and replaced by cashless payment through an app or by phone. On-street parking on Harbour Street, Fore Street and the lower end of Chapel Hill will become permit-only for residents between 8am and 8pm.

Can I still pay with cash?

Yes, but only at the council's customer service desk in the town hall, or at participating shops using the PayPoint service. The council says around 6 per cent of transactions last year were made with coins.

How much will it cost?

The hourly rate rises from £1.40 to £1.60. A full day in the Quay car park will cost £9, up from £8. Blue Badge holders continue to park free in marked bays.

I live in the old town. How do I get a permit?

Apply online at the council's website or by calling 0300 555 0192. The first permit per household costs £45 a year; a second costs £90. Visitor permits are sold in books of ten.

What if I don't have a smartphone?

You can pay by calling the number shown on signs in each car park and entering the location code. Staff at the town hall can also help set up an account.

Why is this happening?

The council says the machines are expensive to maintain and are frequently vandalised. Residents of the old town have also complained for years that they cannot park near their homes in summer.

Is anyone opposed?

Yes. Traders on Fore Street say the changes will deter older shoppers. "Some of our customers are in their eighties," said Lynne Carver, who runs a wool shop. "They are not going to download an app."

The council will review the scheme after six months.
""", clean=True)
# ---------------------------------------------------------------- part 6
A("Riverbend Courier", "Water firm fined over sewage spills into Derwent tributary", """
A water company has been fined £1.4 million after admitting that untreated sewage was repeatedly discharged into a tributary of the River Derwent over a period of almost two years.

Northern Vale Water pleaded guilty at Derby Crown Court to four offences under environmental permitting regulations relating to its treatment works at Hatherby. The court heard that faulty pumps and a blocked storm tank caused spills on at least 118 days between 2022 and 2024, including during dry weather when discharges are not permitted.

⟦disclaimer:This story was generated automatically from court listings and agency press releases and may not have been reviewed by an editor.⟧

Sentencing, Judge Alison Creed said the company had been "slow to act and slower to admit" the scale of the problem. "Warnings were ignored," ⟦attribution:she said, the judge said.⟧ "The people of Hatherby were entitled to expect better."

Anglers described seeing grey water and dead fish in the Hather Brook in the summer of 2023. ⟦fragment:Prompting complaints to the Environment Agency from at least a dozen residents.⟧

The company's director of wastewater, Simon Ashdown, said in a statement that it "deeply regrets" the failures and had since spent £3.2 million replacing equipment at the site. "We have let down the community and the environment, and we are determined to put this right," he said.

Campaigners welcomed the fine but said it was small compared with the company's annual profits, which ⟦broken_paragraph:exceeded £300 million last

year. "Until the⟧ bosses face real consequences, nothing will change," said Harriet Olde of the Clean Derwent group.

The Environment Agency said it had more than 40 open investigations into water companies across England.
""")

A("Lakeshore Gazette", "Police appeal after woman injured in Arden Cross hit-and-run", """
Police are appealing for witnesses after a woman was seriously injured in a hit-and-run in Arden Cross on Tuesday evening.

The 44-year-old was struck by a dark-coloured hatchback as she crossed Lake Road near the junction with Mill Lane at about 6.15pm. The car failed to stop and was last seen heading towards the A591.

⟦placeholder:[gallery ids="4471,4472,4473"]⟧

She was taken by air ambulance to hospital in Preston, where her condition is described as serious but stable.

Sergeant Mark Ellison of the roads policing unit said officers were keen to hear from anyone who was in the area at the time, particularly ⟦break:drivers. With⟧ dashcam footage.

"This was a busy time of the evening and we believe a number of people may have seen the vehicle," he said. "Even the smallest detail could help us."

Neighbours said the stretch of Lake Road had long been a concern. There is no pedestrian crossing between the school and the Co-op, a distance of about 400 metres, and residents have petitioned the county council for traffic calming.

⟦dup:1⟧

"Cars come round that bend far too fast," said Jean Harker, who has lived on Mill Lane for 30 years. "I've been saying for years someone would get hurt."

A county council spokesman said a speed survey had been carried out in the summer and the results were being reviewed.

Anyone with information should call 101 quoting log 0873 of 9 December, or contact Crimestoppers anonymously.

⟦furniture:READ MORE
Lakeshore school named among county's best
New café opens at Arden Cross marina
Roadworks to close A591 for three nights
Sign up to our free newsletter⟧
""")

A("Meridian Wire Service", "Japan carmaker recalls 410,000 vehicles over airbag sensor", """
TOKYO, Dec 11 (MWS) - Japanese carmaker Hayabusa Motor said on Thursday it would recall about 410,000 vehicles worldwide because a faulty sensor could prevent front passenger airbags from deploying in a crash.

The recall covers several models of its Kaze compact and Tsubasa sport utility vehicle built between 2021 and 2024. About 180,000 of the affected vehicles were sold in North America, 95,000 in Japan and the remainder mainly in Europe and Southeast Asia.

⟦foreign:同社は、現時点でこの不具合に関連する事故や負傷の報告はないとしている。⟧

The sensor, which detects whether the passenger seat is occupied, may misread the weight of an adult as that of a child under certain conditions, the company said in a filing with Japan's transport ministry. Dealers will replace the sensor free of charge.

⟦disclaimer:(Translated by MWS AutoTranslate. Reviewed: no)⟧

⟦glued:Hayabusa'sshares⟧ fell 1.8 per cent in Tokyo trading, underperforming the broader market. The company is already dealing with a separate recall of around 120,000 vehicles over a fuel pump defect announced in September.

Industry analysts said recalls of this size were not ⟦stray:unusual ?⟧ but warned that repeated quality problems could damage the brand in the United States, where the company has been trying to increase its market share.

"Consumers are more forgiving than they used to be, but only up to a point," said Kenji Sato, an auto analyst at a Tokyo securities firm. "Two recalls in three months is a pattern people will notice."

The carmaker has set aside about 9 billion yen to cover the cost of the two recalls, according to a person familiar with the matter. It is due to report quarterly earnings in early February, when it is expected to update investors on warranty costs.

Hayabusa said it would begin notifying owners in January.
""")

A("The Valley Sentinel", "Wendbridge in pictures: the Christmas lights switch-on", """
Thousands of people packed the market square in Wendbridge on Saturday evening for the annual Christmas lights switch-on. Here are some of the moments from the night, captured by our photographer.

Caption: Crowds gather in the market square ahead of the switch-on at 5pm. Organisers estimated the attendance at around 6,000, the largest in the event's history.

Caption: Eight-year-old Maisie Turner, who raised £3,400 for the children's ward at Wend General by swimming 100 lengths, pressed the button alongside the mayor, Clive Dunmore.

Caption: The Wendbridge Silver Band, which celebrates its 120th anniversary next year, performed carols from the steps of the Corn Exchange.

Caption: A reindeer named Blitzen, on loan from a farm in Low Aston, proved the star of the show. "He's very calm," said handler Tom Ridley. "More than I can say for the kids."

Caption: Stallholders from the Wend Valley Makers' Market sold mulled apple juice, handmade decorations and hot chestnuts.

Caption: Volunteers from the Rotary Club, dressed as elves, collected donations for the town's food bank.

Caption: The lights themselves, 18,000 LED bulbs strung across the square and along the High Street, were funded by the Business Improvement District at a cost of £28,000.

The mayor said the evening had been "a real tonic after a difficult autumn," referring to the flooding that threatened parts of the town in October.

"After everything people went through, it was lovely to see the square full and everyone smiling," he said.

Maisie said she had been "a bit nervous" about pressing the button. "I thought it might not work," she said. "But it did."

The lights will stay on until Twelfth Night. The Makers' Market returns every Saturday until 20 December, from 10am to 4pm.

All photographs: Dan Whitlow / Valley Sentinel.
""", clean=True)

A("PulseNow", "Explainer: what is PFAS and why is it in the water?", """
PFAS, short for per- and polyfluoroalkyl substances, are a family of several thousand man-made chemicals. Here is a short guide to what they are, where they come from and why regulators are paying attention.

What are they?

PFAS molecules contain chains of carbon atoms bonded to fluorine. The carbon-fluorine bond is one of the strongest in organic chemistry, which makes the compounds extremely stable. That is why they are useful, and also why they persist in the environment for decades. Hence the nickname "forever chemicals."

Which ones are best known?

Two of the most studied are PFOA, perfluorooctanoic acid, with the formula C8HF15O2, and PFOS, perfluorooctanesulfonic acid, C8HF17O3S. Both have been largely phased out in Europe and North America, though they remain in soil and groundwater.

Where do they come from?

Non-stick pans, waterproof clothing, food packaging, stain-resistant carpets and, importantly, firefighting foams used at airports and military bases. Foam that soaked into the ground decades ago is a major source of contamination today.

Are they harmful?

Some are. Studies have linked exposure to certain PFAS with higher cholesterol, reduced response to vaccines in children, and increased risk of kidney and testicular cancer. For many of the thousands of compounds, there is simply little data.

What is being done?

The EU has proposed restricting the whole class, with exemptions for essential uses. In the US, the Environmental Protection Agency set legally enforceable limits for six PFAS in drinking water in 2024, at four parts per trillion for PFOA and PFOS. In the UK, the Drinking Water Inspectorate has tightened its guidance.

Can I remove them at home?

Partly. Reverse osmosis and some activated carbon filters reduce PFAS levels. Boiling does not.

Should I worry?

Not panic. But it is reasonable to ask your water supplier what it tests for. Most publish results online.
""", clean=True)

A("Transit Ledger", "Airport's e-gates fail for third time in a month", """
Passengers arriving at Northfield International faced queues of up to two hours on Friday after the airport's automatic passport gates failed for the third time in a month.

⟦glued:TheBorder⟧ Force said the outage, which began shortly after 7am, was caused by a "network connectivity issue" and was not the result of a cyber attack. Officers staffed manual desks while engineers worked to restore the system, which was fully operational again by 11.30am.

⟦embed:Video Player is loading.
Play Video
Current Time 0:00 / Duration 1:37
Loaded: 0%⟧

Travellers posted pictures on social media of crowded halls with queues stretching back towards the aircraft stands. Several said families with young children had waited for more than an hour without access to water.

"It was chaos, absolute chaos," ⟦attribution:said Emma Reilly, 29, returning from Lisbon, she told the Ledger.⟧ "Nobody told us anything for the first forty minutes."

The airport said it was "extremely sorry" for the disruption and was working with the Home Office to understand the cause. An airport spokesperson said the gates were owned and operated by the government, not the airport.

Airline bodies have repeatedly called for an independent review of the border IT systems, ⟦broken_paragraph:which have suffered several

nationwide outages since⟧ 2023. "Passengers do not care whose system it is," said one airline executive. "They care that they were stuck in a hall for two hours."

It is the latest in a series of problems at the airport, which handled a record 14 million passengers last year. In the summer, a baggage system fault led to hundreds of suitcases missing flights, and the main security hall was partly closed for a day in October after a power failure.

The Home Office said it was investigating.
""")

A("The Northgate Herald", "Town hall statement on the future of the civic centre", """
The following statement was issued by Northgate Borough Council on Monday afternoon, following a meeting of its cabinet.

"Having carefully considered the independent structural survey commissioned in July, the advice of the council's statutory officers, the responses received during the public engagement exercise conducted between 1 September and 31 October, and the financial position set out in the medium-term financial strategy approved by full council in February, the cabinet has resolved that the civic centre on Market Way shall not reopen to the public in its current form, and that officers shall be instructed to prepare a detailed business case for its partial demolition and redevelopment, to be presented to cabinet no later than June of next year.

"In reaching this decision, the cabinet has been mindful of the building's significance to the borough's residents, many of whom have expressed strong attachment to the main hall and its associations with civic, cultural and family occasions over more than five decades, and it wishes to place on record its gratitude to all those who took the time to share their views.

"The cabinet recognises that the closure of the building has placed a strain on community groups, and it has therefore agreed that the council will continue to provide alternative venues at no additional cost to affected organisations until such time as replacement facilities become available."

Council leader Mohammed Iqbal said afterwards that the decision had been "the hardest the cabinet has taken."

"We know how much people love that hall," he said. "But we cannot ask taxpayers to spend £19 million repairing a building with a remaining life of perhaps fifteen years."

The opposition group leader, Cllr Jennifer Haig, said the statement was "four paragraphs of jargon to say one thing: they've given up."

The civic centre closed in May after concrete panels in the roof were found to be deteriorating.
""", clean=True)
# ---------------------------------------------------------------- part 7
A("Sportsdesk 24", "Okafor storms to 10,000m title as Kiprono fades", """
Favour Okafor produced a devastating last lap to win the women's 10,000 metres at the national championships on Saturday, ⟦glued:breakingthe⟧ championship record by more than four seconds.

The 24-year-old, who only moved up from the 5,000m this season, sat on the shoulder of defending champion Ruth Kiprono for 24 laps before kicking with 300 metres to go. She crossed the line in 30:41.18, with Kiprono fading to third behind the fast-finishing Hannah Blake.

⟦embed:🎥 WATCH: Okafor's stunning final lap
[Video unavailable in your region]⟧

"I told myself: don't look back, just go," Okafor said. "When I hit the front I could hear the crowd and I thought, this is it, this is my moment."

"⟦foreign:Ich bin einfach nur glücklich, dass ich gesund geblieben bin⟧", said Blake, who trains in Germany and spoke to broadcasters there after the race.

Kiprono, 31, admitted the pace had been too ambitious. "I wanted to make it hard from the start, and maybe I made it too hard for myself," ⟦attribution:said Kiprono, the champion said.⟧ "Favour was very strong. She deserved it."

The win earns Okafor automatic selection for the world ⟦break:championships. In⟧ August, provided she achieves the qualifying standard, which she has already done.

⟦fragment:A remarkable rise for an athlete who was working night shifts in a warehouse two years ago.⟧ Okafor said she had considered quitting the sport in 2023 when she could not afford to travel to races.

In the men's 1,500m, Tom Hadley retained his title in 3:36.02, edging out Joseph Mensah by five hundredths of a second in a photo finish.

Results, women's 10,000m: 1. Favour Okafor 30:41.18; 2. Hannah Blake 30:44.90; 3. Ruth Kiprono 30:52.33; 4. Ellie Marsh 31:10.07; 5. Priya Chandran 31:22.45.
""")

A("The Northgate Herald", "Obituary: Margaret 'Peggy' Oduya, nurse and choir leader, 1938-2026", """
Margaret Oduya, known to everyone in Northgate as Peggy, who has died aged 88, was a nurse for 41 years and the founder of the Northgate Community Gospel Choir, which she led for three decades.

Born in Kingston, Jamaica, she came to England in 1959 to train as a nurse at the General Infirmary, one of a generation of Caribbean women recruited to the new NHS. She later said that the cold was "a shock to the bones" and that her first winter was spent wearing two coats at once. ⟦fragment:Then the hospital on Whitby Road, from 1964 until her retirement.⟧

She married Samuel Oduya, a Nigerian engineer, in 1963. They had three children, and for many years the family home on Carr Lane was a place where ⟦glued:anyonecould⟧ turn up for Sunday dinner.

The choir began in 1988 with nine members in a church hall. By the time she stepped down as director in 2018, it had more than 60 singers and had performed at the Royal Albert Hall and on national television. Its signature piece, an arrangement of a spiritual she had learned as a child, was sung at her funeral on Friday.

⟦dup:1⟧

"She could hear one wrong note in a room of sixty people, and she would find you," said choir member Dorothy Lake. "But she did it with love. Always with love."

Her son, David, said his mother never thought of herself as remarkable. "She would say she ⟦broken_paragraph:just did what was

in front of⟧ her," he said. "But what was in front of her was a lot."

She is survived by her three children, seven grandchildren and two great-grandchildren. Samuel died in 2011.

⟦placeholder:Donations in her memory may be made to [CHARITY NAME TK].⟧
""")

A("TechFrame Online", "eBay, iPhone and the lowercase problem: why brands break the rules", """
Why does eBay start with a small letter, while the iPhone, the iMac and the iPad bury their capitals in the middle? And why does every style guide seem to have a different answer to the question of what to do when one of these names starts a sentence?

Brand names that flout the ordinary rules of capitalisation have been around for decades. One of the best-known early examples is the German sportswear company adidas, which has styled its name in lowercase since the 1970s.

The trend exploded with the web. Names such as YouTube, PayPal and LinkedIn use what typographers call camel case or "internal capitals," originally a convention of computer programmers who could not use spaces in the names of variables. Others, such as easyJet, sit somewhere in between.

"Brands do it to look modern, to look like a product rather than a company," said Dr Ines Varga, a linguist at the University of Leiden who studies corporate naming. "The internal capital says: I was born on a computer."

Journalists have struggled with the results. Many newspapers follow a brand's own styling in the middle of a sentence but capitalise the first letter when the name opens one, producing "EBay said on Tuesday" or "IPhone sales fell." Others rewrite the sentence so that the problem never arises.

"My rule is simple: never start a sentence with iPhone," said Tom Whitlock, a former chief sub-editor at a national newspaper. "There is always another way."

Some companies have given up. The electronics group formerly known as the Consolidated Telephone Company became ConTel in the 1990s, then CONTEL, and is now simply contel, which its chief marketing officer, Rachel Obi, admits is "a nightmare for anyone writing about us."

And then there are names that are not words at all: X, formerly Twitter, or the chip firm whose name is simply a number. "At that point," Varga said, "we are no longer talking about spelling. We are talking about logos."
""", clean=True)

A("Coastline Daily Post", "Lifeboat crew rescues three after yacht loses mast", """
Three people were rescued from a yacht off Carrick Point on Thursday after the vessel lost its mast in heavy seas, the RNLI said.

The 11-metre sailing yacht was about six miles south-west of the headland when it was dismasted at around 2.30pm. The skipper issued a Mayday call on VHF channel 16, which was picked up by HM Coastguard at Falmouth.

The all-weather lifeboat from Polwenna launched at 2.41pm and reached the casualty 35 minutes later. Conditions at the scene were described as force 7, gusting 8, with a swell of three to four metres.

"The crew did a brilliant job in really testing conditions," said coxswain Martin Rowe. "The mast and rigging were in the water alongside the yacht, so there was a real risk of it holing the hull. We had to be very careful how we approached."

The three sailors, two men and a woman from the Bristol area, were transferred to the lifeboat and brought back to Polwenna, where they were checked by paramedics. None needed hospital treatment.

The yacht was taken under tow and brought into Polwenna harbour by early evening.

"We were very, very glad to see them," said the skipper, who asked not to be named. "We did everything by the book, but when the mast went, there was not a lot more we could do."

The RNLI's Polwenna station has launched 41 times this year, its busiest year since 2019. Volunteers train twice a week, and the station is currently recruiting new crew members.

"People think it's all big rescues like today," said Anna Kellow, the station's lifeboat operations manager. "A lot of it is paddleboarders and people cut off by the tide. Every shout matters."

The coastguard urged sailors to check forecasts carefully and to carry a registered emergency beacon. Further gales are forecast for the weekend.
""", clean=True)

A("GridWatch Trade Weekly", "Hydrogen valley project secures final investment decision", """
Developers of the Kestrel Hydrogen Valley project on the Humber have taken a final investment decision on the first phase of a 200-megawatt electrolysis plant, the companies said on Tuesday.

The £640 million first phase will use electricity from offshore wind to produce around 25,000 tonnes of hydrogen a year, most of which will be supplied by pipeline to a nearby refinery and a glass manufacturer. Construction is due to start in ⟦stray:spring、⟧ with first production expected in 2029.

⟦disclaimer:Disclaimer: This content was created with the help of an AI translation tool from the original Dutch press release. Please refer to the source for the authoritative text.⟧

The project is backed by a 15-year revenue support contract awarded in the government's second hydrogen allocation round. ⟦fragment:Which guarantees a strike price for low-carbon hydrogen.⟧

"This is the moment where hydrogen in the UK moves from PowerPoint to steel," said Pieter van Houten, chief executive of joint venture partner NordH2. "We have offtakers, we have a contract, we have a site. Now we build."

⟦embed:Tweet
@KestrelH2
Today we took FID on Phase 1 of #KestrelHydrogenValley 🎉 Thank you to our partners, our offtakers and the Humber community. pic.twitter.com/xYz8Qp2LmN
— Kestrel H2 (@KestrelH2) December 9, 2026⟧

Electrolyser supply has been awarded to a European manufacturer, and the engineering contract to a consortium led by a British firm. The project is expected to create around 900 construction jobs and 80 permanent roles.

Critics have questioned the cost of subsidising electrolytic hydrogen compared with using the electricity directly. A report by one think tank last month estimated that support for the first two allocation rounds could cost consumers more than £2 billion over the contract periods.

Van Houten said costs would fall as the industry scaled up, as had happened with offshore wind. ⟦broken_paragraph:"Ten years ago people

said wind was⟧ too expensive," he said. "Nobody says that now."

Partners plan a second phase, of up to 500MW, subject to further support.
""")

A("Stagelight Review", "Album review: The Marram Sisters, 'Low Tide Songs'", """
The Marram Sisters have never been a band in a hurry. Their first album took four years; their second took six. Low Tide Songs, their third, arrives a full seven years after that, and it sounds like it was made by people who know exactly how long things take.

The sisters, Kate and Eilidh Marram, grew up on a farm on the Solway coast, and the record is soaked in salt water. Its ten songs are built around acoustic guitar, harmonium and the sisters' close harmonies, with occasional strings arranged by Kate's husband, the cellist Rory Dunne.

The opener, Curlew, sets the tone. Over a slowly rocking guitar, Eilidh sings:

Out past the last of the fence posts
where the grass gives up to the sand,
I left you a letter in the wet mud
that nobody else could understand.

It is lovely and a little sinister, which is the band's signature. Several of the best songs here are about loss: of a parent, of a farm sold to pay debts, of a language half-remembered. The title track ends with a verse in Scots that the sisters learned from their grandmother.

There are weaker moments. The middle of the record sags slightly, and Ferry Song, the nearest thing to a single, has a chorus that feels borrowed from a more conventional band.

But the closing track, Neap, is extraordinary: six minutes of two voices and a single sustained organ note, building to a harmony so tight it seems to be coming from one throat.

"We wanted it to sound like the tide going out," Kate said in a recent interview. "Very slow. And then suddenly, it's gone."

Low Tide Songs is released on Friday on Driftwood Records. The band tour the UK in March.

Rating: four stars.
""", clean=True)
# ---------------------------------------------------------------- part 8
A("Meridian Wire Service", "Polish farmers block border crossing in grain protest", """
WARSAW, Dec 12 (MWS) - Hundreds of farmers blocked a key border crossing between Poland and Ukraine with tractors on Friday, demanding tighter controls on agricultural imports that they say are driving down prices.

⟦disclaimer:This report has been machine translated and lightly edited. Some nuances of the original may have been lost.⟧

The protest at the Dorohusk crossing began at dawn and was expected to last at least 48 hours. Police said lorries were backed up for more than 20 kilometres on the Ukrainian side, with drivers facing waits of up to three days.

Protest organisers said grain, sugar and poultry imports were undercutting Polish producers, who must comply with stricter EU environmental and animal welfare rules. "⟦foreign:Nie jesteśmy przeciwko Ukrainie, jesteśmy za polską wsią⟧", one of the leaders told reporters.

Farmers held similar blockades in 2023 and 2024, prompting Warsaw to impose a unilateral ban on Ukrainian grain imports that remains in place. The protesters want the ban extended to other products.

⟦dup:1⟧

The agriculture ministry said it was monitoring the situation and was in talks with the European Commission about safeguard measures. A spokeswoman said the government "understands the concerns of farmers" but urged protesters not to disrupt humanitarian and military transport.

Ukrainian officials criticised the blockade. "This hurts ordinary drivers and ordinary businesses on both sides," ⟦attribution:a spokesman for Ukraine's border service said, said the spokesman.⟧

The European Commission ⟦stray:said［⟧ it had not received a formal request from Poland to extend trade restrictions and that existing arrangements with Ukraine, which allow most goods to enter the bloc without tariffs but with quotas for sensitive products, had been agreed by all member states.

Farmers' organisations in Hungary and Slovakia said they supported the Polish protest, and some threatened similar action in January.
""")

A("PulseNow", "Five things to know before buying a heat pump this winter", """
Heat pumps are being promoted as the future of home heating, and grants of up to £7,500 are available in England and Wales. But installations remain well below government targets, and many homeowners are unsure where to start. Here are five things to think about.

1. Your house probably does not need to be perfect.

A common myth is that heat pumps only work in new, airtight homes. In practice, most houses can use one, though some may need bigger radiators in a few rooms. A proper heat loss survey should tell you.

2. Running costs depend on your tariff.

Heat pumps run on electricity, which costs more per unit than gas. They are efficient, typically producing three units of heat for each unit of power, but savings depend on choosing a suitable tariff. Several suppliers now offer cheaper overnight or heat-pump-specific rates.

3. Installers vary widely.

Use an installer certified under the Microgeneration Certification Scheme, or MCS, which is required for the grant. Get at least two quotes and ask for references from previous customers.

4. You will need space outside.

The outdoor unit is roughly the size of a small fridge and makes a low hum. Planning rules in England allow most installations without permission, provided the unit is at least one metre from the boundary.

5. It feels different.

A heat pump runs for longer at lower temperatures, rather than blasting heat for short periods. "The first month I kept thinking it was broken because the radiators were only warm," said Daniel Osei, who installed one in his terraced house in Leicester last year. "Then I realised the house was just... warm. All the time."

His neighbour, retired teacher Joan Pritchard, was more sceptical. "It works, but my bill went up in January," she said. "Nobody mentioned that."

Consumer groups advise checking the small print on any quote, including warranties, servicing costs and who handles the grant application.
""", clean=True)

A("Harbourside Echo", "Fishing fleet counts cost as mackerel quota slashed", """
Skippers in Kettle Quay say they face a "year of survival" after ministers agreed a 22 per cent cut in the mackerel quota for next year following talks with Norway, the Faroe Islands and Iceland.

⟦embed:🎧 Listen to this article
00:00 ━━━━━━━━━━━━ 04:12
Voiced by artificial intelligence.⟧

The cut follows scientific advice that the north-east Atlantic stock has been fished above sustainable levels for more than a decade, because the coastal states have never agreed how to share it. Each country sets its own quota, and the total has routinely exceeded what scientists recommend.

"We are paying the price for other people's greed," said Jim Tregenza, whose family has fished out of the town for four generations. "Our lads have followed the rules. Others haven't."

⟦glued:Thepelagic⟧ fleet landed about 11,000 tonnes of mackerel at the quay last year, worth around £14 million at first sale. The processing plant on the industrial estate employs 160 people, many of them on seasonal contracts.

⟦fragment:Cutting shifts at the plant from February, according to the union.⟧

The fisheries minister said the deal was "the best available outcome" and that the government would continue to press ⟦broken_paragraph:for a long-term sharing

agreement. Conservation groups⟧ said the cut was overdue.

Harbour master Sue Whitlow said the quay would look at diversifying, including offshore wind servicing. "We can't rely on one species," she said. "We've learned that the hard way."

⟦furniture:Like what you read? Support local journalism from £1.
Subscribe now
Already a subscriber? Log in⟧
""")

A("The Daily Clang", "'DON'T CALL ME A HERO': Bin man who saved toddler speaks out", """
A bin man who plucked a toddler from a freezing canal has told how he "didn't even think" before leaping in.

Dean Marshall, 42, was on his morning round in Castleford when he heard screams from the towpath and saw a two-year-old girl in the water.

Without ⟦break:stopping. To⟧ take off his hi-vis jacket or boots, Dean jumped into the canal and swam to the girl, who had wandered away from her family.

⟦embed:[TikTok] @deanthebinman · Original sound
"honestly just doing my job lol" 💪 #hero #castleford #binmen
▶ 1.3M⟧

"I just went," Dean said. "I'm not a strong swimmer. It was bloody freezing. But you don't think, do you? You just go."

The girl's mum, who asked not to be named, said she could "never thank him enough."

"She was out of my sight for literally seconds," she said. "I turned round and she'd gone. I will be grateful to that man for the rest of my life."

⟦dup:1⟧

Paramedics checked the girl at the scene and she was taken to hospital as a precaution. She was discharged the same day.

Dean's colleagues have nominated him for a bravery award, and his employer, the local council, said it was "incredibly proud."

But the dad-of-two insists he is no hero. "The real heroes are the nurses and the firefighters," he said. "I just collect bins."

⟦placeholder:null⟧

Dean's wife, Kelly, 39, said: "He came home soaking wet and said, 'you won't believe my morning.' I thought he'd fallen in a skip."
""")

A("Lakeshore Gazette", "School's French exchange returns after six-year gap", """
Pupils from Arden Cross Academy have welcomed their first French exchange partners in six years, reviving a link with a school in Normandy that dates back to 1974.

Twenty-two students from the Lycée Jean-Moulin in Coutances arrived on Monday for a week of lessons, trips and family stays. The exchange was suspended in 2020 because of the pandemic and struggled to restart afterwards, partly because of the cost and paperwork of travel after Brexit.

Head of languages Claire Dubois said the revival was "a huge moment" for the school.

"For a lot of our students, this is the first time they have had to use French for something real," she said. "Ordering a croissant in a textbook is one thing. Explaining your family's rules about the Wi-Fi to a fifteen-year-old from Normandy is quite another."

The French teacher who accompanied the group, Marc Lefèvre, said his students had been struck by the landscape. "Ils n'arrêtent pas de parler des lacs et des moutons," he said, laughing. "They keep talking about the lakes and the sheep."

One of the visiting students, Léa Martin, 15, said she had been surprised by the school day. "In France we finish at five or six," she said. "Here you finish at three. It is very good."

Her host, Ruby Hart, 14, said the two had stayed up late comparing music. "She likes a lot of British bands I've never heard of," Ruby said. "Which is embarrassing."

The group visited Wordsworth's home at Grasmere on Wednesday and will take part in a joint concert on Friday evening. Arden Cross students will travel to Coutances in April.

The school said a grant from a national scheme covering travel and passport costs for pupils from lower-income families had made the exchange possible.
""", clean=True)

A("Riverbend Courier", "Court hears of 'frightening' road rage attack on A6", """
A van driver punched a motorist through his open car window and smashed his windscreen with a wheel brace after a row over a lane change on the A6, a court heard.

Kieran Doyle, 31, of Edge Street, Riverbend, admitted affray and criminal damage when he appeared before magistrates on Wednesday.

Prosecutor Anita Shah said the victim, a 56-year-old man, had been driving to work on the morning of 14 October when Doyle's van pulled alongside at traffic lights near Hatherby. Doyle got ⟦stray:out, ,⟧ walked to the car and began shouting before punching the man in the face.

When the victim tried to drive off, Doyle fetched a wheel brace from his van and struck the windscreen twice, the court heard. ⟦fragment:Leaving the man shaken and with a cut lip.⟧

In a victim statement read to the court, the man said he had been "genuinely frightened for my life" and had since changed his route to work.

Defending, Richard Lowe said his client was "deeply ashamed." "He accepts that his behaviour was completely unacceptable," ⟦attribution:said Mr Lowe, Lowe told the court.⟧ "He was under enormous stress at the time, having just lost his job, but he does not offer that as an excuse."

Magistrates imposed a 12-month community order with 150 hours of unpaid work and ordered Doyle to pay £850 compensation.

⟦disclaimer:Automated court report. Generated from public listings by CourtBot; not checked by a journalist.⟧

Chair of the bench Elaine Whitworth told Doyle: "You are fortunate this did not end with far more serious consequences."
""")
# ---------------------------------------------------------------- part 9
A("Transit Ledger", "Tram extension opens six months late and £40m over budget", """
The long-delayed extension of the city's tram network to the airport opened to passengers on Sunday, six months behind schedule and around £40 million over its original budget.

The 4.8-kilometre line adds three new stops between Parkside and the airport terminal, cutting the journey from the city centre to about 28 minutes. Trams will run every 12 minutes from 5am until midnight.

⟦placeholder:[INSERT MAP: tram_extension_final_v2.png]⟧

The first public service left Parkside at 5.02am, carrying a handful of enthusiasts, airport workers and one bewildered tourist who had been expecting a bus. "⟦glued:Itwas⟧ worth getting up for," said tram fan Graham Leese, 67, who has ridden the first service on every new line since 1992.

The project was hit by the discovery of an uncharted gas main, a dispute with the contractor over ground conditions near the terminal, and a shortage of overhead line engineers. The final cost is estimated at £243 million.

The transport authority's chief executive, Nadia Quereshi, acknowledged the delays but said the line ⟦broken_paragraph:would pay for itself

over time. "We⟧ know it has been a long wait," she said. "But this is infrastructure that will serve the city for fifty years."

The authority expects around 9,000 journeys a day on the extension in its first year, rising as the airport grows.

⟦dup:1⟧

Airport staff unions welcomed the opening, saying workers on early shifts had previously faced long waits for infrequent buses. ⟦fragment:Especially cleaners and baggage handlers arriving before dawn.⟧

The authority has already begun consulting on a further extension to the business park south of the airport, which it hopes to open by 2032.
""")

A("Stagelight Review", "Festival line-up: folk, film and a brass band on a boat", """
The organisers of the Kettle Quay Winter Festival have announced the programme for its fifth edition, which runs from 29 January to 8 February. Highlights include an opening concert by the Marram Sisters and a brass band performing on the deck of a restored herring drifter.

⟦embed:<iframe width="560" height="315" src="https://www.youtube.com/embed/" title="YouTube video player" frameborder="0" allowfullscreen></iframe>⟧

Festival director Ollie Penrose said this year's theme, "Crossings," reflected the town's history as a ferry port. "We wanted work about ⟦stray:journeys ‹⟧ about leaving and arriving," he said.

⟦disclaimer:Ce contenu a été traduit automatiquement. This content was automatically translated.⟧

The film strand includes a restored 1934 documentary about island ferrymen, screened with a live score by a local trio, and a programme of short ⟦break:films. By⟧ young people from the islands.

⟦foreign:Der Eintritt zu den meisten Veranstaltungen ist frei, für Konzerte werden Tickets ab zwölf Pfund verkauft.⟧

Other events include a storytelling evening in the old waiting room at the ferry terminal, a night market on the harbour front, and a talk by the novelist Farah Lindqvist, whose book about a lighthouse keeper's daughter won a major prize last year.

"We are a small festival and we like it that way," said Penrose. "We'd rather have a hundred people crammed into a fish shed than a thousand in a field."

The festival received £45,000 from the arts council this year, a slight increase, along with support from local businesses and the harbour board.

Tickets go on sale on Monday. Most events are free; concerts cost from £12.
""")

A("The Valley Sentinel", "Weather: cold snap to bring frost and fog this week", """
WEATHER WATCH

A high-pressure system settling over the country will bring a spell of cold, calm and largely dry weather to the valley from Tuesday, with widespread frost and the risk of dense freezing fog, forecasters say.

Overnight temperatures are expected to fall to minus 5C in rural areas on Wednesday and Thursday nights, and possibly lower in sheltered spots along the valley floor. Daytime temperatures will struggle to rise above 3C where fog lingers.

The Met Office has issued a yellow warning for fog covering much of the region from 9pm on Tuesday until 11am on Wednesday. Visibility could fall below 100 metres in places, affecting roads and possibly flights from the regional airport.

Forecast at a glance

Monday: Cloudy, light rain clearing east by evening. High 8C, low 2C.
Tuesday: Sunny spells after early cloud. High 6C, low minus 3C.
Wednesday: Fog slow to clear, then bright. High 3C, low minus 5C.
Thursday: Frosty start, sunny. High 4C, low minus 4C.
Friday: Turning cloudier, milder later. High 7C, low 1C.

"This is classic early winter anticyclonic weather," said local forecaster Bethan Rhys. "Beautiful if you are on top of the hills above the fog, miserable if you are stuck underneath it."

Gritting lorries will be out on main routes from Tuesday evening. The county council said it had 14,000 tonnes of salt in stock, and reminded drivers that minor roads and pavements would not be treated.

Age UK urged people to check on older neighbours, keep homes heated to at least 18C and have supplies of food and medicines in case they cannot get out.

Milder, wetter weather is expected to return from the weekend.
""", clean=True)

A("TechFrame Online", "Messaging app fined €12m over children's data", """
The Irish Data Protection Commission has fined messaging app ChatterBox €12 million for failing to protect the personal data of children, in a decision published on Thursday.

The DPC found that the app, which has around 40 million users in the EU, set accounts belonging to users aged 13 to 17 to public by default between 2022 and 2024, meaning their profiles, phone numbers and in some cases approximate locations were visible to strangers. ⟦glued:Italso⟧ failed to carry out a proper assessment of the risks, the regulator said.

⟦furniture:We use cookies to improve your experience and for analytics. By clicking "Accept all", you agree to our use of cookies. Accept all | Reject | Manage preferences⟧

ChatterBox said it "respectfully disagrees" with parts of the decision and was considering an appeal. "We changed our default settings for teen accounts in 2024, before this inquiry concluded," ⟦attribution:a company spokesperson said in a statement, the spokesperson said.⟧

Children's rights groups welcomed the fine but said it was too small to change behaviour. ⟦fragment:Compared with the company's annual revenue of more than €900 million.⟧

Under the EU's General Data Protection Regulation, companies can be fined up to 4 per cent of their global turnover. The DPC, which regulates many of the largest tech firms because they have their European headquarters in Ireland, has been criticised in the past for the pace of its investigations.

⟦dup:1⟧

Deputy commissioner Siobhán Keane said the case showed "the importance of privacy by default, particularly where children are concerned."

The app has been given three months to bring its processing into compliance.
""")

A("Sportsdesk 24", "Cricket: Valley CC clinch league with final-ball six", """
Valley Cricket Club won the Northern Premier League for the first time in their 140-year history on Saturday when captain Aamir Shah hit the final ball of the match for six to beat Harrowgate by two wickets.

Needing five runs from the last delivery, Shah cleared the long-on boundary off the bowling of Harrowgate's overseas professional, sending more than 800 spectators at Wendbridge Park on to the field.

"I just tried to watch the ball," said Shah, 29. "Honestly, I shut my eyes for a bit. I don't know how it went."

Chasing 247 for victory, Valley had slipped to 151 for 6 before an unbeaten 73 from Shah and a quickfire 31 from wicketkeeper Ellie Rourke, one of the few women playing first-team cricket in the league, took them close.

"Ellie was brilliant," Shah said. "She kept telling me to calm down. I was the captain and she was calming me down."

Rourke, 22, said: "We'd talked about it all week. Whatever happens, just keep going. Don't panic."

Scores:

Harrowgate 246 for 8 (50 overs): D. Price 88, S. Khan 54; J. Wilde 3-41, A. Shah 2-38.
Valley CC 251 for 8 (50 overs): A. Shah 73 not out, T. Ellis 45, E. Rourke 31; R. Mendes 3-50.
Valley won by two wickets.

Final table (top four):

1. Valley CC, P22, W15, Pts 310
2. Harrowgate, P22, W14, Pts 302
3. Dunmore, P22, W12, Pts 281
4. Kingsbridge, P22, W11, Pts 268

Club chairman Reg Hollis, who has been a member since 1961, said he had waited "a lifetime" for the title. "My dad never saw it. His dad never saw it," he said. "I'm just glad I lived long enough."
""", clean=True)
# ---------------------------------------------------------------- part 10
A("Meridian Wire Service", "Measles cases rise in eastern Europe as vaccination lags", """
BUCHAREST, Dec 14 (MWS) - Romania reported more than 2,300 new measles cases in November, the highest monthly total since the country declared an epidemic in 2023, as health officials struggle to raise vaccination rates among young children.

Coverage for the second dose of the measles, mumps and rubella vaccine stands at around 62 per cent nationally, far below the 95 per cent needed to prevent outbreaks, according to the health ministry. In some rural counties it is below 50 per cent.

⟦foreign:Ministerul Sănătății a anunțat că va trimite echipe mobile de vaccinare în satele cele mai afectate.⟧

Twelve children have died of measles-related complications this year, most of them under the age of two. Doctors at the main infectious diseases hospital in Bucharest said wards were operating at capacity.

⟦dup:1⟧

"Every one of these deaths was preventable," said Dr Ioana Stanescu, a paediatrician. "We are seeing families who were simply never reached, and families who were reached by misinformation first."

The World Health Organization said measles cases in its European region had risen sharply since 2023, driven by gaps in vaccination that widened during the Covid-19 pandemic. Several countries including Kazakhstan, Kyrgyzstan and Azerbaijan have also reported large outbreaks.

Health officials say mistrust, poor access to family doctors in rural areas and the migration of medical staff abroad have all contributed to the decline. The government has launched a campaign featuring doctors and well-known television presenters.

⟦disclaimer:MWS uses automated translation for some regional copy. This story was translated from Romanian and has not been verified by a native speaker.⟧

Neighbouring Moldova and Bulgaria have stepped up border health checks and catch-up vaccination campaigns.
""")

A("The Daily Clang", "POP QUEEN LUNA'S TEARS ON STAGE", """
Latin pop sensation Luna Reyes broke down in tears on stage in Manchester last night as she dedicated a song to her late grandmother.

The 27-year-old, whose hit Fuego Lento has been streamed more than 900 million times, stopped her sold-out show at the arena midway through her set to speak to the 18,000-strong crowd.

"⟦foreign:Esta canción es para mi abuela, que me enseñó a cantar en su cocina⟧", she told fans, wiping her eyes, before launching into an acoustic ballad.

⟦embed:luna_reyes_official
📍Manchester 🇬🇧 gracias por todo, os quiero 💔✨
♡ 402,118   💬 9,361
#LunaTour2026⟧

Fans ⟦glued:saidthe⟧ moment was "unforgettable." One woman, who travelled from Leeds with her daughter, said: "The whole arena went quiet. You could have heard a pin drop. Then everyone was crying."

Luna's ⟦stray:grandmother ,Rosa⟧, died in September at the age of 91. The star cancelled two dates in Spain at the time and later said she had spent the weeks "learning how to breathe again."

⟦placeholder:[[related_video id="undefined"]]⟧

The singer, who was born in Seville and grew up in London, is on a 40-date European tour that ends in Madrid in February. She has been nominated for three awards at next month's ceremony, including best female artist.

A spokesperson said Luna was "overwhelmed by the love" of her fans and would perform in Glasgow tonight as planned.

Her new album, Casa, is out in March. Tickets for the remaining UK dates are sold out, though the promoter said a small number of returns would be released on Friday morning.
""")

A("The Valley Sentinel", "Homes plan for former dairy site approved despite objections", """
Plans to build 96 homes on the site of the former Wend Valley dairy have been approved by councillors, despite more than 200 objections from residents concerned about traffic and flooding.

The scheme, by developer Hartfield Homes, includes 29 affordable homes, a small park and a new footpath linking the site with the riverside. The dairy closed in 2019 and its buildings have been derelict since, attracting vandalism and several small fires.

Objectors told the planning committee that the single access road onto Mill Lane would add to ⟦broken_paragraph:congestion outside the primary

school at peak⟧ times. Others raised concerns about surface water, pointing out that parts of the site flooded in October.

⟦placeholder:{{ embed_map lat=52.4 lon=-1.9 }}⟧

Hartfield's planning director, Susan Pryor, said the development would include underground storage tanks and permeable paving designed to hold back rainwater. ⟦fragment:Reducing runoff compared with the existing hard standing of the old dairy yard.⟧

"This is a brownfield site that has been an eyesore for years," she said. "We think we have come up with a scheme the town can be proud of."

Committee members voted six to three in favour, subject to conditions including a contribution of £310,000 towards school places and improvements to the Mill Lane junction.

⟦dup:2⟧

Cllr Ann Whitely, who voted against, said she was "not convinced" by the drainage plans. "We have seen what the river can do this year," she said. "I don't think we should be building more homes on the valley floor."

Work is expected to start in the summer and take around three years.
""")

A("Lakeshore Gazette", "By-election called after councillor's resignation", """
A by-election will be held in the Arden Cross ward of the district council on 29 January after the resignation of long-serving councillor Derek Foulds.

Mr Foulds, 76, who has represented the ward as an independent since 2003, said he was stepping down for health reasons. "It has been the privilege of my ⟦stray:life,""⟧ he said in a letter to the council's chief executive.

Nominations open on Monday and close on 5 January. Candidates must be registered electors in the district or have lived or worked there for the past 12 months.

The ward, which includes Arden Cross village and the surrounding farms, has around 2,900 registered voters. Turnout at the last election in 2023 was 41 per cent.

Several parties are expected to stand ⟦break:candidates. Following⟧ a close result last time, when Mr Foulds held the seat by just 86 votes.

⟦glued:Localresidents⟧' groups said the main issues were likely to be housing, the cuts to bus services announced by Lakeline in December, and the state of rural roads.

"People here feel forgotten," said Andrew Tait, chair of the Arden Cross Residents' Association. "Whoever wins needs to shout for us."

The council's returning officer said polling cards would be sent out in early January and reminded residents that photo identification is required to vote at polling stations.

⟦furniture:Author: Gazette Reporter
Tags: Arden Cross · Council · Elections · Politics
Previous article: Christmas market raises £4,000 for hospice
Next article: Lake Road crossing plan to go to consultation⟧

Postal vote applications must be received by 5pm on 13 January.
""")
# ---------------------------------------------------------------- part 11 (clean look-alikes)
A("Wayfarer Weekend", "Three days on the island where the clocks stopped", """
Wind. That is the first thing. Not a breeze, not a gust, but a steady, shoving wind that greets you on the ferry ramp and does not let go for three days.

Inishkeel sits eleven miles off the coast, population 140, give or take a few lighthouse keepers' ghosts. There is one shop, one pub, one church and one road, which runs from the harbour to the cliffs and then simply stops, as if it had lost interest.

Day one. Rain, then sun, then rain again, sometimes all within a quarter of an hour. I walk the road end to end in forty minutes and meet two people, four dogs and a donkey called Frank, who is, I am told, the oldest resident on the island. Nobody knows his exact age. Nobody seems to mind.

The pub opens at five. Or six. Or whenever Máire Gallagher, who has run it for thirty-one years, finishes feeding her hens. "Time is a mainland thing," she tells me, pouring a pint with great care. "Out here we have weather instead."

Day two. Cliffs. Puffins, though it is late in the season and most have gone. Fulmars, certainly, hanging in the updraft at eye level, close enough to see them blink. I sit on the grass for an hour and do nothing at all. It is the best hour of the year.

In the afternoon I visit the island school, which has six pupils and one teacher, Declan Boyle. He shows me a wall of paintings of the sea, each one a different colour. "They paint it every Monday," he says. "It's never the same twice. Neither are they."

Day three. Fog. The ferry may run; it may not. The harbourmaster shrugs. I drink tea in the shop, which also serves as post office, library and, on Thursdays, hairdresser.

The boat comes at noon. I board reluctantly. Behind me, the island disappears into white, and the wind, at last, lets go.

Getting there: ferries run twice daily in summer and three times a week in winter, weather permitting. Accommodation is in two guesthouses; book ahead.
""", clean=True)

A("PulseNow", "Ask Ruth: 'Should I lend my brother £5,000?'", """
Our money columnist Ruth Adebayo answers your questions. This week: family loans, overdrafts and whether to fix a mortgage.

Q: My brother has asked to borrow £5,000 to clear a credit card. He says he'll pay me back within a year. We get on well, but he has been bad with money before. Should I lend it?

A: Only if you can afford to lose it. That sounds harsh, but it is the golden rule of lending to family. If the money never comes back, will you be able to pay your own bills? Will you still be able to sit across from him at Christmas? If the answer to either question is no, don't.

If you do go ahead, write it down. A simple agreement with the amount, the repayment dates and both your signatures. It is not about distrust; it protects the relationship.

Q: I'm always in my overdraft by the end of the month. Is that a problem?

A: Yes. Arranged overdrafts typically charge around 40 per cent a year, which is more than many credit cards. Start by tracking every penny for a month. Then set up a standing order to move a small amount into savings the day you are paid, so you build a buffer.

Q: Should I switch bank for a £200 bonus?

A: Probably. Check the conditions first.

Q: My fixed-rate mortgage ends in March. Fix again, or go on a tracker?

A: Shop around. Now. Most lenders let you lock in a rate up to six months before your current deal ends, and you can usually switch to a better one if rates fall before completion. Speak to a fee-free broker.

Q: Is it worth paying off my student loan early?

A: For most people in England, no. Repayments depend on income, and many borrowers will never repay in full before the loan is written off. Put spare cash towards higher-interest debts or a pension instead.

Q: Any quick wins for the new year?

A: Cancel one subscription. Check your energy tariff. Claim the marriage allowance if you're eligible. Done.

Send your questions to askruth@pulsenow.co.uk. Ruth cannot reply personally, and her answers are general guidance, not regulated financial advice.
""", clean=True)

A("Meridian Wire Service", "NHS trusts told to cut A&E waits as winter plan published", """
LONDON, Dec 15 (MWS) - NHS England has told hospital trusts to ensure that at least 78 per cent of patients attending A&E are seen within four hours by March, as it published its winter plan for the health service on Monday.

The plan also sets targets for ambulance response times for category 2 calls, which include suspected strokes and heart attacks, and asks integrated care boards (ICBs) to expand "virtual wards," which allow patients to be monitored at home.

"We are asking a great deal of staff who are already working incredibly hard," said NHS England's chief executive, Dr Helen Ashworth. "But patients deserve better than long waits in corridors, and we believe these targets are achievable."

The Royal College of Emergency Medicine (RCEM) said the plan did not go far enough. Its president, Dr Lucy Fenwick, said the four-hour standard should return to 95 per cent, its level before it was relaxed. "Seventy-eight per cent means more than one in five people waiting longer than four hours," she said. "That is not a target. That is a resignation."

The British Medical Association (BMA) said GP surgeries were already at capacity and warned that pushing more patients towards primary care would not work without more funding.

The Health Secretary, Michael Osei-Bonsu, said the government had provided an extra £1.2 billion for urgent and emergency care this winter. "We inherited an NHS on its knees, and we are getting it back on its feet," he told MPs.

The plan includes more same-day emergency care (SDEC) units, more use of community pharmacies for minor illnesses under the Pharmacy First scheme, and a target to discharge medically fit patients within 24 hours.

Patient groups were cautious. Margaret Ilori, chief executive of the patients' charity CareVoice, said: "People are not interested in acronyms. They want to know whether they will be seen quickly when they are ill."

Figures for November, published on Thursday, showed 73.4 per cent of A&E patients in England were seen within four hours.
""", clean=True)

A("GridWatch Trade Weekly", "Ammonia-fuelled tug completes first harbour trials", """
A harbour tug running on ammonia has completed its first sea trials in Rotterdam, in what its developers describe as a step towards using the fuel in larger ships.

The 32-metre vessel, Ammonix One, burns ammonia (NH3) in a modified dual-fuel engine, with a small amount of diesel used as a pilot fuel to aid ignition. Ammonia contains no carbon, so its combustion produces no carbon dioxide (CO2), only water (H2O) and nitrogen (N2), in theory at least.

In practice, burning ammonia can generate nitrous oxide (N2O), a greenhouse gas around 270 times more potent than CO2 over a century, and nitrogen oxides (NOx), which harm air quality. The tug is fitted with a selective catalytic reduction system, which uses a urea solution to convert NOx back into nitrogen and water vapour.

"Our measurements show N2O emissions well below the level that would cancel out the climate benefit," said project lead Dr Marieke de Boer. "But we need far more operating hours before we can say that with confidence."

Ammonia is toxic, and safety has been a central concern. The tug's fuel system is double-walled, with gas detectors in the engine room and an automatic shutdown that isolates the tanks if a leak is detected. Crew have received specialist training.

The fuel is attractive to shipping because it can be stored as a liquid at minus 33C or under moderate pressure, which is far easier than hydrogen, which must be cooled to minus 253C. It is already traded globally in large volumes for fertiliser production.

Most ammonia today is made from natural gas via the Haber-Bosch process, which produces significant emissions. For the fuel to make sense, it will need to be made from green hydrogen, produced by splitting water with renewable electricity, or from gas with carbon capture.

The International Maritime Organization's net-zero framework, agreed this year, is expected to encourage the adoption of such fuels from 2028. The tug's owners plan commercial operations from next summer.
""", clean=True)

A("The Northgate Herald", "Northgate by-election: full results", """
Labour has held the Northgate Central seat on the borough council in a by-election triggered by the death of councillor Frank Mellor in October.

Turnout was 23.8 per cent, down from 31.2 per cent at the full council elections in May last year.

Result, Northgate Central ward:

Aisha Rahman (Labour) 1,041 (42.6%)
Paul Denby (Reform UK) 702 (28.7%)
Helen Crossley (Conservative) 311 (12.7%)
Sam Whitaker (Green) 228 (9.3%)
Jonathan Lees (Liberal Democrat) 142 (5.8%)
Spoilt ballots: 21

Majority: 339. Electorate: 10,352.

Ms Rahman, a 34-year-old pharmacist who grew up in the ward, said she was "honoured and humbled" by the result. "People told me on the doorstep that they want the basics done properly," she said. "Bins emptied. Potholes fixed. Streetlights working. That's what I'll be fighting for."

Reform UK's share rose by 16 points compared with last year, when the party stood for the first time in the ward. Mr Denby said: "We came from nowhere to a strong second. Labour should be worried."

The Conservative vote fell by nine points. Ms Crossley said it had been "a tough night" but that the party would "listen and rebuild."

Turnout was highest in the Tannery Lane polling district and lowest in the Market Way flats, where fewer than one in six registered voters took part. The returning officer said the count, at the town hall, had been completed shortly after 1am.

The result leaves the balance of the council unchanged, with Labour holding 31 of the 48 seats.

Ms Rahman will be formally sworn in at the next full council meeting on 21 January. She said her first priority would be the future of the civic centre, which has been closed since May.
""", clean=True)

A("Stagelight Review", "Opera: a 'Tosca' that sings its heart out in a church hall", """
"Vissi d'arte, vissi d'amore." I lived for art, I lived for love. There are few more famous lines in opera, and few harder to make fresh. Yet at St Barnabas church hall on Saturday night, with an audience of 90 on folding chairs, soprano Giulia Ferrante made them sound as if they were being discovered for the first time.

Pocket Opera Company's touring Tosca has a cast of five, a piano, a cello and a clarinet. The set is a table, two chairs and a crucifix. The running time, with Puccini trimmed but not mangled, is just under two hours.

It works because of the singing. Ferrante, an Italian soprano who trained in Parma and now lives in Leeds, has a voice of real power, which she reins in cleverly for the small space. Her Tosca is impulsive, funny and, by the end, terrifying.

Tenor Emeka Nwosu is a warm, boyish Cavaradossi, and his third-act aria, "E lucevan le stelle" ("And the stars were shining"), brought several people around me to tears. Baritone Gareth Llewellyn, as the villainous police chief Scarpia, is chillingly polite.

The production is sung in Italian with English surtitles projected onto a bedsheet, which occasionally slips. Nobody seemed to mind.

Director Hannah Okoye told me afterwards that the company deliberately tours to places without theatres. "Opera is not a building," she said. "It's a story and some voices. You can do it anywhere."

Ferrante agreed. "In Italy, my grandmother sang Puccini while she cooked," she said. "Questa musica è di tutti. This music belongs to everyone."

There are flaws. The second act drags slightly, and the clarinet was occasionally drowned out by the rain on the roof. But this is opera at its most direct and moving.

Tosca tours village halls and churches across the county until 15 February. Tickets £12, under-18s free.
""", clean=True)

A("The Daily Clang", "GRAN, 101, WINS BINGO JACKPOT — AND SPENDS IT ON A JET SKI!", """
A great-great-grandmother has scooped a £12,000 bingo jackpot on her 101st birthday, and says she is going to spend it on a jet ski.

Doris Whitfield, who still plays three times a week at the Regal Bingo Club in Blackpool, shrieked "HOUSE!" so loudly that staff thought there had been an emergency.

"I nearly fell off my chair," she told The Clang. "Then I nearly fell off it again when they told me how much."

Doris, who was born in 1925, has been playing bingo since the 1960s. She has had smaller wins before, including a toaster in 1974 and a weekend in Rhyl in 1989, but never anything like this.

And her plans for the cash? A jet ski. Yes, really.

"I've always wanted one," she said. "I saw them on the telly in the 80s and thought, one day. Well, today's the day."

Her family are, understandably, a little nervous.

"We've said she can have a go with an instructor, with a life jacket on, on a very calm day," said her granddaughter, Michelle, 58. "She said, 'Michelle, I'm a hundred and one, not made of glass.'"

Club manager Gary Hollins said Doris was "a legend" at the Regal. "She's sharper than half our regulars," he said. "Always has three books going. Never misses a number."

Top tips from Doris for a long life:

Stay curious.
Keep moving.
Never say no to a cup of tea.
Don't listen to doctors who are younger than your slippers.

The rest of the money, she says, will go on presents for her 14 grandchildren, 22 great-grandchildren and four great-great-grandchildren. "That's the bit that'll bankrupt me," she laughed.

Asked whether she would keep playing bingo, Doris was clear. "Of course," she said. "I'm on a winning streak."
""", clean=True)
# ---------------------------------------------------------------- build


def render(title, body):
    raw = title + "\n\n" + body.strip("\n")
    out = ""
    spans = []
    pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, content = m.group(1), m.group(2)
        if kind == "dup":
            n = int(content)
            assert out.endswith("\n\n"), "dup marker must start a paragraph"
            prev = out[:-2]
            paras = prev.split("\n\n")
            copy = "\n\n".join(paras[-n:])
            src_start = len(prev) - len(copy)
            for s in spans:
                assert s["end"] <= src_start, "copied paragraphs contain a span"
            start = len(out)
            out += copy
            spans.append({"kind": "duplicated_block", "start": start, "end": len(out)})
        else:
            assert kind in KINDS, kind
            assert content and content == content.strip(" "), (kind, content)
            start = len(out)
            out += content
            spans.append({"kind": kind, "start": start, "end": len(out)})
        pos = m.end()
    out += raw[pos:]
    assert "⟦" not in out and "⟧" not in out
    assert "\n\n\n" not in out
    for s in spans:
        s["text"] = out[s["start"]:s["end"]]
    return out, spans


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    for source, title, body, clean in ARTS:
        text, spans = render(title, body)
        records.append({"source": source, "title": title, "text": text,
                        "clean": clean, "spans": spans})
    rng = random.Random(20261207)
    rng.shuffle(records)
    counts = Counter()
    n_clean = n_dam = 0
    sources = set()
    for i, r in enumerate(records, 1):
        r["id"] = "v7-%03d" % i
        text = r["text"]
        words = len(text.split())
        assert 250 <= words <= 700, (r["title"], words)
        assert text.startswith(r["title"] + "\n\n")
        sources.add(r["source"])
        if r["clean"]:
            n_clean += 1
            assert r["spans"] == [], r["title"]
        else:
            n_dam += 1
            assert 2 <= len(r["spans"]) <= 6, (r["title"], len(r["spans"]))
            for s in r["spans"]:
                assert text[s["start"]:s["end"]] == s["text"]
                counts[s["kind"]] += 1
            ordered = sorted(r["spans"], key=lambda s: s["start"])
            for a, b in zip(ordered, ordered[1:]):
                assert a["end"] <= b["start"], "overlapping spans"
    print("articles:", len(records), "damaged:", n_dam, "clean:", n_clean,
          "outlets:", len(sources))
    for k in KINDS:
        print("  %-18s %d" % (k, counts[k]))
    print("  total spans        %d" % sum(counts.values()))
    FINAL = os.environ.get("V7_PARTIAL") is None
    if FINAL:
        assert len(records) == 60 and n_dam == 35 and n_clean == 25
        assert len(sources) >= 8
        for k in KINDS:
            need = 12 if k in ("fragment", "glued", "stray", "placeholder") else 8
            assert counts[k] >= need, (k, counts[k])
    keys = ["id", "source", "title", "text", "clean", "spans"]
    with open(os.path.join(here, "v7.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")
    print("wrote", os.path.join(here, "v7.jsonl"))


if __name__ == "__main__":
    main()
