#!/usr/bin/env python3
"""Build /work/blind6/v6.jsonl: 60 invented news articles, 35 damaged, 25 clean look-alikes.

Inline markers: ⟦kind:damaged text⟧ ; ⟦dup:N⟧ re-inserts the N preceding paragraphs
as a labelled duplicated block.
"""
import json, os, random, re, collections

HERE = os.path.dirname(os.path.abspath(__file__))
A = []

def add(source, clean, body):
    A.append((source, clean, body.strip("\n")))

KINDS = ["glued", "stray", "break", "fragment", "attribution", "placeholder", "furniture",
         "embed", "foreign", "disclaimer", "broken_paragraph", "duplicated_block"]
MARK = re.compile(r"⟦([a-z_]+):(.*?)⟧", re.S)

def render(body):
    out, spans, pos = "", [], 0
    for m in MARK.finditer(body):
        out += body[pos:m.start()]
        kind, txt = m.group(1), m.group(2)
        if kind == "dup":
            n = int(txt)
            assert out.endswith("\n\n"), "dup marker must start its own paragraph"
            paras = out[:-2].split("\n\n")
            block = "\n\n".join(paras[-n:])
            src_start = len(out) - 2 - len(block)
            for s in spans:
                assert s[2] <= src_start, "damage inside a duplicated source paragraph"
            start = len(out)
            out += block
            spans.append(("duplicated_block", start, len(out)))
        else:
            assert kind in KINDS, kind
            start = len(out)
            out += txt
            spans.append((kind, start, len(out)))
        pos = m.end()
    out += body[pos:]
    assert "⟦" not in out and "⟧" not in out
    return out, spans

# ---------------------------------------------------------------- damaged 1-5
add("WorldWire Digest", False, """
Coalition partners clash over pension reform timetable

By ⟦placeholder:%s⟧ | ⟦placeholder:{{publish_date}}⟧

BRENNSTADT — A row between the two junior partners in ⟦glued:thegovernment⟧ of Premier Aldous Verhoek deepened on Wednesday after the finance ministry circulated a draft that would raise the retirement age by two years from 2029, a full three years earlier than had been agreed in the coalition pact.

The Liberal Union, which holds four cabinet seats, said it had not been consulted on the new date and warned it could withdraw support for the budget if the timetable was not restored. "We signed a contract with voters, not a blank cheque ⟦stray:,,⟧" said party chair Mirela Hausmann at a hastily arranged press conference in the parliament building.

Finance Minister Jorrit Kalbe defended the draft, arguing that the pension fund would run a deficit of 1.8 percent of economic output by the end of the decade unless action was taken quickly. He said the ministry had merely "modelled options" and that no final decision had been made.

Opposition leaders seized on the dispute. The Social Democrats called for a vote of confidence, while the Greens said the episode showed the coalition was "held together by habit rather than conviction".

Trade unions, which staged a one-day strike over pensions in the spring, said they would meet next week to decide on further action. The largest federation, representing about 1.2 million workers, said any increase in the retirement age must be accompanied by protections for people in physically demanding jobs.

Analysts said the row was unlikely to bring down the government before the regional elections in March, but that it would make the autumn budget negotiations considerably harder. "Both sides need each other for now," said Tobias Renn, a political scientist at Brennstadt University. "The question is who blinks first."

Verhoek, who was travelling abroad, is expected to meet both party leaders on Friday. His spokeswoman said the premier remained "fully confident" that a compromise would be found.

The draft will be discussed by the cabinet committee on social affairs on Monday ⟦stray:。⟧

⟦disclaimer:This content was translated by an automated system from the original Dutch-language dispatch. Minor inaccuracies may occur.⟧
""")

add("Riverbend Gazette", False, """
Judge delays sentencing in warehouse fraud case

⟦furniture:Home › News › Courts & Crime › Local⟧

A county judge on Thursday postponed the sentencing of a former logistics manager who admitted diverting more than $640,000 from a regional warehouse operator, saying she needed more information about the defendant's ability to repay the money.

Dale Prentiss, 52, of Millbrook pleaded guilty in August to wire fraud and falsifying business records. Prosecutors say that over five years he created invoices for shipping pallets that were never delivered and routed the payments to a company controlled by his brother-in-law.

Judge Annette Coleridge said the pre-sentence report did not contain enough detail about Prentiss's assets, including a lake cabin that prosecutors say was bought with ⟦break:stolen funds. and later transferred⟧ to a relative. She ordered both sides to return on Nov. 14.

"I am not going to impose a restitution order I cannot enforce," Coleridge said from the bench. "The victims in this case deserve better than a number on a piece of paper."

Prentiss's lawyer, Harold Mbeki, told the court his client had already sold his car and cashed out a retirement account to begin repaying the company. He asked for a sentence of probation and community service, arguing that prison would make it impossible for Prentiss to earn money to pay back what he took.

⟦fragment:Which prosecutors rejected outright.⟧ Assistant District Attorney Lena Voss said the scheme had been "deliberate, sustained and concealed", and asked for a term of at least three years. She noted that the fraud was discovered only after a new auditor questioned why a single vendor accounted for nearly a fifth of the warehouse's pallet costs.

The warehouse operator, Tri-County Distribution, said in a statement that it had tightened its approval procedures and now requires two signatures for any payment above $5,000.

⟦dup:1⟧

Several former colleagues of Prentiss attended the hearing. One, who asked not to be named, said staff had trusted him for years. "He was the one who trained most of us," she said. "That is what makes it hard."

The brother-in-law, Curtis Lamb, faces separate charges and is due in court next month.
""")

add("NewsHub Mirror", False, """
Late penalty hands Harlow Athletic first away win of season

Harlow Athletic ended a seven-match winless run on the road with a 2-1 victory at Crossfield Rovers on Saturday, substitute Kwame Ofori converting a penalty four minutes into stoppage time.

The visitors had looked set for another frustrating afternoon after Rovers equalised through a deflected Jamie Rowntree shot midway through the second half. But when defender Luis Cardoso tangled with Ofori in the area, referee Paul Ingram pointed to the spot without hesitation.

Ofori, 19, who had been on the pitch for barely ten minutes, sent goalkeeper Sam Whitlock the wrong way and sprinted towards the travelling fans ⟦glued:behindthe⟧ goal.

⟦embed:Kwame Ofori. Ice cold. 🥶 Three points on the road!! #HAFC pic.twitter.com/r8TqLw2vXa — Harlow Athletic FC (@HarlowAthletic) October 11, 2026⟧

Athletic manager Trevor Banes said the result would give his young squad belief. "We've been playing well away from home for weeks without getting what we deserve," he said. "Today the lads found a way. That's what good teams do."

Harlow had taken the lead on 27 minutes when captain Ryan Ellis headed in a corner from Marcus Dyer. Rovers pressed for much of the second half and Rowntree's equaliser, which looped off Ellis and over keeper Tom Ashdown, was no more than the home side deserved.

Rovers boss Gary Lyle was furious about the penalty decision. "I've seen it back and there's minimal contact," he said. "The lad goes down easily and the referee buys it." ⟦fragment:Adding that the decision had cost his side a deserved point.⟧

The win lifts Harlow to 14th in the table, four points clear of the relegation places. Crossfield drop to 11th.

Athletic host league leaders Dunmore Town next Saturday, while Rovers travel to Peel Wanderers.

Attendance at Crossfield's Mill Lane ground was 6,412, including around 900 away supporters.

⟦disclaimer:This match report was compiled automatically from agency data and has been republished in full.⟧
""")

add("DailyTrendNews24", False, """
Chipmaker Veltrix to cut 1,400 jobs as demand for memory slumps

Semiconductor maker Veltrix Systems said on Tuesday it would cut about 1,400 jobs, roughly 9 percent of its workforce, and close an older fabrication plant as it struggles with a prolonged slump in demand for memory chips.

The company, which makes storage chips used in laptops, phones and data centres, said the restructuring would save about $310 million a year once completed in 2028. It will book charges of up to $180 million over the next three quarters.

"We are adjusting our footprint to a market that has changed faster than any of us expected," chief executive Renata Solberg told analysts on a conference call, ⟦attribution:she told analysts⟧. She said the company would continue to invest in its newest plant, where it is developing chips for artificial intelligence servers.

Shares in Veltrix rose 4 percent in early trading, as investors welcomed the cost cuts ⟦stray:; ;⟧ the stock has lost nearly a third of its value this year.

The plant to be closed, in the northern industrial town of Kessling, employs about 800 people. Local officials said they had been told of the decision only hours before the announcement. Mayor Piet Annersen said on local radio: "⟦foreign:Das ist ein schwarzer Tag für unsere Stadt, und wir werden nicht einfach zusehen.⟧"

The remaining job cuts will fall mainly on administrative and sales staff at the company's headquarters and regional offices, Veltrix said.

Industry analysts said the move reflected a wider shake-out in the memory business, where prices have fallen for five consecutive quarters as customers work through excess inventory built up during the pandemic-era rush for electronics.

"This is a classic memory downcycle, made worse by weak consumer spending on phones and PCs," said Hannah Corliss, a semiconductor analyst at Brightline Research. "The companies that cut early tend to come out stronger."

Veltrix reported a net loss of $96 million for the third quarter, compared with a profit of $41 million a year earlier. Revenue fell 22 percent to $2.1 billion.

⟦placeholder:[INSERT STOCK CHART]⟧

The company said it expected revenue in the current quarter to be between $1.95 billion and $2.05 billion, below analysts' average forecast.
""")

add("Coastline Herald", False, """
Seafront shelter to be rebuilt after storm damage

A Victorian seafront shelter badly damaged in last winter's storms will be rebuilt at a cost of £385,000, councillors in Porthaven have agreed.

The cast-iron and timber shelter on the Esplanade, which dates from 1887, lost most of its roof and one of its side panels when gusts of more than 80mph battered the coast in January. It has been fenced off ever since.

Members of the town council's amenities committee voted unanimously on Monday evening to approve a restoration scheme drawn up by a specialist heritage contractor. The work will use original ironwork where possible, with replacement parts cast from moulds taken from surviving sections.

Councillor Margaret Oyelaran, who chairs the committee, said the shelter was "part of the town's identity". She added: "Generations of families have eaten their chips in that shelter and watched the boats come in. We owe it to them to do this properly."

⟦dup:2⟧

About two-thirds of the cost will be met by a heritage grant, with the remainder coming from the council's reserves. Some residents questioned whether the money could be better spent elsewhere, with one speaker at the meeting pointing to the state of the public toilets further along the promenade.

The committee chair said the toilets were also due for refurbishment next year and that the two projects were funded from separate budgets.

Work on the shelter is expected to begin in March and take about four months, meaning it should reopen in time for the summer season. The contractor, Harbourline Restoration, has previously worked on bandstands and piers along the south coast.

Local historian Derek Pengelly welcomed the decision. He said the shelter had been designed by the same borough engineer who laid out the ⟦glued:Esplanadegardens⟧ and was one of only three of its type left in the county.

⟦furniture:Sign up to the Coastline Herald morning briefing – local news straight to your inbox. Enter your email   Subscribe   No thanks⟧
""")
# ---------------------------------------------------------------- damaged 6-10
add("Lakeshore Times-Record", False, """
Researchers find microplastics in remote mountain lake sediments

Scientists studying sediment cores from a high-altitude lake in the Serrano range say they have found microplastic fibres in layers dating back to the early 1970s, suggesting that plastic pollution reached even isolated ecosystems decades earlier than commonly assumed.

The study, published this week in the journal Environmental Archives, analysed eight cores taken from Laguna Vieja, a glacial lake sitting at 3,900 metres with no roads, settlements or farmland in its catchment.

"We expected to find something in the top few centimetres," said lead author Dr. Inés Carbajal, a limnologist at the Institute for Mountain Ecology. "What surprised us was how deep the fibres went and how steady the increase was over fifty years." ⟦foreign:Según Carbajal, el hallazgo obliga a revisar todos los estudios que usan lagos de montaña como referencia.⟧

The team used radioactive isotopes to date each layer of sediment and then counted particles under a microscope, confirming their composition with infrared spectroscopy. Polyester and nylon fibres, most likely shed from clothing, made up more than 70 percent of the particles ⟦stray:identified .⟧

⟦fragment:Carried by wind over hundreds of kilometres.⟧ The researchers believe most of the fibres arrived through the atmosphere rather than water, since the lake is fed almost entirely by snowmelt. Wind patterns in the region regularly carry dust from lowland cities and agricultural areas up into the mountains.

Co-author Prof. Mathias Lund of the University of Aalvik said the findings should be a warning for other remote sites often used as pristine reference points. "If a lake like this one is contaminated, we need to rethink what we mean by a baseline," he said.

The study does not assess whether the plastic concentrations found are harmful to the lake's small population of ⟦broken_paragraph:native

amphipods⟧ and midge larvae. The team plans to return next summer to sample the organisms themselves.

Other scientists cautioned that contamination of samples during collection and handling is a persistent problem in microplastics research. Carbajal said the team had worked in cotton clothing, used glass and metal equipment, and run blank samples alongside every batch to control for airborne fibres in the laboratory.

The research was funded by a regional science foundation and an international mountain research network.
""")

add("NewsFlow Aggregator", False, """
Museum returns bronze figures to village after 90 years

⟦disclaimer:[Automatic translation] The following text was automatically translated from Italian. The original version prevails.⟧

SAN VITALE DI COLLE — Three small bronze figures taken from an ancient sanctuary near this hill village in the 1930s were returned on Saturday in a ceremony attended by hundreds of residents, the regional culture office said on Sunday.

The statuettes, each less than twenty centimetres tall, depict a warrior, a woman carrying an offering and a small bull. Archaeologists date them to the fourth century B.C. They had been held for decades in the storerooms of a museum in the regional capital, where they were catalogued but rarely displayed.

The mayor, ⟦glued:GraziellaMontanari⟧, said the return closed a wound that many older residents had carried all their lives. Her grandfather, she said, had been one of the farm workers who found the figures while ploughing ⟦break:a field. near the old chapel⟧ in 1934.

"Questi bronzi sono tornati a casa, e la casa adesso deve meritarli," she told the crowd gathered in the square: these bronzes have come home, and now the home must deserve them. ⟦foreign:Ha poi aggiunto che il comune ha già stanziato i fondi per una piccola sala espositiva nel vecchio municipio.⟧

The figures will be displayed in a room of the former town hall, which has been fitted with climate controls and security cameras paid for by a regional grant of 140,000 euros.

The return was agreed after a three-year campaign by a local cultural association, which collected more than 5,000 signatures and commissioned a study of the museum's archives showing the objects had never been formally donated.

Museum director Carlo Bessi said the institution supported the decision and would continue to lend expertise. "Objects like these belong to a landscape," he said. "Seeing them in the place where they were made adds something no display case in a city can give."

The association now hopes to reopen excavations at the sanctuary site, which has not been investigated since the 1950s.
""")

add("TechPulse Daily", False, """
Messaging app Chatterly adds end-to-end encryption for group calls

⟦placeholder:[caption id="attachment_88213" align="alignright" width="640"]⟧Chatterly's new group call screen.

Messaging service Chatterly said on Wednesday it was rolling out end-to-end encryption for group voice and video calls, a feature privacy advocates have been requesting for years.

The company, which says it has about 240 million monthly users, already encrypts one-to-one chats and calls by default. Group calls with up to 32 participants will now receive the same protection, meaning that not even Chatterly's own servers can access the content.

"Privacy shouldn't depend on how many people you're talking to," chief product officer Anjali Verma said in a blog post. The rollout will reach all users over the next six weeks, starting with Android and desktop apps.

Security researchers welcomed the move but noted that group encryption is technically harder than one-to-one encryption, because keys must be updated whenever someone joins or leaves a call. Chatterly said it used an open protocol reviewed by outside cryptographers.

⟦embed:▶ Watch: How Chatterly's encrypted group calls work  |  01:42  |  Captions available  |  Up next in 5 seconds⟧

The feature arrives as lawmakers in several countries debate proposals that would require messaging services to scan content for illegal material. Critics say such rules would effectively break end-to-end encryption.

Asked about the proposals, Verma said the company would "not build backdoors into our products under any circumstances" and would rather withdraw from a market than weaken its security.

Digital rights group Open Line said the announcement was "a welcome step" but urged the company to publish a full independent audit. "Trust comes from verification, not press releases," said the group's director, Samuel Aberdeen.

Chatterly, founded in 2017, is privately held. It was last valued at ⟦placeholder:undefined⟧ in a funding round led by venture capital firms earlier this year.

The company also announced a redesigned call interface with larger video tiles and a "raise hand" button for larger groups.
""")

add("Capital Ledger Online", False, """
Senate committee advances water rights bill after marathon session

⟦furniture:POLITICS   ELECTIONS   STATEHOUSE   OPINION   PODCASTS   Subscribe⟧

A state Senate committee voted 6-3 early Thursday to advance a bill that would overhaul how water rights are allocated during droughts, after a hearing that stretched past midnight and drew testimony from farmers, city officials and tribal leaders.

The measure, sponsored by Sen. Rosalind Acheson, would create a new board with power to order temporary cuts to agricultural and municipal water use when reservoir levels fall below set thresholds. Under current law, cuts follow a strict seniority system that can leave newer users, including many growing cities, without water while older rights holders receive their full share.

"This system was designed in the 1800s for a state with a fraction of our population ⟦stray:""⟧ Acheson said as the hearing opened. "We cannot keep pretending the rivers will behave the way they did a century ago."

Farm groups argued the bill would undermine property rights that families have relied on for generations. ⟦fragment:Rights that in some cases predate statehood itself.⟧ Dwight Harlan, who grows alfalfa and corn along the Red Mesa River, told senators that losing priority during a dry year could cost his family its farm.

Representatives of the Tano Valley tribes said the bill did not go far enough to protect water promised to them in treaties. Tribal council member Evelyn Sandoval said the tribes had been "waiting at the back of the line for 150 years".

The committee adopted several amendments, including one that exempts small household wells and another requiring the new board to consult tribal governments before issuing any order affecting their ⟦glued:reservationlands⟧.

Sen. Martin Ochs, the committee's ranking Republican, voted against the bill. "We all agree there's a problem," ⟦attribution:Ochs said, said the senator⟧. "But handing this much power to an appointed board is not the answer."

The bill now goes to the Senate Finance Committee. A companion measure in the House has not yet received a hearing.

Gov. Patricia Nwosu has not said whether she would sign the bill, though her office has said water security is one of her top priorities for the session.
""")

add("The Eastbank Observer", False, """
Obituary: Harriet Lindqvist, ferry captain who became a harbour legend

Harriet Lindqvist, who in 1979 became the first woman to captain a passenger ferry on the Eastbank crossing and went on to command it for nearly three decades, has died aged 84.

Her family said she died peacefully at home on Sunday, with a view of the water she had crossed, by her own estimate, more than 60,000 times.

Born in 1942 in a fishing village on the northern shore, Lindqvist was the daughter of a boat builder and spent her childhood in his workshop. She left school at 16 to work as a deckhand on cargo boats, one of very few women in the trade, and studied for her master's certificate at night.

When she applied to the Eastbank Ferry Company in the late 1970s, she was initially offered a job in the ticket office. She declined, she later said, "politely but firmly", and was taken on as a mate the following spring. Within two years she had her own command.

⟦dup:1⟧

Passengers remembered her as calm and exacting, with a habit of announcing the weather over the tannoy in a dry commentary that became a local institution. On one stormy crossing in 1991, she brought the ferry safely into harbour after an engine failure, ⟦broken_paragraph:steering on a single

propeller⟧ through a gale. She was awarded a commendation by the maritime authority for her seamanship.

She retired in 2007 but remained a familiar figure on the waterfront, where she volunteered with the sea rescue ⟦break:service. And gave⟧ talks to schoolchildren about life on the water.

"She never made a fuss about being the first," said her former first mate, Oskar Brandt. "She just wanted to be the best. Most of the time she was."

Lindqvist married Anders Lindqvist, a marine engineer, in 1968. He died in 2015. She is survived by two sons, a daughter and six grandchildren.

A memorial service will be held at the harbour chapel on Saturday, after which the ferry will sound its horn as it passes.
""")
# ---------------------------------------------------------------- damaged 11-15
add("SportsBeat Network", False, """
Okafor storms to 400m title as rain disrupts championships

Adaeze Okafor produced the run of her life to win the women's 400 metres at the national athletics championships on Sunday, clocking 50.12 seconds on a wet track in Redford that had forced organisers to delay the evening session by more than an hour.

The 23-year-old, who finished fifth in last year's final, went out hard from lane six and held off defending champion Carys Whitfield down the home straight. Whitfield finished in 50.47, with teenager Mia Sørensen third in a personal best of 51.03.

"I just told myself, don't look left, don't look right, run your race ⟦stray:!!⟧" Okafor said, still soaked, in the mixed zone. "When I crossed the line I had no idea what the time was. I only saw my coach jumping."

Her time is inside the qualifying standard for next summer's world championships, although selection will not be confirmed until the end of the season.

Heavy rain had swept over the stadium shortly before the first track final, leaving standing water in several lanes. Officials used brooms and a small tractor to clear the track, and the high jump was moved indoors to a training hall.

⟦fragment:Despite the conditions and the long wait in the call room.⟧ Several athletes produced strong performances. In the men's 110m hurdles, Rashid Bello won in 13.31 seconds, while veteran Tomasz Kowal took the men's shot put with a throw of 20.64m, his ninth national title.

The men's 1500m produced the most dramatic finish of the day. Leader Owen Garside stumbled over the ⟦stray:final bend ( after⟧ clipping another runner's heel, allowing Yonas Tesfaye to pass him ⟦glued:inthe⟧ last 50 metres and win in 3:41.20.

Garside, who finished fourth, was philosophical afterwards. "That's racing," he said. "It hurts now, but there will be other days."

The championships conclude on Monday with finals in the 200m, 800m and relays. Organisers said the forecast was better, with dry weather expected throughout the afternoon.

About 8,500 spectators attended despite the weather, according to the organising committee.
""")

add("HealthWire International", False, """
Health ministry extends free flu vaccine to over-50s

The health ministry will offer free seasonal flu vaccines to everyone aged 50 and over this winter, lowering the threshold from 65 in an effort to ease pressure on hospitals during the peak of the respiratory virus season.

About 2.3 million additional people will become eligible under the expanded programme, which begins on October 20, the ministry said in a statement on Monday. Vaccines will be available at pharmacies and family doctors' surgeries, and people will not need an appointment at most pharmacies.

Health Minister Clara Estévez said last winter's flu season had been one of the most severe in a decade, with emergency departments in several regions reporting waiting times of more than 12 hours at its peak.

"Every vaccinated person is one less potential admission," Estévez told reporters. "We are investing now to avoid a much bigger cost in January."

The expanded programme will cost about 48 million euros, according to the ministry. Pharmacists' associations welcomed the decision but warned that some smaller pharmacies could struggle with demand in the first weeks.

The president of the national pharmacists' council, Jordi Amat, said in a radio interview: "⟦foreign:Estamos preparados, pero pedimos a la gente que no venga todo el mundo el primer día, porque las dosis van a llegar de forma escalonada.⟧"

Doctors' groups have long argued for a lower age threshold, pointing out that many people in their fifties have chronic conditions such as diabetes or heart disease that increase their risk of complications from flu.

Health officials also urged eligible people to get their COVID-19 booster at the same time. Both vaccines can be given during the same visit, one in each arm.

⟦placeholder:%%RELATED_LINKS%%⟧

Children between two and 12 will continue to be offered a nasal spray vaccine through schools. Pregnant women and people with certain medical conditions remain eligible regardless of age.

The ministry said it would publish weekly figures on vaccine uptake from early November.

⟦disclaimer:Este artículo ha sido traducido automáticamente. This article has been machine translated from Spanish and has not been reviewed by an editor.⟧
""")

add("ScreenScene Online", False, """
Director Noor Haddad wins top prize at Lisbrook film festival

Palestinian-Canadian director Noor Haddad won the Golden Lantern, the top award at the Lisbrook International Film Festival, on Saturday for "The Olive Keeper", a slow, intimate drama about an elderly farmer and his granddaughter.

The jury, led by French actress Élodie Marchetti, praised the film's "patient gaze and enormous tenderness". It was Haddad's second feature, following her 2021 debut "Salt Roads", which screened at several smaller festivals.

⟦embed:View this post on Instagram

A post shared by Lisbrook Film Festival (@lisbrookfilmfest)⟧

Accepting the award, Haddad thanked her cast, most of whom were non-professional actors from the village where the film was shot. "They gave me their houses, their trees, their stories," she said. "This prize belongs to them more than to me."

The runner-up prize went to South Korean director Park Ji-won for "Blue Hour Motel", a darkly comic thriller set in a roadside hotel. Best actor was awarded to Ghanaian performer Kofi Mensah for his role as a disgraced preacher in "Sunday Bread". ⟦attribution:Mensah, who was not present, sent a video message, the festival said, organisers said.⟧

The best actress award was shared by the two leads in Norwegian drama "Winter Kitchen", Ingrid Holm and Sunniva Dahl, who play estranged sisters forced to run their late mother's restaurant together.

This year's festival was marked by debate over ticket prices, which rose by about 30 percent, and by complaints from local cinema owners that the event had taken over ⟦break:too many. Screens⟧ in the city centre for almost two weeks.

Festival director Henrik Vos said the price increase was necessary to cover higher costs and insisted that discounted tickets remained available for students and pensioners.

⟦furniture:MORE FROM SCREENSCENE
› Ten festival films to watch this winter
› Interview: the cinematographer behind "Winter Kitchen"
› Box office: horror sequel tops the weekend charts⟧

The festival, now in its 34th edition, screened 162 films from 58 countries. Organisers reported total attendance of about 140,000.
""")

add("Metro Business Signal", False, """
Grocery chain FreshWay to open 40 smaller stores in city centres

Supermarket chain FreshWay plans to open 40 small-format convenience stores over the next two years, targeting office workers and residents in city centres where large out-of-town shops are out of reach for people without cars.

The stores, branded FreshWay Local, will be about a tenth of the size of a typical FreshWay supermarket and will stock around ⟦glued:2,500products⟧, with a focus on fresh food, ready meals and household basics. ⟦glued:Thecompany⟧ said each new store would create between 15 and 25 jobs.

Chief executive Graham Oduya said shopping habits had shifted since the pandemic, with customers making smaller, more frequent trips instead of one large weekly shop. "People want to buy what they need for tonight, on the way home, without a detour," he said.

The move puts FreshWay in direct competition with established convenience operators, which have expanded rapidly in recent years. Analysts said margins in convenience retail are higher than in large supermarkets, but rents and staff costs in city centres are also significantly higher.

⟦fragment:Making the economics harder than they first appear.⟧ Retail analyst Priya Khanna of Ashcombe Securities said success would depend on choosing locations carefully. "Footfall in some city centres still hasn't recovered to pre-2020 levels," she said. "Get the sites wrong and these stores will bleed money."

The first ten stores will open next spring, mostly in former bank branches and high-street units vacated by fashion retailers. FreshWay said it had already signed leases on six sites.

The company also reported a 3.1 percent rise in like-for-like sales for the 12 weeks to the end of September, helped by strong demand for its own-label range as shoppers continued to trade down from premium brands. Food price inflation, which peaked at more than 15 percent, has eased to about 4 percent, ⟦broken_paragraph:according to the latest

industry figures⟧, giving households some relief.

FreshWay shares closed up 2.4 percent.

Unions said they would seek assurances about pay and conditions for staff at the new stores, including security measures following a rise in shoplifting and abuse of retail workers.
""")

add("Pinecrest Tribune", False, """
Appeals court revives lawsuit over school bus contract

A state appeals court on Tuesday revived a lawsuit filed by a bus company that claims the Pinecrest Unified School District improperly awarded a $22 million transportation contract to a rival bidder.

The three-judge panel ruled 2-1 that a lower court had been wrong to dismiss the case on the grounds that the company, Valley Coach Lines, had missed a filing deadline. The majority found that the deadline did not begin to run until the district formally posted its decision, which happened eleven days after the board vote.

⟦placeholder:[[PULLQUOTE]]⟧

"The district cannot start a clock it has not yet wound," Judge Teresa Alvarado wrote for the majority. Judge Lionel Park joined her opinion.

In a ⟦stray:dissent :⟧ Judge Roger Kincaid said the company had attended the board meeting where the vote took place and "knew everything it needed to know that evening". He would have upheld the dismissal.

Valley Coach Lines, which held the district's bus contract for 14 years, alleges that the winning bidder, Summit Student Transport, was given information about the scoring criteria that other bidders did not receive. Summit's bid was about $1.4 million lower over five years.

A spokesman for the district said it was reviewing the ruling and had not decided whether to appeal to the state Supreme Court. "The district followed its procurement rules and is confident that will be shown in court," he said.

⟦dup:2⟧

Summit, which began operating the district's routes in August 2025, said the ruling did not affect its current service. Parents had complained of late buses during the first weeks of the contract, but the district says on-time performance has since improved to 96 percent.

The case now returns to the county Superior Court for further proceedings.
""")
# ---------------------------------------------------------------- damaged 16-20
add("The Sunday Almanac", False, """
"I paint what the sea leaves behind": an interview with Lúcia Ferraz

The Portuguese-born artist Lúcia Ferraz has spent 20 years collecting objects washed up on Atlantic beaches and turning them into large, layered collages. Her first major retrospective opens next week at the Marlow Gallery. She spoke to us in her studio, a converted net loft overlooking the harbour. ⟦fragment:Where she has worked since moving to the town in 2009.⟧

When did you start collecting things from the beach?

As a child, really. My grandmother lived in a village near Peniche and we would walk the beach every morning after a storm. She said the sea always pays its debts. I didn't understand that then. ⟦foreign:Agora percebo que ela falava da paciência, de esperar que as coisas voltem.⟧

And when did it become art?

Much later. I trained as a graphic designer and worked in advertising for almost ten years. I was good at it, but I felt empty. In 2006 I took a year off, went back to Portugal and started gluing things to boards in my grandmother's kitchen. I used bits of rope, bottle caps, a doll's arm. The first pieces were terrible. But I couldn't stop.

Your work often includes plastic. Is it a political statement?

People always want it to be. Of course I care about what is happening to the oceans, everyone should. But I try not to preach. I prefer to let people see the beauty first, and then notice what the beauty is made of. That moment of discomfort is where the work happens.

The retrospective includes a new piece, "Tide Table", that is nine metres long. How do you work at that scale?

Slowly. It took 14 months. I lay everything out on the floor of the loft and walk over it in socks. My assistant says I talk to the pieces. That's probably true.

What do you hope visitors take away?

A wish to go to the beach and look down. Most people look at the horizon. The interesting things are at your feet.

Ferraz said the show had been "the hardest thing I've ever done" and that she planned to take a long break afterwards, ⟦attribution:Ferraz said, she added⟧. "Maybe I'll just walk. Without a bag."

"Lúcia Ferraz: What the Sea Leaves" runs at the Marlow Gallery from November 8 to March 1.
""")

add("Brightwater Online", False, """
Brightwater residents oppose plan for 24-hour petrol station

⟦furniture:We value your privacy. We and our partners use cookies to personalise content and ads and to analyse our traffic. Manage preferences   Accept all⟧

More than 300 people have signed a petition against plans for a 24-hour petrol station and convenience store on the edge of the Meadowbank estate in Brightwater.

The application, submitted by fuel retailer Northway Forecourts, would see a former garden centre site on Hollins Road converted into a filling station with eight pumps, a car wash and a shop selling hot food.

Residents say the round-the-clock opening hours would bring noise, light pollution and extra traffic to a road already used by children walking to Meadowbank Primary School, which is less than 200 metres away.

"We're not against businesses, but this is the wrong place," said Janine Okoro, who organised the petition. "At two in the morning we'll have engines running and car doors slamming right behind our ⟦stray:gardens ,⟧ and we'll have lorries delivering fuel during the school run."

⟦placeholder:[Image: Hollins Road site – credit TBC]⟧

Northway said its design included acoustic fencing, downward-facing lighting and a landscaping buffer along the boundary with nearby homes. Fuel deliveries would be scheduled outside school drop-off and pick-up times, it said.

A spokeswoman for the company said the nearest existing petrol station was more than three miles away and that the site would create about 20 jobs. "There is clear demand for this facility from people living and working in the area," she said.

The council's highways department has not objected to the plans but has asked for a new pedestrian crossing to be included ⟦break:as a condition. of any approval⟧. Brightwater town council, which is consulted on planning applications but does not decide them, voted last week to recommend refusal.

The application will be decided by the district council's planning committee, which is expected to consider it in December. Councillor Alan Whitcombe, whose ward includes the site, said he had received more correspondence on the issue than on any other planning matter in his six years on the council.

Comments on the application can be submitted through the district council's planning portal until November 21.
""")

add("WorldWire Digest", False, """
Heatwave pushes temperatures past 44C in southern provinces

⟦disclaimer:NOTE: This story was generated from an agency feed and automatically translated. Names and figures have not been independently checked.⟧

Temperatures climbed above 44 degrees Celsius in several southern provinces on Thursday as a prolonged heatwave tightened its grip, prompting authorities to close schools, restrict outdoor work and open air-conditioned shelters in public buildings.

The national weather service said a station near the city of Almareth recorded 44.6C in the afternoon, the highest June temperature since records began there in 1951. It extended its red alert, the highest level, for four provinces until at least Sunday.

Health officials said hospitals had treated more than 600 people for heat-related illness since the start of the week, most of them elderly. At least three deaths are being investigated as possibly linked to the heat.

⟦embed:🔴 ALERTA ROJA: temperaturas de hasta 45°C previstas para mañana. Evita salir entre las 12 y las 18 h. #OlaDeCalor
— Servicio Meteorológico (@SMN_alertas) 18 de junio de 2026⟧

The labour ministry ordered employers in the affected areas to suspend outdoor construction and agricultural ⟦glued:workbetween⟧ noon and 6 p.m. Farm unions said the measure came too late for some workers who had already collapsed in fields this week.

Electricity demand hit a record as households and businesses turned on air conditioners. The grid operator said it had sufficient capacity but urged consumers to avoid running washing machines and dishwashers during the evening peak.

Scientists say heatwaves in the region are becoming more frequent and intense as a result of climate change. A study published last year found that the number of days above 40C in the southern provinces had roughly doubled since the 1980s.

Some relief is expected early next week, when a ⟦broken_paragraph:band of cooler air from the

Atlantic⟧ is forecast to bring temperatures down by six to eight degrees. Forecasters warned, however, that the risk of wildfires would remain very high because of dry vegetation and strong winds.

Firefighters were battling two large blazes on Thursday, one of which forced the evacuation of about 200 homes near the coastal town of Punta Serena.
""")

add("Valley Independent Press", False, """
District to hire 60 reading tutors after test scores fall

The Northvale School District will hire 60 part-time reading tutors for its elementary schools after state test results showed fewer than half of third-graders were reading at grade level, the school board decided on Monday.

The tutors, who will work with small groups of students for 30 minutes a day, will be paid from federal recovery funds that must be spent by next September. The program will cost about $1.9 million.

Superintendent Dr. Karen Albright said the district could not afford to wait. "Third grade is the point where children stop learning to read and start reading to learn," she told the board. "If they aren't there by then, everything else gets harder."

According to results released last month, 46 percent of Northvale third-graders met the state reading standard, down from 53 percent before the pandemic. ⟦fragment:Although math scores, by contrast, recovered slightly.⟧ District officials said chronic absenteeism, which remains above pre-pandemic levels, was a major factor.

The board vote was 5-2. Board member Thomas Greer, who voted no, said he supported tutoring but was concerned about what would happen when the federal money ran out. "We're creating 60 positions with a one-year lifespan," he said. "⟦placeholder:INSERT SECOND QUOTE FROM GREER⟧"

Albright said the district would seek state grants and local partnerships to continue the program beyond next year, and that data from the first months would help make the case.

⟦fragment:To be evaluated in spring using the same assessments.⟧ Parents at the meeting broadly welcomed the plan, though several asked why it was limited to elementary schools. "What about the middle schoolers who fell behind during the ⟦stray:closures ? "⟧ asked one mother, Sandra Ruiz.

District officials said middle schools would receive additional literacy coaches through a separate program.

Recruitment will begin immediately, with the district hoping to have tutors in classrooms by January. Applicants do not need a teaching license but must complete 20 hours of training and pass a background check. Retired teachers and college students studying education are being encouraged to apply.
""")

add("Harbour Daily Courier", False, """
Two men charged after cash machine stolen from supermarket

Two men have been charged after a cash machine was ripped from the wall of a supermarket in Eastwick using a stolen telehandler in the early hours of Saturday.

Police said the machine, which contained an undisclosed sum of money, was loaded onto a pickup truck and driven away shortly after 3 a.m. The building was left with a large hole in its front wall and the store was closed for two days while structural engineers assessed the damage.

Officers found the pickup abandoned in a lay-by about five miles away later that morning. The cash machine, which had been partially cut open, was recovered from a nearby field.

⟦dup:2⟧

Detective Inspector Rhona Campbell said the two men, aged 29 and 34, were arrested on Monday following raids at addresses in Eastwick and Hallam Cross. "This was a reckless and dangerous crime that could easily have caused serious injury," ⟦attribution:Campbell said, according to Campbell⟧.

Both men have been charged with burglary, theft of a vehicle and criminal damage. They appeared before magistrates on Tuesday and were remanded in custody to appear at crown court next month.

The telehandler, a type of heavy lifting vehicle used on building sites, had been taken from a ⟦broken_paragraph:construction compound

on the outskirts⟧ of the town the previous evening, police said.

It is the third attack on a cash machine in the region this year. In March, thieves used a similar method to target a machine outside a petrol station in Carrow, although they fled empty-handed after the alarm sounded.

Store manager Paul Venn said staff had been shocked by the damage but were grateful nobody had been hurt. "We've had amazing support from customers, people bringing in cakes for the team ⟦glued:andoffering⟧ to help clear up," he said.

Police are still appealing for witnesses and dashcam footage from the area between 2.30 a.m. and 4 a.m. on Saturday. Anyone with information is asked to call the non-emergency number quoting crime reference 17-4421.
""")
# ---------------------------------------------------------------- damaged 21-25
add("Wanderlines Travel Desk", False, """
Night train returns to the Alpine route after nine-year absence

For the first time since 2017, travellers can once again fall asleep in the city and wake up among the mountains. A new overnight service linking the capital with the ski resorts of the upper Ravel valley made its first run on Friday, carrying 312 passengers in sleeper and couchette cars.

The train leaves the central station at 9.40 p.m. and arrives in Saint-Aurel at 7.15 a.m., with stops at four intermediate towns. Fares start at 49 euros for a seat, 79 euros for a six-berth couchette and 159 euros for a private sleeper cabin with its own washbasin.

The route was cut in 2017 when the previous operator said it was losing money on ageing rolling stock. Its revival has been driven by rising demand for low-carbon travel and by a government subsidy that covers about a third of operating costs for the first five years.

⟦placeholder:[gallery ids="20441,20442,20447" columns="3"]⟧

Passengers on the first service included families with skis, a group of retired railway workers and ⟦break:several people. who said⟧ they had given up flying for environmental reasons. "It's not just the climate," said Margit Frey, travelling with her two teenage sons. "It's the experience. You sleep, you have breakfast, you look out of the window and there are mountains."

Not everything went smoothly. The train left 25 minutes late because of a signalling fault, and some passengers complained that the heating in one carriage was too strong.

⟦foreign:Le conducteur nous a expliqué que la voiture numéro 7 avait été réparée la veille et qu'il faudrait encore quelques jours pour régler le chauffage.⟧

The operator, Alpenlinie, said it would run the service four nights a week during the winter season and daily during school holidays. A summer timetable, aimed at hikers, is under consideration.

Rail campaigners welcomed the return but said ticket prices remained too high compared with budget flights and long-distance buses. Alpenlinie said its cheapest fares were available only when booked at least a month in advance.

⟦furniture:Share this article:   Facebook   X   WhatsApp   Email   Copy link⟧

Bookings for the Christmas and New Year period are already more than 80 percent full, according to the company.
""")

add("Goalmouth Live", False, """
Vidal double sends Portside into cup quarter-finals

Portside United reached the quarter-finals of the national cup for the first time in 11 years after Nicolás Vidal scored twice in a 3-1 win over second-tier Ashgrove at a rain-lashed Harbour Park on Wednesday night.

The Argentine forward opened the scoring after 14 minutes, turning sharply on the edge of the box and curling a shot into the far corner. He added a second shortly after half-time, ⟦glued:tappingin⟧ from close range after goalkeeper Ben Hurst could only parry a low cross.

Ashgrove, who knocked out two top-flight sides in earlier rounds, pulled one back through a Dale Morrow header on 68 minutes and briefly threatened a comeback. But Portside substitute Isaac Mensah sealed the tie ⟦stray:in stoppage time ,,⟧ running through unchallenged and rounding Hurst.

⟦embed:Watch highlights: Portside United 3-1 Ashgrove
0:00 / 3:47
Settings   Fullscreen   Share⟧

Portside head coach Maria Engström said her players had respected the opposition. "Ashgrove have been the story of this competition, so we knew it would be a battle," she said. "The conditions made it a lottery at times, but we stayed calm and the quality came through."

Vidal, who joined from a club in Córdoba in the summer, now has nine goals in all competitions. "I am happy for the goals, but more for the team," he said through an interpreter. "The fans have waited a long time for a night ⟦broken_paragraph:like this

one⟧ and we want to go further."

Ashgrove manager Keith Darby said his side could leave with their heads held high. "We've had a fantastic run and earned a lot of money for the club," he said. "Tonight the better team won."

The attendance of 21,880 was Portside's highest of the season.

The draw for the quarter-finals will take place on Sunday. Ties will be played in the first week of February.

Portside return to league action at the weekend with a home match against Kingsmere.
""")

add("GlobalNews Syndicate", False, """
Opposition demands inquiry into handling of border tender

⟦disclaimer:Automatically translated from Polish. The translation may be imperfect.⟧

WARSZ, Oct 3 — The main opposition party on Friday demanded a parliamentary inquiry into the award of a 1.2-billion-zloty contract for surveillance equipment along the eastern border, alleging that the tender was tailored to favour a single supplier.

The party's deputy leader, Agnieszka Rutowska, told a press conference that documents obtained by her office showed the technical requirements had been changed twice in the weeks before bids closed. "Each change eliminated another competitor, until only one was left standing," she said. ⟦fragment:Citing internal emails from the ministry's procurement office.⟧

The interior ministry rejected the allegations, saying the changes had been recommended by border guard experts after field tests of earlier equipment revealed problems with cameras in fog and snow. ⟦attribution:A ministry spokesman said the process was fully transparent, the spokesman said.⟧

The contract, awarded in July to a consortium led by domestic defence group Orzel Systems, covers thermal cameras, radar towers and motion sensors along about 400 kilometres of the frontier. Installation is due to be completed by the end of next year.

Two losing bidders have filed complaints with the national procurement appeals chamber, which is expected to rule next month. One of them, a Scandinavian firm, said in a statement that it had been "surprised" by the late changes to the specifications.

The governing coalition holds a narrow majority in parliament and is unlikely to support an inquiry. A senior coalition MP, Tomasz Bielak, called the opposition's move "a pre-election stunt" and said the border project was essential for national security.

⟦placeholder:Read more: [Border fence: what we know so far]()⟧

Anti-corruption group Clear Public Money said the case showed the need for stronger rules on changing tender conditions after a procedure has begun. It has called for independent auditors to review all large security contracts.

Orzel Systems said it had won the contract "on price and quality" and that it would cooperate with any review. Its shares were down 3 percent in afternoon trading.

Parliament is scheduled to debate the opposition's motion next Wednesday.
""")

add("Metro Business Signal", False, """
Offshore wind farm delayed by two years as costs soar

The developer of the planned Greybank offshore wind farm said on Monday that the project would be delayed by at least two years, blaming sharply higher costs for turbines, cables and installation vessels.

Greybank, which was due to begin generating power in 2028, would have been one of the largest wind farms in the region, with 95 turbines capable of supplying electricity to about 1.1 million homes. The developer, Northsea Renewables, said it now expected first power in 2030 at the earliest.

Chief ⟦glued:executiveAlison⟧ Grey said the company remained committed to the project but needed to renegotiate the guaranteed price it will receive for its electricity. "The numbers we bid in 2023 no longer reflect the world we are operating in," she said. "Steel costs more, money costs more, and there are only so many ships on the planet ⟦break:that can. install⟧ these turbines."

The announcement is a setback for the government, which has pledged to quadruple offshore wind capacity by 2035. Energy Minister Oliver Tan said he was disappointed but that ministers were "in close contact" with the industry about how to keep projects on track.

Industry body WindForward said several other developers faced similar pressures and urged the government to raise the maximum price available in the next auction round, due to open in March.

⟦dup:1⟧

Environmental groups warned that delays to offshore wind would make it harder to meet legally binding climate targets. "Every year of delay is another year of burning gas we don't need to burn," said Fiona Mackay of the campaign group Clean Coast.

Some analysts said the delay could ultimately benefit consumers if it led to a more realistic deal. "Projects that are built at prices that don't work get cancelled, and that's worse for everyone," said energy economist Dr. Raj Patel.

Northsea Renewables said preparatory work, including seabed surveys and an onshore substation, would continue ⟦stray:during the delay.;⟧ About 70 people are currently employed on the project.

Shares in the company's listed parent fell 5.2 percent.
""")

add("The Midland Ledger", False, """
Bakery's sourdough wins national award for second year running

⟦furniture:Advertisement
Scroll to continue with content⟧

A family bakery in the market town of Oldbridge has won the top prize at the National Bread Awards for the second year in a row, beating more than 900 entries from across the country.

Crumb & Kettle, which opened on Church Street in 2014, took the Supreme Champion title for its rye and spelt sourdough, a dark, dense loaf made with flour from a mill less than 20 miles away. Last year it won with a white sourdough.

Owner Femi Adeyemi, who runs the bakery with his wife, Rachel, said they had not expected to win again. "We entered almost as a joke," he said. "When they read out our name, Rachel thought she'd misheard."

The judges praised the loaf's "deep, complex flavour and perfect crust". One of them, master baker Stuart Holloway, said it showed what could be achieved with patience and good ingredients. ⟦fragment:Fermented slowly for 36 hours before baking.⟧

⟦embed:@crumbandkettle: WE DID IT AGAIN 🍞🏆 Thank you to every single one of you who queues in the rain on a Saturday morning. This one's for you. #NationalBreadAwards #Oldbridge
1,204 likes · 187 comments⟧

The bakery now employs 14 people and sells around 1,500 loaves a week, with queues regularly stretching down the street at weekends. Adeyemi, who trained as an engineer before changing career, taught himself to bake during a year of unemployment.

⟦placeholder:{{ad_slot_mpu_2}}⟧

He said the award would not change the way they work. "We're not going to open ten branches," he said. "We'll keep baking the same bread, in the same oven, for the same people."

The town's mayor, Councillor Gill Fraser, said the bakery had become one of Oldbridge's best-known businesses and that visitors now came from neighbouring counties to buy its bread.

The National Bread Awards are judged blind, with entries identified only by number. This year's competition attracted entries from craft bakeries, supermarkets and home bakers.
""")
# ---------------------------------------------------------------- damaged 26-30
add("Culture Current", False, """
Restored 1920s organ plays again in city concert hall

After six years of silence and a restoration costing 3.4 million, the great organ of the Halvorsen Concert Hall sounded again on Saturday evening, drawing a sold-out audience and a standing ovation that lasted several minutes.

The instrument, built in 1926 by a workshop in Leipzig, has more than 6,000 pipes, the largest of them over ten metres tall. It had fallen into disrepair after decades of patchwork maintenance and was dismantled in 2020, with every pipe removed, cleaned and catalogued.

⟦placeholder:Image credit: null⟧

Organist Sigrid Aalto, who has played the instrument since 1998, opened the concert with a Bach prelude and fugue before premiering a new work by composer Jonas Meyer written for the occasion. "It felt like meeting an old friend who had been very ill and is now completely well," she said afterwards. "Better than well, actually."

The restoration was carried out by a team of eleven specialists ⟦glued:fromthree⟧ countries. They repaired the wind chests, replaced leather in thousands of small valves and rebuilt the console using the original drawings, which were discovered in a city archive in 2021.

The project's technical director, Bernd Kleist, said some of the original materials had been impossible to source. „⟦foreign:Wir mussten das Leder für die Bälge aus einer kleinen Gerberei in Schweden holen, weil es in Deutschland niemanden mehr gibt, der es in dieser Qualität herstellt.⟧“

Funding came from the city, a national heritage foundation and more than 2,000 private donors, some of whom sponsored individual pipes. A plaque listing their names has been placed in the foyer.

The hall's director, Mette Lund, said the organ would be used in about 40 concerts a year, including free lunchtime recitals aimed at students and ⟦broken_paragraph:families who have never

heard⟧ a pipe organ played live.

Tickets for the first season of organ concerts went on sale on Monday, and several performances sold out within hours. A recording of the opening concert will be broadcast on national radio next month.
""")

add("NewsHub Mirror", False, """
Commuters face weeks of disruption as rail bridge closes for repairs

Thousands of commuters face weeks of longer journeys after rail operator CityLink closed a Victorian bridge on its main northern line for emergency repairs, saying cracks found during a routine inspection had worsened faster than expected.

The Ashford Road bridge, which carries two tracks over the River Leam, was closed on Sunday evening. Trains between Kingsford and Hale Junction have been cancelled and replaced by buses, adding up to 45 minutes to some journeys.

CityLink's infrastructure director, Neil Fairbanks, said safety had to come first. ⟦attribution:"We would not close a bridge like this unless we had to," he said, Fairbanks said.⟧ Engineers will install temporary steel supports before carrying out permanent repairs to the brickwork of two of the bridge's arches.

The company said it expected the line to reopen in about five weeks, but could not rule out a ⟦break:longer closure. if⟧ further damage is found once work begins.

Passenger groups criticised the lack of notice. "People found out on social media on Sunday night that their train to work the next morning didn't exist," said Carol Jennings of the Northern Line Users' Association. "Some of them have childcare to arrange ⟦stray:, ,⟧ shifts to swap. It's chaos."

Around 18,000 passengers use the affected stretch of line on a typical weekday. CityLink said it had hired 60 extra coaches and would accept rail tickets on local bus services at no extra charge. Season ticket holders will be entitled to compensation for each day of disruption.

Local MP Harriet Osei said she had written to the transport minister asking for an urgent review of the condition of older bridges across the network. "This bridge was inspected regularly and yet the problem seems to have come as a surprise," she said.

Industry figures show that about a third of the country's railway bridges were built before 1900. Engineers say most remain in good condition but require increasingly costly maintenance as traffic grows.

⟦disclaimer:This article is part of an automated content partnership and was published without editorial review.⟧
""")

add("Orbit & Atom", False, """
Small satellite captures rare images of aurora from above

A shoebox-sized satellite built by university students has captured detailed images of the northern lights from orbit, giving researchers a new view of how auroras shift and ripple over short periods of time.

The CubeSat, named Borealis-2, was launched in April on a commercial rocket alongside dozens of other small satellites. It carries a camera sensitive to the faint green and red light emitted when charged particles from the Sun strike oxygen atoms in the upper atmosphere.

⟦placeholder:[IMAGE: borealis2_aurora_0918.jpg — alt text missing]⟧

Over the past three months, the satellite has taken more than ⟦glued:40,000images⟧, including a sequence showing an auroral arc over northern Scandinavia breaking into swirling curtains in less than a minute during a geomagnetic storm in September.

"Ground-based cameras can see a patch of sky, and big satellites take a snapshot every few minutes," said Dr. Hanne Vik, the physicist supervising the project. "We can watch the same region every few seconds, which lets us see the aurora actually move."

About 35 students have worked on the project since 2021, designing everything from the solar panels to the software that decides which images to send back to Earth. ⟦fragment:Because the satellite can only transmit during short passes over the ground station.⟧ The team has had to be selective, downloading around one image in ten.

⟦embed:Our first aurora movie from space! 🌌🛰️ Built by students, launched on a shoestring. Full sequence on our website.
— Borealis-2 Mission (@Borealis2Sat) · 2 Oct⟧

Student engineer Amir Haddadi, 23, said the first image had been an emotional moment. "We spent three years on this box, and then suddenly there was the aurora on my laptop screen, seen from 500 kilometres up," he said.

The data is being shared with space weather researchers, who study how solar activity affects satellites, power grids and radio communications. Scientists hope that combining the satellite's images with measurements from ground stations will improve models of geomagnetic storms.

Borealis-2 is expected to remain in orbit for about four more years before it falls back and burns up in the atmosphere.
""")

add("Pinecrest Tribune", False, """
Average rents in Pinecrest rise 11 percent in a year, report finds

Average rents in Pinecrest rose by 11 percent over the past year, far outpacing wage growth and pushing more households into what housing advocates call severe cost burden, according to a report released on Wednesday by the Pinecrest Housing Coalition.

The typical one-bedroom apartment in the city now rents for $1,640 a month, up from $1,475 a year ago. Two-bedroom units average $2,050. Over the same period, median household income in the county rose by about 4 percent.

The report found that nearly 38 percent of renter households now spend more than half of their income on rent and utilities, up from 31 percent five years ago. Households in that situation are at much greater risk of eviction and homelessness, the coalition said.

⟦dup:2⟧

Coalition director Maya Torres said the figures should be a "wake-up call" for city leaders. "We are losing teachers, nurses and bus drivers who simply cannot afford to live in the community they serve," she said. "That is not sustainable."

The report blamed a shortage of new housing construction, a rise in short-term rentals and the conversion of apartment buildings into condominiums. It estimated the city needs about 4,200 additional homes to meet current demand.

Landlords' groups disputed some of the findings. Greg Sutton, president of the Pinecrest Apartment Owners Association, said property taxes and insurance premiums had risen sharply, forcing owners to raise rents to cover ⟦stray:costs .. "⟧We are not the villains here," he said.

City Council member Diane Ko said the council would consider a package of measures next month, including changes to zoning rules to allow more apartments near transit lines and new limits on short-term rentals.

⟦furniture:Comments (14)   |   Sort by: Newest   |   Log in to join the discussion⟧

The report is based on listings data, census figures and a survey of about 1,100 renters carried out over the summer.
""")

add("Valley Independent Press", False, """
Wet autumn leaves farmers struggling to plant winter wheat

Farmers across the eastern valley are weeks behind schedule planting winter wheat after one of the wettest autumns on record left fields waterlogged and machinery unable to get onto the land.

The regional farmers' union estimates that only about 40 percent of the usual winter wheat area had been sown by the end of October, compared with more than 80 percent in a normal year. Rainfall in September and October was nearly double the long-term average.

Arable farmer Gordon Ellery, who grows wheat, barley and oilseed rape on 600 acres near Lowmoor, said he had managed to drill only a third of his planned wheat. "Every time it dries up enough to get on, we get another inch of rain," he said. ⟦fragment:Leaving him with a difficult choice.⟧ He can keep waiting and risk sowing too late for a good crop, or switch some fields to spring crops, which typically yield less and sell for lower prices.

Agronomists say wheat sown late in November can still produce a reasonable harvest if the winter is mild, but yields tend to fall the later the crop goes in. Waterlogged soils can also damage seeds that have already been planted, ⟦break:causing them to rot. before they germinate⟧.

The union's regional chair, Helen Frobisher, said the situation could affect incomes well into next year. "Farmers have had rising costs for fertiliser, fuel and labour, and now they face the prospect of smaller harvests on top of that," she said. "⟦broken_paragraph:Some will

be⟧ looking very carefully at whether they can carry on."

Grain traders said it was too early to predict the impact on prices, which depend largely on global supply. Wheat prices on international markets have fallen by about 15 percent from last year's peak.

Some farmers who employ seasonal workers from abroad said the delays had also caused staffing problems. "⟦foreign:Wir warten seit drei Wochen, und die Arbeiter müssen bezahlt werden, auch wenn sie nichts tun können⟧," said Klaus Wendt, a German-born farmer who moved to the valley in the 1990s.

The government's agriculture department said it was monitoring the situation and would consider flexibility in the rules of environmental farming schemes for land that cannot be cropped as planned.
""")
# ---------------------------------------------------------------- damaged 31-35
add("GlobalNews Syndicate", False, """
Constitutional court strikes down law on phone data retention

⟦disclaimer:(Auto-generated from a syndicated feed. Text has not been edited by our newsroom.)⟧

The constitutional court on Tuesday struck down a law requiring telecommunications companies to store the phone and internet records of all customers for 12 months, ruling that the blanket retention of data violated the right to privacy.

In a unanimous decision, the court's nine judges said the law, passed in 2022, allowed "the indiscriminate collection of information about the private lives of millions of people who are not suspected of any wrongdoing". They gave parliament six months to pass a narrower replacement.

The law required operators to keep records of who called or messaged whom, when, for how long and from which location, but not the content of communications. Police and intelligence services could access the data with a court order.

Interior Minister Pavel Hrubý said he respected the ruling but warned that it would make it harder to investigate serious crimes. ⟦attribution:"Data retention has helped us solve murders, kidnappings and child abuse cases," the minister said, Hrubý said.⟧

Civil liberties groups celebrated the decision. The Digital Freedom Foundation, which brought the challenge along with a group of journalists and lawyers, ⟦glued:said,the⟧ ruling was "a landmark for privacy in this country".

The group's lawyer, Marta Novotná, said the court had followed the reasoning of European judges, who have repeatedly found that general and indiscriminate data retention is incompatible with fundamental rights. "Targeted retention, yes. Keeping everything about everyone, no," she said.

The court left open the possibility of a more limited system, for example one that applies to specific geographical areas or to people already under investigation. Legal experts said drafting such a law would be complex.

⟦placeholder:[Related: EMBED_ARTICLE_ID=55721]⟧

Telecommunications companies, which had complained about the cost of storing vast amounts of data, said they would stop retaining records beyond what they need for billing once the ruling takes effect.

Parliament's security committee is due to discuss the ruling next week.
""")

add("Soundcheck Weekly", False, """
Folk duo The Greywells announce farewell tour after 25 years

Folk duo The Greywells, whose harmonies and spare arrangements won them a devoted following and two national music awards, have announced they will stop touring after a final run of concerts next spring.

Siblings Rosa and Eamon Greywell said in a statement that they wanted to "end on a high, while our voices still do what we ask of them". The 28-date tour will begin in March and end in June with two nights at the Corn Exchange in their home town of Ballyford.

The pair released their debut album, "Low Water", in 2001, and had an unexpected hit three years later with "Kestrel", a song about their late grandfather that was used in a television advertisement. They have released eight studio albums since.

⟦embed:▶ The Greywells – Kestrel (Official Video)
2.4M views · 12 years ago
SUBSCRIBE⟧

In an interview with Soundcheck, Eamon Greywell said the decision had been made over several years. "Touring is a young person's game, and we're not young any more," he said. "We want to be at home, write songs, maybe make records. We just don't want to be in a van."

Rosa Greywell said they would miss the audiences most. "There are people who have come to every show in their town for two decades," she said. "Some of them met at our gigs and now bring their kids."

⟦dup:2⟧

⟦fragment:Recorded at their own studio over the summer.⟧ The duo also confirmed that a new album, "The Long Field", will be released in February, with songs written during the pandemic.

Tickets go on sale on Friday. The band said a share of the proceeds from the final Ballyford concerts would go to a local music education charity that provides free instrument lessons to children.

The Greywells said they had not ruled out occasional one-off performances in future. "Never say never," Rosa said. "But no more tours."

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧
""")

add("Harbour Daily Courier", False, """
Library reopens after £1.2m makeover with new children's wing

⟦furniture:NEWS | SPORT | WHAT'S ON | PROPERTY | JOBS | NOTICES | E-EDITION⟧

Hartfield's central library has reopened after an 18-month refurbishment that has added a children's wing, a digital workshop and a café, and restored the building's original 1930s entrance hall.

More than 600 people visited on the first day, the council said, with queues forming outside before the doors opened at 9 a.m. on Saturday.

The £1.2 million project was funded by the council and a national libraries fund. The children's wing, on the ground floor, includes a storytelling area shaped like a boat, sensory spaces for children with additional needs and a collection of more than 8,000 picture books.

⟦placeholder:<< INSERT PHOTO: ribbon cutting, mayor + head librarian >>⟧

Head librarian Susan Achterberg said the building had been designed to welcome people who might not think of libraries as places for them. "We still have books, lots of them," she said. "But a library is also somewhere to be warm, to get online, to learn a skill ⟦stray:, 、and⟧ to meet people. That matters more than ever."

The digital workshop has 3D printers, a laser cutter and computers with design software, which will be available to members free of charge after an induction session. A weekly coding club for teenagers starts next month.

During the refurbishment, workers uncovered the original terrazzo floor in the entrance hall, which had been hidden under carpet since the 1970s. It has been cleaned and repaired, and the hall's art deco light fittings have ⟦broken_paragraph:been restored using

parts⟧ sourced from a specialist supplier.

The library's opening hours have also been extended, with late openings until 8 p.m. on Tuesdays and Thursdays. Borrowers who have fines from before the closure will have them written off as part of a "fresh start" offer that runs until the end of the year.

Mayor Colin Ashdown said the library was "a statement of confidence in the town centre".
""")

add("HealthWire International", False, """
Study links long commutes to poorer sleep and higher stress

People who spend more than an hour commuting each way sleep on average 25 minutes less per night and report significantly higher stress levels than those with short commutes, according to a large study published on Thursday.

Researchers analysed data from more than 48,000 working adults who wore activity trackers and completed regular health questionnaires over two years. ⟦glued:Thelink⟧ held even after they accounted for income, job type, age and other factors that might influence sleep.

"Commuting time doesn't just come out of nowhere," said lead author Dr. Farah Qureshi of the Institute for Occupational Health. "It comes out of sleep, exercise and time with family. We see that very clearly in the data."

The effect was strongest for people who drove themselves to work in heavy traffic. ⟦fragment:Whereas those who travelled by train and were able to read or rest.⟧ Cyclists and walkers with similar journey times reported the lowest stress levels of all, which the researchers said may reflect the benefits of physical activity.

⟦disclaimer:This news item was produced with the help of automated translation tools and reviewed for formatting only.⟧

The study found that people with long commutes were also more likely to report skipping breakfast, drinking more caffeine and exercising less during the working week.

The authors said employers could help by offering flexible start times or the option to work from home on some days. Since the pandemic, many companies have adopted hybrid arrangements, ⟦break:although. a growing number⟧ are now asking staff to return to the office full time.

Qureshi said the findings should also inform decisions about where new housing is built. "If we keep putting homes far from jobs and don't provide good public transport, we are building sleep deprivation into the landscape," she said.

Independent experts said the study was large and well designed, but noted that it could not prove that commuting directly causes poor sleep. People who choose to live far from work may differ in other ways from those who live close by.

The study was published in the journal Occupational and Environmental Health.
""")

add("GlobalNews Syndicate", False, """
Foreign ministers agree to reopen talks on river dam dispute

The foreign ministers of three countries sharing the Keren River basin agreed on Saturday to restart negotiations over a giant hydroelectric dam, ending a two-year freeze that had raised fears of a wider regional conflict over water.

Meeting in the lakeside city of Tessaly, the ministers said technical teams would reconvene within a month to discuss how quickly the dam's reservoir should be filled and how much water should be released during droughts.

The dam, which is almost complete, would be the largest power plant in the region, generating enough electricity for about 15 million homes. The two downstream countries fear it will reduce the flow of water on which their farmers depend.

"We have chosen dialogue over confrontation," said host minister Amina Dieye ⟦stray:«⟧ reading a joint statement. "The river has always connected our peoples. It must not become the thing that divides us."

⟦embed:Productive meeting today in Tessaly with my counterparts. Dialogue is the only path. 🤝
— Amina Dieye (@AminaDieyeMFA) March 14, 2026
Translate post⟧

The upstream country's minister, Yohannes Berhe, said his government was committed to reaching an agreement but would not accept any deal that limited its right to develop its own resources. ⟦attribution:Berhe told journalists that, he told journalists, a fair deal was possible.⟧

Diplomats said the breakthrough had been helped by pressure from international lenders and by a series of quiet meetings between officials over the past six months.

The downstream minister, Karim Haddad, struck a cautious note. « ⟦foreign:Nous avons déjà vu des promesses qui n'ont pas été tenues. Cette fois, nous attendons des actes.⟧ »

Negotiations collapsed in 2024 after the upstream country began the second filling of the reservoir without an agreement. Since then, the dispute had been marked by angry exchanges at international forums.

⟦duplicated_block:Meeting in the lakeside city of Tessaly, the ministers said technical teams would reconvene within a month to discuss how quickly the dam's reservoir should be filled and how much water should be released during droughts.⟧

Analysts said the coming months would be crucial, as the reservoir is due to reach full capacity during the next rainy season.
""")
# ---------------------------------------------------------------- clean 1-5
add("TechPulse Daily", True, """
Secondhand iPhone prices fall as trade-in deals flood the market

Prices for used iPhones on resale sites have dropped by as much as 18 percent since September, as a wave of trade-in offers from carriers pushed hundreds of thousands of older handsets onto the secondhand market.

An analysis of listings on eBay, Back Market and Swappa by the consumer research firm PriceLens found that an iPhone 15 in good condition now sells for an average of $412, down from $498 in late summer. Older models such as the iPhone 13 have seen smaller declines.

"Every autumn there's a glut, but this year it's bigger than usual," said PriceLens analyst Jordan McAllister. "Carriers are offering up to $800 in credit for a trade-in, and a lot of those phones end up back on the open market within weeks."

For buyers, that is good news. For sellers, the advice is to act quickly or hold on until spring, when prices usually recover.

Consumer groups warn that the busy market also attracts scammers. The most common trick, according to the Federal Trade Commission, involves sellers who ask buyers to pay through PayPal's "friends and family" option, which offers no purchase protection, or to move the conversation off the platform to WhatsApp or Telegram.

eBay said it had expanded its authenticity guarantee to cover refurbished smartphones sold for more than $250. Listings that qualify are inspected by a third party before being shipped to the buyer.

PriceLens publishes a free monthly price index for popular phone models at www.pricelens.io/phones. The firm also recommends checking a handset's IMEI number against the carrier blacklist database before paying, to make sure the phone has not been reported lost or stolen.

Battery health is another factor. On an iPhone, the figure can be found under Settings > Battery > Battery Health & Charging. Anything below 80 percent means the battery will probably need replacing soon, which typically costs between $89 and $99 at an Apple Store.

Android phones are following a similar pattern, the report found. Used Samsung Galaxy S23 handsets now sell for about 14 percent less than in August, while Google Pixel prices have been more stable.
""")

add("Northgate Wire", True, """
easyJet and McDonald's lead hiring surge as summer season nears

LONDON (Northgate Wire) — Budget airline easyJet said on Tuesday it would recruit 1,200 cabin crew ahead of the summer, joining a string of consumer-facing companies, including McDonald's and the coffee chain Café Nero, in announcing large seasonal hiring drives.

The airline, which is adding 14 new routes from U.K. airports this year, said it had received more than 30,000 applications in the first week of its campaign. New recruits will complete a six-week training course covering safety procedures, first aid and customer service.

"Demand for travel is as strong as we've ever seen it," easyJet's chief operating officer, Sophie Dale, said. "We need the people on board to match."

McDonald's said separately that its U.K. and Irish restaurants would take on about 5,000 extra staff, many of them students, for the summer months. The company has raised starting pay to £11.50 an hour outside London.

The announcements came as official data showed the number of job vacancies across the U.K. had fallen for the tenth consecutive quarter, to about 840,000. Economists said the figures pointed to a cooling but still tight labour market.

"You have a paradox," said Dr. Anita Rao, chief economist at the think tank Workforce Forward. "Overall hiring is slowing, yet hospitality and travel businesses are still struggling to fill roles, particularly in coastal areas where housing is expensive and transport is limited."

In the U.S., seasonal hiring has followed a similar pattern. Theme parks and airlines have reported strong recruitment, while manufacturers and tech firms have cut back.

Union representatives welcomed the jobs but said seasonal contracts often left workers without security when the summer ended. The GMB union said it would press easyJet to offer more permanent positions, noting that many cabin crew are employed on eight-month contracts.

easyJet shares rose 1.8 percent in London. The airline will publish its half-year results on May 20.
""")

add("Riverbend Gazette", True, """
Court rules county jail phone fees unlawful

Correction: An earlier version of this article misstated the amount of the fees charged per minute. It was 21 cents, not 12 cents. The article has been updated.

A federal judge ruled on Monday that Riverbend County violated state law by charging families up to 21 cents a minute for phone calls with people held in the county jail, and ordered the county to stop collecting a commission from its phone contractor.

In a 34-page opinion in Hollis v. Riverbend County, No. 3:25-cv-01187 (W.D. Mo. 2026), U.S. District Judge Karen O. Whitlow found that the commission, which returned about 46 percent of call revenue to the county, amounted to an unauthorized tax. She cited the state's consumer protection statute, Mo. Rev. Stat. § 407.020, and the Supreme Court's reasoning in Turner v. Safley, 482 U.S. 78 (1987), on the limits of restrictions imposed on incarcerated people.

The county had argued that the commission paid for jail programs and that families could use free video visits instead. Judge Whitlow rejected that argument, writing that the free video option was available only two days a week and "cannot reasonably substitute for a phone call to a child before bedtime."

The lawsuit was brought in 2025 by three relatives of people held in the jail, with support from the civil rights group Justice Line. Lead plaintiff Denise Hollis said she had spent more than $1,300 over eight months talking to her son while he awaited trial.

"I had to choose between the electric bill and hearing his voice," Hollis said after the ruling. Her lawyer, Marcus Feld, said the decision "should put every county in the state on notice."

County Counselor Bradley Imes said the county was reviewing the decision and had 30 days to decide whether to appeal to the Eighth Circuit. He said the commission had funded GED classes and a substance abuse program at the jail.

The ruling does not set a new per-minute rate. The judge ordered the parties to submit proposals within 21 days.
""")

add("Goalmouth Live", True, """
Title race tightens as Dunmore held at home

Dunmore Town's lead at the top of the table was cut to two points on Saturday after they were held to a goalless draw at home by Peel Wanderers, while second-placed Kingsmere won 3-1 at Crossfield Rovers.

Dunmore had won each of their previous six league matches but struggled to break down a disciplined Peel side who defended deep for most of the afternoon. Peel goalkeeper Aaron Tate made four fine saves, the best of them a fingertip stop from Lewis Grant's curling free kick in the 81st minute.

"Frustrating. That's the word," said Dunmore manager Steve Halloran. "We had the chances. On another day we win by three."

Kingsmere, meanwhile, recovered from falling behind early at Mill Lane. Zach Ndlovu equalised before half-time and Owen Pryce added two in the second half to keep the pressure on.

Results

Dunmore Town 0-0 Peel Wanderers
Crossfield Rovers 1-3 Kingsmere
Harlow Athletic 2-2 Ashgrove
Portside United 1-0 Eastwick Borough
Hale Junction 0-2 Carrow City
Lowmoor 3-3 Brennan Park

Top of the table (played, goal difference, points)

1. Dunmore Town 18, +21, 41
2. Kingsmere 18, +16, 39
3. Portside United 18, +11, 35
4. Carrow City 18, +7, 31
5. Peel Wanderers 18, +4, 29

At the other end, Hale Junction remain bottom after a fourth straight defeat. Carrow City's goals came from Declan Shaw and an own goal by defender Tom Bright, who diverted a cross past his own keeper under pressure.

Harlow and Ashgrove shared the points in an entertaining 2-2 draw, and Lowmoor and Brennan Park played out the game of the day, with Lowmoor's Callum Reid scoring a 94th-minute equaliser to complete his hat-trick.

"Wild. Absolutely wild," Reid said afterwards. "I don't think I've ever been so tired."

Next Saturday, Dunmore travel to Portside, while Kingsmere host Harlow Athletic.
""")

add("The Sunday Almanac", True, """
Ten questions for a mountain rescue volunteer

Greta Lindahl, 46, has been a volunteer with the Upper Dale Mountain Rescue Team for 19 years. By day she is a primary school teacher. We asked her about nights on the fells, the calls she remembers, and what walkers keep getting wrong.

How many call-outs do you get a year?

About 120 now. When I started it was half that.

Why the increase?

More people on the hills. Social media, mostly. Someone sees a photo of a summit at sunrise and decides to go up in trainers.

What's the most common mistake?

Starting too late. People underestimate how long things take and how fast it gets dark.

What should every walker carry?

A map and compass, and know how to use them. A head torch. Spare warm layer. Food. A charged phone, but don't rely on it.

Do you get scared?

Sometimes. Mostly you're too busy. Afterwards, at home, it hits you.

What's the call you remember most?

A boy, 11, who got separated from his family in fog. We found him after four hours, sitting under a boulder exactly as his dad had taught him. Stay put. Stay warm. Blow your whistle. He did all three.

How do you balance it with teaching?

Very understanding head teacher. And a lot of coffee.

Is there anything walkers can do to make your job easier?

Tell someone where you're going and when you'll be back. Stick to the plan. If you change it, let them know. Call 999, ask for police, then mountain rescue. Don't wait until you're completely lost.

Do you get paid?

No. None of us do. We raise about £90,000 a year from donations to cover kit, vehicles and training.

Would you recommend it?

Absolutely. Go and knock on your local team's door. Be prepared for a lot of training, a lot of cold nights and some of the best people you'll ever meet.

The Upper Dale team's website is upperdalemrt.org.uk, and donations can be made through the "Support Us" page.
""")
# ---------------------------------------------------------------- clean 6-10
add("The Sunday Almanac", True, """
The long season of Carys Whitfield

A quiet win. Then the storm.

That is how Carys Whitfield describes the summer of 2024, when she won her first national 400 metres title on a sunny afternoon in Redford and, three weeks later, tore a hamstring so badly that doctors told her she might never race at the top level again.

She is 29 now. Two years older, a good deal wiser, and back on the track.

Whitfield grew up in a terraced house in Stanmoor, the youngest of four. Her mother cleaned offices at night; her father drove a bus. Running was free. "You didn't need anything," she says. "A pair of trainers and a park. That was it."

She was fast from the start, but not the fastest. At 15 she finished last in a regional final and cried all the way home on the bus. Her coach, a retired PE teacher named Bill Ashworth, told her the same thing he told everyone: come back on Tuesday.

She came back on Tuesday. And the Tuesday after that.

The injury, when it came, was brutal. Eight weeks on crutches. Months of rehabilitation. Days when she could not walk to the shop without pain. She thought about quitting more than once, she admits, and started applying for jobs in sports administration.

What changed? Nothing dramatic. A physiotherapist who refused to give up on her. A training partner who texted every morning at six. A slow, stubborn accumulation of small improvements.

"People want a turning point," she says. "There wasn't one. There were about four hundred ordinary days."

Last month, at the national championships, she finished second behind Adaeze Okafor in 50.47 seconds, her fastest time since the injury. She was not disappointed. Not even slightly.

"Ada ran brilliantly. I ran well. Two years ago I couldn't jog to the end of the road."

Next year there are world championships. She wants to be there. She knows the odds.

Still, every Tuesday, she turns up.
""")

add("Northgate Wire", True, """
French and British scientists share prize for ocean current research

PARIS (Northgate Wire) — A French oceanographer and a British climate modeller were jointly awarded the Meridian Prize for Earth Sciences on Thursday for work showing how melting ice in the North Atlantic could weaken the ocean currents that keep northwestern Europe relatively mild.

Dr. Élise Moreau of the Institute of Ocean Physics in Brest and Prof. David Okonkwo of the University of Eastmoor will share the 500,000-euro prize, one of the largest in the field.

Their research combined decades of measurements from moored instruments across the Atlantic with computer simulations of how fresh water from the Greenland ice sheet alters the circulation.

Speaking at a ceremony in Paris, Moreau said the prize recognised the work of hundreds of people who had spent months at sea collecting data. "C'est un prix pour les équipes qui ont passé des nuits entières sur le pont, dans le froid, à récupérer nos instruments," she said. "It is a prize for the teams who spent whole nights on deck, in the cold, recovering our instruments."

Okonkwo, standing beside her, agreed. "Models are only as good as the observations behind them," he said. "Élise's data kept us honest."

Asked whether their findings meant the current would collapse, the two scientists gave slightly different answers. "Not this century, in my view, but it will weaken," Okonkwo said. Moreau was more cautious: "We cannot exclude it. That is the uncomfortable truth."

The prize committee, chaired by Swedish geophysicist Prof. Annika Berg, said the pair had "transformed our understanding of one of the most important systems on the planet".

Their joint paper, published in 2023, has been cited more than 1,400 times. It suggested that the Atlantic Meridional Overturning Circulation, known as AMOC, had weakened by about 15 percent since the middle of the 20th century.

Moreau said she would use part of the money to fund scholarships for students from West Africa to study oceanography in France. Okonkwo said he had not yet decided. "Probably a new bicycle," he said. "And then something sensible."

The award will be formally presented in Stockholm in May.
""")

add("Soundcheck Weekly", True, """
Obituary: Dorothy Kane, songwriter whose ballads became anthems

Dorothy Kane, the songwriter whose plain-spoken ballads about working life in the mill towns of the north became unofficial anthems for a generation, has died aged 81.

Her publisher said she died on Tuesday in a hospice near her home in Saltley after a short illness.

Kane wrote more than 300 songs, but she will be remembered above all for "Shift Bell", written in 1972 after the closure of the weaving mill where her mother had worked for 30 years. Recorded first by the folk group Harrow Lane and later by dozens of artists, it was sung at picket lines, weddings and funerals for decades. Its chorus was known by heart across the region:

Ring out, shift bell, over Saltley town,
They can close the gates, but they can't close us down,
We'll carry the looms in the songs that we sing,
Ring out, shift bell, ring.

Born in 1945, the daughter of a railway signalman, Kane left school at 15 and worked in a biscuit factory before finding her way into the folk clubs of the late 1960s. She was an uneasy performer, shy on stage and often reluctant to sing her own songs, preferring to hand them to others.

"She wrote like she talked," said the singer Maggie Rourke, who recorded an album of Kane's songs in 1998. "No fancy words. Just the truth, and a tune you couldn't shake off."

Her other well-known songs include "The Bus to Ferrybridge", "Sunday Best" and "Letter to My Father", a spare, painful song about his death in a railway accident:

You went out in the dark, and you came home in a box,
And they paid us for the hours that you'd worked.

She was appointed MBE in 2009 for services to music. In later years she taught songwriting workshops in schools and prisons.

Kane married the printer Frank Mellor in 1967; he died in 2012. She is survived by their son, Daniel, and two grandchildren.

Her funeral will be held at Saltley Methodist Church. Her family said mourners would be invited to sing.
""")

add("Capital Ledger Online", True, """
What the state budget means for you

Lawmakers approved the state's $48.6 billion budget for the next fiscal year late on Friday, after weeks of negotiations between the House, the Senate and Gov. Patricia Nwosu. The governor is expected to sign it next week. Here is what it means for households, students and businesses.

For families:

- The child tax credit rises from $300 to $450 per child under six, for households earning less than $75,000.
- Sales tax on diapers and baby formula is eliminated from January 1.
- Funding for subsidized child care increases by $210 million, which officials say will create about 9,000 new places.

For students:

- Tuition at state universities is frozen for a second consecutive year.
- The Opportunity Grant, for low-income students, increases by 12 percent, to a maximum of $6,200 a year.
- Community colleges receive $40 million to expand nursing and skilled-trades programs.

For homeowners and renters:

- The homestead property tax exemption rises from $25,000 to $35,000 of assessed value.
- A new $90 million fund will help build affordable rental housing near transit lines.
- Emergency rental assistance is extended for one year.

For businesses:

- The corporate income tax rate falls from 6.5 percent to 6.25 percent, the first cut in a decade.
- Small businesses with fewer than 20 employees may deduct up to $10,000 in equipment costs.

What did not make it:

- A proposed tax on sugary drinks was dropped in the final days of talks.
- A plan to expand Medicaid dental coverage to all adults was scaled back to pregnant women and people over 65.

House Speaker Daniel Ruiz called the budget "responsible and humane". Senate Minority Leader Carla Whitman said it spent too much and relied on one-time federal money that would not be available next year. "We're building a house on sand," she said.

The budget takes effect on July 1. A full breakdown is available on the state's transparency portal at budget.state.gov/fy27.
""")

add("Brightwater Online", True, """
Council sets out five options for town centre parking

Brightwater town council has published five options for the future of parking in the town centre and is asking residents to choose between them in a consultation that runs until January 15.

The proposals follow two years of complaints from traders, who say a shortage of short-stay spaces is driving shoppers to out-of-town retail parks, and from residents of nearby streets, who say their roads are clogged with commuters' cars.

The five options are:

1. Keep things as they are, with free parking on Sundays and a two-hour limit on High Street bays.
2. Introduce 30 minutes' free parking in all council car parks, paid for by higher charges for stays of over four hours.
3. Convert the Mill Lane long-stay car park into short-stay only and open a new park-and-ride site at Hollins Road.
4. Create residents' permit zones in five streets around the station, with visitors' vouchers available online.
5. Combine options 2 and 4.

Each option is accompanied by estimates of cost and likely impact. Option 3 is the most expensive, at about £640,000 for the park-and-ride, and would require a bus operator to run a service every 15 minutes.

Council leader Priya Shah said the council had no preferred option. "We've tried to lay out the trade-offs honestly," she said. "Some of these help traders. Some help residents. None of them helps everybody."

Martin Hale, chair of the Brightwater Chamber of Trade, said his members favoured option 2 or option 5. "Thirty minutes free is what gets people to pop in for a coffee and a paper," he said. "That's the lifeblood of a high street."

Residents of Station Road, led by retired nurse Joan Pickering, have campaigned for permit zones for several years. "I'd just like to be able to park outside my own house," Pickering said.

Residents can respond online at brightwater.gov.uk/parking, by e-mail to parking@brightwater.gov.uk, or by filling in a paper form available at the library and the town hall. Two drop-in sessions will be held at the town hall on December 3 and 10, from 4 p.m. to 7 p.m.

A decision is expected in March.
""")
# ---------------------------------------------------------------- clean 11-15
add("Metro Business Signal", True, """
Regulator fines water company £28m over sewage reporting failures

The environmental regulator has fined Aldermoor Water £28 million after finding that the company failed for at least five years to report accurately how often it discharged untreated sewage into rivers and coastal waters.

In its final decision, published on Wednesday, the regulator said that the company had, between April 2019 and March 2024, "failed to install, maintain and calibrate event duration monitors at 214 of its storm overflows in accordance with the conditions of its environmental permits, failed to take reasonable steps to identify and correct the resulting gaps in its records, and submitted annual returns to the regulator which it knew, or ought reasonably to have known, materially understated both the frequency and the duration of discharges, thereby depriving the regulator, local authorities and members of the public of information they were entitled to rely upon in assessing the environmental performance of the company and the condition of the waters affected."

The company has accepted the findings and agreed to pay the fine, which will not be passed on to customers' bills. It has also agreed to fund £12 million of river restoration projects in the catchments most affected.

Aldermoor's chief executive, Jonathan Reeve, apologised. "We fell short of the standards our customers and regulators rightly expect," he said. "We have replaced the monitoring equipment, brought in independent auditors and changed the way we report."

Campaigners said the fine was too small. "Twenty-eight million pounds is less than the company paid its shareholders in a single year," said Ruth Callister of the group Clean Rivers Now. "Until executives face personal consequences, nothing will change."

The regulator's chief executive, Dr. Samuel Onyango, said the case was one of the largest it had pursued and that investigations into three other companies were continuing. He said new powers coming into force next year would allow it to impose unlimited penalties and, in serious cases, ban bonuses for directors.

Storm overflows are designed to release diluted sewage into rivers during heavy rainfall to prevent it backing up into homes. Data published last year showed they were used more than 300,000 times across the country, for a total of about 3.6 million hours.

Aldermoor Water serves about 2.1 million customers. Its shares are not publicly traded.
""")

add("Lakeshore Times-Record", True, """
#SaveTheLido campaign gathers pace as pool faces closure

A social media campaign to save Lakeshore's 1930s open-air swimming pool has drawn support from thousands of residents, several local businesses and at least one Olympic swimmer, ahead of a council vote on its future next month.

The hashtag #SaveTheLido has been used more than 40,000 times since the council proposed closing the pool to save about £300,000 a year in running costs. The campaign's Instagram account, @lakeshorelido, has gained 12,000 followers in three weeks, posting old photographs of crowded summer afternoons and short videos of regular swimmers explaining what the pool means to them.

Former Olympian Hannah Goldsworthy, who learned to swim at the lido, shared one of the campaign's posts with her 200,000 followers on X, where she posts as @HannahGSwims. "I did my first width here when I was five," she wrote. "Every child deserves that."

The campaign was started by Ellie Marchant, 34, a graphic designer who swims at the lido before work most days from May to September. She said she had been overwhelmed by the response. "I thought maybe a few hundred people would care," she said. "Turns out the whole town cares."

Marchant said the group was not only protesting but also proposing alternatives, including a community trust to run the pool, a crowdfunder and sponsorship from local firms. A fundraising page has raised £46,000 so far.

Council finance chief Cllr Robert Dunne said no decision had been made. "We're facing a £9m gap next year and we have to look at everything," he said. "If there's a credible plan to keep the lido open without council subsidy, we will look at it seriously."

The campaign has also spread offline. Posters bearing the slogan "Lido Forever" have appeared in shop windows along the seafront, and a local brewery has produced a pale ale called Deep End, with 50p from every pint going to the fund.

Supporters are planning a "swim-in" on the lido's steps next Saturday at 10 a.m. Organisers have asked people to share photos using #SaveTheLido and to tag the council's account, @LakeshoreCouncil.

The council's cabinet will vote on December 9.
""")

add("Northgate Wire", True, """
NATO allies pledge faster delivery of air defence systems

BRUSSELS (Northgate Wire) — NATO defence ministers agreed on Thursday to speed up the joint purchase of air defence systems and ammunition, as alliance officials warned that stockpiles depleted by years of support to Ukraine had not yet been replenished.

Meeting at the alliance's headquarters, ministers approved a plan under which member states will pool orders through the NATO Support and Procurement Agency (NSPA), i.e. buying in bulk to secure lower prices and earlier delivery dates from manufacturers.

"The threat has not gone away, and neither should our sense of urgency," NATO Secretary General Mark Rutherford told a news conference. He said orders placed through the joint scheme had already reached €11 billion this year.

U.S. Defense Secretary Laura Hendricks said Washington welcomed the move but urged European allies to do more. "Burden sharing isn't a slogan. It's a commitment," she said.

Officials said the plan focused on systems in short supply, e.g. short-range interceptors, radars and 155mm artillery shells. It also includes provisions for countries to lend equipment to one another in an emergency, a step some smaller members had pushed for.

Several ministers raised concerns about production bottlenecks. Defence companies say they are expanding capacity, but that new factories take years to build and that they need long-term contracts before committing capital.

The ministers also discussed the alliance's new capability targets, which ask each member to commit specific forces and equipment by 2030. Diplomats said the targets were "demanding but achievable" for most allies, although a handful of countries spending less than 2 percent of GDP on defence are expected to struggle.

Outside the building, about 200 protesters from peace groups held a demonstration calling for more spending on diplomacy and less on weapons. Police said it passed off peacefully.

The ministers' meeting was the last before the NATO summit in July, where heads of state and government are expected to endorse the new procurement plan and discuss a possible increase in the alliance's common-funded budget.
""")

add("Orbit & Atom", True, """
Ph.D. student's side project maps city's hidden heat islands

A Ph.D. student's weekend hobby has produced the most detailed map yet of how temperatures vary from street to street across the city, revealing that some neighbourhoods are up to 7C hotter than others on summer afternoons.

Kemi Adebayo, a 27-year-old doctoral researcher in urban climatology, built a network of 180 low-cost, solar-powered sensors and persuaded volunteers to mount them on balconies, lamp-posts and garden fences across 40 districts. Each sensor records air temperature and humidity every five minutes and uploads the readings over a long-range, low-power radio network.

"It started as a side project to test some cheap hardware," Adebayo said. "Then the data turned out to be really interesting, and it kind of took over my life."

The resulting heat map shows clear hot spots in densely built-up, tree-poor areas around the old industrial quarter and the inner ring road, where asphalt, concrete and dark-coloured roofs absorb heat during the day and release it slowly at night. Leafy, low-rise suburbs and streets near the river stayed markedly cooler.

The findings match patterns seen in satellite-based studies, but at a far finer, street-by-street resolution. On one July evening, a well-shaded cul-de-sac recorded 24C while a car park less than 400 metres away measured 31C.

City planners have taken notice. The council's climate-adaptation team has used the map to choose locations for 1,200 new street trees and to prioritise cool-roof retrofits on social housing blocks.

Adebayo's supervisor, Prof. Liesel Braun, said the project showed the value of citizen science. "A decade ago this would have required a multimillion-euro research grant," she said. "Kemi did it for the price of a second-hand car."

The sensor designs and software are open-source and available online, and Adebayo has been contacted by groups in five other cities interested in building similar networks. She plans to finish her thesis, which uses the data to model heat-related health risks for older residents, next year.

Asked whether she would keep the network running after she graduates, she laughed. "I think the network is going to outlive my degree," she said.
""")

add("Coastline Herald", True, """
PORTHAVEN REGATTA: SUN, SAILS AND A PHOTO FINISH

Porthaven, Aug. 17

Caption: Crews round the harbour mark during the first race of the Porthaven Regatta on Saturday. (Photo: Jenna Trewin/Coastline Herald)

More than 140 boats and an estimated 9,000 spectators turned out for the 112th Porthaven Regatta on Saturday, in what organisers described as the best conditions for a decade: bright sunshine, a steady south-westerly breeze and calm water inside the harbour wall.

The day's main event, the Porthaven Cup for traditional working boats, ended in a photo finish between the gig Spirit of Penmarr and the defending champions, Harbour Lass. After studying pictures taken from the committee boat, the race officer awarded victory to Spirit of Penmarr by what he said was "about the length of a fishing rod".

Caption: Spirit of Penmarr's crew celebrate on the slipway after winning the Porthaven Cup. (Photo: Jenna Trewin/Coastline Herald)

Skipper Beth Rowe, a 52-year-old harbour pilot, said her crew had trained every Tuesday and Thursday evening since April. "We were behind at the last mark and I thought we'd lost it," she said. "Then the wind picked up on our side of the course. Lucky. Very lucky."

In the junior dinghy races, 12-year-old Noah Pascoe won the under-14 title in his grandfather's wooden boat, which was built in 1968. The swimming race across the harbour, revived last year after a long absence, attracted 85 entrants, with local lifeguard Tamsin Hall first home in just over nine minutes.

Caption: Competitors in the harbour swim set off from the Fish Quay steps. (Photo: Mark Ellery/Coastline Herald)

The regatta closed with a fireworks display over the water, funded for the first time by a crowdfunding appeal after the council withdrew its contribution. Organiser Geoff Penrose said the appeal had raised £11,000 in six weeks.

"People in this town don't let things die," he said. "They never have."

Results for all classes are published on the regatta website, porthavenregatta.co.uk. The committee said next year's event will take place on August 16.
""")
# ---------------------------------------------------------------- clean 16-20
add("SportsBeat Network", True, """
Rashford-Lee century guides Eastshire to first championship win

Opener Toby Rashford-Lee made an unbeaten 142 as Eastshire beat Westmoor by six wickets on the final afternoon at Fenwick Road on Friday, securing their first County Championship victory of the season.

Set 287 to win in a minimum of 70 overs, Eastshire were in trouble at 61 for three before Rashford-Lee and captain Imran Qadir (71) added 168 for the fourth wicket. Rashford-Lee, 24, hit 17 fours and two sixes, reaching his hundred with a pull off spinner Jack Dwyer shortly after tea.

"It's been a tough start to the season, so to get over the line like that means a lot," Rashford-Lee said. "Imran kept telling me: one ball at a time. Simple. It worked."

Westmoor captain Sam Oduya said his side had let the game slip on the third day, when they collapsed from 198 for two to 254 all out in their second innings. "We gave them a sniff and they took it," he said.

Scores in brief

Westmoor 331 (H. Grant 88, R. Patel 64; L. Doyle 4-71) and 254 (J. Carver 102; A. Khan 5-49)
Eastshire 299 (M. Fenn 77, I. Qadir 51; J. Dwyer 3-80) and 289-4 (T. Rashford-Lee 142*, I. Qadir 71)
Eastshire won by six wickets. Eastshire 21 pts, Westmoor 6 pts.

Left-arm spinner Asif Khan, 19, took five wickets in an innings for the first time in first-class cricket, and fast bowler Liam Doyle claimed four in the first innings to move to the top of the division's wicket-taking table with 23.

The win lifts Eastshire from bottom to sixth in Division Two. Westmoor remain third.

Eastshire's director of cricket, Neil Haslam, praised the young players. "We've been patient with a lot of these lads, and today they showed why," he said.

Eastshire host Northdale in a four-day match starting on Thursday, while Westmoor travel to the south coast to play Seagate.

Attendance across the four days was 5,870.
""")

add("Wanderlines Travel Desk", True, """
In an Andalusian village, a festival of bread keeps tradition alive

Every October, for three days, the village of Alcaraz de la Sierra smells of woodsmoke and warm flour. Its annual bread festival, which dates back at least to the 18th century, draws thousands of visitors to a place that normally has fewer than 900 inhabitants.

The centrepiece is the communal oven in the Plaza Mayor, a domed brick structure restored in 2019, where families bake loaves shaped like wheels, birds and crosses according to recipes handed down for generations.

Carmen Ruiz, 78, has baked at the festival every year since she was a girl. Her grandson, Javier, 24, now kneads the dough while she supervises. They answered questions together, finishing each other's sentences.

"Mi abuela decía que el pan no se hace con las manos, sino con el tiempo," Carmen said. "My grandmother used to say that bread isn't made with your hands, but with time."

"And she says the same thing to me," Javier added, laughing. "Every year. Every single loaf."

The festival nearly disappeared in the 1990s, when most of the village's young people had moved to cities and the oven had fallen into disrepair. It was revived by a group of residents and returning emigrants who formed an association to organise it.

Its president, Antonio Molina, said the event now brings in about 250,000 euros for local businesses. "Without the festival, some of the bars and shops would not survive the winter," he said.

Visitors can take part in baking workshops, buy bread and local honey and olive oil, and join guided walks through the surrounding chestnut forests. On the final evening, the village holds a procession in which children carry bread decorated with flowers to the church of San Miguel.

Not everyone is pleased with the festival's growth. Some residents complain about parked cars blocking narrow streets and noise late into the night. The town hall has introduced a shuttle bus from a car park outside the village.

Getting there: Alcaraz de la Sierra is about two hours by car from Seville. The nearest railway station is in Cazalla, 25 kilometres away. The festival takes place on the second weekend of October.
""")

add("Harbour Daily Courier", True, """
Police warn of fake parcel delivery texts targeting older residents

Police in Hartfield have warned residents about a surge in fraudulent text messages that claim to be from delivery companies and trick people into handing over their bank details.

Officers said they had received 64 reports in the past month, mostly from people over 60. In eight cases, victims lost money, with the largest single loss being £4,200.

The messages typically say that a parcel could not be delivered and that a small "redelivery fee" of £1.45 must be paid. They include a link to a website that looks like the real Royal Mail, DPD or Evri site, with addresses such as royalmail-redelivery.info or dpd-parcel-help.co, which are not connected to the genuine companies.

Once the victim enters their card details, fraudsters use them to make purchases or call the victim pretending to be from their bank's fraud team, persuading them to move money into a "safe account".

Detective Sergeant Amira Nolan said: "No genuine bank will ever ask you to move your money to keep it safe. If you get a call like that, hang up, wait five minutes, and call your bank on the number on the back of your card."

Police advice is:

- Do not click links in unexpected texts or e-mails.
- Check delivery status directly on the courier's official website or app.
- Forward suspicious texts to 7726, a free service that helps mobile networks block scam numbers.
- Report fraud to the national reporting centre at www.reportfraud.example.gov.uk or by calling 0300 123 2040.

Age UK Hartfield is holding free "scam awareness" sessions at the community centre on the first Monday of each month. Volunteer co-ordinator Brian Foster said many older people felt embarrassed after being targeted. "These criminals are professionals. Being fooled is nothing to be ashamed of," he said. "Talking about it is how we stop the next one."

Anyone who thinks they have been a victim can also contact the team at fraudadvice@hartfieldpolice.example.org. Police said e-mails are answered within two working days.
""")

add("TechPulse Daily", True, """
Phone networks set date for final 3G switch-off

The country's three remaining mobile networks will switch off their 3G services completely by March 31 next year, regulators confirmed on Monday, ending a technology that first brought mobile internet to millions of people more than two decades ago.

About 1.3 million devices still connect to 3G networks, according to the telecoms regulator, including older phones, some smartwatches, in-car emergency call systems and telecare alarms used by elderly and disabled people.

Users of 2G-only or 3G-only handsets will still be able to make voice calls over 2G for several more years, but will lose mobile data. Phones that support 4G but not Voice over LTE, known as VoLTE, may also lose the ability to make calls, the regulator warned.

"The message is simple: check your phone," said the regulator's director of networks, Helen Akande. "If it's more than about eight years old, there's a good chance it will be affected."

Operators say switching off 3G will free up radio spectrum for faster 4G and 5G services, improving speeds and coverage. Network chief technology officer Rhys Morgan of MobiLink said customers in rural areas would see the biggest benefit. "The same airwaves that carried a 3G signal can deliver far more data over 4G," he said.

All three networks are offering free or discounted replacement handsets to customers who are vulnerable or on low incomes. Charities had campaigned for the switch-off to be delayed, arguing that older people were most likely to be left without a working phone.

The regulator has asked providers of telecare alarms to confirm by the end of the year that their devices will continue to work. About 40,000 alarms still rely on 3G connections.

Customers can check whether their device is affected by texting CHECK to 3030, a free service set up by the networks, or by visiting switchoff.example.org.uk.

The 3G era began in 2003. Its arrival made it possible to browse the web, send e-mails and stream low-resolution video on a mobile phone for the first time, paving the way for the smartphone boom that followed the launch of the iPhone in 2007.
""")

add("Riverbend Gazette", True, """
Teenager's YouTube channel turns grandfather's woodwork into hit

A 16-year-old from Millbrook has built a YouTube following of more than 350,000 subscribers by filming his grandfather, a retired carpenter, as he restores old furniture in a shed behind their house.

Ollie Brennan started the channel, called Grandpa's Shed, during a school holiday two years ago, with an old smartphone propped on a paint tin. His grandfather, 79-year-old Ray Brennan, had never heard of YouTube. "I thought it was something to do with tubes," he said.

The videos, which run for 15 to 30 minutes, are slow and mostly silent apart from the sound of planes, chisels and sandpaper, and the occasional dry remark from Ray. A restoration of a 1930s oak school desk has been watched 2.8 million times.

"People say it's relaxing," Ollie said. "A lot of comments are from people who say they watch it to fall asleep. Grandpa thinks that's an insult. I think it's a compliment."

The channel earns money through advertising and sponsorship from a tool company. Ollie says most of it goes into a savings account for university, and some has paid for a new workbench and better lighting in the shed.

The pair have also been approached through LinkedIn by a furniture retailer and a publisher interested in a book. Ollie handles all the messages, and the family has set up a WhatsApp group with his parents to decide which offers to accept.

Ray, who worked as a joiner for 50 years, said he had been surprised by the number of young viewers writing to say they had taken up woodwork. "There was a lad from Canada who made his mum a chopping board," he said. "Sent us a picture. I'd call that a proper job."

Ollie's school, Millbrook High, has asked the pair to run a woodworking club next term.

Asked what was next, Ray said he had his eye on a rocking chair found in a skip. "It's in a terrible state," he said, sounding delighted. "Should make a good video."
""")
# ---------------------------------------------------------------- clean 21-25
add("Capital Ledger Online", True, """
State Supreme Court upholds limits on no-knock warrants

The state Supreme Court on Thursday upheld a 2023 law that sharply restricts the use of no-knock warrants, rejecting a challenge from two police unions who argued that the statute infringed on the judiciary's power to issue warrants.

Writing for a 5-2 majority in State ex rel. Fraternal Order of Police Lodge 14 v. Acheson, 2026-NMSC-018, Justice Miriam Oyelowo said the legislature had acted within its authority when it required officers to knock, announce themselves and wait at least 20 seconds before entering a home, except where a judge finds "specific and articulable facts" showing an imminent threat to life.

"The Constitution vests the power to issue warrants in the courts, but it does not forbid the people's representatives from setting the conditions under which that power is exercised," Oyelowo wrote. She cited the court's earlier decision in State v. Gutierrez, 1993-NMSC-062, 116 N.M. 431, and the U.S. Supreme Court's ruling in Wilson v. Arkansas, 514 U.S. 927 (1995), which held that the knock-and-announce principle is part of the Fourth Amendment's reasonableness inquiry.

In dissent, Justice Paul Whitaker, joined by Justice Ellen Roark, argued that Section 31-1-7.2 of the statute "micromanages judicial discretion" and would endanger officers serving warrants on armed suspects.

The law was passed after the death of Daniel Montaño, 34, who was shot by officers during a pre-dawn raid on the wrong apartment in 2022. His mother, Rosa Montaño, attended the announcement of the decision in Santa Fe.

"Nothing will bring my son back," she said afterwards, standing alongside her lawyer, Leon Marsh. "But maybe this means another mother won't get the knock I got."

Marsh said the ruling was "a clear statement that safety and constitutional rights are not opposites".

A spokesman for the unions said they were disappointed and would review the opinion before deciding on next steps. Because the case was decided on state constitutional grounds, it cannot be appealed to the U.S. Supreme Court.

The law has been in effect during the litigation. State figures show that courts approved 11 no-knock warrants in 2025, compared with 146 in 2021.
""")

add("SportsBeat Network", True, """
Kiprotich sets course record as 18,000 run city marathon

Kenya's Evans Kiprotich broke the course record at the Northbridge Marathon on Sunday, finishing in 2:05:41 on a cool, still morning that organisers said was close to perfect for distance running.

The 27-year-old pulled away from a leading group of five at around 32 kilometres and ran the final stretch along the river embankment alone, taking 38 seconds off the previous record set in 2019.

"I felt strong from halfway," Kiprotich said. "The pacemakers did a great job. After 30K I decided: now or never."

In the women's race, Ethiopia's Tigist Alemu won her second Northbridge title in 2:20:09, more than a minute clear of Britain's Laura Penhale, who ran a personal best to finish second. Penhale's time puts her third on the British all-time list.

"I'm absolutely over the moon," Penhale said. "I came here to run 2:22 and I've done 2:21 and a bit. Unreal."

Leading results

Men
1. Evans Kiprotich (KEN) 2:05:41
2. Abdi Haji (ETH) 2:06:30
3. Joseph Lemaiyan (KEN) 2:06:58
4. Hiroshi Tanabe (JPN) 2:08:12
5. Callum Ferris (GBR) 2:10:47

Women
1. Tigist Alemu (ETH) 2:20:09
2. Laura Penhale (GBR) 2:21:14
3. Faith Cherono (KEN) 2:21:50
4. Marta Oliveira (POR) 2:24:03
5. Sarah Whelan (IRL) 2:25:36

Wheelchair
Men: Daniel Ortiz (ESP) 1:27:18
Women: Anna Kjær (DEN) 1:38:44

About 18,000 runners started the race, with 17,412 finishing. Organisers said the event had raised more than £4 million for charity, and that medical teams had treated about 200 runners, mostly for blisters, cramp and mild dehydration. Two were taken to hospital as a precaution.

Among the mass-participation runners was 84-year-old Walter Green, completing his 40th consecutive Northbridge Marathon in 5:52:10. "Slower than last year," he said. "But I'm older than last year."

Next year's race will take place on April 18. Ballot entries open on Monday at northbridgemarathon.org.
""")

add("The Midland Ledger", True, """
Kitchen notes: the only soup you need this winter

Every winter I make the same soup, and every winter someone asks for the recipe. So here it is, in print at last. It is cheap, it freezes well and it forgives almost any mistake. It is, I'm afraid, also orange.

My grandmother called it "Tuesday soup" because that was when the vegetable box from her allotment ran low and everything left went into the pot. I've tidied it up a little over the years. Not much.

You will need (serves six):

- 1 kg butternut squash, peeled and cut into chunks
- 2 carrots, sliced
- 1 large onion, roughly chopped
- 2 cloves of garlic
- 1 thumb-sized piece of ginger, grated
- 1 tsp ground cumin and ½ tsp chilli flakes
- 1 litre vegetable stock
- 1 tin (400 ml) coconut milk
- Juice of one lime, salt and pepper

Method:

1. Warm two tablespoons of oil in a large pan. Add the onion and cook gently for ten minutes, until soft but not brown.
2. Stir in the garlic, ginger, cumin and chilli. Cook for one more minute. Don't let the garlic burn.
3. Add the squash and carrots, then the stock. Bring to the boil, cover and simmer for 25 minutes.
4. Take off the heat. Add the coconut milk and blend until smooth.
5. Season with salt, pepper and lime juice. Taste. Season again. Taste again.

Serve with crusty bread, a swirl of yoghurt and a scattering of toasted pumpkin seeds if you're feeling fancy.

A few notes. Sweet potato works instead of squash. If you don't like coconut, use a splash of cream or leave it out entirely. If it's too thick, add water; too thin, simmer it for longer with the lid off. And if you have a lonely parsnip at the bottom of the fridge, throw it in. My grandmother would approve.

It keeps for three days in the fridge and three months in the freezer. Label it. You think you'll remember what's in that tub. You won't.

Next week: the stew that saved Christmas 2019. Long story.
""")

add("Valley Independent Press", True, """
Ortega wins Northvale mayoral race by narrow margin

Former school board president Lucia Ortega was elected mayor of Northvale on Tuesday, defeating two-term council member Brian Walsh by fewer than 600 votes in the closest mayoral race in the city's history.

With all 42 precincts reporting, Ortega had 50.9 percent of the vote to Walsh's 49.1 percent, according to unofficial results from the county elections office. Turnout was 38.4 percent, up from 31 percent in the last municipal election.

Ortega, 51, will be the city's first Latina mayor. She campaigned on expanding after-school programs, speeding up road repairs and creating an independent office to investigate complaints about city services.

"Northvale voted for a city that works for everybody, in every neighborhood," she told supporters at a community hall on the east side shortly after midnight. "Tomorrow, we start."

Walsh, 58, did not concede on Tuesday night, saying he wanted to wait for provisional and late-arriving mail ballots to be counted. Under state law, a recount is automatic if the margin is less than 0.5 percent. It currently stands at about 1.8 percentage points.

Results (unofficial)

Mayor
Lucia Ortega: 16,842 (50.9%)
Brian Walsh: 16,249 (49.1%)

City Council, District 3
Samuel Idowu: 4,113 (56.2%)
Karen Fitzgerald: 3,205 (43.8%)

Measure B (library bond)
Yes: 19,870 (60.3%)
No: 13,081 (39.7%)

Measure B, a $28 million bond to rebuild the downtown library and renovate two branches, passed comfortably. It required a simple majority.

In District 3, newcomer Samuel Idowu, a nurse and union steward, defeated incumbent Karen Fitzgerald.

The county is expected to certify results on Nov. 21. Ortega will be sworn in on Jan. 6, succeeding Mayor Gerald Finch, who did not seek re-election after 12 years in office.

Political scientist Dr. Anne McKinley of Northvale State University said the result reflected demographic change on the city's east side. "The coalition that elected Finch three times has shifted," she said. "Ortega built a new one, and just barely."
""")

add("The Eastbank Observer", True, """
Obituary: Pastor Johannes Weber, who opened his church to refugees

Johannes Weber, the German-born Lutheran pastor who turned a half-empty harbour church into a shelter for hundreds of refugees and became one of the most recognisable figures in Eastbank, has died aged 88.

He died on Thursday at the care home where he had lived since a fall last year, his family said.

Weber arrived in Eastbank in 1971 as a young minister to the small German-speaking congregation of St. Nikolai, a brick church near the ferry terminal. The congregation was dwindling, and at first he wondered whether the church had a future.

It found one in 1989, when a fishing boat carrying 43 asylum seekers was detained in the harbour. With nowhere else for them to stay, Weber opened the church hall and laid mattresses on the floor. Over the following three decades, St. Nikolai sheltered more than 2,000 people, and Weber became a tireless, sometimes exasperating advocate for them with the authorities.

"He would ring me at seven in the morning, every morning, until I found an answer," said former city councillor Birgit Sørensen, who worked with him for many years. "Then he would bring me a cake."

Weber was fond of a line from a hymn his mother had sung to him as a child, and had it painted above the door of the church hall:

"Wer Gott vertraut, hat wohl gebaut."
("Whoever trusts in God has built well.")

He was born in 1937 in Lübeck and lived through the bombing of the city in 1942. He later said that memory, and the kindness of strangers who sheltered his family, had shaped everything he did. "Ich habe nur zurückgegeben, was ich bekommen habe," he told this newspaper in 2015. "I have only given back what I was given."

He retired in 2006 but continued to help run the hall as a volunteer until he was 85.

Weber was married for 54 years to Ingrid, a nurse, who died in 2017. He is survived by their three daughters, nine grandchildren and two great-grandchildren.

A funeral service will be held at St. Nikolai on Friday at 11 a.m. The family has asked that, instead of flowers, donations be made to the church's refugee fund.
""")
# ---------------------------------------------------------------- build
def main():
    recs = []
    for source, clean, body in A:
        text, spans = render(body)
        title = text.split("\n", 1)[0].strip()
        recs.append({"source": source, "title": title, "text": text, "clean": clean,
                     "spans": [{"kind": k, "start": s, "end": e, "text": text[s:e]} for k, s, e in spans]})
    random.Random(6006).shuffle(recs)
    counts = collections.Counter()
    problems = []
    for i, r in enumerate(recs, 1):
        r["id"] = "v6-%03d" % i
        text = r["text"]
        wc = len(text.split())
        if not 250 <= wc <= 700:
            problems.append("%s (%s) has %d words" % (r["id"], r["title"][:40], wc))
        for sp in r["spans"]:
            assert text[sp["start"]:sp["end"]] == sp["text"]
            assert sp["text"].strip(), sp
            counts[sp["kind"]] += 1
        if r["clean"]:
            assert r["spans"] == []
        else:
            assert 2 <= len(r["spans"]) <= 6, (r["id"], r["title"], len(r["spans"]))
            ss = sorted(r["spans"], key=lambda x: x["start"])
            for a, b in zip(ss, ss[1:]):
                assert a["end"] <= b["start"], ("overlap", r["id"], a, b)
        assert "\n\n" in text
    assert not problems, problems
    n_clean = sum(r["clean"] for r in recs)
    assert len(recs) == 60 and n_clean == 25, (len(recs), n_clean)
    for k in KINDS:
        need = 12 if k in ("fragment", "glued", "stray", "placeholder") else 8
        assert counts[k] >= need, (k, counts[k], need)
    assert len({r["source"] for r in recs}) >= 8
    out = os.path.join(HERE, "v6.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            row = {"id": r["id"], "source": r["source"], "title": r["title"], "text": r["text"],
                   "clean": r["clean"], "spans": r["spans"]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", out)
    print("articles:", len(recs), "damaged:", len(recs) - n_clean, "clean:", n_clean,
          "outlets:", len({r["source"] for r in recs}))
    for k in KINDS:
        print("  %-17s %d" % (k, counts[k]))
    print("  total spans       %d" % sum(counts.values()))

if __name__ == "__main__":
    main()
