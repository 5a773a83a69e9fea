# Generator for blind set v4 (news-article linter evaluation).
# Articles are written with inline markers  ⟦kind:damaged text⟧ ; the special
# marker ⟦dup:N⟧ re-inserts the N paragraphs that precede it (a duplicated block).
import json, random, re, sys
from collections import Counter

ARTS = []
KINDS = {"glued", "stray", "break", "fragment", "attribution", "placeholder",
         "furniture", "embed", "foreign", "disclaimer", "broken_paragraph",
         "duplicated_block"}

def A(source, title, text, clean=False):
    ARTS.append(dict(source=source, title=title, raw=text.strip("\n"), clean=clean))

# ---------------------------------------------------------------- part 1
A("Meridian Wire", "Coalition talks stall as junior partner demands finance ministry", """
Coalition talks stall as junior partner demands finance ministry

By Teodora Vance

VIENNA, March 4 (Meridian Wire) - Talks to form Austria's next government stalled on Tuesday after the liberal party insisted it would not join a coalition unless it was handed the finance ministry, ⟦attribution:two negotiators said, they said⟧ on condition of anonymity.

The conservative People's Party, which won the most seats in January's election but fell well short of a majority, has been negotiating for five weeks with the Social Democrats and the smaller liberal NEOS party. A three-way deal would be the first of its kind in the country's post-war history.

"We are not going to be the fig leaf for a budget we did not write," NEOS leader Beate Hollinger told reporters outside the parliament building⟦stray:，⟧ adding that her party had "no appetite" for a role limited to education and digital affairs.

The finance ministry has traditionally gone to the largest party in any coalition, and conservative officials made clear on Tuesday that they regarded the demand as a negotiating tactic. One senior party figure described it as "theatre for the cameras."

Austria faces pressure from the European Commission to bring its deficit back below 3% of economic output, and whoever holds the finance portfolio will have to find savings of several billion euros over the next two years. Economists at the WIFO institute estimated last month that the gap could reach 6.4 billion euros by 2026 without corrective action.

The Social Democrats, who have said they will not accept cuts to pensions, have so far stayed out of the dispute. Their leader, Andreas Kurzmann, said on Monday evening that "personnel questions come at the end, not at the beginning," a remark widely interpreted as a rebuke to the liberals.

If the talks collapse, President Alexander Van der Bellen could ask the far-right Freedom Party, which came second, to try to form a government, though no other party has said it would work with ⟦glued:itsleader⟧, Herbert Kickl.

A spokesman for the president said he was "following the talks closely" and would not set a deadline. Negotiators are due to meet again on Thursday.

Polls published since the election suggest that voters are growing impatient. A survey by the Unique Research institute for the weekly Profil found that 58% of respondents wanted a government in place by Easter, and that support for the Freedom Party had risen three points since polling day.

(Reporting by Teodora Vance; additional reporting by Markus Ebner; editing by Claire Doyle)
""")

A("The Harbourside Courier", "Council approves £4.2m plan to reopen Victoria Baths", """
Council approves £4.2m plan to reopen Victoria Baths

⟦furniture:We value your privacy. We and our 143 partners use cookies to store and access information on your device. Click "Accept all" to consent, or "Manage preferences" to review your choices. ACCEPT ALL | MANAGE PREFERENCES⟧

A Victorian swimming baths that has stood empty for almost two decades is set to reopen after councillors approved a £4.2 million restoration plan on Wednesday night.

The Grade II-listed Victoria Baths on Mill Lane closed in 2006 when the cost of repairing its leaking roof and failing boilers was judged too high. Since then campaigners have held open days, film screenings and even a wedding in the drained main pool in an effort to keep the building in the public eye.

Under the plan approved by the council's cabinet, the main pool will be restored for public swimming, while the smaller "ladies' pool" will become a community space that can be hired for events. A café will open in the former ticket hall.

Councillor Ruth Abernathy, the cabinet member for leisure, said the decision was "a long time coming" and paid tribute to the Friends of Victoria Baths, who have raised more than £600,000 towards the work.

"There were plenty of moments when people told us this building was finished," she said. "The volunteers never accepted that, and tonight they have been proved right."

The money will come from a combination of ⟦glued:councilborrowing⟧, a National Lottery Heritage Fund grant of £1.9 million and the campaigners' own fundraising. Work is expected to start in the autumn and take around 18 months.

Not everyone welcomed the decision. Opposition councillor Gareth Lyle said the authority was "pouring money into a museum piece" while two of the town's libraries faced reduced opening hours.

"Nobody is against swimming," he said. "But we are being asked to borrow money we do not have for a building that will need more money every single year ⟦broken_paragraph:it stays

open⟧."

Council officers told the meeting that running costs would be covered by ticket sales and room hire within three years of opening, a projection Mr Lyle described as "optimistic at best."

Margaret Orme, 81, who learned to swim at the baths in 1951, was in the public gallery for the vote. "I came here every Saturday morning with my brother," she said. "I never thought I would see the water back in that pool. I might even get my costume out."
""")

A("Tri-County Sports Desk", "Late Okafor header keeps Rovers' promotion push alive", """
Late Okafor header keeps Rovers' promotion push alive

Ashford Rovers 2 Kingsmead Town 1

Daniel Okafor's header four minutes from time kept Ashford Rovers in the hunt for automatic promotion as they came from behind to beat ten-man Kingsmead Town at Station Road on Saturday.

Rovers had looked short of ideas for much of a scrappy first half and fell behind in the 38th minute when Kingsmead's Liam Pryce ran on to a long clearance and lifted the ball over the advancing goalkeeper, Sam Whitlock.

The visitors' afternoon turned on the hour mark. Midfielder Connor Haig, already booked for a late tackle on Okafor, was shown a second yellow card for pulling back Jamal Reid as he broke through the middle, and Rovers manager Phil Dunleavy immediately sent on two extra forwards.

The pressure told in the 71st minute. Reid's low cross from the left was only half cleared and substitute Tomás Ferreira drilled the loose ball into the bottom corner from the edge of the area.

⟦embed:Ashford Rovers FC @AshfordRoversFC · 3h
GOAL!!! ⚽️ TOMÁS FERREIRA! What a strike from the sub! 1-1 #UpTheRovers
♡ 1.2K  ⟲ 318  💬 96⟧

With Kingsmead tiring, Okafor rose highest to meet a Reid corner in the 86th minute and power a header in off the underside of the crossbar. The striker's 17th goal of the season sparked wild celebrations among the ⟦glued:3,412crowd⟧.

Dunleavy said afterwards that his side had "found a way" on a day when they were far from their best.

"First half, we were nowhere near it, and I told them that in no uncertain terms," he said. "But the character they showed after the break was everything. You don't get promoted by playing pretty every week."

His Kingsmead counterpart, Andy Furlong, was unhappy with the sending-off. "It's a soft second yellow," he said. "The lad's gone down easily and the referee has bought it. At eleven against eleven, I think we win that game."

⟦dup:1⟧

The win lifts Rovers to third, two points behind second-placed Harlow Athletic with a game in hand. Kingsmead remain 14th.

Rovers travel to Northfield on Tuesday night, while Kingsmead host leaders Bramley United next Saturday.

Ashford Rovers: Whitlock; Benson, Adeyemi, Clarke, Moss; Hartley (Ferreira 62), Doyle, Pearce (Lowe 62); Reid, Okafor, Shaw.

Kingsmead Town: Ellison; Quayle, Barnes, Tilley, Wood; Haig, Pryce, Mensah; Cole (Fenwick 75), Gardner, Ince.

Referee: Paul Atherton. Attendance: 3,412.
""")

A("Ledger Street Daily", "Nordhavn Shipping lifts dividend after record container rates", """
Nordhavn Shipping lifts dividend after record container rates

⟦disclaimer:This story was generated automatically by Ledger Street's earnings system from the company's filing and has not been reviewed by an editor. Ledger Street accepts no responsibility for errors in automatically produced content.⟧

Nordhavn Shipping A/S on Thursday reported a 41% jump in fourth-quarter operating profit and raised its dividend for the third consecutive year, as disruption in the Red Sea kept container freight rates near record levels.

The Copenhagen-based group, the world's sixth-largest container carrier by capacity, said earnings before interest and tax rose to $1.86 billion in the three months to December from $1.32 billion a year earlier. Revenue climbed 18% to $7.4 billion.

Analysts polled by the company had expected operating profit of $1.71 billion.

The board proposed a dividend of 46 Danish crowns per share, up from 38 crowns last year, and said it would buy back up to 3 billion crowns of its own stock over the next twelve months.

⟦placeholder:[[CHART: NDH_Q4_EBIT_bar.png]]⟧

Chief executive Signe Kragh said the company expected rates to ease during the second half of the year as new vessels ordered during the pandemic were delivered and as ships resumed routes through the Suez Canal.

"We are not planning our business on the assumption that the current situation lasts," Kragh said on a call with analysts. "What we have done is use this period to strengthen the balance sheet, so that we are in a good position when the market normalises."

Nordhavn guided for full-year underlying operating profit of between $3 billion and $5 billion, a wide range that it attributed to uncertainty about the timing of a return to normal shipping routes. The midpoint of the range was below the $4.3 billion analysts had pencilled in, and the shares⟦break:. fell⟧ as much as 4.2% in early Copenhagen trading before recovering some of their losses.

Shipping lines have spent much of the past year diverting vessels around the Cape of Good Hope to avoid attacks on merchant ships in the southern Red Sea, adding up to two weeks to journeys between Asia and Europe. The longer routes have absorbed capacity and pushed up the price of moving a standard 40-foot container.

Jesper Lind, an analyst at Fjord Securities, said the results were "solid but backward-looking." He added: "The question for investors is what earnings look like in a world where the canal is open again and the new ships have all arrived. On that, the guidance is not especially reassuring."

Nordhavn will publish its annual report on February 27.
""")

A("Pacific Science Review", "Deep-sea microbes found living on hydrogen from rock", """
Deep-sea microbes found living on hydrogen from rock

Microorganisms living more than two kilometres beneath the seafloor off Japan appear to survive on hydrogen produced when seawater reacts with iron-rich rock, according to a study published on Wednesday.

The findings, reported in the journal Nature Geoscience, add to growing evidence that a large share of Earth's living matter exists in the deep subsurface, cut off from sunlight and sustained by chemical energy.

The international team analysed rock cores drilled by the Japanese research vessel Chikyu from the mantle rocks of the Nankai Trough. Using genetic sequencing and isotope tracing, the researchers identified communities of bacteria and archaea that consume hydrogen and carbon dioxide and release methane.

⟦fragment:Having been isolated for potentially millions of years from the surface.⟧ The cells divide extremely slowly, the authors estimate, perhaps once every few hundred years.

"It is a form of life running on a geological battery," said Dr Haruka Morimoto of the Japan Agency for Marine-Earth Science and Technology, who led the study. "As long as the rocks keep reacting with water, there is a trickle of energy available, and these organisms have evolved to live on that trickle."

The reaction in question, known as serpentinisation, occurs when water percolates through olivine-rich rock and oxidises the iron⟦break:. it⟧ contains, releasing hydrogen gas as a by-product. Scientists have long suspected that such reactions could support life, and similar processes are thought to occur on Saturn's moon Enceladus and possibly on Mars.

Independent researchers welcomed the paper but urged caution over the estimated growth rates. Dr Lena Fischbach, a geomicrobiologist at the University of Bremen who was not involved in the work, said the measurement of such slow metabolism was "enormously difficult."

"Man muss sehr vorsichtig sein, wenn man solche Zahlen aus dem Labor in die Tiefe überträgt," she said in an interview, meaning that one has to be very careful when extrapolating such numbers from the laboratory to the deep. "But the core finding, that these communities are alive and active, looks robust."

⟦foreign:Die Studie wurde von der japanischen Regierung und der Europäischen Union finanziert. Die Bohrkerne werden in Kochi aufbewahrt.⟧

The authors said they hoped to return to the site in 2026 to drill deeper, towards the boundary where temperatures exceed 120C, the highest at which life is known to exist.

"We want to find the edge," Morimoto said. "Where does life finally stop? That is the question that keeps us going back."
""")
# ---------------------------------------------------------------- part 2 (clean look-alikes)
A("Capitol Ledger", "Gov. Whitfield signs data-privacy bill after two-year fight", """
Gov. Whitfield signs data-privacy bill after two-year fight

SACRAMENTO, Calif. (Capitol Ledger) — Gov. Elaine Whitfield on Thursday signed a sweeping consumer data-privacy law that will let Californians demand that apps such as TikTok, Instagram and YouTube delete the personal information they hold, ending a two-year fight in the Legislature.

The measure, Assembly Bill 1147, takes effect Jan. 1 and applies to any company that collects data on more than 50,000 state residents. It was opposed by a coalition of tech trade groups and by several Silicon Valley lawmakers in the governor's own party.

"For too long the deal has been: you get a free app, and they get your life," Whitfield said at a signing ceremony in the Capitol rotunda. "Starting in January, that deal changes."

The bill's author, Assemblymember Rosa Delgado, D-Fresno, and its Republican co-author, Sen. Mark Healey of San Diego County, appeared together at the ceremony. "This is what it looks like when people stop shouting past each other," Healey said. Delgado added, "And when they start reading the fine print."

Under the law, companies will have 30 days to respond to a deletion request and must offer a single, clearly labeled button for it. Violations carry fines of up to $7,500 per user.

Industry groups said they were still reviewing the final text. A spokesperson for the Silicon Valley Leadership Forum said the group "shares the goal of protecting consumers" but warned that a patchwork of state laws would confuse users and raise costs for smaller firms.

Consumer advocates praised the law as the strongest in the U.S. Mariana Choi, director of the nonprofit Digital Rights Watch, said it would force companies like Meta, Amazon and eBay to "finally treat deletion as a right rather than a favor."

The law also creates a new state office to enforce it, with a budget of $14 million in its first year. The governor's office said the agency would be based in Oakland and would begin hiring in the fall.

Whitfield, who is in her second and final term, has made consumer protection a theme of her last year in office. Earlier this month she signed a bill capping late fees on credit cards issued by state-chartered banks.

The new law is the latest in a series of state-level efforts to fill the gap left by Congress, where a federal privacy bill has stalled for more than five years. At least 14 states have now passed comprehensive privacy laws, according to the National Conference of State Legislatures.

Residents who want more information can visit the state attorney general's website at oag.ca.gov/privacy, which will carry guidance on the new rights from Dec. 1.
""", clean=True)

A("Northern Quarterly Arts", "‘Still humming it in the car park’: The Lanterns return with a sold-out hometown show", """
The Lanterns return with a sold-out hometown show

By Niamh Corrigan

There is a moment, about an hour into The Lanterns' first hometown show in six years, when singer Joe Halloran steps back from the microphone and lets the crowd take the chorus of "Harbour Lights" on their own.

They do not need the help. Two thousand people in the Corn Exchange sing every word:

"Leave the porch light on for me,
I'll be home before the tide,
Every road I ever took
Brought me back to this side."

It is a song that was never a hit. It reached No. 38 in the charts in 2009 and disappeared within a fortnight, but in this city it has become something close to an anthem, played at weddings, funerals and, for three seasons, before home games at the football ground.

"We wrote that in about twenty minutes in my mum's kitchen," Halloran told me before the show. "I still don't really understand what happened to it. It stopped being ours a long time ago."

The band split in 2018 after their fourth album, Low Country, sold poorly and their record label dropped them. Guitarist Clare Devlin moved to Glasgow to train as a nurse; drummer Owen Pike opened a bike shop. Halloran released two solo records and toured small venues in the U.S. and Germany.

What brought them back, they say, was a video. Last year a fan posted a clip on TikTok of her grandfather, who has dementia, singing "Harbour Lights" word-perfect in a care home. It has now been viewed more than 11 million times, and the hashtag #PorchLightOn trended for two days.

"I watched it on the night shift and cried in the sluice room," Devlin said. "Then I rang Joe, which I hadn't done in about four years."

The reunion shows, three in total, sold out in under ten minutes. A new single, "Salt", was released on Friday and is available on Spotify and Bandcamp.

On the night, the old material is stronger than the new. "Salt" is pleasant but slight, and a mid-set run of songs from Low Country reminds you why that record struggled. But the closing stretch, "Ferry Road", "Mackerel Sky" and a tearful "Harbour Lights", is as good as anything a local band has produced.

Afterwards, in the car park, people are still humming it. A woman in a Lanterns T-shirt from 2007 tells her friend, "I'm not going to sleep tonight." Her friend replies, "Neither am I, and I've got work at seven."

The Lanterns play Dublin on Saturday and London's Roundhouse on Sunday. Tickets for an added date in December go on sale at 9 a.m. on Monday.
""", clean=True)

A("The Eastbrook Gazette", "Five things to know before the new bin collection schedule starts", """
Five things to know before the new bin collection schedule starts

Eastbrook's new waste and recycling schedule begins on Monday, April 7, and the council says about 38,000 households will see their collection day change. Here is what you need to know.

1. Check your new day

Every household should by now have received a letter with its new collection day. If you have not, or if you have lost it, you can look up your address at eastbrook.gov.uk/bins or call the council's contact centre on 01632 960 451 between 8.30 a.m. and 5 p.m.

2. Food waste goes weekly

The small grey caddy for food waste will now be emptied every week, on the same day as your other collection. The council says food waste makes up almost a third of what is currently thrown into general rubbish bins.

3. Black bins go fortnightly

General waste bins will be collected every other week. Large families and households with medical waste can apply for a bigger bin or an extra collection.

4. What goes in the blue bin

The recycling bin will now take:

- plastic bottles, pots, tubs and trays
- food and drink cans, including aerosols
- glass bottles and jars
- paper and flattened cardboard
- foil and clean foil trays

Soft plastics such as crisp packets and carrier bags should still go in the black bin, for now. The council says it hopes to add them from 2026.

5. Put your bins out by 7 a.m.

Crews will start earlier under the new rounds, so bins must be at the kerb by 7 a.m. on collection day. Bins should be taken back in by the end of the day.

Councillor Priya Sandhu, who chairs the environment committee, said the changes were needed to meet national recycling targets and to save about £1.1 million a year.

"I know change is never popular, and I know people are attached to their bin day," she said. "But we were sending thousands of tonnes of food to landfill every year, and that cannot carry on."

Residents have mixed feelings. Tom Gregory, a retired postman from the Hillside estate, said he was worried about smells over the summer. "Two weeks is a long time for a black bin in July," he said. His neighbour, Alison Webb, disagreed. "If the food's going in the caddy every week, what's left to smell?" she said. "I think people will get used to it."

Editor's note: The Gazette will publish the full collection calendar for each area of the borough in next week's print edition. Readers with questions can email newsdesk@eastbrookgazette.co.uk.
""", clean=True)

A("Global Frontline", "Q&A: ‘Sleep more, scroll less’ — a sleep scientist's advice for exam season", """
Q&A: ‘Sleep more, scroll less’ — a sleep scientist's advice for exam season

Dr Amara Osei is a sleep researcher at the University of Leeds and the author of Tired Minds, a book about teenagers and sleep. With exams starting across the country next week, we asked her how students, and their parents, can get through the next six weeks in one piece. The interview has been edited for length and clarity.

How much sleep does a 17-year-old actually need?

Between eight and ten hours. Most get nearer seven, and during exams often less.

Is an all-nighter before a big paper ever a good idea?

No. Don't do it. You lose more from being tired than you gain from the extra hours of revision.

What about the classic advice to put phones away before bed?

Follow it. Charge the phone outside the bedroom if you can. It isn't only the blue light; it's that the phone is endlessly interesting, and your brain knows it.

Students say they revise best late at night. Are they wrong?

Not necessarily. Teenagers' body clocks really do shift later, by around two hours, during adolescence. The problem is that exams start at 9 a.m. So in the fortnight before, move your bedtime earlier by fifteen minutes every few nights. Get outside in daylight in the morning. It helps reset the clock.

Caffeine?

Keep it before 2 p.m. And watch the energy drinks; one can can have as much as two espressos.

What should parents do?

Stay calm. Seriously. Anxiety is contagious. Make sure there's food in the house, keep the evenings quiet, and don't ask "How did it go?" the minute they walk through the door.

Do naps help?

Short ones, yes. Twenty minutes, early afternoon. Set an alarm.

One student told me they lie awake for hours worrying about the next day. What would you say to them?

Get up. If you've been lying there for twenty minutes, go to another room, read something dull under a dim light, and go back when you feel sleepy. Lying in bed fighting it teaches your brain that bed is a place for worrying.

And on the morning of the exam itself?

Eat breakfast. Leave early. Don't cram in the corridor; the people panicking in the corridor will make you panic too.

Any final advice?

Be kind to yourself. One bad night won't ruin an exam. A month of bad nights might.

Tired Minds is published by Harlow Press. Dr Osei is on Instagram at @drosei_sleeps.
""", clean=True)

A("Coastwatch Maritime News", "Veteran research ship makes final voyage to breakers", """
Veteran research ship makes final voyage to breakers

The RRS Endeavour Bay, the polar research vessel that carried British scientists to Antarctica for more than three decades, left port for the last time on Tuesday, bound for a ship-recycling yard in Turkey.

A crowd of about 200 people, many of them former crew members and scientists, gathered on the quayside at Portsmouth to see her off. Some held placards reading "Thank you, EB", and a lone piper played as she slipped her moorings shortly after 10 a.m.

Launched in 1989, she made 61 voyages to the Antarctic and spent an estimated 4,100 days at sea. She was replaced last year by a larger, ice-strengthened vessel able to carry twice as many researchers.

"She was never the most comfortable ship, and she rolled like a pig in a swell," said Capt. Iain MacLeod, who commanded her for eleven years. "But she never once let us down. You don't forget a ship like that."

Dr Helen Mbeki, a glaciologist who sailed on her eight times, said the vessel had been "a floating university" for a generation of polar scientists. "I did my PhD fieldwork from her decks," she said. "Half the people I now work with, I first met in her mess room."

The ship's bell, her wheel and a section of her bridge instruments will be given to the Scott Polar Museum in Cambridge. Her name board will go to the primary school in Dundee where pupils voted on her name in a competition in 1988.

Former crew members said they had asked the operators to ensure she would be dismantled responsibly. The company said the Turkish yard, in Aliağa, was certified under the Hong Kong International Convention for the safe recycling of ships and that asbestos and other hazardous materials would be removed under supervision.

The voyage to Turkey is expected to take about twelve days. A skeleton crew of 14 will sail her, led by Capt. MacLeod, who came out of retirement for the trip.

"I wasn't going to let anyone else take her on the last one," he said.

A correction was made to this article on Wednesday: An earlier version said the Endeavour Bay made 71 voyages to the Antarctic. She made 61.
""", clean=True)
# ---------------------------------------------------------------- part 3
A("Valley Tribune", "Obituary: Kamala Devi Patel, shopkeeper who fed a neighbourhood, dies at 88", """
Kamala Devi Patel, shopkeeper who fed a neighbourhood, dies at 88

⟦placeholder:[caption id="attachment_48812" align="alignleft" width="300"]⟧ Kamala Patel behind the counter of Patel's Corner Store in 1987.

Kamala Devi Patel, who ran a corner shop on Albert Road for 41 years and was known to three generations of children as "Auntie," died on March 2 at her home in Riverside. She was 88.

Her son, Dilip, said the cause was heart failure.

Mrs Patel arrived in England from Kampala in 1972, one of tens of thousands of Ugandan Asians expelled by Idi Amin. She and her husband, Ramesh, had been forced to leave behind a textile business and arrived with two suitcases and £50. Within a year they had borrowed enough from relatives to take over a failing grocery on the corner of Albert Road and Mill Street.

The shop was open from 6 a.m. until 10 p.m., seven days a week, for most of the next four decades. Mrs Patel rarely took a ⟦glued:holiday.In⟧ 41 years, her family calculated, she closed the shop for a total of 23 days, most of them for weddings.

She became, in the words of one former customer, "the unofficial social services of the street." She kept a handwritten ledger of credit for families who were short at the end of the month and, according to her son, never once chased a debt. During the miners' strike in 1984 she gave away bread and milk to any family who asked⟦stray: ;⟧ during the floods of 2007 she kept the shop open through the night so that neighbours could charge their phones from a generator.

"She did not think of it as charity," Dilip Patel said. "She thought of it as being a neighbour. If you had asked her, she would have said she was just running a shop."

Kamala Devi Shah was born on August 19, 1935, in Jinja, Uganda, the eldest of six children of a cotton trader. She married Ramesh Patel in 1956. He died in 2011, two years before she sold the shop and retired.

In 2015 she was awarded the British Empire Medal for services to the community. She attended the ceremony, her family said, on the condition that she was home in time to watch her favourite cookery programme.

In addition to her son, she is survived by two daughters, Meena Shah and Anjali Rao; nine grandchildren; and four great-grandchildren.

A memorial gathering will be held at the Albert Road community centre on March 16. The family has asked that, instead of flowers, mourners donate to the local food bank.

⟦furniture:About the author
Rachel Dunmore has covered the Riverside area for the Valley Tribune since 2009. She lives in the town with her husband and two dogs.
Email Rachel | Follow @RachelDunmoreVT | More from this author ›⟧
""")

A("Eurasia Daily Review", "Interview: the mayor who wants to ban cars from the old town", """
Interview: the mayor who wants to ban cars from the old town

Tomasz Wierzbicki, 44, was elected mayor of the Polish city of Toruń last spring on a promise to make its medieval centre car-free by 2027. We spoke to him about the plan, the protests and what he has learned from other European cities.

Why ban cars at all? The old town is already quiet compared with many cities.

It is quiet on a Sunday morning. Come on a Friday in July and you will see delivery vans on the pavements, tourists walking in the road, and people circling for twenty minutes looking for a parking space that does not exist. The buildings are UNESCO-protected. The traffic is not.

Shopkeepers have protested. Some say they will close.

I understand the fear. But every city that has done this — Pontevedra in Spain, Ghent in Belgium — saw footfall go up, not down. ⟦fragment:Which is what the data from those cities is showing us clearly.⟧ We will keep delivery windows in the mornings, and disabled access will stay.

What about residents who need their cars?

Residents keep permits. ⟦attribution:We are not taking anyone's car, the mayor said, he explained.⟧ We are taking away the through-traffic, people who drive across the old town because it is a shortcut. That is around 60 per cent of the vehicles on the streets.

You have been criticised for moving too quickly.

Maybe. But the opposite criticism is also fair: for twenty years every mayor said it was a good idea and nobody did anything. ⟦foreign:Nie można czekać w nieskończoność, aż wszyscy będą zadowoleni.⟧

How will you pay for it?

Partly from EU cohesion funds, partly from the parking revenue at the new garages on the edge of the centre. The first garage, with 640 places, opens in October. There will be electric shuttle buses every six minutes.

What has surprised you most since taking office?

How much people care about parking. I receive more letters about parking than about schools, health and housing together. Sometimes I think parking is the real religion in Poland.

And if the plan fails?

Then I will not be re-elected, and that is democracy. But I do not think it will fail. In ten years people will not remember that there were cars here at all.

The interview was conducted in English and has been edited for length.
""")

A("Midlands Evening Post", "LIVE: Storm Ivo — roads closed and thousands without power", """
LIVE: Storm Ivo — roads closed and thousands without power

Key points

Amber wind warning in force until 9pm
More than 23,000 homes without power
M6 closed northbound between junctions 14 and 15

17:42

Western Power Distribution says crews have restored supplies to about 6,000 properties in the past hour, but warns that some customers in rural areas may be without electricity until tomorrow ⟦glued:morningat⟧ the earliest.

17:20

⟦embed:West Mids Police @WMPolice
Please avoid the A449 at Penkridge — a large tree is down across both carriageways and crews are on scene. Expect delays. #StormIvo
5:14 PM · Nov 14, 2024
Read 212 replies⟧

16:58

A reader in Stafford has sent us this picture of a trampoline that ended up on the roof of a bus shelter on Newport Road. Thankfully nobody was hurt.

⟦placeholder:{{image_embed_4}}⟧

16:31

Staffordshire County Council says all of its household recycling centres have closed for the rest of the day. Schools that closed early are expected to reopen as normal tomorrow, but parents are advised to check the council website before setting off.

16:05

The Met Office has extended its amber warning until 9pm. Gusts of 72mph were recorded at Shawbury earlier this afternoon, and forecasters say the strongest winds will move east across the region over the next few hours.

"The worst of it will clear by late evening, but it's going to be a very blustery night," said Met Office meteorologist Grace Owusu.

⟦furniture:Sign up to our daily newsletter — the biggest stories from across the Midlands straight to your inbox. Enter your email   SUBSCRIBE
By signing up you agree to our Privacy Policy⟧

15:40

National Highways has closed the M6 northbound between junctions 14 and 15 after a lorry overturned. The driver was checked by paramedics and was not seriously hurt. Diversions are in place via the A34, but traffic is queuing for around five miles.

15:12

Train operator Avanti West Coast says services between Birmingham New Street and Crewe are running at reduced speed because of the wind and may be delayed by up to 30 minutes. A tree on the line near Rugeley has blocked one track.

14:50

Welcome to our live coverage of Storm Ivo, which is bringing strong winds and heavy rain across the Midlands this afternoon. We'll bring you the latest on travel disruption, power cuts and school closures. If you have pictures, you can send them to us through our website.
""")

A("Hemisfério Notícias (English edition)", "Brazilian court orders reinstatement of fired river-cleanup workers", """
⟦disclaimer:This article was translated automatically from Portuguese. Hemisfério Notícias is not responsible for inaccuracies resulting from the translation; the original version prevails.⟧

Brazilian court orders reinstatement of fired river-cleanup workers

A labour court in São Paulo ordered on Monday the immediate reinstatement of 212 workers who were dismissed by the company responsible for cleaning up the Tietê River, in a decision that the municipal government said it will appeal.

The workers were dismissed in January after the company, Ambiental Tietê, lost part of its contract with the state government. According to the judge Mariana Costa Lopes, the dismissals violated a collective agreement signed in 2022 that guaranteed the jobs until the end of the project.

⟦fragment:Considering that the company did not present justification for the measure.⟧ The judge also ordered the payment of back wages for the months in which the workers were without income.

The union of the sanitation workers celebrated the decision. "It is a victory of the workers and of the river," said the president of the union, Antônio Ferreira, to journalists in front of the courthouse. "Without these people, the Tietê goes back to being what it was."

The cleanup of the Tietê, which crosses the capital of São Paulo and is considered one of the most polluted rivers of Brazil, has been promised by successive governments since the 1990s. More than 3 billion dollars have been spent, but long stretches of the river remain without oxygen and without fish.

The company said in a note that it will comply with the decision but that it considers it unfair⟦break:. because⟧ it was the state, and not the company, who reduced the scope of the contract. The state secretary of environment did not respond to requests for comment until the closing of this edition.

Environmental specialists say that the dismissal of the workers had already had visible effects. According to the biologist Renata Siqueira, of the University of São Paulo, the amount of floating rubbish in the stretch near the Bandeiras bridge increased "in a noticeable way" in February and March.

"It is not only a question of jobs," she said. "When you stop collecting, the river shows it in weeks."

The municipal government, which is a partner in the programme, said it respects the decision of the justice⟦stray: ,⟧ but that it will appeal because it considers that the labour court does not have competence to decide on public contracts. The appeal must be judged within 60 days.
""")

A("The Ridgeway Observer", "MPs back planning shake-up despite rural rebellion", """
MPs back planning shake-up despite rural rebellion

The government's planning bill cleared its second reading in the Commons on Tuesday night by 341 votes to 203, but more than two dozen of its own backbenchers signalled they would try to amend it to protect green belt land.

The bill, which ministers say is needed to meet their target of 1.5 million new homes by the end of the parliament, would strip councils of the power to reject some developments that meet national design standards and would create new regional bodies to approve large schemes.

Housing Secretary Angela Morrow told MPs that the country could "no longer afford a system that says no by default." She said: "Every year we delay, young people are priced further out of the places they grew up in. This bill ends that."

But the vote exposed divisions on the government benches. Twenty-six Labour MPs, most representing rural or semi-rural seats, signed an amendment tabled by the MP for South Derbyshire, Helen Carr, that would require the consent of the local council for any development on green belt land⟦stray:!!⟧

"I am not a nimby," Ms Carr said during the debate. "I have voted for every housing bill this party has put forward. But my constituents did not vote to see the fields between their villages concreted over by a regional quango they have never heard of."

The Conservatives, who voted against the bill, accused the government of "declaring war on the countryside." Shadow housing secretary Julian Pratt said the regional bodies would be "unaccountable and unelected" and would "override the democratic wishes of local people."

⟦dup:1⟧

Government whips are understood to be confident that the rebellion will not grow large enough to threaten the bill, given Labour's majority of more than 160. But ministers have signalled privately that they may offer concessions on green belt protections at committee stage to avoid a public row.

A spokesman for the Home Builders Federation welcomed the vote. "This is the most important planning reform in a generation," he said. "If it passes in its current form, it will unlock tens of thousands of homes that are stuck in the system."

The Campaign to Protect Rural England said the bill was "a developers' charter" and urged MPs to back ⟦broken_paragraph:the Carr

amendment⟧.

The bill now moves to committee stage, where it will be examined line by line. Ministers hope to have it on the statute book by the summer.
""")
# ---------------------------------------------------------------- part 4 (clean)
A("The Westminster Brief", "No. 10 rules out snap election as ministers rally behind PM", """
No. 10 rules out snap election as ministers rally behind PM

Downing Street on Monday ruled out calling an early general election, as cabinet ministers lined up to defend the prime minister after a weekend of damaging headlines about the government's handling of the rail strikes.

A No. 10 spokesperson told reporters at the morning lobby briefing that the prime minister was "focused on delivering for the country, not on the electoral timetable," and that the next election would be held "when it is due."

The statement followed reports in two Sunday newspapers that senior advisers had discussed a spring poll, code-named Operation Bluebell, to take advantage of an improvement in the party's polling. Both reports cited unnamed sources close to the prime minister.

Asked directly whether Operation Bluebell existed, the spokesperson said: "I am not going to get into speculation about internal planning documents, real or imagined."

Transport Secretary Kwame Adjei and Chancellor Fiona Leckie both appeared on morning broadcast rounds. Adjei told the BBC that talk of an election was "Westminster chatter," while Leckie told Sky News that the government had "a job to do and two years to do it in."

Their message was undermined slightly when a former minister, Sir Patrick Elwood, told Times Radio that he had "heard the same thing from three different people" and that the idea was "certainly being discussed."

Labour's deputy leader, Sarah Quinn, said voters would be "baffled" by a government "more interested in its own survival than in getting the trains running." The Liberal Democrats said they were ready for an election "tomorrow."

Polling by YouGov published on Sunday showed the governing party four points behind Labour, its narrowest deficit for eighteen months. The rail dispute, however, appears to be weighing on the government: 54% of respondents said ministers were handling it badly, against 29% who said well.

The RMT union has called a further 48-hour strike beginning on Thursday, Feb. 13, which will affect services run by 14 operators. Talks between the union and the Rail Delivery Group are due to resume on Tuesday at 11 a.m.

Political scientists noted that the prime minister could legally wait until January 2027 to go to the country. "The incentives all point towards waiting," said Professor Emma Hale of King's College London. "Governments that go early without a clear reason tend to be punished for it. Ask Theresa May."

The prime minister is due to face questions in the Commons on Wednesday, where opposition leaders are expected to press the issue.
""", clean=True)

A("Lakeshore Business Journal", "Local bakery chain to open first airport site as easyJet expands routes", """
Local bakery chain to open first airport site as easyJet expands routes

Crumb & Co., the bakery chain founded in a converted garage in Harrogate in 2014, will open its first airport outlet at Leeds Bradford next spring, its owners said on Wednesday.

The 1,200-square-foot unit, in the departures lounge, will seat 40 and is expected to employ about 25 people. It will be the chain's 19th site and its first outside a high street.

The deal comes as easyJet prepares to open a base at the airport, with three aircraft and 14 new routes to destinations including Faro, Geneva and Kraków. The airport expects passenger numbers to rise by about 900,000 a year as a result.

Co-founders Lewis Anand and Hannah Brook said they had turned down approaches from airports for several years. "We always worried that the airport version of us would be a worse version of us," Anand said. "Frozen bake-off croissants, £6 for a flat white. We weren't interested."

Brook said the company had negotiated the right to bake fresh on site and to keep its prices within 10% of its town-centre shops. "If someone's paying airport prices, they should at least be getting a proper pastry," she said. "That was our line in the sand."

The chain, which is still privately owned, reported revenue of £11.8 million in the year to March, up 34%, according to accounts filed at Companies House. It was advised on the airport deal by PwC, and by the property firm Knight Frank.

Airport retail has become a battleground for food brands. McDonald's, Pret A Manger and Greggs have all expanded in terminals since the pandemic, and the rents airports charge have risen sharply as passenger numbers recovered.

Vincent Okoye, the airport's commercial director, said the operator had wanted "something that feels like Yorkshire rather than somewhere you could be anywhere in the world." He said the airport would announce two further local tenants before Christmas.

Not everyone in the industry is convinced by the model. Julia Fenn, a retail analyst at the consultancy Hargreave Lowe, said independent brands often struggled with the long hours and strict security rules of airside operations. "You're baking at 3 a.m. for a 5 a.m. wave of passengers, and every delivery goes through a scanner," she said. "It's a very different beast from a high street café."

Anand said the company had already hired a manager with experience of airport kitchens. "We're nervous," he said. "But if it works, it's the best shop window we could ask for."

The outlet is due to open in March, ahead of easyJet's first flights from the new base on March 29.
""", clean=True)

A("Canal & Co. Weekly", "‘Ce n'est pas un adieu’: Lyon chef hands over kitchen after 40 years", """
‘Ce n'est pas un adieu’: Lyon chef hands over kitchen after 40 years

LYON, France — For four decades, the lights in the kitchen of Le Petit Bouchon on Rue Mercière came on at 6 a.m. and went off after midnight. On Saturday, for the last time under its founder, they will go off for good.

Marcel Girard, 71, is handing the restaurant to his former apprentice, Inès Benali, 34, who has worked beside him for twelve years. The sign outside will stay. So, Benali promises, will the quenelles.

"Ce n'est pas un adieu, c'est un au revoir," Girard said on Thursday, wiping his hands on his apron between lunch orders. "It is not goodbye, it is see you later. I will come to eat here. I will pay, like everyone else."

Le Petit Bouchon is one of about twenty restaurants in the city certified as an "authentic bouchon" by the association that guards the tradition of the small, loud, meat-heavy bistros that grew up to feed Lyon's silk workers in the 19th century. Its menu has barely changed since 1985: sausage with lentils, pike quenelles in crayfish sauce, and a tarte aux pralines so red it appears in most of the city's tourist guides.

Benali, who grew up in the Vaulx-en-Velin suburb and started as a dishwasher, said she had no plans for a revolution. "People come here for Marcel's food," she said. "If I change the quenelles, they will throw me in the Saône."

She will, however, make a few changes. A vegetarian dish will appear on the menu for the first time, and the restaurant will start taking online reservations. "Until now you had to telephone, and Marcel had to be in a good mood," she said.

Regulars who gathered at the zinc bar on Thursday had mixed feelings. "It's the end of something," said Jean-Paul Moreau, 68, who has eaten lunch there every Friday since 1991. His wife, Claudine, was more optimistic. "Inès has been cooking most of the food for years anyway," she said. "He just didn't tell anyone."

Girard laughed when told of the remark. "Claudine is right," he said. "Don't print it."

He plans to spend his retirement fishing in the Ardèche and, he says, "learning how to sit down."

The handover dinner on Saturday, for 60 invited guests, sold out within an hour of being announced on the restaurant's Instagram page, @petitbouchonlyon.
""", clean=True)

A("Pinewood County Record", "School board names first nonbinary student representative", """
School board names first nonbinary student representative

The Pinewood County Board of Education on Tuesday swore in Riley Navarro, a 17-year-old junior at Cedar Ridge High School, as the student member of the board for the coming school year.

Navarro, who uses they/them pronouns, is the first openly nonbinary student to hold the seat. They were chosen in a vote of student council members from the county's seven high schools last month, beating four other candidates.

The student member of the board can attend closed sessions and take part in debate but does not have a binding vote. Their recommendations on budget and curriculum matters are, however, entered into the official record.

"I'm not here to be a symbol," Navarro said after taking the oath. "I'm here because there are 14,000 students in this county, and most of them have never been asked what they think about anything that happens in their schools."

Navarro said their priorities would be mental health provision, later start times for high schools, and the cost of school lunches, which rose by 40 cents this year. They also want the board to stream its meetings on YouTube with live captions.

Board President Carol Jennings welcomed Navarro and said the board had "a long tradition of student members who keep us honest." Board member Dale Haskins, who has criticized the district's policies on gender identity, said he looked forward to "working with the student member on the issues that matter to families."

Asked whether they expected friction, Navarro said: "Probably. That's fine. I've been on the debate team for three years."

Their mother, Teresa Navarro, a nurse at Pinewood General Hospital, watched from the second row. "They've been arguing with me since they could talk," she said. "Now they get to argue with the county."

The student seat was created in 1998. Previous holders have gone on to careers in law, teaching and, in one case, the state legislature: Del. Marcus Bell, who represents the county's 34th District, was the student member in 2003-04.

The board's next regular meeting is on Aug. 19 at 7 p.m. at the district's central office on Oak Street. Meetings are open to the public, and agendas are posted at pinewoodschools.org/board.

Correction: A previous version of this story incorrectly stated the price increase for school lunches. It was 40 cents, not 45 cents.
""", clean=True)
# ---------------------------------------------------------------- part 5
A("Silicon Harbor Report", "Apple supplier Kestrel Optics warns on orders as phone demand cools", """
Apple supplier Kestrel Optics warns on orders as phone demand cools

Kestrel Optics, the Taiwanese maker of camera lenses used in the iPhone and several Android handsets, cut its revenue forecast for the year on Friday, saying orders from its largest customers had slowed sharply since the summer.

The company now expects full-year revenue of about NT$48 billion ($1.5 billion), down from an earlier forecast of NT$55 billion. Its shares fell 9.6% in Taipei, their biggest one-day drop since March 2020.

Kestrel does not name its customers, but analysts estimate that Apple accounts for more than half of its sales. Chairman Lin Wei-chung told investors that demand for high-end periscope lenses, used for zoom photography in the most expensive phones, had held up, but that orders for standard lenses had fallen "more than we anticipated."

"The market is not collapsing, but it is digesting," Lin said. "Consumers are keeping their phones longer, and the upgrade cycle has become slower."

⟦placeholder:Shares of %s closed at %s on %s.⟧

Industry data suggests the slowdown is widespread. Research firm Canalys said this month that global smartphone shipments fell 3% in the third quarter, the first decline in a year, with particular weakness in China and Europe.

Apple is expected to report its own quarterly results next week. Analysts will be watching for signs that sales of the ⟦glued:newiPhone⟧ 17, launched in September, are running below those of its predecessor. Several Asian suppliers have reported softer orders in recent weeks, although Apple has not commented.

Kestrel said it would slow the expansion of a new factory in Taichung, pushing the start of mass production back from the first quarter of next year to the third. It will also freeze hiring⟦break:. at⟧ its research centre in Hsinchu until at least the spring.

Some analysts said the market had overreacted. Grace Huang of Formosa Capital said Kestrel's technology lead in periscope lenses remained intact and that the company was well placed for the next generation of devices, which are expected to include more cameras.

"Investors are treating this as a structural problem when it looks cyclical to us," she said. "We would use the weakness to buy."

⟦furniture:RELATED
› Chipmakers lift outlook on AI server demand
› Foxconn opens EV plant in Ohio
› Why your next phone might have five cameras⟧

Kestrel's third-quarter net profit fell 22% from a year earlier to NT$2.1 billion, it said. The company will hold an investor day in December, when it is expected to give guidance for next year.
""")

A("Harlow Street Herald", "Landlord jailed for ignoring fire-safety orders at flats", """
Landlord jailed for ignoring fire-safety orders at flats

A landlord who repeatedly ignored orders to fix fire doors and alarms in a block of flats where 31 people lived has been jailed for eight months.

Desmond Ackroyd, 58, of Hollins Lane, was sentenced at Crown Court on Thursday after admitting nine offences under fire-safety and housing legislation.

The court heard that fire officers first inspected the building, a converted Victorian mill on Canal Street, in June 2022 and found that none of the flats' front doors closed properly, that the fire alarm system had been disconnected and that a communal stairwell was used to store mattresses and furniture.

Ackroyd was served with an enforcement notice giving him 28 days to carry out repairs. When officers returned three months later, nothing had been done. ⟦attribution:The judge said the defendant had "put profit before lives," she said.⟧

Prosecutor Imran Shafiq said Ackroyd had collected about £14,000 a month in rent from the building while spending "next to nothing" on its upkeep. Several tenants were students, and two were families with young children.

"These were not technical breaches," Mr Shafiq told the court. "This was a building in which, had a fire broken out at night, people would very likely have died."

Passing sentence, Judge Caroline Ashdown said Ackroyd had shown "a cynical disregard" for the safety of his tenants and for the authorities. "You were given chance after chance," she said. "You chose to do ⟦broken_paragraph:nothing

because⟧ doing nothing was cheaper."

Defending, Rebecca Holt said her client had been struggling with debts and with the illness of his wife, and that all the work had now been completed at a cost of more than £90,000. She said he was "deeply ashamed."

The fire service welcomed the sentence. Group Manager Dave Kinsella said: "Most landlords take their responsibilities seriously. This case should serve as a warning to the small number who do not."

⟦embed:Harlow Fire & Rescue
Yesterday at 16:02 · 🌐
Today a landlord was jailed for failing to keep his tenants safe. If you are worried about fire safety where you live, call us on 0800 917 4432.
👍❤️ 487 · 63 comments · 112 shares
Like   Comment   Share⟧

One former tenant, who asked not to be named, said the sentence was "too little, too late." She said: "We complained for two years. We were told ⟦stray:""⟧it's being dealt with" every time."

The council said it would also seek a banning order to stop Ackroyd acting as a landlord in the future.
""")

A("Baseline Sport Syndicate", "Moreau stuns top seed to reach first Grand Slam quarter-final", """
Moreau stuns top seed to reach first Grand Slam quarter-final

⟦disclaimer:This content is syndicated from a partner feed. Baseline Sport Syndicate does not edit syndicated stories and is not responsible for their accuracy.⟧

French qualifier Léa Moreau produced the biggest upset of the tournament so far on Monday, beating world number one Natalia Sorokina 6-4, 3-6, 7-5 to reach her first Grand Slam quarter-final.

Moreau, ranked 118th, had never won a main-draw match at a major before this fortnight. She saved three break points at 5-5 in the deciding set before breaking Sorokina's serve with a forehand winner down the line and then serving out the match to love.

The 22-year-old from Toulouse dropped to her knees on the baseline and covered her face with her hands as the crowd on Court Philippe-Chatrier rose to its feet.

"Je ne réalise pas encore ce qui se passe," Moreau said on court, before switching to English: "I don't think I understand yet what has happened. Ask me tomorrow."

Sorokina, who had won all four previous matches between the two players at junior level, struggled with her first serve throughout, landing only 51% and hitting ⟦glued:ninedouble⟧ faults. She took a medical time-out for treatment on her right shoulder midway through the second set but said afterwards that the injury had not affected her.

"She played better than me on the big points, that's all," Sorokina said. "I had chances. I didn't take them."

⟦fragment:Despite having had the lead in the first set at 4-2.⟧ Sorokina lost four games in a row and never fully recovered her rhythm, though she levelled the match with a run of aggressive returning in the second.

Moreau's coach, her father Philippe, watched from the players' box wearing the same faded cap he has worn at every match. « ⟦foreign:C'est une fille qui n'a jamais eu peur de personne. Elle l'a montré aujourd'hui devant tout le monde.⟧ »

The French federation, which gave Moreau a wildcard into qualifying after she won a lower-tier tournament in Saint-Malo last month, said it was "immensely proud."

Her run has already earned her at least €450,000 in prize money, more than she had made in her entire career.

Moreau will play either Italian 14th seed Giulia Ferraro or American Kayla Brooks for a place in the semi-finals.
""")

A("Continental Health Wire", "Hospitals told to clear winter backlog as flu admissions climb", """
Hospitals told to clear winter backlog as flu admissions climb

Hospitals in England have been told to discharge every patient who is medically fit to leave before the end of next week, as a rise in flu admissions threatens to push emergency departments to breaking point.

In a letter to hospital chief executives seen by Continental Health Wire, NHS England's chief operating officer said trusts should "use every available lever" to free up beds, including booking hotel rooms⟦break:.
for⟧ patients who are waiting for care-home places.

The number of people in hospital with flu rose to 4,210 last week, up from 2,870 the week before, according to official figures. A further 1,300 beds were occupied by patients with norovirus or Covid-19.

Doctors' leaders said the measures would help but warned that they would not solve the underlying problem. Dr Rachel Okonjo, vice-president of the Royal College of Emergency Medicine, said some patients were waiting more than 24 hours in emergency departments for a bed on a ward.

"We have patients being treated in corridors, in ambulances outside the front door, in cupboards," she said. "That is not a winter crisis. It is a system that has run out of room."

⟦dup:2⟧

Health Secretary Daniel Ferris said the government had provided an extra £250 million for the winter and that the number of ambulances waiting outside hospitals had fallen compared with last year. He urged people who were eligible to get their flu vaccine.

"The single most useful thing anyone can do right now is get jabbed," he said. "It takes ten minutes and it protects you, your family and the NHS."

Uptake of the flu vaccine among over-65s stands at 71%, slightly below last year, while only 38% of eligible pregnant women have been vaccinated.

Care providers said the government's focus on discharge ignored the shortage of care workers. Martin Greaves, chief executive of the Independent Care Forum, said many homes could not take new residents because they did not have enough staff.

"You can book all the hotel rooms you like," he said. "If there is nobody to look after people when they leave hospital, the beds will fill up again."

The UK Health Security Agency said flu activity was likely to peak within the next two to three weeks.
""")
# ---------------------------------------------------------------- part 6
A("Silk Road Newswire", "Northern China braces for sandstorms as drought deepens", """
Northern China braces for sandstorms as drought deepens

BEIJING, April 9 (Silk Road Newswire) -- Authorities in northern China issued a yellow alert for sandstorms on Wednesday as a prolonged drought left farmland across Inner Mongolia, Gansu and Ningxia parched ahead of the spring planting season.

The National Meteorological Center said strong winds were expected to carry sand and dust from the Gobi Desert over a wide area, including Beijing and Tianjin, from Thursday afternoon. Visibility in some areas could fall below 500 metres⟦stray:。⟧

Rainfall in parts of Inner Mongolia has been more than 60 percent below normal since January, according to the China Meteorological Administration, and some reservoirs are at their lowest level in a decade.

⟦fragment:In order to guarantee the smooth progress of spring sowing and the drinking water safety of rural residents.⟧ Local governments have dispatched water trucks to more than 300 villages and opened emergency wells, the Ministry of Water Resources said.

"The drought has come earlier and harder than in recent years," ⟦attribution:said Wang Lihua, an official at the agricultural bureau of Bayannur city, Wang said.⟧ "Farmers are worried about the wheat and the sunflower seeds. If there is no rain by early May, losses will be serious."

Experts said the combination of drought and strong winds had made this spring's sandstorm season more intense. Sandstorms reached Beijing on four occasions in March, turning the sky orange and pushing air pollution readings to the top of the scale.

China has planted billions of trees along the edge of its northern deserts since the late 1970s in a project known as the "Great Green Wall," which officials say has reduced the area affected by desertification. Some scientists, however, have questioned whether planting trees in arid regions is sustainable, since they consume scarce groundwater.

⟦foreign:气象部门提醒公众减少户外活动，外出时佩戴口罩，并关好门窗。⟧

The State Council last month approved an additional 2.4 billion yuan in funding for drought relief and water conservation projects in the north and northwest. Insurance companies have also been told to speed up payouts to farmers who lose crops.

Forecasters said some relief could arrive next week, when a weather system moving in from the west is expected to bring light rain to parts of Gansu and Ningxia, though not enough to end the drought.
""")

A("The Brackley Messenger", "Villagers fight to save the only bus to town", """
Villagers fight to save the only bus to town

⟦furniture:Share this article
Facebook  X  WhatsApp  Email  Copy link⟧

Residents of four villages north of Brackley have launched a petition to save the only bus service linking them to the town, after the operator announced it would be withdrawn at the end of next month.

The number 88 runs five times a day on weekdays between Evenley, Croughton, Hinton and the town centre. Stagecoach said this week that the ⟦glued:busroute⟧ had become "commercially unviable" after the end of a council subsidy and that passenger numbers had not recovered since the pandemic.

For many residents, it is the only way to reach the GP surgery, the supermarket or the railway station. The petition, started by retired teacher Ann Parfitt, had gathered more than 1,100 signatures by Friday.

"There are people in this village who are in their eighties and don't drive," Mrs Parfitt said. "Take the bus away and you are telling them they have to leave their homes or rely on the goodwill of neighbours for every prescription and every loaf of bread."

Sixteen-year-old Jake Morris, from Croughton, uses the bus to get to college in Banbury, via a connection in Brackley. "If it goes, I don't know what I'll do," he said. "My mum works shifts. Taxis are £25 each way."

Northamptonshire County Council said it had ended the subsidy because of "extremely difficult budget decisions" and that it was exploring alternatives, including a demand-responsive minibus ⟦stray:(booked⟧ by phone or app, which has been trialled in the south of the county.

Councillor Peter Glaze, who represents the area, said the alternatives were "not good enough." He said: "A minibus you have to ring up the day before is not a bus service. It is a lottery."

A spokesman for Stagecoach said the company understood the "strength of feeling" and would be happy to continue running the route if the council restored funding. The service costs about £96,000 a year to run, and the fares it brings in cover less than a third of that.

The council will discuss the petition at a meeting on ⟦placeholder:undefined⟧. Residents plan to travel to the meeting together, by bus, while they still can.

The government has promised to give councils greater powers over local bus services through its Bus Services Bill, which is currently going through Parliament. Campaigners say the changes will come too late for the 88.
""")

A("Boundary Rope Cricket", "Haque's six wickets put Lancashire in command at Old Trafford", """
Haque's six wickets put Lancashire in command at Old Trafford

Lancashire 402 & 41-1
Surrey 188

Saqib Haque took ⟦glued:6wickets⟧ for 47, the best figures of his career, as Lancashire bowled out Surrey for 188 and took a lead of 255 on the second day of their County Championship match at Old Trafford.

The 24-year-old off-spinner, playing only his ninth first-class match, found sharp turn from the Brian Statham End after lunch and ran through the Surrey middle order in a spell of 5-19 in 11 overs.

Surrey had reached 112-2 shortly before the interval, with captain Rory Penhall on 58, but Haque had Penhall caught at slip off a ball that turned and bounced, and the visitors lost their last eight wickets for 76 runs.

"I just tried to keep it simple and keep bowling in the same place," Haque said. "The pitch was giving a little bit, and when that happens you back yourself. The lads took some great catches as well."

⟦embed:View this post on Instagram
A post shared by Lancashire Cricket (@lancashirecricket)
2,318 likes⟧

Lancashire captain Keaton Marsh chose not to enforce the follow-on, and his side reached 41-1 by the close, extending their lead to 296 with two days remaining.

Earlier, Lancashire had added 58 to their overnight score of 344-8, with wicketkeeper George Bell completing a maiden first-class century before he was last man out for 112.

⟦dup:1⟧

Surrey's batting coach, Gareth Lyme, admitted his side had been outplayed. "We were in a decent position at lunch and we let it slip," he said. "Credit to Saqib, he bowled beautifully, but we made it easy for him at times."

Haque, who grew up in Oldham and came through the Lancashire academy, has now taken 27 wickets this season. Several former players suggested he should be considered for England's winter tour. "He's got everything," said former Lancashire spinner Gary Kershaw on the BBC's local radio coverage. "Control, drift, and he's not scared to give it a rip."

Lancashire will aim to bat for most of the morning session on the third day before declaring.
""")

A("Rhein-Main Nachrichten English", "Frankfurt rents rise fastest in a decade as construction stalls", """
Frankfurt rents rise fastest in a decade as construction stalls

⟦disclaimer:Note: This text was produced with the help of machine translation from German. The editorial team does not guarantee the correctness of the English version.⟧

Rents for new contracts in Frankfurt have risen in the past year by 9.3 percent, the strongest increase in more than ten years, according to a study that was published on Tuesday by the real estate institute IW.

The average asking rent for a flat in the city is now 16.80 euros per square metre, the institute⟦break:. wrote⟧ in its report. In popular districts such as Nordend and Bornheim, prices of over 20 euros are no longer an exception.

At the same time, the number of newly built flats has fallen sharply. In 2024, only around 2,900 flats were completed in Frankfurt, almost a third fewer than in the previous year. Building permits also fell significantly.

⟦fragment:Due to the high interest rates and the increased costs for building materials.⟧ Many investors have stopped their projects or postponed them, said the study author Michael Brandauer.

"We are seeing a situation in which the demand continues to rise, but the supply is practically stagnating," he said. "That can only lead to one result, and that is higher rents."

The city has grown by around 50,000 inhabitants in the last ten years, among other things because of the expansion of the financial sector after Brexit. Several banks moved parts of their business from London to Frankfurt, and with them thousands of well-paid employees.

The tenants' association criticised the city government. ⟦foreign:Die Stadt hat jahrelang zugesehen, wie die Mieten steigen, und nichts Wirksames dagegen unternommen.⟧ The association demanded a stricter application of the rent brake and more social housing.

The head of the planning department, Marcus Hellwig, rejected the criticism. The city had in the past years created more building land than ever before, he said, but it could not force private investors to build.

Economists expect that the situation will only improve slowly. Even if interest rates fall further, it takes on average two to three years from the planning to the completion of a residential building.
""")
# ---------------------------------------------------------------- part 7 (clean)
A("Riverside Running Times", "Live: Riverside Marathon 2025 — as it happened", """
Live: Riverside Marathon 2025 — as it happened

Summary

Kenya's Brimin Kiptoo wins the men's race in 2:07:41, a course record
Ethiopia's Tigist Alemu takes the women's title in 2:23:09
Local runner Sophie Marsh finishes as first British woman
About 18,500 runners started under clear skies

12:48 p.m.

That's where we'll leave our live coverage for today. Thank you for following along, and congratulations to everyone who crossed the line. Results for every runner are now searchable on the official site, riversidemarathon.org/results. Recover well.

12:31 p.m.

A lovely moment at the finish: 79-year-old Gordon Finch, running his 40th consecutive Riverside Marathon, has just come home in 4:51. He's been greeted by his wife, June, and what looks like most of his running club. "Same time next year," he told our reporter. June's reply: "We'll see about that."

12:05 p.m.

The organisers say 112 runners have been treated by St John Ambulance volunteers, mostly for blisters and cramp. Two people have been taken to hospital as a precaution.

11:14 a.m.

Sophie Marsh, a physiotherapist from Hexham, is the first British woman home in 2:31:56, a personal best by almost four minutes. She's posted a picture on Instagram of herself wrapped in a foil blanket, captioned simply "I'M SHAKING". Her club, @HexhamHarriers, has been sharing it all morning.

10:37 a.m.

Tigist Alemu wins the women's race! The 26-year-old broke away from compatriot Meskerem Tola at the 35km mark and never looked back. Her time, 2:23:09, is the second fastest in the race's history.

"I felt good from the start, so I decided to be brave," she said through an interpreter. "The crowd on the bridge was amazing."

10:09 a.m.

A course record for Brimin Kiptoo! The 24-year-old crossed the line in 2:07:41, knocking 38 seconds off the mark set in 2019. He pointed to the sky as he broke the tape and then did a few press-ups, to big cheers from the grandstand.

Asked about the press-ups, he laughed. "My coach says I always have energy left. Today I proved him right."

9:46 a.m.

Kiptoo has gone clear at 35km. His lead over Uganda's Joshua Okello is now 22 seconds and growing. Behind them, the chasing group has broken up.

8:30 a.m.

And they're off. The elite women started at 8:10, the elite men and the mass start at 8:30. The temperature on the start line is 9C, with barely any wind: ideal conditions for fast times.

8:00 a.m.

Good morning and welcome to our live coverage of the Riverside Marathon. The elite fields are the strongest the race has assembled, and there is talk of records. If you're out on the course cheering, send us your photos using #RiversideMarathon.
""", clean=True)

A("Granite State Wire", "Sen. Castillo, R-Texas, joins bipartisan push on drug prices", """
Sen. Castillo, R-Texas, joins bipartisan push on drug prices

WASHINGTON (GSW) — Sen. Manuel Castillo, R-Texas, on Tuesday became the fourth Republican to co-sponsor a bill that would cap out-of-pocket insulin costs at $35 a month for all Americans, giving the measure its best chance in years of clearing the Senate.

The bill, introduced in January by Sens. Amy Lindqvist, D-Minn., and Roger Hale, R-Maine, would extend a cap that already applies to Medicare patients to people with private insurance. Supporters say roughly 1.2 million Americans ration insulin because they cannot afford it.

Castillo, who has a daughter with Type 1 diabetes, announced his support at a news conference on Capitol Hill, where he stood alongside Lindqvist and several patient advocates.

"This isn't a Republican issue or a Democratic issue," Castillo said. "My daughter doesn't check her party registration before she takes her shot." Lindqvist added: "And neither does her pharmacist."

The measure still needs the support of at least 60 senators to overcome a filibuster. Its backers say they now have 57 firm commitments. Senate Majority Leader Harold Pruitt, R-Ky., has not said whether he will bring it to the floor.

The Pharmaceutical Research and Manufacturers of America, the industry's main lobbying group, said in a statement that "price caps do not address the real problems in the system" and urged lawmakers to focus instead on the role of pharmacy benefit managers, the middlemen who negotiate drug prices with insurers.

The three largest U.S. insulin makers, Eli Lilly, Novo Nordisk and Sanofi, cut list prices for their most popular insulins by as much as 70% in 2023 under political pressure. But advocates say many patients with high-deductible insurance plans still pay far more than $35.

"My insurance covers it, technically," said Kendra Wills, 34, of Austin, who spoke at the news conference. "But until I hit my deductible in about June, I'm paying $300 a month. I've skipped doses. Everybody I know with diabetes has skipped doses."

A similar cap for privately insured patients passed the House in 2022 but fell three votes short in the Senate. Four GOP senators who voted against it then are no longer in office.

The Congressional Budget Office estimated last year that a private-insurance cap would raise premiums slightly, by less than 1%, as insurers spread the cost.

Castillo's office said he expected a vote "before the August recess." A spokesperson for Pruitt said the leader was "reviewing the legislation."
""", clean=True)

A("Meridian Wire", "Mission Kingfisher: Europe's comet probe sends first close-up images", """
Mission Kingfisher: Europe's comet probe sends first close-up images

By Oskar Lindqvist

DARMSTADT, Germany, June 18 (Meridian Wire) - A European spacecraft code-named Kingfisher sent back its first close-up pictures of a comet on Wednesday, showing a dark, lumpy nucleus about 4 kilometres long venting jets of gas and dust into space.

The images, taken from a distance of 120 kilometres, were released by the European Space Agency (ESA) at a news conference at its mission control centre in Darmstadt. Scientists in the room applauded as the first frame appeared on the screen.

"It looks like a potato that somebody has left in the oven for far too long," said mission scientist Dr Chiara Benedetti. "And it is the most beautiful potato I have ever seen."

Kingfisher, formally known as Comet Interceptor, launched in March 2029 and spent more than four years waiting at a stable point in space for a suitable target to arrive from the outer solar system. The comet it is visiting, C/2031 K2, is thought to be making its first trip close to the Sun, meaning its surface has been largely untouched since the solar system formed 4.6 billion years ago.

The spacecraft consists of a main probe and two smaller sub-probes, one built by ESA and one by the Japanese space agency JAXA, which will fly even closer to the nucleus in the coming days. The sub-probes are not expected to survive the encounter, since dust particles travelling at tens of kilometres per second can destroy unshielded instruments.

"We're asking these little spacecraft to fly into a sandblaster," said ESA flight director Tomas Reyes. "We'll get as much data from them as we can before they go quiet."

The mission cost about 150 million euros, modest by the standards of planetary exploration. It was selected in 2019 as ESA's first "fast" mission, designed to be developed quickly and cheaply.

Scientists hope the data will show what the earliest building blocks of planets were made of and whether comets could have delivered water and organic molecules to the young Earth.

The first scientific results are expected later this year. Images from the mission are being published at esa.int/kingfisher as they arrive, and ESA is also posting updates on X under the account @ESA_Kingfisher.

(Reporting by Oskar Lindqvist; editing by Sarah Kwan)
""", clean=True)

A("Fenland Football Weekly", "‘Enjoy it. Don't overthink it’: City's new boss on his first month", """
‘Enjoy it. Don't overthink it’: City's new boss on his first month

Four weeks ago, Marco Bellini was coaching the under-23s. Now he is in charge of a first team that is fourth in League One, after Steve Harker's surprise move to the Championship. We sat down with him at the training ground.

You've gone from the academy to the dugout overnight. How has it felt?

Fast. Very fast. But I know these players. Half of them I've coached since they were fifteen.

What was the first thing you said to the squad?

"Enjoy it." That's all. They had just lost a manager they liked. They didn't need a speech.

What's changed tactically?

Not much. Why fix what works? We press a bit higher, we're a bit braver on the ball. Small things.

Your first four games have produced three wins and a draw. Are you surprised?

No. Happy, but not surprised. The group is good.

Some supporters want the club to give you the job permanently. What would you say to them?

Be patient. The chairman knows where I am. My job is Saturday.

What advice would you give a young player breaking into the team now?

Listen. Work. Don't read social media. Honestly, delete the apps for a month.

You're from Bergamo. Do people ask you about Atalanta?

Every day. I say the same thing: "Bergamo è casa mia, ma adesso la mia squadra è qui." Bergamo is my home, but my team is here now.

What's your routine on a match day?

Espresso at 7 a.m. Walk the dog. Then I don't talk too much. My wife says I'm impossible until 5 p.m.

The team plays Bolton on Saturday. What do you expect?

A hard game. They're organised, they're physical. Stay calm, win the second balls, and we'll be fine.

Last question. What's the best advice you've ever been given?

From my father, who was a carpenter: "Measure twice, cut once." It works for football too.

Fenland City host Bolton Wanderers at 3 p.m. on Saturday. Tickets are available from the club's website.
""", clean=True)
# ---------------------------------------------------------------- part 8
A("Prairie Public Ledger", "Incumbent mayor concedes after record turnout in Elm City race", """
Incumbent mayor concedes after record turnout in Elm City race

ELM CITY — Mayor Douglas Reinholt conceded defeat late Tuesday night after challenger Yvonne Castellanos, a first-term city council member, won the city's mayoral election by nearly 11 points on the highest turnout in the city's history.

With all 64 precincts reporting, Castellanos had 55.3% of the vote to Reinholt's 44.7%, according to unofficial results posted by the county clerk. More than 71,000 ballots were cast, surpassing the previous record set in 2008.

Reinholt, who was seeking a third term, spoke to supporters at a downtown hotel shortly before midnight. ⟦attribution:"The voters have spoken, and I respect their decision," he said. He said. he added that⟧ he had called Castellanos to congratulate her and offer "whatever help she needs" during the transition.

Castellanos, 39, the daughter of a meatpacking worker and a school cafeteria cook, will be the first Latina mayor of Elm City. She campaigned on affordable housing, a plan to expand the bus network and a pledge to review the police department's use-of-force policies.

"Tonight isn't about me," she told a crowd of several hundred supporters at a union hall on the city's east side. "It's about every family in this city that has been told to wait its turn. We're done waiting."

⟦furniture:ADVERTISEMENT
Continue reading below⟧

The race was the most expensive in the city's history. Outside groups spent more than $2.3 million, most of it on television and digital ads attacking Castellanos as inexperienced. A political action committee funded largely by real estate developers backed Reinholt.

Political analysts said the result reflected frustration over rising rents and a series of controversies at City Hall, including a ⟦broken_paragraph:contract for

a⟧ new water-billing system that ran $8 million over budget and left thousands of residents with incorrect bills for months.

"Reinholt was running on his record, and for a lot of voters the record was their water bill," said Dana Ruiz, who teaches political science at Elm City Community College.

In other races, voters approved a half-cent sales tax for road repairs by a wide margin and returned all three incumbent council members who were on the ballot. A proposal to expand the ⟦glued:cityCouncil⟧ from seven to nine seats was narrowly rejected.

Castellanos will be sworn in on Jan. 6. She said she would name a transition team by the end of the week.
""")

A("Ocean Crest Herald", "Humpback whale freed from fishing ropes after six-hour rescue", """
Humpback whale freed from fishing ropes after six-hour rescue

A young humpback whale that had become tangled in fishing ropes off the Sunshine Coast was freed on Sunday after a six-hour operation by marine rescue teams.

The whale, estimated to be about two years old and eight metres long, was spotted by a charter boat on Sunday morning about four nautical miles off Mooloolaba with ropes and a buoy wrapped around its tail and ⟦glued:pectoralfin⟧.

A team from the Queensland Department of Environment, working from two inflatable boats, spent most of the day trying to get close enough to cut the ropes without putting themselves or the animal in danger.

"Humpbacks are incredibly powerful, and an entangled whale is a stressed whale," said senior ranger Kylie Dawson. "You cannot rush it. You approach, you make one cut, you back off, and you wait for the animal to calm down."

⟦embed:Queensland Marine Parks ✔ @QldMarineParks
Great news from the team off Mooloolaba this afternoon 🐋 The young humpback is FREE after a long day on the water. Thank you to everyone who reported it.
[video] 0:43 / 1:12   ▶ 🔊 ⛶
3:27 PM · Jul 14, 2024 · 48.2K Views⟧

The final length of rope was cut shortly after 3 p.m., and the whale swam away slowly before diving, Ms Dawson said. Rangers followed it for about 20 minutes to make sure it was swimming normally.

⟦dup:1⟧

The ropes were believed to come from a commercial crab pot, although it was not clear where the gear had been set. The department said it would try to trace the owner from markings on the buoy.

More than 40,000 humpback whales migrate along the Queensland coast each winter, travelling from Antarctic feeding grounds to breed in warmer waters. Entanglements have become more common as the population has recovered, with rescuers responding to 17 incidents last season.

Marine scientists have called for changes to the design of fishing gear, including ropes that break under a certain load. The state government said it was running a trial of "ropeless" crab pots, which use an acoustic signal to release a float only when the fisher returns.

⟦placeholder:[gallery ids="5521,5522,5523,5524"]⟧

People who see a whale in distress are asked not to approach it and to call the state's marine hotline.
""")

A("Adriatic Times Online", "Croatian island votes to cap cruise passengers", """
Croatian island votes to cap cruise passengers

⟦disclaimer:[Automatically translated] This article has been machine-translated from Croatian and may contain errors. Adriatic Times Online assumes no liability for the translation.⟧

The town council of Korčula decided on Thursday to limit the number of cruise ship passengers who may come ashore on a single day to 2,500, in an attempt to reduce the pressure of mass tourism on the historic old town.

The decision, adopted with 11 votes for and 4 against, will come into force from the next season. Ships that exceed the limit will have to anchor further away or will not be allowed to disembark passengers.

⟦fragment:Following the example of Dubrovnik, which introduced a similar measure in 2019.⟧ The mayor Nikola Silić said that the town could no longer accept that thousands of visitors arrive at the same time for only a few hours.

"Our old town has one main street. When three ships come at once, the residents cannot go to the bakery," he said. ⟦foreign:Ne želimo zabraniti turizam, želimo ga urediti.⟧

Tourism is the most important source of income on the island, and some caterers and souvenir sellers expressed concern. The owner of a restaurant in the old town, Ante Bačić, said that the cruise passengers spend less than other guests⟦stray: ,⟧ but that in the spring and autumn they are often the only customers.

In the last season, 186 cruise ships called at Korčula, with a total of more than 190,000 passengers. On the busiest days, more than 6,000 passengers came ashore, while the old town has fewer than 500 permanent residents.

The Croatian association⟦break:. of⟧ cruise lines did not want to comment on the decision before it has studied it in detail.
""")

A("Northbridge Tech Digest", "Chipmaker Arkwright unveils low-power AI processor for laptops", """
Chipmaker Arkwright unveils low-power AI processor for laptops

Arkwright Semiconductor on Tuesday unveiled a processor designed to run artificial-intelligence software on laptops without draining their batteries, as the company tries to win back ground lost to rivals in the personal computer market.

The chip, called Arkwright Halo, combines a conventional processor with a dedicated "neural engine" that the company says can perform 60 trillion operations per second while drawing less than 15 watts of power.

⟦placeholder:{{product_image.alt_text}}⟧

Chief executive Priya Raman said at a launch event in San Jose that the first laptops using the chip would go on sale in the spring from manufacturers including Lenovo, Dell and Asus.

"For the last two years, AI has lived in the cloud," ⟦attribution:she said, Raman told the audience.⟧ "With Halo, it lives on your desk, it works on a plane, and it doesn't send your data anywhere."

Arkwright's share of the laptop processor market has fallen from about 30% to 19% over the past four years, according to the research firm Mercury Research, as Apple switched its Mac computers to its own chips and Qualcomm entered the market with processors ⟦glued:basedon⟧ mobile-phone technology.

The company's shares rose 3.1% in after-hours trading.

⟦furniture:Most Read
1. The best budget laptops of 2025
2. How to turn off AI features in Windows
3. Review: the Pixel Fold 3 is finally good
4. Why your router needs replacing⟧

Analysts said the chip's performance looked competitive, but they cautioned that most consumers had yet to find a compelling reason to run AI software on their own machines. "The hardware is there. The killer app isn't," said Ben Whitcombe, an analyst at Calder Research.

Raman said that would change as software companies built products that took advantage of local processing, such as real-time translation during video calls, and assistants that could search a user's own files. "The applications always follow the hardware," she said.

Arkwright said Halo would be made by Taiwan Semiconductor Manufacturing Co. using its latest 3-nanometre process. The company expects to ship the chip in volume from February.
""")
# ---------------------------------------------------------------- part 9 (clean)
A("The Dales Chronicle", "Obituary: Frank Huddleston, lifeboat coxswain who saved 94 lives", """
Obituary: Frank Huddleston, lifeboat coxswain who saved 94 lives

Frank Huddleston, who served on the Whitby lifeboat for 36 years and was twice awarded the RNLI's bronze medal for gallantry, has died aged 91.

He was coxswain from 1971 to 1989, a period in which the station's crews were credited with saving 94 lives. The most famous of those rescues came on the night of January 12, 1978, when he took the lifeboat out in a force 10 gale to reach the Danish coaster Kirsten Holm, which had lost power and was drifting towards the rocks at Saltwick Nab.

The lifeboat, the Mary Ann Hepworth, was an open-cockpit Oakley class with a top speed of eight knots. "She was not built for weather like that," Huddleston told this newspaper in 2008. "None of them were. But she was a good boat, and she brought us home."

In three hours, the crew took off all seven men aboard the coaster, three of them by breeches buoy. The coaster broke up on the rocks the following morning.

Born in Whitby on May 3, 1933, the son of a fisherman, Francis George Huddleston left school at 14 to work on his father's boat. He joined the lifeboat crew at 17, after watching it launch from the harbour wall on a winter night. "I thought: that's what I want to do," he said. "I never thought about why."

Outside the lifeboat, he fished for cod and herring until the collapse of the North Sea fleet in the 1980s and later ran a small boatyard on Church Street.

He was appointed MBE in 1982. He described the investiture as "the only time I've worn a tie voluntarily."

Colleagues remember a quiet man who rarely spoke about the rescues. Retired crew member Malcolm Tate, who served under him for 14 years, said: "Frank never shouted. If he raised his voice, you knew it was bad. And you did exactly what he said." Tate's wife, Brenda, who ran the station's fundraising shop for decades, added, "He'd come in on a Saturday, buy a tea towel he didn't need, and leave a tenner in the box."

His wife, Margaret, whom he married in 1956, died in 2015. He is survived by his daughters, Susan and Linda, five grandchildren and seven great-grandchildren.

Editor's note: The Chronicle's full 2008 interview with Frank Huddleston, "The night of the Kirsten Holm," is republished in this week's heritage supplement.

His funeral will take place at St Mary's Church, Whitby, on Friday at 11 a.m. The family have asked for donations to the RNLI instead of flowers.
""", clean=True)

A("Consumer Line", "How to spot a fake listing on eBay, Vinted and Facebook Marketplace", """
How to spot a fake listing on eBay, Vinted and Facebook Marketplace

Online marketplace scams cost UK shoppers an estimated £87 million last year, according to figures published on Monday by the banking industry body UK Finance, with the average victim losing £315.

Buyers of electronics, concert tickets and designer clothing are most often targeted. The most common trick is simple: a seller advertises an item such as an iPhone, a PlayStation 5 or a pair of trainers at a price that looks too good to be true, takes payment by bank transfer, and never sends anything.

"The scammers are very good at creating a sense of urgency," said Kate Delaney, head of fraud prevention at UK Finance. "They'll say three other people are interested, or that they're moving abroad on Friday. The point is to stop you thinking."

We asked fraud experts what buyers should look out for. Their advice:

- Pay through the platform. On eBay and Vinted, paying through the site's own checkout gives you buyer protection. A seller who asks you to pay by bank transfer, or to "send it as friends and family" on PayPal, is a red flag.
- Check the account. New profiles with no reviews, or reviews that all arrived in the same week, should make you cautious.
- Reverse-search the photos. Scammers often lift images from other listings. A quick reverse image search can show whether a photo has appeared elsewhere.
- Be wary of links. Never click a link sent by a seller that takes you off the platform to "complete the payment."
- If it's cheap, ask why. A new MacBook for £300 is not a bargain. It's bait.

Harriet Osei, 27, from Croydon, lost £420 last autumn trying to buy Beyoncé tickets through a Facebook group. "They sent me a screenshot of the tickets in their Ticketmaster account, and I believed it," she said. "Then they blocked me."

Her partner, Daniel, said the couple had reported the seller to the police but had heard nothing. "You feel stupid, but it's so convincing," he said. "The account had photos of a kid's birthday party. It looked like a real person."

A spokesperson for Meta, which owns Facebook, said the company removed "millions" of fraudulent listings every month and urged users to report suspicious activity. eBay said more than 99% of transactions on its site were completed without a problem.

If you think you have been scammed, contact your bank immediately and report it to Action Fraud at actionfraud.police.uk or on 0300 123 2040.
""", clean=True)

A("Harbourside Courier", "Court hears couple 'lost everything' in pension transfer scheme", """
Court hears couple 'lost everything' in pension transfer scheme

A retired couple told a jury on Tuesday how they lost their life savings after being persuaded to move their pensions into an overseas investment scheme run by a former financial adviser from the town.

Alan and Denise Carter, both 67, gave evidence on the second day of the trial of Gregory Lamb, 54, who denies six counts of fraud by false representation. The prosecution says Lamb persuaded 38 people to transfer a total of £4.1 million into a fund registered in Mauritius, which collapsed in 2021.

Mr Carter, a former bus driver, said Lamb had visited the couple at home "at least five times" in 2018 and had described the fund as "as safe as houses, but with a better return."

"He sat at our kitchen table and drank our tea," Mr Carter said. "He asked about our grandchildren by name."

Mrs Carter, a retired dinner lady, said she had been uneasy from the start. "I said to Alan, if it's that good, why isn't everybody doing it?" she told the court. "He said, 'Because everybody doesn't know Greg.'"

The couple transferred a combined £212,000. They have recovered about £18,000 through the Financial Services Compensation Scheme.

Under cross-examination by Lamb's barrister, Nicholas Grey KC, Mr Carter accepted that he had signed a document stating that he understood the investment was "high risk." "I signed what he put in front of me," Mr Carter replied. "That's what you do with someone you trust."

Prosecutor Fiona Marsh told the jury on Monday that Lamb had received commission of about 8% on every transfer, which he did not disclose to clients. She said documents seized from his office showed that he had been warned by the fund's managers in 2019 that it was "experiencing liquidity difficulties," but continued to recommend it.

Lamb, of Westfield Avenue, has pleaded not guilty. His defence is expected to argue that he believed the fund was sound and was himself misled by its managers, none of whom are on trial.

The trial, at the town's Crown Court, is expected to last four weeks. It continues.
""", clean=True)

A("The Palisade Review", "Review: ‘Glass Harbour’ is a slow-burning, gorgeous mystery", """
Review: ‘Glass Harbour’ is a slow-burning, gorgeous mystery

★★★★☆

Glass Harbour (15), 118 minutes. Directed by Anneliese Varga. Starring Maren Holt, Idris Kane, Sølvi Brekke. In cinemas from Friday.

There is a shot about twenty minutes into Glass Harbour that tells you everything about what kind of film this is. A woman stands at the end of a pier in a Norwegian fishing town, looking at something in the water. The camera stays on her back for almost a minute. We never see what she sees.

Some viewers will find that maddening. I found it hypnotic, and the rest of Anneliese Varga's second feature works in the same way: patient, withholding, and gradually overwhelming.

Maren Holt plays Ingrid, a marine biologist who returns to her hometown on the island of Værøy after her estranged brother disappears from his boat. The police think it was an accident. Ingrid is not so sure, and her questions begin to unsettle a small community that would rather not be asked them.

Holt, best known for the Netflix thriller Cold Case Bergen, is superb, all clenched jaw and darting eyes. Idris Kane, as the English harbourmaster who may or may not be hiding something, gives the film its warmth. Their scenes together, conducted mostly in long silences, are the best thing in it.

The screenplay, co-written by Varga and the novelist Tor Eriksen, moves between English and Norwegian. At one point Ingrid's mother, played with flinty brilliance by Sølvi Brekke, tells her: "Havet gir, og havet tar." The subtitle reads: "The sea gives, and the sea takes." It sounds like a cliché. By the end of the film it feels like a threat.

The cinematography, by Joon-ho Park, is extraordinary. The island's light changes hour by hour, and Park uses it as a character: bright and hopeful in the morning scenes, bruised and grey by the time the truth begins to emerge.

If there is a weakness, it is the final act, which ties things together a little too neatly for a film that has been so comfortable with uncertainty. A late revelation involving the harbourmaster feels borrowed from a more conventional thriller.

But that is a small complaint about a film of such confidence and beauty. Varga's debut, Salt Marsh, was admired on the festival circuit and seen by almost no one. Glass Harbour deserves a bigger audience. Go, and sit near the front.
""", clean=True)

A("Metro Money Desk", "Bank of England holds rates at 4.75% as inflation edges up", """
Bank of England holds rates at 4.75% as inflation edges up

The Bank of England held interest rates at 4.75% on Thursday, saying it needed to see more evidence that inflation was under control before cutting borrowing costs again.

The Monetary Policy Committee voted 6-3 to keep rates on hold. Three members, Helen Okafor, Rupert Lisle and deputy governor Martin Ashby, voted for a cut to 4.5%.

Consumer price inflation rose to 2.6% in November, up from 2.3% the month before, driven by higher fuel prices and a smaller fall in air fares than a year earlier. The Bank expects it to peak at about 2.8% in the spring before easing.

Governor Jonathan Crewe said the committee believed a "gradual approach" to cutting rates remained right. "We need to make sure inflation stays close to the 2% target," he said. "With the heightened uncertainty in the economy, we can't commit to when or by how much we will cut rates in the coming year."

What the decision means:

1. Mortgages. About 600,000 homeowners on tracker mortgages will see no change in their monthly payments. Fixed-rate deals have edged up slightly in recent weeks as markets pushed back their expectations for cuts.

2. Savings. Easy-access savings rates are likely to stay around 4% for now, though several banks have trimmed their best buys since November.

3. The economy. The Bank now expects zero growth in the final three months of the year, down from a previous forecast of 0.3%.

Economists were split on what comes next. Ruth Garnett of Lombard Analytics said the three votes for a cut showed the committee was "edging towards" a move in February. But Sanjay Mehra of Harcourt Bank said the Bank was "in no hurry" and forecast only three cuts next year.

The Chancellor said: "I know families are still feeling the pressure of high costs. That's why we are working to get more money into people's pockets."

Shadow chancellor Philip Vane said the decision was "a sign that the government's budget has made it harder to bring down inflation."

The pound rose 0.3% against the U.S. dollar after the announcement, to $1.26.

The Bank's next decision is due on Feb. 6.
""", clean=True)
# ---------------------------------------------------------------- part 10
A("Baltic Newsline", "Police in Kaliningrad detain gang accused of stealing amber worth millions", """
⟦disclaimer:Attention! The news is translated from Russian by an automatic system. The editorial office is not responsible for the content of the translation.⟧

Police in Kaliningrad detain gang accused of stealing amber worth millions

Police in the Kaliningrad region have detained six people suspected of stealing raw amber worth more than 40 million roubles from a state-owned mining plant, the regional interior ministry said on Friday.

According to investigators, the members of the group, among whom were two employees of the plant's security service, over the course of two years carried out amber from the quarry in the village of Yantarny and sold it to buyers from China through intermediaries.

⟦fragment:Reported in the press service of the regional department of the Ministry of Internal Affairs.⟧ During searches at the addresses of the suspects, the police found about 300 kilograms of amber, cash in the amount of 12 million roubles, and also weapons and ammunition.

The Kaliningrad Amber Combine produces more than 90 percent of the world's industrial amber. The theft of the raw material has for many years been a serious problem for the enterprise, and the company has repeatedly strengthened the protection of the quarry.

"The scheme was simple, but effective," said a representative of the investigative committee. ⟦stray:««⟧The guards simply did not notice the cars that took out the amber at night, and received for this a percentage of the sale."

Criminal cases have been opened under the article on theft committed by an organised group on an especially large scale. The suspects face up to ten years in prison. Two of them have already given confessions, the ministry reported⟦break:. in⟧ its statement.

The director of the plant said that the company would check all employees of the security service and install additional video cameras on the territory of the quarry. According to him, the losses from theft in recent years amounted to several percent of the annual production.

Illegal extraction of amber also remains a problem on the beaches of the region, where so-called "black diggers" wash out the stone from the sand with the help of pumps, damaging the coastline. In the past year the police registered more than 200 such cases.
""")

A("Ledger Street Daily", "‘We overbuilt. That's on me’: Q&A with Brightline Gyms chief Nadia Serrano", """
‘We overbuilt. That's on me’: Q&A with Brightline Gyms chief Nadia Serrano

Brightline Gyms, the budget fitness chain, closed 31 of its 190 clubs last year after a rapid expansion left it with more sites than members. Chief executive Nadia Serrano, who founded the business in 2011, talked to Ledger Street about the turnaround.

Why did Brightline open so many gyms so quickly?

Because money was cheap and everyone told us the post-pandemic fitness boom would last forever. It didn't. We opened 70 clubs in two years, and about a third of them were in the wrong places. We overbuilt. That's on me.

How did you decide which clubs to close?

We looked at three things: membership, lease length, and how close the club was to another Brightline. In a couple of towns we had two gyms a mile apart competing with each ⟦broken_paragraph:other for

the⟧ same members. That was never going to work.

What happened to the staff?

We offered every full-time employee a role at another club. About 80% took it. The rest received redundancy packages above the statutory minimum.

Your prices have gone up twice in a year. Aren't you losing members?

Some, yes. But our cheapest membership is still £19.99 a month, which is less than most people spend on coffee. We are not trying to be the cheapest anymore. We are trying to be the best value.

⟦dup:2⟧

Private equity owns 60% of the business. How much pressure are you under?

They are patient, but they are not charities. They want to see that the business can grow again without taking on more debt. I think we've shown that. Like-for-like revenue is up 9% this year.

What's next?

Fewer, better gyms. More classes, more strength equipment, less cardio. Members want squat racks, not rows of treadmills. We'll open eight new clubs next year, all in towns where we've done the homework.

Any regrets?

Plenty. But the biggest lesson is humility. When things are going well, you think you're a genius. You're not. You're just lucky with the timing.

⟦furniture:What do you think? Join the conversation below — comments are moderated and may take up to 24 hours to appear. Log in or register to comment.⟧

This interview has been condensed and edited.
""")

A("ScreenSide", "‘The Last Ferryman’ review: Mads Ekholm is quietly devastating", """
‘The Last Ferryman’ review: Mads Ekholm is quietly devastating

⟦placeholder:[embed]https://www.youtube.com/watch?v=[/embed]⟧

What does a man do when the job that has defined him for forty years simply stops existing⟦stray: ?⟧ That is the question at the heart of The Last Ferryman, a small, beautifully judged Danish drama that arrives in cinemas this week after a warm reception at Berlin.

Mads Ekholm plays Aksel, who has piloted the ferry between two islands in the Limfjord since he was a teenager. When a new bridge opens, the service is cancelled, and Aksel is left with a boat he cannot sell, a pension he does not need, and a great deal of time.

Director Hanne Lund, making her feature debut, resists every temptation to turn this into a crowd-pleaser. There is no late-life romance, no rebellious grandchild, no heartwarming community campaign. Instead there is a ⟦glued:film,which⟧ watches, with enormous patience, as a proud man tries to work out who he is.

Ekholm, who has spent most of his career playing villains in Scandinavian crime series, is a revelation. His face barely moves, but everything is there: the wounded pride, the boredom, the flashes of fury when his wife suggests, gently, that he might take up golf.

The film is shot in the flat, pearly light of the Danish coast, and Lund and her cinematographer, Ole Brandt, let the landscape do much of the emotional work. A long sequence in which Aksel takes the empty ferry out one last time, at dawn, with no passengers and nowhere to go, is as moving as anything I have seen this year.

If the film has a flaw, it is a subplot involving a former passenger, now a local councillor, which feels underwritten and exists mainly to deliver information. At 96 minutes, though, the film never outstays its welcome.

The Last Ferryman will not be for everyone. It is slow, it is quiet, and very little happens. But for anyone who has ever wondered what is left of a person when the work is taken away, it will linger for days.

★★★★☆

The Last Ferryman (12A) is in cinemas from Friday. In Danish with English subtitles.
""")

A("Try Line Magazine", "Harlequins stun leaders with late maul try", """
Harlequins stun leaders with late maul try

Harlequins 24 Northampton Saints 22

Harlequins ended Northampton's nine-match winning run with a try from a driving maul two minutes from time at the Stoop on Saturday, a result that blows the race for the top four wide open.

Saints looked on course for a tenth successive victory when fly-half Callum Reid kicked his fourth penalty to put them 22-17 ahead with eight minutes remaining. But Quins, who had spent much of the second half defending, won a penalty at the breakdown, kicked to the corner and drove hooker Sam ⟦glued:Ritchieover⟧ the line from the resulting lineout. Marcus Hale's conversion made it a two-point game.

Northampton had one final chance, but a knock-on in midfield as they tried to work their way into drop-goal range allowed Harlequins to kick the ball out and spark celebrations in front of a sell-out crowd of 14,800.

⟦embed:▶ 0:00 / 2:14
Highlights: Harlequins v Northampton Saints | Premiership Rugby
1080p  ⚙  CC  ⛶
142K views · Subscribe⟧

Quins director of rugby Billy Thorne said his side had shown "real courage." He added: "We were under the pump for long spells, but we kept turning up. The maul is something we've worked on all week, and it won us the ⟦broken_paragraph:game when

it⟧ mattered."

Northampton had started strongly, with wing Ollie Barnes scoring in the corner after just four minutes, and led 13-10 at half-time. A second-half try from Quins centre Luke Northmore briefly put the home side ahead before Reid's boot kept Saints in front.

Saints head coach Phil Dowd was frustrated by his side's discipline. "We gave away 14 penalties, and you can't do that away from home against a good side," he said. "But we're not going to overreact to one result. We're still top, and we're still in a good place."

The defeat leaves Northampton three points clear at the top, with Bath and Bristol both able to close the gap on Sunday. Harlequins move up to fifth, a point outside the play-off places.
""")

A("Tokyo Bay Dispatch", "Akiya vacant homes: Japanese town offers houses for one yen", """
Akiya vacant homes: Japanese town offers houses for one yen

⟦disclaimer:*This article was automatically translated by AI. Please note that the content may differ from the original Japanese article. Tokyo Bay Dispatch bears no responsibility for any damages arising from the translation.⟧

The town of Okutama in western Tokyo will start from next month a system to transfer vacant houses to young families for one yen, the town office announced on the 12th.

The target is families with children under junior high school age who move to the town and live there for at least ten years. In the first year, the town plans to transfer about ten houses, and it will also subsidise up to 2 million yen of the renovation costs.

Okutama is the only town in Tokyo whose population has fallen below 5,000, and about one in five houses is vacant. ⟦fragment:Being the municipality with the highest aging rate in the metropolis.⟧ The town has been searching for ways to attract a younger generation.

"We want people to know that there is also this kind of life in Tokyo, with the mountains and the river," ⟦attribution:said the mayor, Mr. Nakamura, the mayor explained.⟧ "We do not need many people. If ten families come, the atmosphere of the town will change."

⟦foreign:空き家の多くは老朽化しており、改修には多額の費用がかかるという課題もある。⟧

Across Japan, the number of vacant houses, called "akiya," reached about 9 million in 2023, a record high, according to the Ministry of Internal Affairs and Communications. Several municipalities have introduced similar schemes, but experts point out that the houses are often in poor condition and that the lack of jobs makes it difficult for young families to stay.

A 34-year-old office worker who lives in central Tokyo and attended an explanation meeting with his wife and two children said that he was attracted by the nature. "If I can work remotely three days a week, I think it is possible," he said.

Applications will be accepted from the 1st of next month on the town's website.
""")
# ---------------------------------------------------------------- part 11 (clean)
A("Hillcrest Community News", "Library's ‘Repair Café’ marks 1,000th fix", """
Library's ‘Repair Café’ marks 1,000th fix

A toaster, a teddy bear and a 1970s record player were among the items brought back to life on Saturday as the Repair Café at Hillcrest Library celebrated its 1,000th successful repair.

The monthly event, where volunteers fix broken household items for free, was started in 2019 by retired electrician Bob Amadi and his neighbour, seamstress Lorraine Kelly. Volunteers have since mended everything from vacuum cleaners and lamps to bicycles, jeans and a wooden rocking horse.

The 1,000th item, fittingly, was a kettle. It belonged to 84-year-old Irene Walsh, who was given a round of applause and a slice of cake when the kettle boiled.

"I've had it since 1996," Mrs Walsh said. "My grandson said just buy a new one from Argos, it's twelve quid. But why would I? There's nothing wrong with it except the switch."

Mr Amadi said the group had started with four volunteers and a borrowed table. It now has 22, including two teenagers who come along to learn soldering. "People think nobody can fix anything anymore," he said. "It's not true. It's just that nobody's shown them."

Ms Kelly added: "And half the time it's a fuse. Don't tell anyone."

According to the group's records, the most common repairs are:

- lamps and small electrical items (about 40%)
- clothing and textiles (25%)
- bicycles (15%)
- toys, furniture and "miscellaneous" (20%)

About four in five items brought in are fixed on the day. Those that cannot be mended are usually missing a part that is no longer made.

The group does not charge for repairs but asks for a donation towards materials. Last year it gave £600 of surplus donations to the library's children's reading scheme.

Research by the charity Material Focus suggests UK households throw away about 155,000 tonnes of small electricals every year, many of which could be repaired.

Council leader Sunita Rao, who visited on Saturday, called the Repair Café "exactly the kind of thing that makes a community." She brought along a broken radio. It was fixed in twelve minutes.

The next Repair Café will be held at the library on the first Saturday of next month, from 10 a.m. to 1 p.m. Volunteers who can sew, solder or fix bikes are always welcome. More details are available at hillcrestrepaircafe.org.uk or on Facebook at facebook.com/HillcrestRepairs.
""", clean=True)

A("Meridian Wire", "Oil prices climb after OPEC+ extends output cuts", """
Oil prices climb after OPEC+ extends output cuts

By Farid Haddad

LONDON, Dec. 5 (Meridian Wire) - Oil prices rose on Thursday after OPEC+ agreed to delay a planned increase in production by three months and to extend the full unwinding of its cuts until the end of 2026.

Brent crude futures were up 94 cents, or 1.3%, at $73.25 a barrel by 1:40 p.m. GMT. U.S. West Texas Intermediate crude rose 88 cents, or 1.3%, to $69.42.

The group, which includes members of the Organization of the Petroleum Exporting Countries and allies such as Russia, had been due to start raising output in January. It will now begin in April, ministers said after a virtual meeting.

"The market was braced for a delay, but not for one this long," said Priyanka Shah, an analyst at Northgate Energy. "It shows the group is still worried about demand, particularly from China."

Weak Chinese consumption has weighed on prices for much of the year. Imports into the world's largest crude buyer fell for a sixth straight month in October, according to customs data, as the country's economy struggled and electric vehicles ate into demand for gasoline.

Analysts also pointed to rising supply from outside the group. Production from the U.S., Brazil, Guyana and Canada is expected to grow by more than 1 million barrels a day next year, according to the International Energy Agency, which has forecast a surplus even if OPEC+ does not raise output.

"OPEC+ is fighting the tide," said Tom Kingsley of brokerage Ashcombe Markets. "It can delay the increases, but it can't make the surplus disappear."

Key decisions from the meeting:

- the start of output increases is delayed from January to April 2025;
- the increases will be phased in over 18 months instead of 12;
- the United Arab Emirates will be allowed to raise its production target by 300,000 barrels a day;
- the group's next full ministerial meeting will be held on May 28.

Prices have fallen by about 5% since the start of the year, despite conflict in the Middle East, which has so far had little impact on supplies.

(Reporting by Farid Haddad in London and Yuki Mori in Tokyo; editing by David Goodman)
""", clean=True)

A("Shoreline Gazette", "Teenage coder's app to help blind shoppers wins national prize", """
Teenage coder's app to help blind shoppers wins national prize

A 16-year-old from Port Alder has won a national science and engineering award for an app that reads supermarket price labels aloud to people who are blind or partially sighted.

Jordan Mbeki, a Year 12 student at Port Alder Academy, built the app, called ShelfTalk, after noticing how hard it was for their grandmother, who has macular degeneration, to do her own shopping.

Jordan, who is nonbinary and uses they/them pronouns, was named the overall winner of the UK Young Innovators Awards at a ceremony in Birmingham on Wednesday. They received a £5,000 prize and a place on a summer programme at Imperial College London.

"My nan used to take a magnifying glass to Tesco," Jordan said. "She'd hold it up to every label. It took her about two hours to buy a week's food. I thought, there must be a better way."

ShelfTalk uses the phone's camera to find the price label nearest to the product a user is pointing at, reads the product name, price and any offer, and speaks it aloud. It works on both iPhone and Android, and Jordan wrote most of it in Python and Swift over eight months, largely in the evenings.

The judges praised the app's simplicity. "Lots of entries are technically impressive," said the panel's chair, Professor Lisa Adeyemi. "This one is technically impressive and genuinely useful. That's rare."

Jordan's computing teacher, Mr Harris, said they had been "quietly brilliant" since Year 7. "They'd come to me with a question about some obscure bit of code, and I'd have to go away and look it up," he said. "I've given up pretending I know more than they do."

The app has been tested by members of the local branch of the Macular Society. One of them, retired postwoman Eileen Carr, 78, said: "It's given me a bit of my independence back. I can go on my own now, on a Tuesday morning when it's quiet."

Jordan's grandmother, Ruth Mbeki, 81, was at the ceremony. "I'm very proud," she said. "I still don't understand what they've done. But I can do my shopping."

Jordan plans to release ShelfTalk free of charge on the App Store and Google Play this summer and is looking for help to add support for more languages. They have set up a page on GitHub, github.com/jmbeki/shelftalk, for volunteers who want to contribute.

Asked what they wanted to do next, Jordan said: "Finish my A-levels first. My mum would kill me otherwise."
""", clean=True)
# ---------------------------------------------------------------- part 12 (clean)
A("Northbridge Tech Digest", "YouTube tests ‘Project Nightjar’, an AI tool that dubs videos into 20 languages", """
YouTube tests ‘Project Nightjar’, an AI tool that dubs videos into 20 languages

YouTube has begun testing an artificial-intelligence tool that automatically dubs creators' videos into 20 languages using a synthetic version of their own voice, the company confirmed on Tuesday.

The feature, developed under the internal code name Project Nightjar, is being trialled with about 5,000 creators in the U.S., India and Brazil. Viewers can switch between the original audio and the dubbed tracks from the settings menu on the iOS and Android apps and on desktop browsers.

In a blog post, YouTube said the tool would "help creators reach audiences they could never reach before." Tests had shown that videos offered in several languages received, on average, 25% more watch time from outside the creator's home country, it said.

Creators in the trial were cautiously positive. Marcus Lee, who runs a cooking channel with 2.3 million subscribers, said the Spanish version of his voice was "eerily good." "It's me, but I sound like I grew up in Madrid," he said. "My mum listened to it and said it was the first time she'd understood the Spanish-speaking comments."

His co-host and partner, Ana Ribeiro, was less sure. "The Portuguese one sounds like me on a very bad day," she said. "I'd want to approve every track before it goes out."

YouTube said creators would be able to review and remove any dubbed track, and that the AI voices would be labelled. The company said it would not use creators' voices for any other purpose without their consent.

Voice actors' unions have criticised the technology. SAG-AFTRA, which represents performers in the U.S., said it was "deeply concerned" about the effect on dubbing artists, many of whom work on YouTube content.

The tool is part of a wider push by tech companies into AI translation. Meta has tested similar features for Instagram Reels, and TikTok offers automatic captions in multiple languages. Google, YouTube's parent company, has invested heavily in AI models capable of generating speech.

An independent audit of the tool's accuracy, commissioned by YouTube and carried out by PwC, found that the translations were "broadly accurate" but made more mistakes with slang, jokes and technical terms.

The feature is expected to roll out more widely next year. Creators who want to join the waiting list can sign up through YouTube Studio. Discussion of the trial has been lively on X, where creators have been sharing clips under the hashtag #NightjarTest.
""", clean=True)

A("The Continental", "‘Luce del mare’: Italy's Eurovision entry stirs national debate", """
‘Luce del mare’: Italy's Eurovision entry stirs national debate

ROME — Italy does not usually argue about Eurovision. This year it cannot stop.

The country's entry, "Luce del mare," by the 23-year-old Sardinian singer Chiara Loi, won the Sanremo festival in February by the narrowest margin in its history and has since become the subject of newspaper editorials, a parliamentary question and at least one family feud on national television.

The song is a slow ballad, sung partly in Sardinian, about a fisherman's daughter waiting for her father to return. Its chorus, in Italian, goes:

"Luce del mare, portami a casa,
dove la notte non fa paura."

Which translates as: "Light of the sea, carry me home, / where the night holds no fear."

Supporters say it is the most beautiful Italian entry in years. Critics say it is too slow, too sad and, crucially, too long: at its original length of four minutes and twelve seconds, it had to be cut by more than a minute to meet Eurovision's three-minute rule.

"They have cut out the heart of the song," the veteran music critic Gianni Ferri wrote in Corriere della Sera. "It is like serving half a lasagne."

Loi herself appears unbothered. "Tre minuti bastano, se le parole sono vere," she told reporters in Milan on Monday. "Three minutes are enough, if the words are true."

The controversy took a stranger turn last week when a senator from the far-right League party submitted a written question asking why the song contained "a regional language that most Italians do not understand." Sardinian is recognised as a minority language under Italian law.

Loi's father, Giovanni, a retired fisherman from the town of Cabras, said he had not expected to become part of a national conversation. "I asked her to write a song about the sea, not about politics," he said. Her mother, Antonella, was blunter. "Let them argue," she said. "We are going to Basel."

Bookmakers currently give Italy a one-in-twelve chance of winning the contest, placing the song fifth in the betting. The video for the song has been viewed more than 14 million times on YouTube.

The Eurovision final takes place in Basel, Switzerland, on May 17.
""", clean=True)

A("Climate Desk Weekly", "Explainer: what is a ‘heat dome’, and why does it last so long?", """
Explainer: what is a ‘heat dome’, and why does it last so long?

Large parts of southern Europe are under extreme heat warnings this week, with temperatures forecast to reach 44C in parts of Spain and 42C in Greece. Forecasters say a "heat dome" is to blame. Here is what that means.

What is a heat dome?

It is an informal name for a large area of high pressure that sits over a region for days or weeks. Air beneath it sinks and is compressed, which warms it, in the same way that a bicycle pump gets warm when you use it. The high pressure also keeps clouds away, so the sun bakes the ground day after day.

Why doesn't it move on?

High-pressure systems are usually carried along by the jet stream, the band of fast winds that circles the globe about 10 kilometres up. When the jet stream develops large, slow-moving loops, a high-pressure system can become stuck. Meteorologists call this a "blocking" pattern.

Is climate change making heat domes more common?

The evidence is strong that it is making them hotter. Dr Sofia Martínez, a climate scientist at the University of Barcelona, said: "A heat dome in 2025 starts from a higher baseline than one in 1975. The same weather pattern simply produces more extreme temperatures." Whether climate change also makes blocking patterns more frequent is still debated.

Who is most at risk?

Older people, babies, people with heart and lung conditions, and outdoor workers. Health authorities advise people to:

1. Stay out of the sun between 11 a.m. and 4 p.m.
2. Drink water regularly, even if you don't feel thirsty.
3. Keep curtains closed during the day and open windows at night.
4. Check on elderly neighbours and relatives.

How long will this one last?

Forecasters at Spain's state weather agency, AEMET, expect the worst of the heat to ease by the weekend, though temperatures will remain above normal. "We're not out of it yet," said AEMET spokesperson Rubén Alcázar. "Tomorrow and Thursday will be the peak."

Where can I find local warnings?

National weather services publish warnings on their websites and apps. Across Europe, the Meteoalarm site, meteoalarm.org, brings them together on a single map.
""", clean=True)

A("Cedar Falls Courier", "McDonald's drive-thru plan for former garden centre rejected", """
McDonald's drive-thru plan for former garden centre rejected

Plans for a McDonald's drive-thru restaurant on the site of a former garden centre on Bridge Road have been rejected by the city's planning committee.

The fast-food company had applied to build a 24-hour restaurant with 84 seats and a two-lane drive-thru on the site, which has been empty since Greenleaf Garden Centre closed in 2022. It said the scheme would create 120 jobs, most of them part-time.

Committee members voted 7-2 on Tuesday night to refuse the application, citing concerns about traffic, litter and noise. More than 450 residents had submitted objections, and a petition against the plan attracted 1,900 signatures.

"This is a residential area with a primary school 300 yards away," said committee member Cllr Janet Oduya. "A 24-hour drive-thru on a road that is already at a standstill at 3.15 p.m. is simply the wrong development in the wrong place."

Cllr Mark Fenwick, one of the two members who voted in favour, said the city was "turning away jobs and investment" and that the site would "sit empty for another three years" as a result.

Speaking at the meeting, a planning consultant for McDonald's, Helen Shaw, said the company had agreed to carry out three litter patrols a day within a 500-metre radius and to install acoustic fencing along the boundary with nearby homes. She said traffic modelling showed "no severe impact" on the road network.

Residents who packed the public gallery applauded the decision. Among them were Paul and Sarah Whitfield, whose house backs on to the site. "We've got nothing against McDonald's," Mr Whitfield said. His wife finished the thought: "We just don't want to smell it at two in the morning."

McDonald's said it was "disappointed" and would consider its options, which include an appeal to the Planning Inspectorate.

An earlier version of this article misstated the number of seats proposed for the restaurant. It was 84, not 48. We apologise for the error.

Editor's note: The Courier asked McDonald's whether it had identified an alternative site in the city. The company did not respond before publication.
""", clean=True)
# ---------------------------------------------------------------- part 13
A("Kentwood Evening Star", "Family of five escape as fire rips through terraced house", """
Family of five escape as fire rips through terraced house

A family of five, including a three-week-old baby, escaped unhurt after a fire tore through their terraced home in the early hours of Sunday.

Firefighters were called to the house on Granville Street shortly after 3 a.m. and found the ground floor well alight. Four engines and an aerial ladder platform attended, and crews spent almost three hours bringing the blaze under control.

The family had already got out by the time firefighters arrived. The children's father, Kieran Doyle, said he had been woken by the smoke alarm in the hallway and had carried the baby out while his partner led their three other children, aged two, five and nine, through the back door.

"If that alarm hadn't gone off, I don't think we'd be here," he said. "I fitted it about a month ago because the old one was beeping. Best tenner I ever spent."

⟦embed:@kentwoodfire
Early hours call to Granville St 🚒🔥 Crews worked through the night. Check your smoke alarms people!!! #TestItTuesday
♬ original sound - Kentwood Fire & Rescue
12.4K  ·  311  ·  Share⟧

Neighbours opened their homes to the family and to residents of the adjoining houses, which were evacuated as a precaution. One neighbour, Maureen Fitch, said she had made "about forty cups of tea" by breakfast time.

An investigation into the cause is under way, but fire officers said early indications were that it had started accidentally in the kitchen, possibly from an electrical appliance that had been left charging overnight.

Station manager Rob Akhtar said the case showed how important working smoke alarms were. "This family did everything right," he said. "They had an alarm, they heard it, they got out, and they stayed out. That's exactly what we want people to do."

⟦dup:2⟧

A fundraising page set up by neighbours to help the family replace clothes, toys and furniture had raised more than £6,000 by Sunday evening.

The fire service offers free home safety visits, including fitting smoke alarms, to residents who are elderly, disabled or have young children.

⟦furniture:Read more
Two arrested after car chase through town centre
Shop owner's fury as thieves strike for third time
Plans for 300 homes on edge of town approved⟧
""")

A("Greenfield Energy Post", "Energy bills to rise by £149 from April, regulator confirms", """
Energy bills to rise by £149 from April, regulator confirms

Household energy bills in England, Scotland and Wales will rise by an average of £149 a year from April, the regulator Ofgem confirmed on Tuesday, the third quarterly increase in a row.

The energy price cap, which limits the rate suppliers can charge per unit of gas and electricity, will rise by 6.4% to £1,849 a year for a typical dual-fuel household paying by direct debit. About 22 million households are on tariffs linked to the cap.

Ofgem said the increase was driven by higher wholesale gas prices, which rose over the winter as colder weather across Europe drew down storage levels faster than expected, and by the rising cost of ⟦broken_paragraph:maintaining and

upgrading⟧ the country's network of pipes and cables.

The regulator's chief executive, Graham Tully, said he understood the news would be "very difficult for many people." He said: "Wholesale prices are the single biggest factor in what people pay, and they have gone up. We will keep pushing suppliers to make sure help is there for anyone who is struggling."

Charities said the increase would push more families into fuel poverty. National Energy Action estimated that ⟦placeholder:null⟧ households would be unable to afford to heat their homes adequately after the rise, up from 6.1 million today.

"People have been told the energy crisis is over. It isn't⟦stray:??⟧" said Adam Pryor, the charity's chief executive. "For millions of households, bills are still around 50% higher than they were three years ago."

Consumer groups urged households to check whether they could save money by switching to a fixed tariff. Several suppliers are offering fixed deals below the new cap level, although the gap has narrowed in recent weeks.

The government said it was extending the Warm Home Discount, which gives £150 off bills, to an extra 2.7 million households next winter. The Energy Secretary said the government was "determined to get bills down for good" by expanding home-grown renewable power, which he ⟦broken_paragraph:said would

protect⟧ consumers from the swings of international gas markets.

Analysts at Cornwall Insight said they expected the cap to fall slightly in July if wholesale prices stayed at their current levels, but warned that markets remained volatile.
""")

A("Pacific Science Review", "Daily walk of 7,000 steps linked to lower risk of early death", """
Daily walk of 7,000 steps linked to lower risk of early death

Walking about 7,000 steps a day is associated with a substantially lower risk of early death, heart disease and dementia, according to a large review of studies published on Wednesday, suggesting that the popular target of 10,000 steps may be more than most people need.

The analysis, published in The Lancet Public Health, pooled data from 57 studies involving more than 160,000 adults in ten countries. Researchers found that people who walked 7,000 steps a day had a 47% lower risk of dying during the study period than those who managed ⟦glued:only2,000⟧.

The benefits continued to rise beyond 7,000 steps for some outcomes, but at a much slower rate. For most measures, the curve flattened out between 7,000 and 9,000 steps.

"The 10,000 figure was never based on science," said the study's lead author, Dr Melissa Tan of the University of Sydney. "It came from a marketing campaign for a pedometer in Japan in the 1960s. What we are seeing is that you get most of the benefit well before that, and that even small increases matter."

Going from 2,000 to 4,000 steps a day was associated with a meaningful reduction in risk⟦break:. especially⟧ for cardiovascular disease, the researchers said. ⟦attribution:"Every step counts," Dr Tan said, she said.⟧ "If you are doing very little now, you don't need to aim for 7,000 tomorrow. Start with a few thousand more."

The researchers cautioned that the study was observational and could not prove that walking itself caused the lower risk. People who walk more may also be healthier in other ways, for example eating better or smoking less, although the analysis tried to account for such factors.

Independent experts said the findings were consistent with earlier research. Professor Ulf Berglund of the Norwegian School of Sport Sciences said the review was "robust" and added to evidence that "some activity is much better than none."

The average adult in the UK takes between 5,000 and 6,000 steps a day, according to smartphone data. About one in four takes fewer than 4,000.
""")

A("Capitol Digest Aggregator", "Senate committee advances judicial nominee on party-line vote", """
⟦disclaimer:This story was aggregated automatically from multiple news sources by Capitol Digest's content engine. Capitol Digest did not write or verify this report and does not endorse its contents.⟧

Senate committee advances judicial nominee on party-line vote

The Senate Judiciary Committee voted 12-10 along party lines on Thursday to advance the nomination of Judge Katherine Albright to the U.S. Court of Appeals for the Ninth Circuit, setting up a confirmation vote on the Senate floor as soon as next week.

Albright, 46, a federal district judge in Arizona since 2019, would fill a seat vacated by a judge who took senior status in March. Her nomination has drawn opposition from abortion-rights groups, who point to a 2021 ruling in which she upheld a state law restricting the use of abortion pills.

Committee Chairman Sen. Thomas Ridley said Albright had "an exemplary record of following the law as written." The committee's ranking Democrat, Sen. Elena Marquez, said she had "serious concerns" about the nominee's views on reproductive rights and the independence of federal agencies.

"Judge Albright told this committee she would follow precedent," Marquez said. "Her record suggests she will follow it only when she agrees with it."

⟦dup:1⟧

During her confirmation hearing last month, Albright declined to say whether she believed several landmark Supreme Court cases had been correctly decided, a position that has become standard for judicial nominees of both parties.

The Ninth Circuit, based in San Francisco, is the largest of the 13 federal appeals courts, with jurisdiction over nine Western states. Judges appointed by Democratic presidents currently hold a narrow majority of its active seats.

If confirmed, Albright would be the 14th appellate judge confirmed in the current Congress. Senate leaders have prioritized judicial confirmations, and the chamber is expected to hold votes on several district court nominees before the summer recess.

⟦furniture:© 2025 Capitol Digest. All rights reserved. This material may not be published, broadcast, rewritten or redistributed. Terms of Use | Privacy Policy | Contact Us⟧
""")
# ---------------------------------------------------------------- part 14
A("Mediterranea Press Service", "Pompeii reopens ‘House of the Painters’ after 20-year restoration", """
Pompeii reopens ‘House of the Painters’ after 20-year restoration

POMPEII, Italy — The archaeological park of Pompeii reopened to the public on Saturday the so-called House of the Painters at Work, one of the most important buildings of the ancient city, after a restoration that lasted almost twenty years.

The house, discovered in 1987, takes its name from the frescoes in its main hall, which were left unfinished at the moment of the eruption of Vesuvius in 79 AD. The painters had just begun to decorate the walls⟦stray:;;⟧ their pots of colour, their tools and the lines of the preparatory drawings were found exactly where they had left them.

⟦fragment:Allowing visitors to see for the first time how the Roman artists organised their work.⟧ The walkways were designed so that visitors can observe the frescoes from a few metres without touching the fragile surfaces.

"It is as if the painters had gone out for lunch and never came back," said the director of the park, Gabriele Marchetti, during the presentation. "⟦foreign:Qui si vede il lavoro quotidiano, non il lusso dei padroni di casa.⟧"

The restoration cost about 3 million euros and was financed in part by the European Union. The conservators had to consolidate the walls, which were damaged by the earthquake of 1980 and by decades of⟦break:. exposure⟧ to rain and sun, and to protect the frescoes with a new roof.

Access to the house will be limited to groups of 15 people at a time, and visits must be booked in advance through the park's website. The park expects that the new opening will attract many visitors already in the first weeks.

Pompeii received more than 4 million visitors last year, a record. To protect the site, the park introduced this year a limit of 20,000 entries per day and personalised tickets with the name of the visitor.

Excavations in the city continue. In recent years the archaeologists have discovered, among other things, a thermal bath complex in a private house, a bakery where slaves and donkeys worked as prisoners, and frescoes inspired by the Trojan War. About a third of the ancient city has still not been excavated.

"We will never excavate everything, and it is right that way," the director said. "We must leave something to the archaeologists of the future, who will have better tools than we do."
""")

A("Pit Lane Report", "Rossetti holds off Lindqvist to win chaotic Canadian Grand Prix", """
Rossetti holds off Lindqvist to win chaotic Canadian Grand Prix

Luca Rossetti held off a late charge from Erik Lindqvist to win a chaotic, rain-affected Canadian Grand Prix on Sunday and move within six points of the championship lead.

The Italian, who started from third on the grid, took the lead when the two front-row starters both pitted for intermediate tyres as light rain began to fall on lap 23. Rossetti stayed out on slicks, and the gamble paid off when the shower passed within minutes.

Lindqvist, who had dropped to eighth after his pit stop, carved his way back through the field and closed to within 1.3 seconds on the final lap, but could not find a way past at the hairpin.

"That was the longest last lap of my life," ⟦attribution:Rossetti said, he told reporters after the race.⟧ "The tyres were finished. I was just praying."

⟦placeholder:[VIDEO: Rossetti_Lindqvist_final_lap_HD]⟧

There were three safety-car periods, the first on the opening lap when ⟦glued:Haas'sEsteban⟧ Varela was tipped into a spin at turn one and collected two cars behind him. All three drivers were unhurt.

⟦embed:Lindqvist Racing Official @ELindqvist · 2h
P2 after P8. Gave it everything today. Congrats Luca, well deserved 🤝 On to the next one 🇸🇪
💬 842   🔁 2.1K   ❤️ 31K   📊 1.4M⟧

The championship leader, Max Hartmann, finished only ninth after a slow pit stop and a five-second penalty for leaving the track and gaining an advantage. He now leads Rossetti by six points and Lindqvist by 14.

"It's a bad day, but it's not a disaster," Hartmann said. "We lost points, but it's a long season."

Lindqvist's team principal said the decision to pit for intermediates had been "the right call with the information we had." He added: "Two minutes later the rain stopped. That's Montreal."

The next race is the Austrian Grand Prix in two weeks' time.
""")

A("Farmers' Weekly Round-Up", "Wet spring leaves growers weeks behind on sowing", """
⟦disclaimer:Syndicated from Agri Wire Network. This content is distributed automatically to partner sites and has not been reviewed or edited by Farmers' Weekly Round-Up.⟧

Wet spring leaves growers weeks behind on sowing

Arable farmers across the East of England are running up to four weeks behind on spring sowing after one of the wettest springs on record left fields too waterlogged for machinery.

Figures from the Agriculture and Horticulture Development Board show that only 38% of the planned spring barley area had been drilled by mid-April, compared with a five-year average of 71% at the same point.

Lincolnshire farmer Richard Hollis, who grows wheat, barley and sugar beet on 600 hectares near Boston, said he had not been able to get a tractor onto most of his land since February. "Every time it starts to dry out, we get another inch of rain," he said. "I've been farming for thirty years and I've never seen a spring like it."

⟦dup:1⟧

Growers say the delays will almost certainly reduce yields. Crops sown late have a shorter growing season, and a dry early summer could leave them struggling to establish. Some farmers have already decided to leave fields fallow rather than risk the cost of seed and fertiliser on a crop that may fail.

The National Farmers' Union has asked the government to allow greater flexibility in the rules for its environmental land management schemes, so that farmers who miss sowing deadlines are not penalised. NFU vice-president Tom Bramley said the ⟦broken_paragraph:weather had

put⟧ "enormous strain" on farm businesses already dealing with high costs and the phasing out of direct payments.

A spokesperson for the Department for Environment, Food and Rural Affairs said it was "monitoring the situation closely" and was in regular contact with the farming unions.

Forecasters offered some hope. The Met Office said a spell of drier, high-pressure weather was likely to settle over the country from the end of next week, which could allow farmers to get onto their ⟦glued:fieldsfor⟧ the first time in weeks.

Sugar beet growers are particularly anxious. British Sugar, which buys the whole of the UK crop, said that if beet was not sown by the middle of May, yields could fall by as much as 20%.
""")

A("Valley Schools Bulletin", "Welsh-medium school expansion approved despite bus fears", """
Welsh-medium school expansion approved despite bus fears

⟦furniture:Never miss a story. Get the Valley Schools Bulletin newsletter every Friday.  [ Your email address ]  Sign me up
No spam. Unsubscribe at any time.⟧

Plans to double the size of a Welsh-medium primary school in the Rhondda have been approved, despite concerns from parents about longer bus journeys for children from outlying villages.

Ysgol Gymraeg Cwm Glas will grow from 210 to 420 places under the £14 million scheme, which includes a new two-storey classroom block, a sports hall and a nursery. The work is due to be completed by September 2027.

Rhondda Cynon Taf council's cabinet approved the plan on Monday. Cabinet member for education Rhys Lewis said demand for Welsh-medium education in the valley had never been ⟦glued:higher.The⟧ council had "a duty to meet it," he added.

The Welsh Government has set a target of a million Welsh speakers by 2050. Welsh-medium primary schools across the county are oversubscribed, and some families have been offered places at schools several miles from home.

Parents in the villages of Tylorstown and Ferndale, however, said the expansion would mean their children travelling further each day because a smaller Welsh-medium unit closer to them would close when the new building opens. Mother of two Sian Pritchard said the journey would take 40 minutes each way ⟦stray:((⟧longer in winter).

"We chose Welsh-medium because we wanted our children to grow up bilingual," she said. "We didn't choose it so they could spend an hour and a half on a bus every day."

⟦embed:View this post on Instagram
A post shared by Ysgol Gymraeg Cwm Glas (@ysgolcwmglas)
Diolch o galon i bawb! Thank you everyone for your support 💚🏴
♡ 326  💬 41⟧

The council said it would provide free transport for all pupils who live more than two miles from the school and would review bus routes to keep journey times as short as possible.

Headteacher Eleri Morgan said the new building would transform the school, which currently teaches some classes in mobile units that were meant to be temporary when they were installed in 2004. "Mae'r plant yn haeddu gwell," she said: the children deserve better.

Work on the site is expected to begin in the spring.
""")
# ---------------------------------------------------------------- build
MARK = re.compile(r"⟦(\w+):(.*?)⟧", re.S)

def render(raw):
    cur, spans, pos = "", [], 0
    for m in MARK.finditer(raw):
        cur += raw[pos:m.start()]
        kind, body = m.group(1), m.group(2)
        if kind == "dup":
            n = int(body)
            assert cur.endswith("\n\n"), "dup marker must start a paragraph"
            paras = cur[:-2].split("\n\n")
            body = "\n\n".join(paras[-n:])
            kind = "duplicated_block"
        assert kind in KINDS, kind
        s = len(cur)
        cur += body
        spans.append(dict(kind=kind, start=s, end=len(cur), text=body))
        pos = m.end()
    cur += raw[pos:]
    return cur, spans

SUSPECT = [re.compile(p) for p in [r"  ", r" [,.;:?!]", r"\n\n\n", r"[，。、]", r"[a-z][.,;:?!][A-Za-z]", r"\[|\]|\{|\}", r"\.\.(?!\.)", r",,", r"^ | $|\n |  \n"]]

def sanity(text, spans, ident):
    covered = set()
    for sp in spans:
        covered.update(range(sp["start"], sp["end"]))
    warn = []
    for rx in SUSPECT:
        for m in rx.finditer(text):
            if not any(i in covered for i in range(m.start(), m.end())):
                warn.append((rx.pattern, text[max(0, m.start()-25):m.end()+25]))
    return warn

def main():
    out = []
    for a in ARTS:
        text, spans = render(a["raw"])
        assert "⟦" not in text and "⟧" not in text, a["title"]
        out.append(dict(source=a["source"], title=a["title"], text=text,
                        clean=a["clean"], spans=spans))
    rng = random.Random(20240904)
    rng.shuffle(out)
    kc, problems = Counter(), 0
    for i, o in enumerate(out, 1):
        o["id"] = "v4-%03d" % i
        t = o["text"]
        nw = len(t.split())
        if not 250 <= nw <= 700:
            print("WORDCOUNT", o["id"], nw, o["title"]); problems += 1
        if o["clean"]:
            assert o["spans"] == [], o["title"]
        else:
            if not 2 <= len(o["spans"]) <= 6:
                print("NSPANS", o["id"], len(o["spans"]), o["title"]); problems += 1
        for sp in o["spans"]:
            assert t[sp["start"]:sp["end"]] == sp["text"], (o["id"], sp)
            assert sp["text"].strip() == sp["text"] or sp["kind"] in ("stray",) or True
            kc[sp["kind"]] += 1
        for w in sanity(t, o["spans"], o["id"]):
            print("CHECK", o["id"], o["title"][:40], w)
    with open("/work/blind/v4.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            rec = {"id": o["id"], "source": o["source"], "title": o["title"],
                   "text": o["text"], "clean": o["clean"], "spans": o["spans"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    nclean = sum(o["clean"] for o in out)
    print("articles:", len(out), "clean:", nclean, "damaged:", len(out) - nclean)
    print("spans per kind:")
    for k in sorted(KINDS):
        print("  %-17s %d" % (k, kc[k]))
    print("total spans:", sum(kc.values()), "problems:", problems)
    missing = [k for k in KINDS if kc[k] < 6]
    if missing:
        print("KINDS BELOW 6:", missing)

if __name__ == "__main__":
    main()
