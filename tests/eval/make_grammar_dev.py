"""Write tests/eval/grammar_dev.jsonl: a small development set for MT004
(fragments) and MT005 (doubled attribution), in the blind-set format.

Written for the grammar work of issue 14 before the rules were changed,
in wordings that appear in no other set; it is a development set (tuned
on), not a blind one. Each damaged passage marks its span with [[...]].

    python tests/eval/make_grammar_dev.py && python tests/eval/blind_eval.py --set dev
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent / "grammar_dev.jsonl"

FRAGMENTS = [
    "The ferry company cut its winter timetable to two crossings a day. [[Passengers on the early boat without any heated lounge.]] Complaints reached the harbour board within a week.",
    "Prices at the market rose again in March. [[The vendors, struggling to pay the higher rent for their stalls.]] Several have moved to a car park on the edge of town.",
    "The orchestra will tour four cities next spring. [[Tickets for the concerts in Lyon and Turin already almost gone.]] Seats for Vienna go on sale on Friday.",
    "Engineers inspected the bridge after the flood. [[Its central pier badly damaged by the debris carried downstream.]] The road will stay shut until the summer.",
    "The school board met for three hours on Tuesday. [[After a long debate about the budget, to postpone the vote until next month.]] Parents who attended were disappointed.",
    "The museum reopened after a two-year renovation. [[Visitors now able to see the restored ceiling of the main hall.]] Entry remains free on Sundays.",
    "Police closed the motorway near the junction overnight. [[Following a collision between a lorry and two cars in heavy fog.]] Nobody was seriously hurt.",
    "The minister defended the reform in parliament. [[Saying that pensions would be protected for everyone over sixty.]] The opposition walked out before the vote.",
    "The health agency published new guidance on Monday. [[Hospitals in the region to report every case within 24 hours.]] Clinics have until June to comply.",
    "Farmers in the valley lost much of the harvest. [[The heavy rains of late August, which flattened the wheat in the lower fields.]] Insurers have started assessing the damage.",
    "The airline reported a loss for the quarter. [[Fuel costs and the strike of the ground staff in July as the main reasons.]] Its shares fell by six percent.",
    "The city plans a new cycle lane along the river. [[Construction expected to begin in the autumn, if the funds arrive in time.]] Shopkeepers fear the loss of parking.",
    "The club sacked its coach on Sunday night. [[Hoping to avoid relegation with eight games still to play.]] The assistant will take charge for now.",
    "The court adjourned the hearing until Thursday. [[Because the defence lawyer fell ill, but the judge refused a longer delay.]] The trial has already lasted two months.",
    "The new rules take effect in January. [[In particular for small businesses with fewer than ten employees, which must register online.]] Larger firms have a year longer.",
    "The zoo welcomed two red pandas from a park in Nepal. [[A gift which was arranged during the ambassador's visit last year.]] They will go on show in May.",
    "Residents of the estate complained about the heating for weeks. [[Many of the flats without hot water since the start of December.]] The landlord promised repairs by Christmas.",
    "The volcano erupted again early on Wednesday. [[Ash clouds reaching a height of nine kilometres above the crater.]] Flights to the island were cancelled.",
    "The union accepted the offer after a ballot. [[Not enough, however, to end the dispute over night shifts.]] Talks on that will resume next week.",
    "The library lends laptops to students for free. [[To be returned within two weeks at the latest.]] Late returns cost one euro a day.",
    "Sales of electric bikes doubled last year. [[The demand especially strong among commuters in the larger cities.]] Shops report waiting lists of several months.",
    "The mayor announced the closure of the old swimming pool. [[Although the repair costs had been estimated at only half a million.]] A new pool is planned for 2028.",
    "The storm knocked out power to thousands of homes. [[Repair crews from three neighbouring provinces working through the night.]] Most homes had power again by noon.",
    "The election commission counted the postal votes on Monday. [[Results of the recount in the northern district still pending.]] The final figures are due on Friday.",
]

ATTRIBUTION = [
    "\"We cannot keep the station open with the money we have,\" Ortega said, [[the director explained]].",
    "\"The water was up to our knees in ten minutes,\" said Amira Haddad, a shopkeeper on the high street, [[she recalled]].",
    "Novak told the radio station: \"There will be no new taxes this year,\" [[he said]].",
    "She wrote on social media, \"I am proud of every single player in this team,\" [[the captain said]].",
    "According to the fire chief, \"The blaze started in the kitchen of the restaurant,\" [[he said]].",
    "\"Our members are tired of waiting,\" Keller said, [[the union leader stated]].",
    "\"The harvest is the worst in twenty years,\" the farmer told local television, [[he said]].",
    "The spokeswoman said the company had \"no plans to leave the country,\" [[she told reporters]].",
    "\"We expect a decision within weeks,\" said Tomas Berg, [[according to the minister]].",
    "\"It is a historic day for the village,\" Mayor Ruiz said. [[he added]].",
    "The coach said after the match that his players had lacked energy in the second half, [[he told journalists]].",
    "Patel said: \"Every child deserves a safe school,\" [[the minister said]].",
    "\"Nobody warned us about the closure,\" one parent said, [[the mother of two revealed]].",
    "\"The figures speak for themselves,\" Lindqvist said, [[the bank's chief economist noted]].",
]

CLEAN = [
    # features with stylistic fragments
    "The village has one shop, one church and no bus. A quiet place. Too quiet, say the young people who leave for the city each autumn.",
    "She arrived in Lisbon with a suitcase and forty euros. No job, no flat, no friends. Ten years later she runs three restaurants.",
    "Then the rain came. Days of it. The river rose above the old mark on the bridge for the first time since 1953.",
    # Q&A interview with imperative answers
    "What should first-time buyers do? Talk to a broker early. Get your documents in order before you start viewing flats.",
    "Q: How do I keep my tomatoes from splitting? A: Water them regularly. Avoid long dry spells followed by heavy soaking.",
    # plain present-tense sentences with verbs that are also nouns
    "The council plans a new library for the north of the city. Residents hope to see it open in 2027.",
    "Most commuters take the train. The line runs every ten minutes and costs less than parking.",
    "The company leads the market in solar panels. Its rivals struggle to match its prices.",
    "Young people in the region increasingly work from home. Many rent flats in smaller towns where housing costs less.",
    "The ministry calls the proposal unrealistic. Farmers' groups back it.",
    # captions, datelines, list items
    "Firefighters at the scene on Tuesday morning.\n\nThe fire destroyed a warehouse and two lorries, the brigade said.",
    "BERLIN, March 4 - The German parliament approved the budget on Friday after a week of debate.",
    "What you need:\n\n- Two eggs.\n- A cup of flour.\n- A pinch of salt.",
    # legitimate attribution with two verbs
    "\"We will appeal,\" Moreau said, adding that the ruling ignored key evidence.",
    "As Mandela once said, \"It always seems impossible until it's done,\" the principal told the graduates.",
    "\"It is too early to say,\" the inspector said. She added that the report would be published in June.",
    "\"No,\" he said. She said, \"Yes.\"",
    "The minister said the deal was fair. The unions said it was not, and called a strike for Monday.",
    "\"We had no choice,\" said Kowalski, who chairs the committee. \"The money had run out.\"",
    "\"Prices will fall,\" the analyst predicted, \"but not before the summer.\"",
    # quoted exclamations and short answers
    "The crowd chanted \"Not in our name!\" as the convoy passed. Police watched from the side streets.",
    "Was the plan ever realistic? Probably not. Officials admit privately that the timetable was too ambitious.",
]


def _record(kind: str, i: int, text: str) -> dict:
    spans = []
    plain = ""
    pos = 0
    for m in re.finditer(r"\[\[(.+?)\]\]", text):
        plain += text[pos : m.start()]
        spans.append([len(plain), len(plain) + len(m.group(1))])
        plain += m.group(1)
        pos = m.end()
    plain += text[pos:]
    return {"id": f"dev-{kind}-{i:03d}", "kind": kind, "text": plain, "spans": spans, "note": ""}


def main() -> None:
    rows = [_record("fragment", i, t) for i, t in enumerate(FRAGMENTS, 1)]
    rows += [_record("attribution", i, t) for i, t in enumerate(ATTRIBUTION, 1)]
    rows += [_record("clean", i, t) for i, t in enumerate(CLEAN, 1)]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} passages to {OUT}")


if __name__ == "__main__":
    main()
