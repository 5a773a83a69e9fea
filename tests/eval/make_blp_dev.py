"""Build ``blp_dev.jsonl``: a small development set for the boilerplate,
disclaimer, foreign-passage and broken-paragraph kinds (issue 14, items 4-6).

Written by the engineer who changed those rules, before changing them, in
wordings not taken from any earlier set: it is a development set, never a
blind one. Each damaged item names the damaged substring; its offsets are
computed here.

    python tests/eval/make_blp_dev.py && python tests/eval/blp_dev_eval.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent / "blp_dev.jsonl"

P = "The county council approved a revised housing plan on Thursday after months of delay."
Q = "Officials said construction on the first block could begin in the spring."

DAMAGED: list[tuple[str, str, str]] = [
    # (kind, text, damaged substring)
    ("placeholder", f"{P} {{lead_image_caption}} {Q}", "{lead_image_caption}"),
    ("placeholder", f"{P}\n\n%%RELATED_STORIES_BLOCK%%\n\n{Q}", "%%RELATED_STORIES_BLOCK%%"),
    ("placeholder", f"{P} [PULLQUOTE_2 align=right] {Q}", "[PULLQUOTE_2 align=right]"),
    ("placeholder", f"Speaking to [INSERT OUTLET NAME], the mayor said the plan was fair. {Q}", "[INSERT OUTLET NAME]"),
    ("placeholder", f"{P}\n\n<<gallery_slot_3>>\n\n{Q}", "<<gallery_slot_3>>"),
    ("placeholder", f"The deal is worth __AMOUNT__ over five years, the club said. {Q}", "__AMOUNT__"),
    ("placeholder", f"{P} [TK: add quote from tenants' union] {Q}", "[TK: add quote from tenants' union]"),
    ("placeholder", f"Reporting by {{{{ byline.name }}}}; editing by {{editor}}. {Q}", "{editor}"),
    ("furniture", f"Home\nNews\nLocal\nPolitics\nEnvironment\nOpinion\n\n{P}", "Home\nNews\nLocal\nPolitics\nEnvironment\nOpinion"),
    ("furniture", f"{P}\n\nFacebook  Twitter  WhatsApp  Email  Copy link\n\n{Q}", "Facebook  Twitter  WhatsApp  Email  Copy link"),
    ("furniture", f"{P}\n\nYou might also be interested in\nFerry fares to rise again in May\nWhy the bypass is still unfinished\n\n{Q}",
     "You might also be interested in"),
    ("furniture", f"{P} {Q}\n\nPriya Nandakumar is our local democracy reporter. She covers Westshire council and planning. Got a tip? Email priya.n@westshirepost.co.uk",
     "Priya Nandakumar is our local democracy reporter."),
    ("furniture", f"{P}\n\nHave your say in the comments section below — please keep it civil.\n\n{Q}", "Have your say in the comments section below"),
    ("furniture", f"{P}\n\nYou have reached your limit of free stories this month. Become a member for just £1 a week.\n\n{Q}",
     "You have reached your limit of free stories this month."),
    ("furniture", f"{P} {Q}\n\nWestshire Post Ltd 2025. Registered in England No. 04412871.", "Westshire Post Ltd 2025."),
    ("furniture", f"{P}\n\nStory continues after this sponsored message\n\n{Q}", "Story continues after this sponsored message"),
    ("furniture", f"{P}\n\nGet the Morning Digest delivered to your inbox every weekday. Enter your email\n\n{Q}",
     "Get the Morning Digest delivered to your inbox every weekday."),
    ("embed", f"{P}\n\nWestshire Fire & Rescue @WestshireFRS · 14m\nCrews remain at the scene on Mill Lane. Please avoid the area.\n\n{Q}",
     "Westshire Fire & Rescue @WestshireFRS · 14m"),
    ("embed", f"{P}\n\nWestshire Fire & Rescue ✔ @WestshireFRS · 9:41 PM\nCrews remain at the scene on Mill Lane.\n\n{Q}",
     "Westshire Fire & Rescue ✔ @WestshireFRS · 9:41 PM"),
    ("embed", f"{P}\n\nMill Lane Bakery\n5h ·\nWe are closed today while the road is shut. Sorry all!\n\n{Q}", "5h ·"),
    ("embed", f"{P}\n\n0:37\nWatch: drone footage of the site\n▶ Play\n\n{Q}", "▶ Play"),
    ("embed", f"{P}\n\nTenants Union Westshire (@westshiretenants) • Instagram photos and videos\n\n{Q}",
     "Tenants Union Westshire (@westshiretenants) • Instagram photos and videos"),
    ("embed", f"{P}\n\n— Westshire Tenants (@wstenants) 4 March 2025\n\n{Q}", "— Westshire Tenants (@wstenants) 4 March 2025"),
    ("disclaimer", f"{P} {Q}\n\nThis English edition was prepared with an automatic translator and may contain inaccuracies.",
     "This English edition was prepared with an automatic translator"),
    ("disclaimer", f"{P} {Q}\n\n(Machine-translated text; the publisher is not liable for errors of translation.)",
     "Machine-translated text"),
    ("disclaimer", f"{P} {Q}\n\nThe views expressed in this item are those of its original publisher and do not reflect those of this website.",
     "The views expressed in this item are those of its original publisher"),
    ("disclaimer", f"{P} {Q}\n\nNote: an AI system wrote this summary from wire copy; no journalist checked it.",
     "an AI system wrote this summary"),
    ("disclaimer", f"{P} {Q}\n\nThis story was published automatically from an agency feed and has not been edited by our staff.",
     "This story was published automatically from an agency feed"),
    ("foreign", f"{P} Ein Sprecher der Stadt wollte sich dazu nicht äußern. {Q}", "Ein Sprecher der Stadt wollte sich dazu nicht äußern."),
    ("foreign", f"{P} “Nous ne partirons pas sans garanties écrites,” one resident said. {Q}", "Nous ne partirons pas sans garanties écrites,"),
    ("foreign", f"{P} La construcción empezará cuando lleguen los fondos del gobierno. {Q}", "La construcción empezará cuando lleguen los fondos del gobierno."),
    ("foreign", f"{P} De gemeente heeft nog geen besluit genomen over de nieuwe woningen. {Q}", "De gemeente heeft nog geen besluit genomen over de nieuwe woningen."),
    ("broken_paragraph", f"{P} The vote was carried by twelve votes to\n\nseven, with two abstentions. {Q}", "to\n\nseven"),
    ("broken_paragraph", f"The plan covers 400 homes across the\n\nnorthern edge of the town. {Q}", "the\n\nnorthern"),
    ("broken_paragraph", f"{P} Tenants said they would keep campaigning until\n\nWestshire council publishes the full costs. {Q}", "until\n\nWestshire"),
]

CLEAN: list[str] = [
    f"{P} The plan lists three priorities:\n\n- more social housing\n- a new bus route\n- a second primary school\n\n{Q}",
    f"Correction: An earlier version of this article misstated the number of homes. It is 400, not 4,000. {P}",
    f"{P} “No queremos más promesas,” said Lucía Ortega, a tenant. “We don't want more promises.” {Q}",
    f"{P} The campaign's slogan, #HomesNotHotels, trended locally after @WestshireTenants posted a video of the protest. {Q}",
    f"{P} The full plan is available at https://westshire.gov.uk/housing-plan-2025. {Q}",
    f"“The council has [sic] ignored us for years,” the letter said. {P}",
    f"Q: Did you expect the vote to pass?\nA: Honestly? No. [laughs] We were braced for another delay.\n\n{P}",
    f"“He [the council leader] promised us answers by June,” said one resident. {Q}",
    f"{P} The band played its 1998 hit, whose chorus runs: “Home is where the heart is / home is where we start.” {Q}",
    f"{P} Residents can comment on the plan online until 30 April, the council said. {Q}",
    f"{P} The developer, Brightstone Homes, said its share price rose after the vote. {Q}",
    f"Housing\n\n{P} {Q} Councillors will meet again in May to approve the budget.",
    f"{P} Asked what she would tell tenants, she said: “Read the plan, then have your say at the public meeting.” {Q}",
    f"{P} The newsletter sent to tenants last week warned that rents could rise, the union said. {Q}",
    f"{P} The council's translation service will publish the plan in Polish, Urdu and Romanian, a spokesman said. {Q}",
    f"{P} Among those who spoke were:\nJane Holt\nSamir Qureshi\nOwen Price\nMaria Lopes\n\n{Q}",
    f"{P} The motto of the town, “Floreat Westshire”, is carved above the hall's door. {Q}",
    f"{P} Copyright lawyers say the developer's designs may infringe an earlier scheme. {Q}",
]


def _items() -> list[dict]:
    items = []
    counts: dict[str, int] = {}
    for kind, text, span in DAMAGED:
        s = text.index(span)
        counts[kind] = counts.get(kind, 0) + 1
        items.append({"id": f"dev-{kind}-{counts[kind]:02d}", "kind": kind, "text": text, "spans": [[s, s + len(span)]]})
    for i, text in enumerate(CLEAN, 1):
        items.append({"id": f"dev-clean-{i:02d}", "kind": "clean", "text": text, "spans": []})
    return items


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for item in _items():
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.name}")


if __name__ == "__main__":
    main()
