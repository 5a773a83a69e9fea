#!/usr/bin/env python3
"""Blind evaluation set v8: 35 damaged + 25 clean news articles.
Markers: ⟦kind:text⟧ labels a damaged span; ⟦dup:N⟧ re-inserts the N preceding paragraphs as a duplicated block."""
import json, random, re, collections
MARK = re.compile(r'⟦(\w+):(.*?)⟧', re.S)
KINDS = ["glued","stray","break","fragment","attribution","placeholder","furniture","embed","foreign","disclaimer","broken_paragraph","duplicated_block"]

def render(raw):
    raw = raw.strip("\n") + "\n"
    out = ""; spans = []; pos = 0
    for m in MARK.finditer(raw):
        out += raw[pos:m.start()]
        kind, t = m.group(1), m.group(2)
        if kind == "dup":
            n = int(t)
            paras = out.rstrip("\n").split("\n\n")
            t = "\n\n".join(paras[-n:])
            kind = "duplicated_block"
        assert kind in KINDS, kind
        s = len(out); out += t
        spans.append({"kind": kind, "start": s, "end": len(out), "text": t})
        pos = m.end()
    out += raw[pos:]
    assert "⟦" not in out and "⟧" not in out
    return out, spans

def build(damaged, clean):
    assert len(damaged) == 35, len(damaged)
    assert len(clean) == 25, len(clean)
    recs = []
    for src, raw in damaged + clean:
        text, spans = render(raw)
        title = text.split("\n", 1)[0].strip()
        recs.append({"source": src, "title": title, "text": text, "clean": not spans, "spans": spans})
    cnt = collections.Counter(); bad = []
    for i, r in enumerate(recs):
        wc = len(r["text"].split())
        if not (250 <= wc <= 500): bad.append((i, r["title"][:50], wc))
        for sp in r["spans"]:
            assert r["text"][sp["start"]:sp["end"]] == sp["text"]
            cnt[sp["kind"]] += 1
        if i < 35:
            assert 2 <= len(r["spans"]) <= 6, (i, r["title"], len(r["spans"]))
        else:
            assert r["clean"] and r["spans"] == []
    srcs = set(r["source"] for r in recs)
    assert len(srcs) >= 8
    for k in KINDS:
        print(f"{k:18s} {cnt[k]}")
    print("total spans", sum(cnt.values()), "outlets", len(srcs))
    if bad:
        print("WORDCOUNT OUT OF RANGE:", bad)
    for k in KINDS:
        need = 10 if k in ("glued","stray","fragment","placeholder","break") else 8
        assert cnt[k] >= need, (k, cnt[k])
    assert not bad
    random.Random(8008).shuffle(recs)
    with open("/work/blind8/v8.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"v8-{i:03d}", **r}, ensure_ascii=False) + "\n")
    print("wrote", len(recs))

DAMAGED = []
CLEAN = []

# ---- damaged (d1) ----
DAMAGED.append(("Harborline Courier", """
Council approves two-year rise in water rates despite resident objections

PORT WILLOW — Households in Port Willow will pay roughly 9 percent more for water over the next two years after the city council voted 5-2 on Tuesday night to approve a rate plan that officials say is needed to replace ageing mains under the harbour district.

The decision followed almost three hours of public comment, much of it critical. Several speakers said the increase would fall hardest on retirees and renters whose landlords pass on utility costs. "We are being asked to pay for forty years of neglect," said Dolores Amaro, who has lived on Quay Street since 1979.

Public works director Stephen Okafor told the council that more than 60 percent of the city's pipes were laid before 1965 and that the utility had recorded 212 main breaks last year, up from 140 in 2021. ⟦glued:Thecity⟧ has been patching rather than replacing, he said, and the cost of emergency repairs now exceeds what a planned programme would require.

Under the approved plan, the base monthly charge rises from $18.40 to $20.10 in January, with a further increase the following year ⟦stray:. ,⟧ Usage charges will also climb for customers who consume more than 8,000 gallons a month.

Councilmember Ruth Haldane, one of the two no votes, said she supported the pipe programme but wanted ⟦break:the city to seek state loans first. Before locking residents⟧ into higher bills. "There is money on the table in Salem that we have not even applied for," she said.

Mayor Tom Brackett said the city would continue to pursue grants but could not wait. "Every winter we roll the dice," he said.

The first phase of work, covering about four miles of main along Harbour Road and Fenwick Avenue, is scheduled to begin in the spring. Residents can request a ⟦glued:low-incomediscount⟧ through the utility office at City Hall.

⟦furniture:Share this:
Facebook  X  Email  Print
Related: Harbour Road closures to begin in March | Fenwick Avenue businesses brace for detours⟧
"""))

DAMAGED.append(("CircuitDesk", """
Lumora's new folding phone trades battery life for a thinner hinge

Lumora on Wednesday unveiled the Fold Air, a folding handset the company says is the thinnest it has made, measuring 8.9 millimetres when closed. The device goes on sale in the company's home market next month, with a wider rollout planned for the spring.

The phone's main selling point is a redesigned hinge that Lumora says leaves almost no visible crease in the inner display. Executives demonstrated the screen under studio lights during the launch event in Shenzhen, tilting it toward the audience to show the absence of a fold line.

That thinness comes at a cost. The Fold Air ships with a 4,200mAh battery, smaller than the 4,800mAh cell in last year's model. ⟦attribution:"We made a conscious choice," said product chief Wen Jiali, she said.⟧ "Most of our users charge at their desk during the day. We think they will accept a slightly shorter day for a phone that fits in a shirt pocket."

⟦disclaimer:This article was translated automatically from the original Chinese-language report. The translation may contain errors.⟧

Analysts were divided. Priya Venkataraman, who tracks handset makers for Castlegate Research, said buyers of folding phones tend to care more about looks than endurance. ⟦fragment:Especially at the premium end of the market.⟧ Others pointed to complaints about battery life that dogged rival devices last year.

The outer display grows to 6.4 inches and now runs at up to 120Hz, matching the inner screen. The rear camera array has been reduced from four lenses to three, with the company dropping a dedicated macro sensor it said few people used.

Pricing starts at the equivalent of about $1,299 for the 256GB version. ⟦foreign:该机型将在首发期间提供以旧换新补贴，具体金额以门店为准。⟧ Lumora did not say when the phone would reach Europe or North America.

The company also confirmed that the Fold Air would receive five years of operating system updates, up from three on its previous foldables.
"""))

DAMAGED.append(("Meridian Wire Service", """
Freight rail strike averted after overnight talks, unions say

TOLEDO, Ohio (MWS) — A threatened strike by freight rail workers across six Midwestern states was called off early Thursday after negotiators for two unions and the carrier Great Lakes Western reached a tentative agreement following nearly 20 hours of talks.

The deal, which must still be ratified by members, includes a 14 percent wage increase over four years, additional paid sick days and new limits on the length of on-call periods, according to a joint statement from the Brotherhood of Rail Signalmen and the Transport Workers Alliance.

"Our members stood together and that is why we are here this morning," union president Carla Ruiz told reporters outside the federal mediation offices. ⟦stray:"⟧

The carrier said in a statement that the agreement was "fair to our employees and sustainable for the business" and that it expected normal operations to continue through the weekend. Shippers had begun diverting some grain and chemical loads to trucks earlier in the week in anticipation of a stoppage.

⟦break:A strike would have affected roughly 900 miles of track. And an estimated 1,100 daily carloads,⟧ including fertiliser shipments that farmers rely on ahead of spring planting. Agricultural groups in Ohio and Indiana had urged both sides to settle.

⟦placeholder:[[RELATED_STORY_WIDGET id=48812]]⟧

Federal mediator Alan Greaves said the breakthrough came when the carrier agreed to cap mandatory on-call stretches at 12 consecutive days, a central demand from crews who say unpredictable schedules have driven experienced workers out of the industry.

Ratification votes are expected to be completed within 30 days. If members reject the deal, the unions would be required to give 10 days' notice before any walkout.

The agreement comes two years after a national rail contract dispute that was resolved only through congressional intervention. ⟦glued:Unionleaders⟧ said Thursday that they hoped the regional deal could serve as a model for talks with other carriers.

⟦furniture:© 2026 Meridian Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.⟧
"""))

DAMAGED.append(("Kestrel Valley Gazette", """
Library bond heads to voters after board vote

The Kestrel Valley Library District will ask voters in May to approve a $22 million bond to expand the main branch on Orchard Street and build a small branch in the growing east side of the valley.

The district board voted unanimously on Monday to place the measure on the ballot. If approved, it would cost the owner of a home assessed at $400,000 about $68 a year, according to figures presented by the district's finance director, Marcus Bellweather.

Library director Ann-Marie Toller said the main branch, built in 1972, was designed for a town of 11,000 people. The district now serves more than 34,000. "On a Saturday afternoon you cannot find a chair," she said. "Our meeting room is booked eight weeks out."

⟦broken_paragraph:The expansion would add a children's wing, a teen area with

study rooms, and a makerspace with 3D printers and sewing machines.⟧ The east branch, planned for a district-owned lot near Sandpiper Elementary, would be about 6,000 square feet.

⟦fragment:Not that everyone is convinced.⟧ Board member Gil Ferrante said he backed putting the measure before voters but was worried about timing. "People are already looking at a school levy and a fire levy this year," he said. "I want to be honest that this is a lot to ask."

Supporters have formed a campaign committee, Friends of Kestrel Libraries, which plans to hold open houses at both sites in April.

⟦placeholder:{{author_bio}}⟧

Circulation at the district rose 18 percent last year, driven partly by e-books and audiobooks, Toller said, but in-person visits have also returned to pre-pandemic levels. The district last passed a bond in 1998.

The ballot measure needs a simple majority to pass. ⟦furniture:Got a news tip? Email newsroom@kvgazette.example or call our tip line. Subscribe for unlimited access to local news for $1 a week.⟧
"""))

DAMAGED.append(("Pitchside Report", """
Rovers climb to third with late winner at Ashcombe

Ashcombe Town 1 Dunmore Rovers 2

Dunmore Rovers moved into the play-off places for the first time this season after substitute Kofi Mensah headed in a stoppage-time winner at a rain-soaked Brook Lane on Saturday.

The home side had looked set for a point after Harry Lydiate's ⟦glued:62nd-minuteequaliser⟧ cancelled out Jordan Pike's first-half opener, but Mensah rose highest to meet Callum Drury's corner in the 93rd minute and send the travelling fans behind the goal into raptures.

"We showed character today ⟦stray:,,⟧ that is what pleased me most," said Rovers manager Stuart Lennox. "The pitch was heavy, the ball was holding up, and it was never going to be pretty. But the lads kept going."

⟦embed:▶ Watch: Mensah's late header seals the win at Brook Lane
0:00 / 1:42
Video unavailable in your region⟧

Pike's goal came from a swift counter-attack in the 28th minute. Drury won possession on the halfway line and fed the striker, who cut inside his marker before curling a shot into the far corner.

Ashcombe had the better of the second half. ⟦break:Lydiate levelled when he turned. Home a loose ball⟧ after goalkeeper Sam Whitlock could only parry a fierce drive from Omar Haddad. Town then hit the crossbar through Haddad with 10 minutes left.

Ashcombe manager Neil Prentice was left frustrated. "We defended the first 92 minutes well, then switched off for one set piece," he said. "That is the difference at this level."

The win lifts Rovers to 51 points from 30 games, one ahead of Harlow Athletic, who were held 0-0 by Keswick United. Ashcombe stay 14th.

Rovers host leaders Castleford Dynamo next Saturday in what Lennox called "a proper test of where we are."

⟦fragment:Having won four of their last five away games.⟧
"""))

DAMAGED.append(("Fieldnotes Science Monthly", """
Glacier-fed lakes are warming faster than expected, survey finds

Mountain lakes fed by melting glaciers are warming at nearly twice the rate researchers had predicted, according to a five-year survey of 47 lakes in the Alps, the Andes and the Canadian Rockies published this week.

The study, led by limnologist Dr. Ingrid Solberg of the Nordic Institute for Freshwater Research, found that surface temperatures in the lakes rose by an average of 0.58 degrees Celsius per decade, compared with 0.31 degrees predicted by existing models.

The researchers attribute the gap to a feedback loop. As glaciers retreat, the lakes they feed receive less cold meltwater in late summer, and the exposed rock around them absorbs more sunlight. ⟦fragment:A double hit, in other words.⟧

"We had assumed that meltwater would keep these lakes cool for decades," Solberg said. ⟦attribution:"That assumption no longer holds," Solberg added, said the lead author.⟧

Warmer water holds less oxygen, and the team recorded falling oxygen levels near the bottom of 29 of the lakes. Cold-water species, including several types of char and a number of insects found nowhere else, may struggle to survive, the paper notes.

⟦foreign:Die Ergebnisse zeigen deutlich, dass die Modelle die Erwärmung dieser Seen systematisch unterschätzen.⟧

Co-author Mateo Quispe, who monitored 12 lakes in the Peruvian Andes, said local communities that depend on the lakes for irrigation and drinking water had already noticed changes. "Farmers tell us the water smells different in August," he said. "Now we have the data to show why."

The researchers installed ⟦glued:temperatureloggers⟧ at several depths in each lake and sampled water chemistry twice a year. ⟦break:They say longer records will be needed. to separate the glacier effect from broader regional warming,⟧ and have called for a coordinated international monitoring network.

The findings appear in the journal Alpine Waters.
"""))

DAMAGED.append(("Northgate Business Daily", """
Brightvale Foods to close Millbrook plant, cutting 340 jobs

Brightvale Foods said on Monday it would close its frozen meals plant in Millbrook by the end of the year, eliminating about 340 jobs as the company consolidates production at two larger sites.

The packaged food maker said demand for its ready-meal brands had softened as shoppers traded down to supermarket own-label products, leaving its factories running well below capacity. The Millbrook site operated at roughly 55 percent of capacity last year, the company said.

"This was a difficult decision and not a reflection on the dedication of our Millbrook colleagues," chief executive Laura Fitzmaurice said in a statement. The company will offer severance and relocation packages, and said some workers would be offered roles at its plant in Ravensworth, 80 miles away.

⟦placeholder:Shares of Brightvale closed at %PRICE% on %DATE%, %CHANGE% from the previous session.⟧

Local officials reacted with dismay. Millbrook mayor Derek Aston said the plant was the town's second-largest employer after the county hospital. "Three generations of families have worked there," he said. ⟦fragment:Which makes this especially painful.⟧

The company's union, the Food and Allied Workers, said it would seek talks on ways to keep the plant open, including a possible sale. Regional organiser Kathleen Moy said the union had "serious questions" about whether the closure was necessary.

Brightvale reported revenue of £1.9 billion last year, down 4 percent, and an operating margin that has fallen for three straight years. The company has been under pressure from investors to cut costs, and in October announced ⟦glued:a£60⟧ million savings programme.

⟦furniture:Read more
› Supermarket own-label sales hit record high
› Brightvale names new finance chief
› Why food makers are shrinking their factories⟧
"""))

DAMAGED.append(("Baywater Tribune", """
Festival organisers scale back after fire marshal review

The Baywater Summer Lantern Festival will go ahead in August but with a smaller footprint and fewer food stalls after a review by the county fire marshal found crowding problems at last year's event.

Organisers said on Thursday that the festival would move from the narrow riverside promenade to the larger Greenfield Park, and that attendance would be capped at 12,000 at any one time, down from an estimated peak of 18,000 last summer.

⟦dup:2⟧

Fire marshal Denise Kwan said her office had received reports of people being unable to move near the main stage during the lantern release. "Nobody was hurt, and we want to keep it that way," she said. ⟦stray:;⟧ "The new site gives people room to breathe."

Food vendors are less enthusiastic. The number of stalls will fall from 64 to 40, and organisers will choose vendors by lottery. Minh Tran, who runs a dumpling cart, said the event accounted for nearly a fifth of his annual takings. "If I lose the lottery, that is a hard summer," he said.

Festival director Paul Oduya said organisers had tried to keep local businesses at the front of the queue, reserving 25 spots for vendors based in Baywater. The ⟦glued:lanternrelease⟧ itself will continue, but lanterns will be made of biodegradable paper and released from a single launch area.

Tickets, which were free last year, will now cost $5 for adults, with children under 12 admitted free. Organisers said the fee would cover extra security and shuttle buses from the downtown transit centre.
"""))

DAMAGED.append(("Ironbridge Post", """
Police appeal for witnesses after hit-and-run on Canal Street

Police are appealing for witnesses after a cyclist was seriously injured in a hit-and-run collision on Canal Street, Ironbridge, late on Friday evening.

The 34-year-old man was struck by a dark-coloured hatchback near the junction with Lock Lane at around 11.20pm. The car did not stop and was last seen heading towards the ring road. The cyclist was taken to Severnside General Hospital, where he remains in a stable condition.

⟦attribution:Detective Sergeant Helen Marsh said: "We are keen to speak to anyone who was in the area," according to police, she said.⟧ "Even if you do not think you saw anything significant, a small detail could help us piece together what happened."

Officers believe the vehicle may have damage to ⟦glued:itsfront⟧ nearside headlight. Anyone with dashcam or doorbell footage from Canal Street, Lock Lane or Foundry Road between 11pm and midnight is asked to get in touch.

⟦break:Residents have long complained about speeding. On the stretch,⟧ which is used as a cut-through by drivers avoiding the town centre. A petition calling for traffic calming measures gathered more than 1,200 signatures last year.

Local councillor Jenny Abbott said the collision was "exactly what residents feared". ⟦fragment:Calling again for speed cameras on the road.⟧

Anyone with information can contact police quoting incident number 1123 of 14 March, or call the independent charity Crimestoppers anonymously.

⟦furniture:Comments (0)
Be the first to comment. Log in or register to join the discussion.⟧

The cycling group Ironbridge Wheelers said it would hold a short vigil at the junction on Sunday afternoon to show support for the injured rider and his family, and to call for safer routes for people travelling by bike at night.
"""))

DAMAGED.append(("Solent Evening Record", """
Ferry operator promises new timetable after winter of cancellations

The operator of the island ferry service has promised a revised timetable and two extra relief crews after a winter in which nearly one in eight crossings was cancelled or significantly delayed.

Isle Link said on Tuesday that 1,148 of its 9,320 scheduled sailings between November and February were affected, mainly because of crew shortages and mechanical faults on its oldest vessel, the MV Calshot.

Managing director Fiona Greenhalgh apologised to passengers at a public meeting in Cowley. "We have let people down this winter and I am not going to pretend otherwise," she told an audience of about 200 residents. ⟦stray:!!⟧

⟦disclaimer:[Automatically generated summary — content syndicated via NewsFlow partner feed. Accuracy not guaranteed.]⟧

Under the new timetable, which starts on 1 April, the first morning crossing will leave 15 minutes earlier to help commuters reach the mainland rail connection. The company is also recruiting two ⟦glued:reliefcrews⟧ to cover sickness and training absences.

Residents' association chair Bernard Lowe said the measures were welcome but overdue. ⟦foreign:"On a perdu confiance," a ajouté un habitant venu de Cherbourg pour la réunion.⟧

⟦placeholder:TK: confirm vessel replacement date with Isle Link press office⟧

The island's MP has written to the transport secretary asking for the route to be reviewed when the operator's contract expires in 2028. Isle Link said a replacement for the Calshot, which entered service in 1991, was under construction in Poland and expected next year. Until then, the company said, the Calshot would undergo an extended maintenance period in the autumn, when passenger numbers are lowest.
"""))

DAMAGED.append(("Ledgerline Markets", """
Copper hits two-year high as smelter outages tighten supply

Copper prices climbed to their highest level in two years on Wednesday as unplanned outages at smelters in Chile and Zambia added to concerns about tight supply heading into the second half of the year.

Benchmark three-month copper rose as much as 2.4 percent to $10,480 a tonne in afternoon trading before paring gains. The metal is up about 19 percent since the start of the year.

A fire at the Cerro Azul smelter halted production for what its operator said could be up to six weeks, ⟦glued:whilein⟧ Zambia power rationing has forced two processing plants to cut output. Together, the outages remove an estimated 45,000 tonnes of refined metal from the market.

"The market was already balanced on a knife edge," said Oliver Tenbrook, head of metals research at Harcastle Capital. "Any disruption now moves the price a lot."

⟦fragment:Though inventories remain adequate for now, according to exchange data.⟧

Stockpiles in exchange-monitored warehouses fell to 98,000 tonnes, the lowest since last March. Chinese buyers have also stepped up purchases ahead of expected grid investment.

⟦embed:@MetalsDeskLive · 2h
Copper through $10,400. Shorts getting squeezed hard into the close. 📈
♡ 214  ↻ 58  💬 12⟧

Some analysts cautioned that the rally could fade if economic data from the US and Europe weakens. ⟦stray:( ⟧Aluminium and zinc also gained, rising 1.1 percent and 0.8 percent respectively.

Mining shares rose across markets, with the sector index in London up 1.7 percent, its best day in a month.
"""))

DAMAGED.append(("Tri-County Ledger", """
School district adopts four-day week for rural campuses

The Pinecrest Unified School District will move its three most remote campuses to a four-day week starting next fall, becoming the first district in the county to adopt the schedule.

The board voted 4-1 on Wednesday to approve the change for Elkhorn, Saddle Creek and Minnow Flat schools, which together serve about 410 students. Classes will run Monday through Thursday, with school days extended by roughly 70 minutes.

Superintendent Rosa Delgado said the shift was driven largely by recruitment. The district started the year with nine unfilled teaching positions, all at rural schools. "When we ask candidates what would make them come out here, the four-day week is the first thing they mention," she said.

⟦broken_paragraph:Parents who spoke at the meeting were split. Several said the extra day would let

families handle medical appointments and farm work without pulling children out of class.⟧ Others worried about child care on Fridays.

⟦stray:“⟧Working parents cannot just take Fridays off," said Kara Whitcomb, whose two children attend Saddle Creek. The district plans to offer an optional Friday enrichment programme at Elkhorn, with bus service, though details have not been finalised.

Board member Lyle Perkins, the lone dissenting vote, cited research suggesting that four-day weeks can slow progress in maths. ⟦break:"I am not against it forever. I just want us to see data first,"⟧ he said.

⟦placeholder:<p class="pullquote">undefined</p>⟧

The district will report on attendance, test scores and teacher retention at the three schools after one year. Delgado said the board could reverse the decision if results were poor.
"""))

# ---- damaged (d2) ----
DAMAGED.append(("Meridian Wire Service", """
Quake of magnitude 6.1 rattles southern coast; no major damage reported

LA SERENA, Chile (MWS) — A magnitude 6.1 earthquake struck off Chile's northern-central coast on Sunday morning, shaking buildings in La Serena and Coquimbo but causing no major damage or casualties, authorities said.

The quake hit at 9:42 a.m. local time at a depth of about 38 kilometres, roughly 60 kilometres west of the coast, according to the national seismological centre. Several aftershocks followed, the strongest measuring 4.7.

The national disaster agency briefly ordered a precautionary evacuation of low-lying coastal areas but lifted it within an hour after the navy's oceanographic service ruled out a tsunami threat.

⟦foreign:"Se sintió fuerte, pero la gente mantuvo la calma y siguió las instrucciones," dijo la alcaldesa a una radio local.⟧

Residents described objects falling from shelves and car alarms going off across La Serena. Power was cut to about 14,000 homes, most of which had supply restored by early afternoon, the regional electricity distributor said.

⟦embed:View this post on Instagram
A post shared by Coquimbo Hoy (@coquimbohoy)⟧

Chile sits on the Pacific "Ring of Fire" and is one of the most seismically active countries in the world. Building codes were tightened after a magnitude 8.8 earthquake in 2010 that killed more than 500 people.

⟦disclaimer:This story has been machine-translated from Spanish by an automated system and has not been reviewed by an editor.⟧

Interior officials said engineers were inspecting schools, hospitals and bridges in the region as a precaution, and that classes would resume as normal on Monday unless problems were found. Mining companies operating in the area said operations had not been affected.

Seismologist Rodrigo Fuenzalida said the quake was consistent with the region's normal activity and did not indicate a larger event was imminent. ⟦break:Still, he urged residents to review emergency plans. and keep supplies⟧ of water and food at home.
"""))

DAMAGED.append(("CircuitDesk", """
Streaming service Velvo raises prices and tightens password sharing

Velvo, the streaming service owned by entertainment group Northlight Media, is raising subscription prices in the US and Canada and will begin charging extra for accounts shared outside a single household, the company said on Thursday.

The ad-free plan rises from $15.99 to $17.99 a month, while the ad-supported tier goes up by $1 to $8.99. Existing subscribers will see the new prices from their next billing date after 1 May.

Subscribers who want to let someone outside their home use their account will be able to add an "extra member" for $6.99 a month. Velvo said it would use device and network information to determine which devices belong to a household.

⟦attribution:"We have invested heavily in our slate," the company said in a statement, a spokesperson for Velvo said.⟧ "These changes allow us to keep bringing subscribers the shows and films they love."

⟦embed:Loading video player…
[Advertisement] Your video will play after this ad  0:15⟧

The move follows similar crackdowns by larger rivals, which reported subscriber gains after restricting sharing. Media analyst Dana Whitfield of Oakridge Partners said Velvo was likely to see a short-term spike in cancellations followed by sign-ups from people who had been borrowing accounts.

⟦fragment:Something rivals have already seen play out.⟧

Velvo had 41 million subscribers at the end of last year, up from 36 million a year earlier. Northlight has said it expects the streaming unit to turn a profit this year for the first time.

The company also said it would add live sports to its premium tier later this year, beginning with regional basketball, though it did not say which leagues.

⟦placeholder:Related coverage: <a href="#">{{related_title}}</a>⟧

Consumer groups criticised the increase. "Streaming was supposed to be the cheap alternative to cable," said Marco Bellini of the Viewers' Rights Coalition. "That promise is gone."
"""))

DAMAGED.append(("Dunmore Herald", """
Historic mill chimney to be saved after community campaign

The 140-foot brick chimney at the former Holloway Mill in Dunmore will be preserved as part of a housing development on the site, after a two-year campaign by local residents persuaded the developer to change its plans.

Carrow Homes had originally proposed demolishing the chimney, which dates from 1868, arguing that it was structurally unsound and would cost too much to maintain. A survey commissioned by the Holloway Chimney Trust found that the structure could be stabilised for about £380,000.

Under revised plans approved by the council's planning committee on Wednesday, the chimney will stand at the centre of a new public square surrounded by 96 homes. Carrow will contribute £250,000 towards repairs, with the trust raising the rest.

⟦dup:1⟧

⟦broken_paragraph:Trust chair Margaret Hollins, whose grandmother worked as a weaver at the mill, said the chimney was

the last reminder of the town's textile past.⟧ "Every family in Dunmore has someone who worked at Holloway's," she said. "Knock that down and you knock down our history."

Carrow's development director, Simon Reed, said the company had listened to the community. ⟦fragment:Adding that the square would become a selling point.⟧

Work on the housing is expected to start this summer. The chimney will be surrounded by scaffolding for about a year while specialist contractors repoint the brickwork and install a steel frame inside it.

The mill closed in 1982. Most of its buildings were demolished in the 1990s, leaving the chimney and a small engine house, which will become a community café.

⟦furniture:About the author: Rachel Denby covers planning and heritage for the Dunmore Herald. Follow her @rdenby_herald⟧
"""))

DAMAGED.append(("Fieldnotes Science Monthly", """
Honeybees may use floral humidity to find nectar, study suggests

Honeybees appear to sense tiny changes in humidity around flowers and use them to decide which blooms are worth visiting, according to research published this month.

Flowers that have recently been emptied of nectar release less water vapour than those that are full, because nectar evaporates. Researchers at the University of Tarrow wanted to know whether bees could detect the difference.

⟦duplicated_block:Flowers that have recently been emptied of nectar release less water vapour than those that are full, because nectar evaporates.⟧

The team built artificial flowers that released controlled amounts of humidity and offered them to colonies in a greenhouse. Over several weeks, ⟦glued:beesvisited⟧ the more humid flowers about 60 percent more often, even when there was no difference in the sugar water they contained.

"It is a bit like looking for a restaurant by seeing which ones have steamed-up windows," said lead author Dr. Hana Okonkwo. ⟦stray: ?⟧

The researchers say the findings could help explain why bees are so efficient at foraging. They also raise concerns: if a warming climate changes humidity patterns, bees may find it harder to read the signals.

⟦disclaimer:Content provided by ScienceSyndicate automated newswire. This summary was generated from a press release and may not reflect the full findings.⟧

Other scientists welcomed the work but noted its limits. Entomologist Pieter van Dam, who was not involved, said greenhouse conditions were far simpler than a real meadow. ⟦foreign:"In het veld spelen veel meer factoren een rol," zei hij, "zoals wind en temperatuur."⟧

The team next plans to test whether bumblebees and solitary bees show the same behaviour in outdoor plots.
"""))

DAMAGED.append(("Northgate Business Daily", """
Regional airline Skylark adds five routes from Northgate

Skylark Airways will launch five new routes from Northgate International this autumn, the regional carrier said on Tuesday, as it bets on recovering demand for short business trips.

The new services will connect Northgate with Aberlow, Fenmouth, Castlebridge, Kingsport and Holmfirth, with between two and four daily departures on weekdays. Fares will start at £39 one way, the airline said.

⟦attribution:Chief commercial officer Jonah Whitley said the routes had been chosen after talks with local employers, Whitley told reporters, he said.⟧ "Businesses in these cities have been telling us for a long time that driving four hours each way for a meeting is not sustainable."

The airline will base two additional turboprop aircraft at Northgate, creating about 60 jobs for pilots, cabin crew and engineers. ⟦glued:Theairport⟧ said the routes would bring its total number of destinations to 38.

⟦embed:[Embedded tweet from @SkylarkAirways]
Big news for #Northgate! Five new routes this autumn ✈️ Book now → pic.twitter.com/xxxxxx⟧

Business travel on domestic routes has been slower to recover than leisure travel. Industry figures show weekday domestic passenger numbers are still about 15 percent below their 2019 level.

Airport chief executive Helen Varga called the announcement "a vote of confidence in the region". ⟦break:Environmental campaigners were less welcoming. Saying the routes⟧ would encourage short flights that could be replaced by rail.

Skylark said its turboprops used about 40 percent less fuel per seat than comparable regional jets. ⟦placeholder:INSERT GRAPHIC: route map here⟧

Tickets go on sale next week through the airline's website and app, with introductory fares available until the end of August.
"""))

DAMAGED.append(("Harborline Courier", """
Fishing fleet faces cut to cod quota for third straight year

Commercial fishermen working out of Port Willow will face a further reduction in their cod allowance next year after regulators approved a 12 percent cut to the regional quota on Friday.

The decision by the Northern Fisheries Council brings the total reduction since 2024 to nearly 30 percent. Regulators said surveys showed spawning stocks remained below the level needed for a healthy population.

Skipper Arne Johansen, who has fished out of Port Willow for 31 years, said the cuts were pushing smaller boats out of business. "You cannot run a boat on hope," he said. "Fuel goes up, insurance goes up, and they keep cutting."

⟦dup:1⟧

⟦broken_paragraph:Fisheries biologist Leah Carmody, who presented the stock assessment, said the decline was driven by

warmer water pushing young cod further north, as well as fishing pressure.⟧ She said the council had no choice under federal law.

The council did approve a small increase in the haddock quota, which some fishermen hope will partly offset the loss. Port Willow harbour master Dennis Rourke said about 40 boats currently land fish at the town's pier, down from more than 70 two decades ago.

⟦furniture:ADVERTISEMENT
Continue reading below⟧

Local lawmakers have asked for federal disaster relief for the fleet. ⟦stray:  .⟧ A similar request was approved in 2013 after a previous collapse.

The new quota takes effect on 1 May. Fishermen's groups said they would ask the council to revisit the figures at its autumn meeting.
"""))

# ---- damaged (d3) ----
DAMAGED.append(("Baywater Tribune", """
Baywater hospital opens expanded emergency department

⟦furniture:Home | News | Sport | Business | Opinion | Obituaries | E-Edition⟧

Baywater General Hospital on Monday opened a $48 million expansion of its emergency department, nearly doubling the number of treatment bays and adding a separate area for children.

The new wing has 42 bays, up from 23, along with four resuscitation rooms and a dedicated entrance for ambulances. The paediatric section, decorated with murals painted by students from Baywater High School, has its own waiting room.

Emergency physician Dr. Alicia Romero said the old department had been designed for about 30,000 visits a year but had been handling more than 55,000. "Patients were waiting in corridors," she said. "Nurses were charting on the tops of supply carts."

Hospital officials said the expansion would cut average waiting times by about a third⟦stray: ;;⟧ though they cautioned that staffing remained a challenge. The hospital has hired 36 nurses and six physicians for the new wing but still has vacancies.

⟦disclaimer:Editor's note: Portions of this article were generated with the assistance of an AI tool and reviewed by our syndication partner.⟧

Chief executive Graham Pell said the project was funded through a combination of state grants, a hospital bond and ⟦glued:$9million⟧ raised by the hospital foundation. The largest single donation, $2 million, came from the family of a former harbour pilot.

Patients arriving on Monday morning were among the first to use the new space. Retired teacher Evelyn Marsh, 78, brought in after a fall, said the difference was striking. ⟦fragment:Brighter, quieter and with actual chairs.⟧

The old department will be renovated over the next year to house an urgent care clinic for less serious injuries, which hospital officials hope will further ease pressure on emergency staff.
"""))

DAMAGED.append(("Ironbridge Post", """
Town centre market to return to Saturdays after council U-turn

Ironbridge's weekly street market will move back to Saturdays from next month, reversing a decision made last year to hold it on Thursdays.

The council switched the market to Thursdays in an effort to bring more people into the town centre on a quieter weekday. But traders said footfall had fallen sharply, and several stallholders quit.

⟦attribution:"Thursday was a disaster for us," said fruit and vegetable trader Colin Pryce, stall holder Colin Pryce told the Post.⟧ "We were packing up half the stock we brought."

A council survey of 640 residents found that 71 percent preferred a Saturday market. Only 12 percent said they were more likely to visit on a Thursday.

⟦dup:1⟧

⟦broken_paragraph:Councillor Amrit Sandhu, cabinet member for the high street, said the council had

made the change in good faith but accepted that it had not worked.⟧ "We tried something, we listened, and we are putting it right," she said.

The market will run from 8am to 3pm on Saturdays in the Square and along Bridge Street. The council is also waiving pitch fees for the first month to encourage traders to return.

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.⟧

Ironbridge Chamber of Trade welcomed the decision. Chair Pauline Grey said shops in the Square had noticed fewer customers on Saturdays since the market moved. ⟦break:She hoped the return. Would bring back⟧ visitors from surrounding villages who had stopped coming.

The first Saturday market is scheduled for 5 April, with a brass band and children's activities planned.
"""))

DAMAGED.append(("CircuitDesk", """
Open-source project Fernwood ships long-awaited 2.0 release

The volunteers behind Fernwood, the open-source database engine used by thousands of small businesses, released version 2.0 on Monday after nearly three years of development.

The update rewrites the engine's storage layer, which the project says makes write-heavy workloads up to four times faster. It also adds built-in replication, a feature users have requested since the project's early days.

"We could have shipped this a year ago with rough edges," said maintainer Tobias Lindqvist in a blog post announcing the release. "We decided it was better to take our time. A database has to be boring in the best sense."

⟦embed:▶ Listen to this article
00:00 ━━━━━━━━━━━━━━ 05:12
Powered by AudioVox⟧

Fernwood started in 2017 as a hobby project by Lindqvist and two university friends. It now has more than 300 contributors and is funded partly through donations and sponsorships from hosting companies.

The new release drops support for some older operating systems, and users upgrading from 1.x will need to migrate their data files using a conversion tool. ⟦glued:Theproject⟧ said migration could take several hours for large databases.

⟦foreign:Das Upgrade sollte zuerst in einer Testumgebung durchgeführt werden, bevor man es produktiv einsetzt.⟧

Developer Sunita Rao, who runs an inventory system on Fernwood for a chain of hardware stores, said early tests were promising. ⟦fragment:Though she planned to wait for the first bug-fix release before upgrading.⟧

⟦furniture:Newsletter
Get the week's most important tech stories in your inbox every Friday.
[Enter your email]  [Sign up]
By signing up you agree to our Terms and Privacy Policy.⟧

The project says version 1.x will receive security fixes until the end of next year.
"""))

DAMAGED.append(("Meridian Wire Service", """
Drought forces water restrictions across southern farming region

MADRID (MWS) — Authorities in southern Spain imposed new water restrictions on farms and towns on Tuesday as reservoirs in the Guadalquivir basin fell to their lowest level in more than a decade.

Irrigation allowances for farmers will be cut by 40 percent for the coming season, and 27 municipalities will face limits on the use of water for gardens, pools and street cleaning, the regional water authority said.

Reservoirs in the basin are at 21 percent of capacity, compared with a ten-year average of about 50 percent for this time of year. Rainfall since October has been less than half the normal amount.

⟦foreign:"La situación es crítica y no podemos esperar a que llueva," afirmó el presidente de la confederación hidrográfica en rueda de prensa.⟧

Farmers' organisations warned that the cuts would hit olive, citrus and strawberry growers hard. ⟦glued:Strawberryproducers⟧ in Huelva, who supply much of northern Europe in late winter and spring, have already reduced planting.

⟦disclaimer:(Translated by MWS automated translation service; not verified by a journalist.)⟧

Environmental groups said the crisis showed the need to rethink the region's reliance on water-intensive crops and to crack down on illegal wells, which they say drain aquifers feeding the Doñana wetlands.

⟦break:The government has pledged funds for desalination plants. And water recycling,⟧ but most projects will take years to complete. In the meantime, some towns are preparing to bring in drinking water by ship or truck if reservoirs continue to fall.

Meteorologists said there was little sign of relief in the short term⟦stray: 。⟧ Forecasts for the next month point to above-average temperatures and below-average rainfall across much of the Iberian Peninsula.
"""))

DAMAGED.append(("Pitchside Report", """
Marlowe storms to first major title at Greyhaven Open

Eighteen-year-old Lucy Marlowe won her first major tennis title on Sunday, beating third seed Anastasia Petrenko 6-3, 7-6 (4) in the final of the Greyhaven Open.

Marlowe, ranked 61st in the world at the start of the fortnight, became the youngest champion in the tournament's history. She did not drop a set in seven matches.

⟦dup:1⟧

"I do not think it has sunk in yet," Marlowe said on court, clutching the trophy. "I came here hoping to win a couple of rounds. ⟦stray:""⟧

The teenager broke Petrenko's serve in the opening game and never looked back in the first set, dictating rallies with a heavy forehand. The second set was tighter, with Petrenko saving three match points at 5-4 before forcing a tie-break.

⟦attribution:Petrenko was gracious in defeat, she said, Petrenko told reporters.⟧ "She played fearless tennis," the Ukrainian said. "When you are young you do not think about the pressure. I remember that feeling."

⟦embed:Sorry, this video is not available.
Error code: 232011
[ Replay ] [ Share ] [ Copy link ]⟧

Marlowe's victory is expected to lift her into the top 25 when rankings are updated on Monday. She will earn around $1.2 million in prize money, more than she had won in her entire career before this event.

Her coach, former doubles player Ed Kinsella, said the plan was to keep things simple. ⟦fragment:To let her enjoy the moment, then get back to work.⟧

Marlowe now heads to the clay-court season, where she has never won a main-draw match at tour level.
"""))

DAMAGED.append(("Kestrel Valley Gazette", """
Valley orchard growers count cost of late frost

Fruit growers in the Kestrel Valley say a hard frost in the last week of April may have destroyed up to half of this year's apricot and cherry crop, with apples and pears also damaged in lower-lying orchards.

Temperatures dropped to minus 4 degrees Celsius on the night of 26 April, just as many trees were in full bloom. Growers ran wind machines and sprinklers through the night, but the cold lasted longer than expected.

"We were out from midnight until seven in the morning," said Greta Holm, who farms 60 acres of cherries east of town. "You do everything you can, and then you just wait for the sun to come up."

⟦placeholder:[caption id="attachment_8841" align="alignnone" width="800"]⟧ Cherry blossoms damaged by frost at an orchard east of Kestrel Valley. ⟦placeholder:[/caption]⟧

⟦broken_paragraph:County agricultural extension agent Ben Tillery said it would be several weeks before the full extent

of the damage was known.⟧ Blossoms that look healthy can still fail to set fruit, he said.

⟦glued:Growersare⟧ being urged to document losses carefully in case federal disaster assistance becomes available. Most orchards in the valley carry crop insurance, but many policies have high deductibles.

The frost comes after two strong harvests that had helped growers recover from low prices earlier in the decade. ⟦fragment:A reminder of how fragile the business is.⟧

Local packing houses, which employ several hundred seasonal workers, say they expect to operate with reduced crews this summer. The Kestrel Valley Fruit Growers Association will hold a meeting on 12 May to discuss the losses and possible assistance.
"""))

# ---- damaged (d4) ----
DAMAGED.append(("Ledgerline Markets", """
Central bank holds rates, signals cut possible by summer

The central bank left its benchmark interest rate unchanged at 4.25 percent on Thursday but signalled that it could begin lowering borrowing costs by the summer if inflation continues to ease.

All nine members of the monetary policy committee voted to hold, the first unanimous decision in more than a year. In its statement, the committee said price pressures had "moderated materially" but that services inflation remained too high.

⟦attribution:Governor Elaine Marchbank said the bank was "not yet ready" to cut, she told a press conference, Marchbank said.⟧ "We need to see further evidence that inflation is returning sustainably to target," she said. "⟦glued:Weare⟧ getting closer."

Annual consumer price inflation fell to 2.9 percent in February from 3.4 percent in January, its lowest level in three years. The bank's target is 2 percent.

⟦embed:[Chart: Inflation vs. policy rate, 2020–2026]
Interactive chart — enable JavaScript to view. Source: Ledgerline Data⟧

Markets reacted calmly. The currency slipped 0.2 percent against the dollar, while two-year government bond yields fell by five basis points as traders increased bets on a June cut.

⟦broken_paragraph:Economist Farid Haddad of Westmere Bank said the statement was more dovish than expected and that the

committee appeared to be preparing the ground for a move.⟧ "The door is not just open, it is propped open," he said.

Business groups urged the bank to act sooner, citing weak investment and a rise in insolvencies among small firms. The next policy decision is due on 8 May.

⟦disclaimer:This report was produced automatically by Ledgerline's market-data system and distributed via partner feeds without editorial review.⟧
"""))

DAMAGED.append(("Solent Evening Record", """
Beach huts sell for record price as seaside demand soars

A beach hut on the seafront at Marsham has sold for £312,000, a record for the town and more than many one-bedroom flats in the area, estate agents said on Wednesday.

The hut, which measures about 12 feet by 8 feet and has no running water or electricity, overlooks the sandspit at the eastern end of the promenade. It was sold by sealed bids after attracting interest from more than 30 buyers.

Agent Ruth Cardew said the result had surprised even her team⟦stray: ,⟧ which had valued the hut at around £220,000. "People fall in love with that view," she said. "You cannot build any more of them, and that is what drives the price."

⟦dup:2⟧

Huts on that stretch of beach cannot be used overnight, and owners pay annual fees to the borough council of about £1,100. ⟦fragment:Not to mention the insurance.⟧

Local councillor Mark Ellery said the prices were a sign of how much the town had changed. ⟦foreign:"Tutti vogliono un pezzo di mare," ha detto un turista italiano in vacanza con la famiglia.⟧

⟦placeholder:Photo: {{photo_credit}} / {{agency}}⟧

The previous record for a hut in Marsham was £265,000, set two years ago. Prices for huts elsewhere along the coast have also risen sharply, driven by buyers from London and the Midlands.
"""))

DAMAGED.append(("Tri-County Ledger", """
Sheriff's office launches drone program for search and rescue

The Tri-County Sheriff's Office has begun using drones equipped with thermal cameras to help locate missing hikers and people who wander away from home, officials said on Friday.

The office bought four drones for about $62,000 using a state public safety grant. Eight deputies have completed training and received federal certification to fly them.

Sheriff Dale Whitaker said the drones had already proved their value. Last month, a drone operator found an 81-year-old man with dementia who had walked away from his home in Cedar Gap, spotting his heat signature in a wooded ravine about a mile away within 40 minutes. "⟦glued:Thatsearch⟧ would have taken a team on foot most of the night," Whitaker said.

⟦fragment:Searching terrain that is often steep and heavily forested.⟧

⟦broken_paragraph:Civil liberties advocates have raised questions about how the drones will be used and whether footage

will be stored.⟧ ⟦attribution:The sheriff's office said the drones would be used only for search and rescue, accident reconstruction and emergencies, officials said in a statement.⟧ Footage not connected to a case will be deleted after 30 days.

County commissioner Irene Baptiste said she supported the program but wanted a written policy. "I trust our current sheriff," she said. "Policies are for the next one."

⟦placeholder:null⟧

The office plans to present a formal policy to the commission in June. Similar programs have been adopted by sheriff's offices in at least 14 counties in the state, according to the state sheriffs' association. Residents can comment on the draft at the commission's next meeting.
"""))

DAMAGED.append(("Harborline Courier", """
Downtown bakery wins state award for sourdough

A small bakery on Front Street has been named the state's best bread bakery, beating more than 200 entries in an annual competition run by the state restaurant association.

Salt & Rye, which opened in 2021, took the top prize for its country sourdough, a loaf made with locally milled wheat and fermented for 36 hours. The bakery also won a silver medal for its seeded rye.

⟦dup:1⟧

Owner Nadia Brennan, who started baking bread in her apartment during the pandemic, said she found out about the award by phone while pulling loaves from the oven. "I nearly dropped the tray⟦stray: !⟧" she said.

⟦broken_paragraph:Brennan buys flour from a mill in the valley that grinds grain grown

within 50 miles of Port Willow.⟧ She said the quality of the flour was the secret behind the bread's flavour.

⟦furniture:This article is for subscribers only. You have read 3 of 3 free articles this month. Subscribe now to keep reading.⟧

Since the award was announced, the bakery has been selling out by 10 a.m. Brennan said she had hired two additional bakers and was considering opening on Mondays. ⟦break:Regulars have had to adjust. Arriving earlier⟧ than usual or pre-ordering by phone.

⟦glued:Judgeswrote⟧ that the sourdough had "a deep, complex flavour and a crust that shatters just right". The award comes with a $2,500 prize, which Brennan said she would put toward a second oven.
"""))

DAMAGED.append(("Dunmore Herald", """
Bus company scraps evening services on three routes

Dunmore residents will lose evening bus services on three routes from next month after operator Greenline Buses said the journeys were no longer viable.

Buses on routes 4, 7 and 12 will stop running after 7pm on weekdays and after 6pm on Saturdays. Sunday services on route 12 will be withdrawn entirely. Greenline said passenger numbers on the affected journeys had fallen by more than half since 2019.

⟦disclaimer:Dieser Artikel wurde automatisch aus dem Englischen übersetzt und zurückübersetzt. / This article was automatically translated.⟧

⟦attribution:"We have tried to protect these services for as long as possible," Greenline's operations manager Karen Pugh said, Greenline said.⟧ "Without extra support, we simply cannot keep running empty buses."

Passengers said the cuts would leave shift workers stranded. Care worker Tamsin Hughes, who finishes at 9pm, said she would now have to take a taxi home. ⟦fragment:At a cost of around £12 each night.⟧

The county council, which funds some routes, said its budget for supported services had been cut by 20 percent this year. A spokesperson said officials were "exploring options" including demand-responsive minibuses.

⟦embed:Poll: Do you use the bus in the evening?
○ Yes, regularly  ○ Occasionally  ○ Never
[Vote] View results⟧

The changes come a year after Greenline scrapped route 9, which linked the town centre with the Westfields estate. Campaign group Dunmore Bus Users said it would collect signatures for a petition to the council and urged residents to write to their councillors before the budget meeting in March.

⟦furniture:Follow the Dunmore Herald on Facebook, X and Instagram for the latest updates. Sign up to our daily newsletter.⟧
"""))

DAMAGED.append(("Fieldnotes Science Monthly", """
Ancient footprints push back human arrival on island, researchers say

Footprints pressed into volcanic ash on a remote Pacific island suggest people arrived there at least 800 years earlier than previously thought, according to a study published on Wednesday.

The prints, 23 in all, were found on a coastal terrace after a storm stripped away layers of sand. They appear to have been left by at least four people, including two children, walking toward the shore.

Researchers dated the ash layer to about 1,900 years ago using several methods. ⟦break:Previous archaeological evidence, including pottery. Fragments and shell tools,⟧ had pointed to a first settlement around 1,100 years ago.

"Footprints are a snapshot of a moment," said archaeologist Dr. Kalani Akana, one of the study's authors. "Someone walked here on a particular afternoon ⟦stray:--⟧ and the ash preserved it."

⟦placeholder:[INSERT MAP]⟧

Other researchers said the dating would need to be confirmed. Geologist Thomas Hirsch said that volcanic layers could sometimes be mixed by later eruptions. ⟦fragment:Which could make the prints appear older than they are.⟧

⟦foreign:研究チームは、足跡が少なくとも四人の人物によって残されたと結論づけている。⟧

The team has worked with local communities, who asked that the exact location be kept secret to protect the site. A cast of several prints will be displayed at the island's cultural centre later this year.

The study appears in the Journal of Island Archaeology. The researchers plan to return next year to search for further prints along the same terrace before the next storm season.

⟦furniture:Related articles
• The people who sailed the Pacific first
• How volcanic ash preserves the past
• Five ancient footprints that rewrote history⟧
"""))

# ---- damaged (d5) ----
DAMAGED.append(("Northgate Business Daily", """
Chipmaker Arcline to build £1.1bn packaging plant near Northgate

Semiconductor firm Arcline said on Thursday it would build a £1.1 billion advanced packaging plant on the former Wexley airfield, north of Northgate, creating up to 900 jobs when fully operational.

The plant will assemble and test chips designed for data centres and electric vehicles, a step in production that has been concentrated in Asia. Construction is expected to begin next year, with the first lines running by 2029.

Arcline chief executive Mira Sandoval said the company had chosen the site because of its access to skilled engineers from Northgate's two universities and a grid connection already in place from the old airfield. "It is the right ⟦glued:place,and⟧ the right time," she said.

⟦fragment:Said the decision followed two years of talks with the government.⟧

The government will provide about £150 million in grants and tax relief, according to people familiar with the arrangement. Ministers have made attracting chip manufacturing a priority after shortages during the pandemic disrupted car factories.

⟦placeholder:${EMBED_GALLERY_4471}⟧

⟦broken_paragraph:Local residents have raised concerns about traffic and water use. The plant is expected to use

about 2 million litres of water a day,⟧ though Arcline said much of that would be recycled on site.

⟦disclaimer:This content was automatically syndicated from a partner publication. Translation and formatting may differ from the original.⟧

Northgate council leader Phil Oduro said the investment was "the biggest vote of confidence in this region for a generation." ⟦break:Arcline's shares rose 3 percent. in early trading⟧ on the news.
"""))

DAMAGED.append(("Pitchside Report", """
Harbourside Hawks clinch netball league with game to spare

The Harbourside Hawks secured the national netball league title on Sunday with a 61-48 win over the Eastvale Comets, ending a nine-year wait for the championship.

Goal shooter Maya Adeyemi scored 44 goals from 47 attempts as the Hawks pulled clear in the third quarter, outscoring the Comets 17-9 in a decisive spell.

"This is for everyone who stuck with us through the lean years," captain Erin Callaghan said after the final whistle, tears in her eyes. ⟦stray:""⟧ We never stopped believing.⟦stray:""⟧

⟦embed:TikTok video by @hawksnetball — "CHAMPIONS 🏆💜" — 48.2K likes
Tap to unmute⟧

The Comets had led by two goals at half-time after a fast start, with wing attack Priya Shah threading a series of passes into the circle. But the Hawks switched to a zone defence after the break and forced a string of turnovers.

⟦attribution:Head coach Donna Reeves, speaking to reporters, the coach said, said the defensive change had been planned all week.⟧ "We knew they liked to play through the middle," she said. "We wanted to take that away."

⟦dup:1⟧

The Hawks have lost only one of their 13 matches this season. They finish the regular season away to the Northfield Stars next weekend before the play-offs, where they will be top seeds.

⟦foreign:"Ganamos juntas y eso es lo más importante," dijo la defensora Lucía Ortega, que llegó al equipo el año pasado.⟧

The Comets remain second but could be overtaken by the Stars if they lose next weekend.
"""))

DAMAGED.append(("Baywater Tribune", """
Residents push back on plan for 14-storey tower near marina

A proposal to build a 14-storey apartment tower near the Baywater marina drew more than 150 people to a planning commission hearing on Tuesday, most of them opposed to the project.

Developer Coastline Partners wants to build 186 apartments, including 28 affordable units, on a former boatyard on Harbour Way. The building would be the tallest in Baywater, nearly twice the height of the nearest structure.

Opponents said the tower would block views of the bay, cast shadows over the public marina walk and add traffic to narrow streets. ⟦fragment:A tower, on our waterfront, of all places.⟧

⟦glued:Coastlinepartner⟧ Raj Mehta said the city needed housing and that the site was close to bus routes and shops. "We have heard the concerns and we have already reduced the height from 18 storeys," he said. "There is a housing crisis, and this is a serious response to it."

Some speakers supported the project⟦stray: [⟧ including several young renters who said they had been priced out of the town. "I grew up here and I cannot afford to live here," said Tess Morrow, 27, a nurse at Baywater General.

⟦furniture:We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.  [Accept all]  [Manage preferences]⟧

The commission did not vote on Tuesday. ⟦break:Chair Robert Lin said the commission. Would consider the proposal⟧ at its next meeting after staff review the shadow study submitted by the developer.

⟦placeholder:[READ MORE: link_placeholder]⟧

The city's housing plan calls for 1,400 new homes by 2031. Fewer than 300 have been approved so far.
"""))

DAMAGED.append(("Meridian Wire Service", """
Flooding cuts off villages in northern Italy after days of heavy rain

MILAN (MWS) — Heavy rain triggered floods and landslides across northern Italy on Saturday, cutting off several Alpine villages and forcing the evacuation of about 2,000 people, civil protection officials said.

Rivers in Lombardy and Piedmont burst their banks after more than 300 millimetres of rain fell in 48 hours in some areas. Roads and rail lines were closed, and rescue teams used helicopters to reach residents in the Val Sesia.

⟦foreign:"Non abbiamo mai visto niente del genere in trent'anni," ha raccontato un residente di Varallo, mostrando la strada distrutta dall'acqua.⟧

No deaths had been reported by Saturday evening, but two people were missing after their car was swept away near Biella, officials said. ⟦glued:Firefighterssaid⟧ they had carried out more than 400 rescues.

⟦disclaimer:[Auto-translated from Italian. Original: Agenzia partner. Machine translation may contain inaccuracies.]⟧

The region's president declared a state of emergency and asked the national government for help. ⟦attribution:"The damage is enormous," he said in a video message, the president declared.⟧

⟦broken_paragraph:Meteorologists said the storm was fed by unusually warm water in the Mediterranean, which allowed

the system to carry large amounts of moisture.⟧ More rain is forecast for Sunday, though it is expected to be lighter.

Italy has suffered a string of deadly floods in recent years, including in Emilia-Romagna in 2023, when 17 people died. Scientists say climate change is making extreme rainfall events more frequent in the region.

Authorities urged residents in affected valleys to avoid travel and stay away from riverbanks until water levels fall.
"""))

DAMAGED.append(("Kestrel Valley Gazette", """
High school robotics team heads to world championship

A team of students from Kestrel Valley High School will compete at the world robotics championship in Houston next month after winning the state title for the first time.

The team, known as the Circuit Breakers, beat 48 schools at the state competition in March with a robot designed to stack cones and balance on a tilting platform. The 14 students built and programmed the robot over six weeks.

⟦attribution:"We were not expecting this at all," said team captain Sofia Reyes, 17, Reyes said.⟧ "Our robot broke twice on the first day. We were fixing it with zip ties between matches."

⟦dup:1⟧

Teacher and team adviser Greg Amundsen said the students had done most of the work themselves. ⟦fragment:Designing, wiring, coding, even the fundraising.⟧

The trip will cost about $18,000 for travel, hotel rooms and registration. The team has raised about half that amount through a car wash, a pancake breakfast and ⟦glued:donationsfrom⟧ local businesses, and is seeking more.

⟦placeholder:Donate here: [LINK]⟧

The world championship brings together more than 600 teams from around 50 countries. ⟦break:Amundsen said the goal was to learn. And to enjoy the experience,⟧ but the students have other ideas. "We want to win," Reyes said.

The team leaves for Houston on 15 April. Anyone wishing to support the trip can contact the school office during term time.
"""))

# ---- clean (c1) ----
CLEAN.append(("CircuitDesk", """
nuVolt's eBike Mini and the QUIQ dock: hands-on with this year's oddest gadgets

LAS VEGAS — Every January the show floor fills with products whose names look like typos, and this year was no exception. We spent two days trying the ones that might actually ship.

First up was the eBike Mini from nuVolt, a folding electric bicycle that weighs 14.8kg and, the company claims, charges to 80 percent in 45 minutes. The lowercase "n" is deliberate, nuVolt's marketing lead, Carys Odell, told us. "It's meant to look like a volt meter reading," she said, a little wearily, as if she had been asked that question a hundred times.

Next door, the start-up QUIQ was showing the QUIQ Dock 2, a USB-C hub that doubles as a wireless charger for phones, earbuds and a watch at once. It supports 100W pass-through charging and two 4K displays at 60Hz. Price: $149. Availability: "spring," according to the company.

Then there is h2Go, whose refillable hydrogen canister for camping stoves drew a crowd of curious engineers. The firm's co-founder, Mateusz Wróbel, insisted the product was safer than butane. We were not allowed to test it indoors, which is probably fair.

The strangest name belonged to iLLUMi8, a maker of smart bulbs that can, among other tricks, sync to the tempo of whatever is playing on your TV. The CEO, Jae-won Park, pronounces it "illuminate". His staff pronounce it three different ways.

A few themes emerged. On-device AI was everywhere, often without any explanation of what it did. Matter support, the smart-home standard backed by most large platforms, has finally become routine. And USB-C has all but won: we saw exactly one new product with a micro-USB port, and its maker looked embarrassed about it.

Will any of these reach store shelves? Some will. The eBike Mini is already on pre-order in the EU at €1,299, and nuVolt says US shipments begin in April. QUIQ and iLLUMi8 said they would announce prices later in the year. h2Go is still waiting for certification.

We will publish full reviews when we get final hardware.
"""))

CLEAN.append(("Meridian Wire Service", """
NATO, EU officials meet on Arctic security as shipping traffic grows

TROMSØ, Norway (MWS) — Defence and foreign policy officials from NATO and the European Union met in northern Norway on Tuesday to discuss security in the Arctic, where melting sea ice is opening new shipping lanes and raising the risk of accidents and confrontation.

The two-day meeting, hosted by the Norwegian government, brought together representatives of the U.S. Department of Defense, the U.K. Ministry of Defence, the European External Action Service (EEAS) and the coast guards of several Nordic countries.

Officials discussed search-and-rescue coordination, the protection of undersea cables and the monitoring of so-called "shadow fleet" tankers that use the Northern Sea Route. According to one senior EU official, traffic on Arctic routes rose by about 35 percent between 2020 and 2025, though it remains a fraction of that through the Suez Canal.

"The Arctic is no longer remote," Norway's deputy defence minister, Kari Solheim, said at the opening session. "It is a neighbourhood, and like any neighbourhood it needs rules and people who enforce them."

A U.S. official, who spoke on condition of anonymity because the talks were closed, said Washington wanted allies to share more data from satellites and maritime patrol aircraft, including P-8 Poseidons operating from Andøya and Keflavík.

The Arctic Council, the main forum for co-operation among the eight Arctic states, has had its work sharply curtailed since 2022. Several delegates said informal arrangements such as this week's meeting were filling the gap, though not fully.

Environmental groups urged officials not to neglect the risk of oil spills. The WWF's Arctic programme said in a statement that a major spill in ice-covered waters would be "almost impossible to clean up with current technology."

The meeting ends on Wednesday with a joint statement expected on search and rescue. Officials said a follow-up session would be held in Reykjavík in the autumn, with Canada and Denmark, on behalf of Greenland, expected to send ministers.
"""))

CLEAN.append(("Baywater Tribune", """
#SaveTheSeals campaign goes viral after pup spotted on Baywater beach

A grey seal pup that spent three days resting on Baywater's South Beach has become an unlikely social media star, with a hashtag started by a local schoolgirl trending across the region this week.

The pup, nicknamed Biscuit by beachgoers, appeared on Saturday morning near the lifeguard tower. Marine mammal rescuers from the Coastal Wildlife Trust fenced off a section of sand to keep people and dogs at a distance.

Ten-year-old Ava Lindgren posted a photo on her mother's account with the tag #SaveTheSeals and a plea for people to give the animal space. By Monday, the post had been shared more than 40,000 times, and the tag had been picked up by accounts including @CoastalWildlifeTrust and the city's own @BaywaterCity.

"I just didn't want anyone to bother him," Ava said. "Seals need to sleep. That's what my teacher told us."

The trust's rescue coordinator, Luis Navarro, said the attention had been mostly positive. Volunteers at the cordon answered hundreds of questions, and the trust received more than $6,000 in donations through its website over the weekend.

But he cautioned that crowds could stress young seals. "Please, enjoy him from the promenade, and keep dogs on leads," he said. "If you see a seal on the beach, call us rather than trying to help."

Some posts under the hashtag drew criticism for showing people getting too close for selfies. The @BaywaterPolice account reminded residents that disturbing marine mammals is an offence under state and federal law.

Biscuit returned to the sea on Tuesday evening, apparently in good health. Navarro said the pup had likely been left on the beach while its mother fed offshore, which is normal behaviour.

Ava said she planned to keep the hashtag going. "There will be more seals," she said.

The trust's hotline is staffed 24 hours a day during pupping season, which runs from November to February.
"""))

CLEAN.append(("Harborline Courier", """
Scam texts impersonate Port Willow utility; how to check a message is real

Port Willow officials are warning residents about a wave of text messages that claim to come from the city's water utility and threaten to cut off service unless an overdue bill is paid immediately.

The messages direct recipients to websites such as portwillow-water-pay.example.net, which closely copy the look of the city's real payment page. Officials stress that the only genuine address for online payments is www.portwillow.example.gov/utilities/pay.

"We will never threaten to shut off water by text, and we will never ask you to pay through a link in a message," said utility billing manager Theresa Gallo. "If something feels off, it probably is."

At least 17 residents have reported losing money, according to the Port Willow Police Department, with losses ranging from $40 to more than $900. Detective Ramon Castellanos said the scammers appeared to be using lists of phone numbers bought online and were not targeting specific people.

Residents who receive a suspicious message can forward it to the city at fraud@portwillow.example.gov, or to 7726, the short code used by most mobile carriers to report spam. The city has also set up a page explaining how to spot fake messages at portwillow.example.gov/scamalert.

Tips from the utility include checking the sender's number against the one printed on a paper bill, never entering card details on a page reached through a text, and calling the billing office directly at (555) 014-2230 during business hours.

Older residents appear to have been hit hardest. The senior centre on Harbour Road will hold a free session on avoiding scams on Thursday at 10 a.m., led by volunteers from the Port Willow Public Library.

Anyone who believes they have been defrauded should contact their bank immediately and file a report with the police non-emergency line. Gallo said that customers who are genuinely behind on their bills can call to set up a payment plan, and that shut-off notices are always sent by post at least 30 days in advance.
"""))

CLEAN.append(("Ironbridge Post", """
Crowded meeting airs views on plan to close Foundry Road library

More than 120 people packed into St Luke's church hall on Wednesday evening to give their views on a council proposal to close Foundry Road library and replace it with a mobile service.

The council says the branch, which costs about £180,000 a year to run, is among the least used in the borough. Opponents say that is because its opening hours were cut twice in five years.

"You reduce the hours, then you say nobody comes, then you close it," said retired postman Keith Dorrington, to loud applause. "We have seen this film before."

Primary school teacher Aisha Kamara said her pupils relied on the library for homework help. "Some of these children don't have a quiet place at home, let alone a computer," she said. "This is the quiet place."

Councillor Howard Blythe, who chairs the council's communities committee, said no decision had been made. "I have been a member of this library since I was six," he told the meeting. "Nobody wants to close anything. But we have to find £4 million this year, and every option on the table is painful."

Student Megan Foley, 17, said she had revised for her exams at Foundry Road every weekend. "A van that turns up once a fortnight is not a library," she said.

Others questioned the council's figures. Local historian Gareth Pryce argued that visitor counts did not include people attending the branch's reading groups and job clubs, which meet in a room next door. Library campaigner Helen Osei said the group had collected 2,300 signatures and would present them at the next full council meeting.

The consultation closes on 30 April. Blythe said all responses, including those made at the meeting, would be read before the cabinet votes in June.

A second public meeting will be held at the Ironbridge Community Centre on 17 April.
"""))

CLEAN.append(("Kestrel Valley Gazette", """
County fair adds night rodeo and expands livestock barns

The Kestrel County Fair will add a night rodeo and a new livestock barn this summer as organisers prepare for what they expect to be record attendance.

The fair, which runs from 6 to 11 August, drew about 68,000 visitors last year, up from 52,000 in 2023. Fair manager Donna Pruitt said the growth had strained facilities, particularly the barns used by 4-H and FFA members to show animals.

The new 18,000-square-foot barn, built with a state grant and donations from local ranchers, will house sheep and goats, freeing up space in the older barns for cattle and pigs. Construction is due to finish in July.

The rodeo, to be held on the Friday and Saturday evenings, will include bull riding, barrel racing and a children's mutton busting event. Tickets will cost $15 for adults and $8 for children.

"People have been asking for this for years," Pruitt said. "It was just a matter of finding the money and the lights."

Other changes include a larger area for food trucks and a shuttle from the high school parking lot.

Correction: An earlier version of this article incorrectly stated the dates of the fair. The fair runs from 6 to 11 August, not 5 to 10 August. The article also misspelled the name of the fair manager. She is Donna Pruitt, not Donna Pruett. The Gazette regrets the errors.

Volunteers are still needed for gate duty, parking and the information booth. Those interested can sign up at the fair office on Main Street, open weekdays from 9 a.m. to 4 p.m., or by calling the office. Volunteers receive a free season pass and a T-shirt.

Entry to the fair remains $10 for adults, with children under six admitted free. A family pass covering two adults and up to three children costs $30.

The fair's organising committee will hold its final planning meeting on 15 July, which is open to the public.
"""))

CLEAN.append(("Fieldnotes Science Monthly", """
The lighthouse keeper's daughter who mapped the tides

In the archive of the Breton port town of Saint-Quay there is a stack of notebooks bound in faded blue cloth. They belong to Marie-Anne Le Goff, who between 1881 and 1919 recorded the height of the tide outside her father's lighthouse four times a day, every day, without a single gap.

Historians of science have only recently begun to take her seriously. Oceanographer Dr. Yannick Morvan, who spent three years transcribing the notebooks, calls her record "one of the longest continuous tide series kept by a single person anywhere in the world."

On the first page of the first notebook, Le Goff wrote a line that Morvan has framed on his office wall: « La mer ne ment jamais, il suffit de la regarder. » — "The sea never lies; you only have to watch it."

Her readings have turned out to be unexpectedly useful. Because they predate most official gauges on this coast, they let scientists estimate how much the local sea level has risen since the late nineteenth century: about 22 centimetres, Morvan and colleagues reported last year, slightly more than the global average over the same period.

Le Goff never married and never left the town for longer than a week. She taught herself mathematics from her brother's school books and corresponded, briefly, with the hydrographic office in Paris, which thanked her politely and filed her letters away.

"She knew exactly what she was doing," said Anne Kerbrat, an archivist who helped locate the notebooks. "She just had nobody to tell."

Her last entry, dated 3 March 1919, reads simply: « Marée haute, 6 h 10. Vent d'ouest. » — "High tide, 6:10. West wind." She died two weeks later of influenza.

A plaque in her honour was unveiled at the lighthouse last autumn. The notebooks, now digitised, are freely available to researchers through the regional archive.
"""))

CLEAN.append(("Northgate Business Daily", """
Five things to know before the Budget

The chancellor will deliver the Budget on Wednesday against a backdrop of weak growth and stubborn borrowing. Here is what to watch for.

1. Income tax thresholds. Thresholds have been frozen since 2021, dragging millions of people into higher tax bands as wages rise. Economists expect the freeze to be extended again, raising about £7 billion a year by the end of the decade.

2. Fuel duty. The temporary 5p cut introduced in 2022 is due to expire. Motoring groups have lobbied hard to keep it, and ministers have hinted it will stay for at least another year.

3. Business rates. Retailers and pubs want lasting relief. The current discount for hospitality businesses ends in April, and the British Beer and Pub Association says hundreds of pubs could close without it.

4. Public spending. The Institute for Fiscal Studies has warned that planned spending for unprotected departments, including justice and local government, implies real-terms cuts. Watch whether the chancellor adds money or leaves the squeeze in place.

5. Growth forecasts. The Office for Budget Responsibility (OBR) will publish updated forecasts alongside the Budget. A downgrade would narrow the chancellor's room for manoeuvre.

What the experts say

"The headroom is tiny," said Rachel Onwuemene, chief economist at Pemberton Advisory. "Any giveaway has to be paid for, and the markets will notice if it isn't."

Martin Sheldrake of the Northgate Chamber of Commerce said local firms wanted stability above all. "Don't tinker. Give us a plan and stick to it," he said.

What it means for you

For most households, the biggest effects will come from decisions on thresholds and fuel duty. Pensioners will see the state pension rise by 4.1 percent in April under the triple lock, which the government has pledged to keep.

We will have full coverage, analysis and a Budget calculator on Wednesday from 12.30pm.
"""))

# ---- clean (c2) ----
CLEAN.append(("Pitchside Report", """
Q&A: Coach Tessa Brannigan on rebuilding the Northfield Stars

Tessa Brannigan took over the Northfield Stars last summer after the club finished bottom of the netball league. Eight months later, they are in the play-off race. We asked her how.

Q: What did you change first?
A: The culture. Then the fitness.

Q: Meaning what, exactly?
A: Turn up on time. Train properly. Look after each other. None of it is complicated.

Q: Several senior players left. Did that worry you?
A: No. It gave the young ones a chance, and they took it.

Q: Your goal shooter, Jess Adair, is 19. What makes her special?
A: She doesn't panic. Ever. You can't coach that.

Q: You've been criticised for being too blunt with referees.
A: Fair. I'm working on it.

Q: What advice would you give a player who has just been dropped?
A: Go home, sleep, come back and train harder than anyone. Prove me wrong. I love being proved wrong.

Q: The Hawks have already won the league. Can you beat them in the play-offs?
A: Yes.

Q: That's it?
A: That's it. We respect them. We're not scared of them.

Q: How do you switch off?
A: Gardening. Badly. My tomatoes are a disgrace.

Q: Finally, what does success look like this season?
A: Every player finishing better than she started. If we win something as well, lovely.

Brannigan, 41, played 62 times for her country as a wing defence before moving into coaching with the national under-21 squad. She is contracted to the Stars until the end of next season.

The Stars face the Eastvale Comets in their final regular-season match on Sunday at the Northfield Arena, with the centre pass scheduled for 3pm. A win would secure a play-off place for the first time since 2019.

This interview has been edited for length and clarity.
"""))

CLEAN.append(("Pitchside Report", """
Athletics: county championships results

Results from the Kestrel County Athletics Championships, held at Riverside Stadium on Saturday in cool, dry conditions with a light headwind on the home straight.

Men's 100m final (wind -0.8)
1. Daniel Osei (Kestrel AC) 10.61
2. Marcus Hale (Dunmore Harriers) 10.74
3. Tom Reddy (Kestrel AC) 10.79
4. Kieran Walsh (Ironbridge AC) 10.92

Women's 100m final (wind -0.5)
1. Grace Mbeki (Ironbridge AC) 11.88
2. Hannah Lyle (Kestrel AC) 12.03
3. Zara Quinn (Dunmore Harriers) 12.10

Men's 1500m
1. Luca Ferraro (Dunmore Harriers) 3:52.40
2. Ben Atkins (Kestrel AC) 3:54.12
3. Sam O'Neill (unattached) 3:55.08

Women's 1500m
1. Freya Holm (Kestrel AC) 4:21.66 CR
2. Nadia Rahman (Ironbridge AC) 4:25.90
3. Ella Burke (Kestrel AC) 4:31.02

Men's long jump
1. Jordan Pryce (Ironbridge AC) 7.02m
2. Ade Bakare (Kestrel AC) 6.88m
3. Ollie Grant (Dunmore Harriers) 6.71m

Women's shot put
1. Maria Kovač (Dunmore Harriers) 14.36m
2. Leah Dunne (Kestrel AC) 13.10m
3. Imogen Fry (Ironbridge AC) 12.87m

Team standings: 1. Kestrel AC 214 pts; 2. Ironbridge AC 188; 3. Dunmore Harriers 176.

CR = championship record. Unattached = competing without a club affiliation.

The standout performance came from 17-year-old Freya Holm, whose winning time in the women's 1500m broke a championship record that had stood since 1994. Holm, who trains with Kestrel AC's junior group, led from the bell and pulled clear on the back straight.

"I didn't look at the clock until I'd finished," she said. "My coach told me to run my own race, so I did."

In the men's 100m, Daniel Osei retained his title despite the headwind, having earlier clocked 10.58 in the heats. He will now target the regional championships in June.

Officials said entries were up by about a fifth on last year, with particularly strong numbers in the under-17 age groups.

Full results, including age-group events, are available from the county athletics association.
"""))

CLEAN.append(("Dunmore Herald", """
Folk singer returns to the mill town that inspired her first song

When Rosie Callan last played Dunmore, she was nineteen, the venue was the back room of the Weavers Arms, and the audience numbered, by her own count, "eleven, including the barman."

On Saturday she returns to headline the Holloway Mill Festival, thirty years and nine albums later, and she will open, as she always does, with the song that started it all.

"Mill Girl" was written in an afternoon after Callan found her grandmother's wage slips in a shoebox. Its chorus has since been sung at union rallies, weddings and at least one funeral that Callan knows of:

    Oh the chimney stands and the looms lie still,
    And the river runs where it always will,
    But I hear them yet, when the night is long,
    The girls of the mill and their working song.

"I thought it was too simple," Callan said, sitting in the café at the Dunmore engine house, a few yards from where her grandmother once clocked in. "I nearly didn't record it. My producer made me."

The song found an audience slowly, first through folk clubs and then, unexpectedly, through a television drama that used it over its closing credits in 2004. Sales of the single rose again last year after the campaign to save the mill chimney adopted it as an anthem.

Callan is pleased about that, if a little wary. "Songs don't belong to the people who write them," she said. "Once it's out there, it's theirs."

Her new album, Low Water, is quieter and more personal, with songs about her late father and about learning to swim at 50. One, "Ferry Lights", ends with the couplet "I'm not going anywhere / I'm only getting there."

Festival organiser Jim Batley said tickets for Saturday's concert had sold out within a day. "Everyone in this town knows that song," he said. "Their nans taught it to them."

Callan will also lead a free songwriting workshop for young people at the library on Sunday morning.
"""))

CLEAN.append(("Solent Evening Record", """
In pictures: Tall ships parade draws thousands to the waterfront

Crowds lined the harbour walls and beaches on Sunday as more than 30 tall ships sailed out of Marsham in a parade marking the end of the four-day Solent Maritime Festival.

Organisers estimated that about 85,000 people visited over the weekend, the largest attendance since the festival began in 2008.

Caption: The Dutch three-master Zeemeeuw passes the harbour mouth, with crew members standing in the rigging. (Photo: Jon Ashby)

Caption: Children from St Anne's Primary School wave flags from the sea wall at Marsham Point. (Photo: Jon Ashby)

Caption: Cadets from the Marsham Sea Scouts haul on a line aboard the training ship Endeavour II. (Photo: Priya Nair)

Caption: A member of the crew of the Polish brig Wodnik climbs to the top yard before the parade. (Photo: Priya Nair)

The ships came from nine countries, including Norway, Poland, Spain and the Netherlands. The oldest, the Danish schooner Havørn, was built in 1897.

Festival director Clare Hemmings said the weather had been kind. "We have had festivals where you couldn't see the ships for rain," she said. "This year the sun came out and so did everyone else."

Caption: Spectators on Marsham beach watch as the parade heads towards the open sea. (Photo: Jon Ashby)

Caption: Captain Ingrid Aas of the Norwegian ship Sørlandet greets visitors on deck on Saturday. (Photo: Priya Nair)

Local businesses reported a busy weekend. The owner of a fish and chip shop on the seafront said it had its best Saturday on record, selling out of haddock by 6pm.

For many visitors, the highlight was the chance to go aboard the ships, which were open to the public on Friday and Saturday. Queues for some vessels stretched along the quay for over an hour.

Caption: A volunteer helps a young visitor take the wheel aboard the Spanish training ship Galatea. (Photo: Jon Ashby)

The festival will return in two years' time. Organisers said they hoped to attract at least 40 ships.
"""))

CLEAN.append(("Ledgerline Markets", """
Appeals court upholds fine against payment processor in fee disclosure case

The Court of Appeal on Friday upheld a £14.2 million penalty imposed on payment processor Tallis Pay for failing to disclose foreign-exchange mark-ups to small merchants, rejecting the company's argument that the regulator had misread the relevant rules.

In a unanimous judgment, Lady Justice Carrow, with whom Lord Justice Amesbury and Lord Justice Fenn agreed, held that the obligation in regulation 45 of the Payment Services Regulations 2017 to provide "information on charges" extended to any margin applied to a currency conversion, whether or not that margin was described by the provider as a charge, since to hold otherwise would permit a provider to evade the disclosure regime by the simple expedient of relabelling its fees.

The court relied in part on the reasoning in Financial Conduct Authority v Arkwright Merchant Services Ltd [2021] EWCA Civ 1187, in which it had held that disclosure obligations were to be construed purposively, and distinguished the earlier decision in Holt v Meridian Card Services [2015] EWHC 2204 (Comm) on the ground that the latter concerned consumer rather than merchant contracts.

Tallis Pay had argued that its mark-ups were embedded in the exchange rate quoted to merchants and that merchants, as commercial parties, could be expected to compare rates themselves. The court was unpersuaded, observing that the fact that a sophisticated party could, with sufficient effort and access to contemporaneous market data, calculate the hidden margin did not relieve the provider of its statutory duty to state it.

A spokesperson for Tallis Pay said the company was "disappointed" and was considering whether to seek permission to appeal to the Supreme Court. The firm has already changed its disclosures and set aside funds to cover the penalty.

The regulator said the ruling sent "a clear message" to the industry. Small business groups, which have campaigned for greater transparency on card fees, welcomed the decision.

Tallis Pay processes payments for about 180,000 merchants in the UK. Its shares, listed in Amsterdam, fell 1.8 percent on Friday.
"""))

# ---- clean (c3) ----
CLEAN.append(("Harborline Courier", """
Taste of the harbour: a morning at the Quay Street smokehouse

Five a.m. Dark still. The smell reaches you before the building does: oak, salt and something sweeter underneath.

Inside the Quay Street smokehouse, Henrik Dahl is already on his second pot of coffee. He has been smoking fish in Port Willow for 27 years, in the same brick shed his father rented in 1971, and he does not plan to change much now.

"People ask me for the secret," he says, lifting a rack of mackerel fillets from the brine. "There is no secret. Good fish. Patience. Don't open the door every five minutes."

The process is simple to describe and hard to master. Fillets brined overnight. Hung on steel rods. Smoked cold for salmon, hot for mackerel and trout. The oak comes from a sawmill upriver; the salt, from a producer on the north coast.

Then the waiting. Hours of it.

Dahl's daughter, Liv, joined the business three years ago after a decade working in restaurant kitchens in the city. She handles the online orders, which now account for almost half of sales, and has persuaded her father to try a few new things: smoked scallops, a beetroot-cured salmon, a hot-smoked trout pâté that sells out every Saturday.

"He grumbled," she says. "Then he tasted it."

"I still grumble," he says.

By nine, the first customers are at the hatch. A fisherman collecting his own catch, smoked to order. A couple from out of town who read about the place online. A regular who orders the same thing every week and is handed it before she has said a word.

Not a bad way to start a day. Not a bad way to spend a life, either, if you ask Dahl.

"You do one thing," he says. "You try to do it well. That's all."

The smokehouse is open Tuesday to Saturday, 8 a.m. until it sells out, which on summer weekends can be well before noon.
"""))

CLEAN.append(("Kestrel Valley Gazette", """
Obituary: Walter Ingram, 1938–2026, teacher who planted the valley's orchards of verse

Walter Ingram, who taught English at Kestrel Valley High School for 34 years and whose poems about orchard life were printed on placards along the valley's fruit trail, died on 2 March at his home on Cedar Lane. He was 87.

Born in a farmhouse outside the valley, Mr. Ingram was the youngest of five children. He studied at the state university on a scholarship, served two years in the Army, and returned home in 1963 to take a teaching job he expected to hold "for a year or two."

Generations of students remember his habit of starting class with a poem read aloud, usually without explanation. Former pupil and now county judge Linda Okafor recalled that he once read the same poem every morning for a week. "By Friday we understood it," she said. "That was the point."

His own verse was plain and unhurried. The lines most people know are those on the sign at the trailhead above the Holm orchard:

    Frost in April, fruit in June,
    the ladder's song, the picker's tune;
    we take from trees what trees can give
    and give them back the years we live.

He published three slim collections with a small press in the 1980s and 1990s, and in retirement ran a poetry group at the library that met every second Tuesday for 22 years.

"He never said a poem was wrong," said group member Frank Delaney. "He'd just say, 'Read it again. Slower.'"

Mr. Ingram was predeceased by his wife, Ruth, in 2019. He is survived by two daughters, Carol and Anne; a son, Michael; seven grandchildren; and a great-grandson.

A memorial service will be held at Kestrel Valley Community Church on 14 March at 2 p.m. In lieu of flowers, the family asks that donations be made to the library's poetry fund.
"""))

CLEAN.append(("Tri-County Ledger", """
Weekend weather: storms Friday, then a sunny, cooler Saturday

A line of thunderstorms is expected to move through the Tri-County area on Friday afternoon and evening, bringing heavy rain, gusty winds and possibly hail before clearing overnight, the National Weather Service said.

The storms are forecast to arrive in the western part of the region between 2 and 4 p.m. and reach the eastern counties by early evening. Forecasters said rainfall totals of 1 to 2 inches were possible, with higher amounts in isolated spots.

What to expect:

- Friday: Mostly cloudy and humid, high near 84. Thunderstorms likely after 2 p.m., some possibly severe. Winds gusting to 45 mph.
- Friday night: Storms ending by midnight. Low around 58.
- Saturday: Sunny and breezy. High of 71. Northwest winds 10 to 15 mph.
- Sunday: Mostly sunny. High near 74, low of 52.
- Monday: Partly cloudy with a slight chance of showers. High of 77.

Meteorologist Janet Okoye at the weather service office said the main threats were damaging winds and localised flooding. "If you have outdoor plans Friday evening, have a backup," she said. "Don't drive through flooded roads. Turn around."

The county emergency management office advised residents to secure loose outdoor items such as trampolines and patio furniture, and to charge phones in case of power cuts. Tri-County Electric said it had crews on standby.

High school sports: several Friday night football games have been moved to Thursday or Saturday. Check with individual schools for updates.

The cooler, drier air arriving behind the front will be welcome for farmers finishing the wheat harvest, although Okoye said some fields could be too wet to work until Sunday.

The Ledger will update this forecast online if conditions change. Residents can sign up for emergency text alerts through the county's website.
"""))

CLEAN.append(("Ledgerline Markets", """
Hollis Group beats forecasts as cloud unit growth accelerates

Hollis Group (NASDAQ: HLSG) reported third-quarter results on Tuesday that topped analysts' expectations, driven by a 31 percent jump in revenue at its cloud infrastructure division.

Total revenue rose 12 percent year on year to $8.41 billion, ahead of the consensus estimate of $8.19 billion compiled by Ledgerline Data. Adjusted earnings per share were $1.37, compared with forecasts of $1.22. Net income rose to $1.06 billion from $842 million a year earlier.

The cloud unit, HollisCloud, posted revenue of $2.9 billion and an operating margin of 24 percent, up from 19 percent. The company said demand from AI start-ups and from large banks moving workloads off their own servers had both contributed.

"We are seeing customers commit to multi-year contracts at a pace we haven't seen before," chief executive Naomi Achterberg said on a call with analysts. Chief financial officer Raymond Tse said the backlog of signed contracts stood at $19.6 billion, up 40 percent.

Not every division did as well. Revenue at Hollis's legacy hardware business fell 8 percent, and the company took a $210 million charge related to closing a storage plant in Ohio.

Guidance for the fourth quarter was slightly above expectations, with revenue forecast at $8.7 billion to $8.9 billion. Capital expenditure for the full year is now expected to reach about $6 billion, mostly on data centres, up from a previous estimate of $5.2 billion.

Shares rose 6.3 percent in after-hours trading. They have gained about 22 percent this year, outperforming the S&P 500 and the NASDAQ Composite.

Analyst Miguel Arroyo of Greenfield Securities raised his price target to $188 from $165, citing the cloud momentum. "The story is simple: the growth engine is getting bigger and more profitable at the same time," he wrote in a note to clients.

Hollis will hold its annual investor day in New York on 4 December.
"""))

CLEAN.append(("Fieldnotes Science Monthly", """
Tiny sensor detects nitrogen dioxide at parts-per-billion levels

Engineers have built a gas sensor smaller than a grain of rice that can detect nitrogen dioxide (NO₂) at concentrations as low as 5 parts per billion (ppb), sensitive enough to track traffic pollution street by street, according to a paper in the journal Sensors & Systems.

The device uses a thin film of tungsten oxide (WO₃) decorated with gold nanoparticles, each about 3 nm across. When NO₂ molecules land on the film, they change its electrical resistance, which the sensor reads out in real time. The chip consumes about 40 µW, low enough to run for months on a coin cell battery.

Current low-cost sensors typically struggle below 20 to 50 ppb, and reference-grade monitors used by environmental agencies can cost tens of thousands of dollars. The World Health Organization's guideline for annual average NO₂ exposure is 10 µg/m³, roughly 5 ppb.

"That threshold is exactly where we needed to be," said Dr. Leila Farahani, the study's senior author. "A sensor that can't see below the guideline can't tell you whether a street is safe."

The team tested the sensors at 12 sites across the city alongside official monitors for six months. Readings agreed to within ±2 ppb in most conditions, though humidity above about 85 percent reduced accuracy.

Co-author Dr. Samuel Achebe said the next step was a network of several hundred sensors mounted on lamp posts and bus stops. The group is also working with a school in the city to let students build and install their own units.

Independent researchers were cautiously positive. Atmospheric chemist Prof. Karin Lund said the results were "impressive for a sensor at this price point", estimated at under $10 per chip at scale, but that long-term drift needed more study. Metal-oxide sensors, she noted, often lose sensitivity after a year or two in the field.

The research was funded by a national environmental research council grant.
"""))

CLEAN.append(("Dunmore Herald", """
Council by-election: full results from Westfields ward

Labour held the Westfields ward on Dunmore Borough Council in Thursday's by-election, but with a sharply reduced majority as the Greens and an independent candidate made gains.

The by-election was called after the death in January of long-serving councillor Bill Hanratty.

Result:

Sarah Okonjo (Labour) 1,142
Daniel Fry (Green) 903
Pat Mulvey (Independent) 688
Graham Tate (Conservative) 412
Lucy Pennington (Liberal Democrat) 231
Rejected ballots: 14

Turnout: 29.6 percent (electorate 11,412)

Labour majority: 239

At the last full council election in 2024, Labour won the seat by 1,020 votes, with the Greens in third place. Thursday's result represents a swing of about 14 points from Labour to the Greens.

Speaking after the count at Dunmore Leisure Centre, Okonjo thanked voters and paid tribute to Hanratty. "Bill served this ward for 22 years. I have big shoes to fill and I know it," she said. "People have told me on the doorstep what they want: buses, potholes, and the library kept open. I heard them."

Fry said the Greens had shown they were now "the real challengers" in the north of the borough. Mulvey, a retired bus driver who campaigned against evening service cuts, said he was proud of his vote and would keep campaigning.

The Conservative group leader, Anthony Price, said by-elections were always difficult for national parties and that his party would "regroup and go again".

The result leaves Labour with 27 of the council's 48 seats. The Greens have four, the Conservatives 11, the Liberal Democrats four and independents two.

Okonjo will take her seat at the full council meeting on 26 March.
"""))

# ---- clean (c4) ----
CLEAN.append(("CircuitDesk", """
Review: 'Saltmarsh' on the PlayBox X is a slow, strange, lovely game

Saltmarsh, the second game from two-person studio LowTide, is about a postal worker delivering letters across a flooded coastline in a small boat. That's it. No combat, no skill trees, no loot. And it's one of the best things I've played this year.

You steer with the left stick, row with the triggers and read addresses off damp envelopes. The tides come in and go out on a real schedule, so a sandbank that's a shortcut at 9am is a trap by noon. Miss the tide and you wait, watching the light change on the water.

It sounds tedious. It isn't. The writing does a lot of the work. Each letter is a glimpse into someone's life: a fisherman's apology to his brother, a child's drawing for a grandmother, a bill that's clearly going to ruin somebody's week.

LowTide co-founder Ines Marchetti told me the idea came from her grandfather, who rowed mail between islands in the Venetian lagoon. "He said the job was mostly waiting," she said. "We wanted to make a game about waiting that felt good."

Technically, it's modest but polished. On the PlayBox X it runs at a steady 60fps in performance mode, with a 4K "fidelity" mode at 30fps that I preferred for the water reflections. Load times are a couple of seconds. I hit one bug, a letter that wouldn't register as delivered, fixed by reloading a save. The PC version supports ultrawide monitors and the SteamDeck-style handhelds; the Switch port is due later.

The soundtrack, by composer Oskar Brandt, is mostly solo piano and field recordings of gulls and rigging. Play with headphones.

Is it for everyone? No. If you need objectives and XP bars, look elsewhere. But if you've ever wanted a game to slow you down rather than speed you up, Saltmarsh is worth its $19.99 asking price.

Verdict: 8/10

Saltmarsh is out now on PlayBox X, PC and macOS. Reviewed on PlayBox X with a code provided by the publisher.
"""))

CLEAN.append(("Ironbridge Post", """
Opinion: The case for keeping the town's last magistrates' court

It is a commonplace of public administration that savings which appear substantial when measured on a spreadsheet in a distant ministry may prove illusory when the full costs they impose on the people and institutions of a particular place are honestly counted, and the proposal to close Ironbridge Magistrates' Court offers as clear an illustration of that principle as any I have encountered in thirty years of practice in this town.

The ministry estimates that closure would save £410,000 a year in running costs. It says rather less about what it would cost the defendants, witnesses, victims and police officers who would instead have to travel to Severnside, a journey of some forty minutes by car and, for those who rely on public transport, as long as two hours each way, with connections that do not reliably arrive before the court sits at ten.

The consultation paper suggests that video hearings will mitigate these difficulties. In some cases they will. But anyone who has watched a frightened witness try to give evidence over an unstable connection from a community centre, or a defendant without a lawyer try to follow proceedings on a borrowed phone, will know that remote justice is not a substitute for a room in which people can see and hear each other clearly.

Nor should we overlook the court's role in the town's economy and civic life. Solicitors' firms, interpreters, probation officers and the small cafés on Court Street all depend, to a greater or lesser degree, on its continued presence, and a market town that loses its court, its police station and its bank in the space of a decade is entitled to ask what, precisely, it is expected to become.

I do not argue that no court should ever close. I argue that this one should not, because the burden of the saving would fall on those least able to bear it, and because justice that is harder to reach is, for many, justice denied.

The consultation closes on 12 May. I would urge every reader to respond.

The author is a retired solicitor and former chair of the Ironbridge Law Society.
"""))

CLEAN.append(("Baywater Tribune", """
Transit changes: what riders need to know about the new Route 5 timetable

Baywater Transit will introduce a revised timetable on Route 5 from Monday, 3 June, with more frequent buses at peak times and a new stop serving the expanded hospital. Here is a summary of the changes.

Frequency
- Weekdays, 6-9 a.m. and 3-6 p.m.: every 10 minutes (currently every 15).
- Weekdays, off-peak: every 20 minutes (unchanged).
- Saturdays: every 20 minutes, 7 a.m.-10 p.m.
- Sundays and holidays: every 30 minutes, 8 a.m.-8 p.m.

New and changed stops
- New stop: Baywater General Hospital, Emergency Entrance (both directions).
- Moved: the Elm Street stop moves 50 yards north, outside the post office.
- Discontinued: Pier Road (low use). The nearest alternative is Harbour Way, about 200 yards away.

Fares
Fares are unchanged. A single ride costs $2, or $1 for seniors, students and riders with disabilities. Children under five travel free. Day passes remain $5.

Why the changes?
Transit planner Gabriela Sousa said ridership on Route 5 had grown by 22 percent over the past year, largely because of hospital staff and patients. "Buses were full at shift change and people were being left at stops," she said. "This fixes that."

Rider Dennis Ogilvie, who uses the Pier Road stop, said he was disappointed to lose it. "It's not far, but it is when you've got bad knees," he said. Sousa said the agency would review the decision after six months.

Where to find timetables
Printed timetables are available on buses and at the downtown transit centre. Real-time arrival information is available by texting the stop number to the agency's information line or through the Baywater Transit app.

Questions?
Call customer service on weekdays from 7 a.m. to 7 p.m., or visit the transit centre on Third Street.
"""))

CLEAN.append(("Meridian Wire Service", """
Supreme Court to hear dispute over warrantless drone surveillance

WASHINGTON (MWS) — The U.S. Supreme Court agreed on Monday to decide whether police need a warrant to use drones to repeatedly photograph a person's fenced backyard, a case that could shape how the Fourth Amendment applies to aerial technology.

The case, Hartley v. Ohio, No. 25-1147, arises from a 2023 investigation in which sheriff's deputies flew a drone over the property of Dale Hartley more than 20 times over six weeks, capturing images that were later used to obtain a search warrant for a suspected illegal firearms workshop.

Hartley argued that the repeated flights amounted to a search under the Fourth Amendment. The Ohio Supreme Court disagreed, relying on California v. Ciraolo, 476 U.S. 207 (1986), and Florida v. Riley, 488 U.S. 445 (1989), in which the justices held that observing a backyard from a plane or helicopter in public airspace did not require a warrant.

Hartley's lawyers contend that those decisions did not contemplate low-flying drones capable of hovering for long periods. They point to Carpenter v. United States, 585 U.S. 296 (2018), in which the court held that the government generally needs a warrant to obtain historical cell-site location records, as evidence that the justices are willing to revisit old doctrines in light of new technology.

"This is not a single glance from a passing aircraft," said Amanda Reyes, a lawyer with the Liberty Defense Project, which represents Hartley. "It is sustained, targeted observation of a private home."

The state of Ohio argues that drones operate in navigable airspace governed by federal regulations, including 14 C.F.R. Part 107, and that nothing they see is hidden from the public. Ohio Attorney General Paul Whitman said in a statement that the state was "confident the court will apply its long-standing precedents."

At least 1,500 U.S. police agencies now use drones, according to a 2025 survey by a university research centre. Arguments are expected in the autumn, with a decision likely by June next year.
"""))

CLEAN.append(("Pitchside Report", """
"Vamos a volver": Ortega's message to fans after Hawks' final defeat

The Harbourside Hawks' Spanish defender Lucía Ortega had a short message for supporters after the club's narrow defeat in the netball grand final on Sunday: "Vamos a volver, y vamos a volver más fuertes." We will come back, and we will come back stronger.

Ortega, who joined the Hawks last season from Valencia, delivered the words in Spanish and then repeated them in English to the crowd at the Harbour Arena, where the Hawks lost 54-52 to the Northfield Stars after leading by four goals entering the final quarter.

"I'm still learning English," she said afterwards, smiling through red eyes. "In my language it sounds better. In any language it is true."

Her team-mate Maya Adeyemi, whose last-second shot bounced off the ring, took responsibility for the result. "That one's on me," she said. "I'll be thinking about it all summer, and then I'll use it."

Coach Donna Reeves praised both sides. "It was a final worthy of the name," she said. "Tessa's team played brilliantly, and you have to give them credit."

Stars coach Tessa Brannigan, who took over a side that had finished bottom a year ago, said she had told her players to "enjoy it, but not too much". Captain Jess Adair was named player of the match after scoring 38 goals.

For Ortega, the night also had a personal significance. Her parents had flown from Spain to watch her play for the first time. Her father, Javier, told reporters through his daughter: "Estamos muy orgullosos de ella, gane o pierda." We are very proud of her, win or lose.

The Hawks will begin pre-season training in September. Reeves confirmed that Ortega had signed a two-year contract extension, keeping her in Harbourside until at least 2028.

The Stars will parade the trophy through Northfield town centre on Wednesday afternoon.
"""))

CLEAN.append(("CircuitDesk", """
Developer behind popular @FernwoodDB bot hands project to foundation

The creator of a widely used chat bot that answers questions about the Fernwood database has handed the project to the Fernwood Foundation, saying she no longer has time to maintain it alone.

Developer Abena Asante built the bot, known on social platforms as @FernwoodDB, in 2022 as a weekend project. It now responds to about 3,000 questions a week across several forums and chat servers, pulling answers from the project's documentation at docs.fernwood.example.org.

"It was supposed to be a toy," Asante wrote in a post on her blog at abena.dev.example. "Then people started depending on it. That's when a side project stops being fun and starts being a responsibility."

The foundation's executive director, Tobias Lindqvist, said two staff engineers would share maintenance duties. Source code will remain under the MIT licence and move from Asante's personal account to github.example.com/fernwood/helper-bot.

Users who want to report problems can open an issue on the repository or email bot-support@fernwood.example.org. The hashtag #FernwoodHelp, which many users include when asking questions, will continue to be monitored.

Asante said she would stay on as an adviser. She is joining a start-up, which she declined to name, as head of developer relations.

Community reaction was overwhelmingly warm. Contributor Diego Salinas wrote on the project forum that the bot had answered "roughly a thousand" of his questions as a beginner. Another user, posting as @sqlgran, said she had learned to use databases at 68 "thanks to a robot and a lot of patience."

The handover comes weeks after the release of Fernwood 2.0, which brought a rewritten storage engine and built-in replication. Lindqvist said the foundation planned to update the bot to cover the new version's documentation by the end of the month.

Asante said the experience had changed how she thought about open-source work. "If you build something people use, plan for how you'll let it go," she said.
"""))

if __name__ == "__main__":
    build(DAMAGED, CLEAN)
