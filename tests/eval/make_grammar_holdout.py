"""Write tests/eval/grammar_holdout.jsonl: a second small set for MT004 and
MT005, written after the grammar work of issue 14 and scored once, in
wordings that appear in no other set (format and [[span]] marking as in
make_grammar_dev.py).

    python tests/eval/make_grammar_holdout.py && python tests/eval/blind_eval.py --set holdout
"""

from __future__ import annotations

import json
from pathlib import Path

from make_grammar_dev import _record

OUT = Path(__file__).resolve().parent / "grammar_holdout.jsonl"

FRAGMENTS = [
    "The hospital opened a new maternity ward in June. [[Mothers from the surrounding villages no longer forced to travel to the capital.]] The ward has twelve beds.",
    "Wildfires spread across the hills above the town on Saturday. [[Hundreds of residents evacuated overnight to a sports hall in the next valley.]] Firefighters contained the blaze by Monday.",
    "The tram line will close for repairs in August. [[Replacement buses every fifteen minutes between the station and the university.]] The work should take three weeks.",
    "The parliament debated the bill for two days. [[Opposition members, arguing that the text gave the police too much power.]] The vote is expected on Thursday.",
    "The central bank kept its main rate unchanged. [[Inflation still above the target of two percent for the ninth month in a row.]] Economists expect a cut in the spring.",
    "The club signed a new striker from Porto. [[The transfer fee, reportedly close to twenty million euros.]] He will wear the number nine shirt.",
    "The company recalled forty thousand kettles last week. [[Following reports that the handle can overheat during use.]] Customers can return them to any shop.",
    "The farmers blocked the motorway with tractors. [[In protest against the cuts to diesel subsidies announced by the government.]] Traffic was diverted through the villages.",
    "The city council approved the new housing plan. [[A project which will add three thousand flats by 2030.]] Building starts next year.",
    "The ferry service resumed after the storm. [[Although several crossings were still cancelled, and passengers waited for hours.]] The operator apologised on Tuesday.",
    "The ministry published the school results on Friday. [[Pupils in rural areas to receive extra maths lessons from September.]] Teachers' unions welcomed the plan.",
    "The festival attracted a record crowd this year. [[More than eighty thousand visitors over the four days, according to the organisers.]] Next year's dates are already set.",
    "The airport expanded its car park over the winter. [[Not enough spaces, however, during the busy summer weeks.]] A shuttle bus runs from the town centre.",
    "The river burst its banks after days of rain. [[Water flooding the cellars of dozens of houses in the old town.]] The army helped with sandbags.",
]

ATTRIBUTION = [
    "\"The ice was thinner than we thought,\" Dahl said, [[the guide recalled]].",
    "Moreno told the committee: \"Our budget is exhausted,\" [[she said]].",
    "\"No one was hurt in the blast,\" police said, [[the spokesman said]].",
    "\"We need more nurses, not more managers,\" said Ines Costa, a union delegate, [[Costa stated]].",
    "According to the coach, \"The team lost its nerve in the final minutes,\" [[he said]].",
    "\"The market will recover by autumn,\" the analyst said. [[she predicted]].",
    "The mayor said on Monday that the budget would be balanced next year, [[he told the council]].",
    "\"We have waited thirty years for this road,\" Okoro said, [[the village chief revealed]].",
]

CLEAN = [
    "The bakery opens at six. Bread, rolls and pastries. By nine the shelves are empty.",
    "How do I claim a refund? Fill in the online form. Keep your receipt until the money arrives.",
    "Most visitors arrive by train. The station lies ten minutes from the old town and offers lockers for luggage.",
    "The union represents nurses in twelve hospitals. Its members vote on the offer next week.",
    "\"We are not giving up,\" the captain said after the defeat, adding that the team would learn from it.",
    "As the poet wrote, \"April is the cruellest month,\" the professor reminded her students.",
    "Prices rose sharply in March. Economists blame energy costs and a weak currency.",
    "Farmers in the north grow barley and potatoes. Many sell their crops directly to local shops.",
    "The report, published on Monday, calls for stricter rules on short-term rentals.",
    "Dr. A. Novak and her team studied the lake for a decade. Their findings appear in a journal this week.",
]


def main() -> None:
    rows = [_record("fragment", i, t) for i, t in enumerate(FRAGMENTS, 1)]
    rows += [_record("attribution", i, t) for i, t in enumerate(ATTRIBUTION, 1)]
    rows += [_record("clean", i, t) for i, t in enumerate(CLEAN, 1)]
    for r in rows:
        r["id"] = r["id"].replace("dev-", "holdout-")
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} passages to {OUT}")


if __name__ == "__main__":
    main()
