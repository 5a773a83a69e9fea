FLIPPED_B = [
("Interview: Novelist Kwame Asante on exile, memory and his new book",
"""Kwame Asante's fifth novel, The Salt Road, follows three generations of a family of traders along the Ghanaian coast. The book has been shortlisted for two major prizes. Our critic Jennifer Holt spoke to the author in London.

JENNIFER HOLT: The Salt Road took you nine years. Why so long?

KWAME ASANTE: I wrote it three times. The first version was a memoir about my grandfather, and my editor, Lucy Barnes, told me, very kindly, that nobody wanted to read it. She was right.

HOLT: The grandmother, Efua, is the centre of the book. Was she based on anyone?

ASANTE: On my own grandmother, partly, and on my aunt Abena, who ran a shop in Cape Coast for forty years. My aunt could add up a column of figures faster than a calculator.

Asante, 57, left Ghana in 1994 and has lived in London since. ⟦flip:Her|His⟧ earlier novels dealt directly with exile; this one barely mentions it.

HOLT: Is that deliberate?

ASANTE: Completely. I was tired of writing about leaving. I wanted to write about staying.

HOLT: Your father appears briefly, as a schoolteacher who refuses to take sides in an election.

ASANTE: Yes. He was a difficult man, but principled. He died while I was writing the second draft, and that changed the book.

As he talks, Asante turns a pen over and over in ⟦flip:her|his⟧ fingers. He says he writes by hand first and types only when a chapter is finished.

HOLT: What are you working on now?

ASANTE: Nothing, officially. Unofficially, a short book about football. My son Kofi plays, and I have spent the last three years standing on cold touchlines.

HOLT: Will the prize lists change anything?

ASANTE: My publisher hopes so. I hope it means more people meet Efua. That is all I want.

The Salt Road is published by Harrow & Finch.""",
"Kwame Asante", "m"),

("Senator faces ethics inquiry over undisclosed stock trades",
"""The Senate Ethics Committee has opened a preliminary inquiry into Senator Patricia Lowell over stock trades she failed to disclose within the legally required period, the committee's chairman said on Friday.

Senator Lowell, a second-term Democrat, bought and sold shares in three defence contractors in 2024 while sitting on the Armed Services Committee. The trades, worth between 150,000 and 400,000 dollars in total, were reported nearly eleven months late.

Committee chairman Senator Robert Haines said the inquiry was "a routine step and implies no finding of wrongdoing." His Republican counterpart on the committee, Senator Gary Whitlock, said he expected a thorough investigation.

Senator Lowell's office said in a statement that the late filings were "an administrative error by a financial adviser" and that the senator had no role in selecting individual stocks. The statement said Lowell had since moved ⟦flip:his|her⟧ assets into a blind trust.

The disclosures were first reported by the watchdog group Open Ledger. Its director, Dana Whitaker, said the pattern of trades was "concerning" because several came shortly before classified briefings on procurement. "We are not alleging anything," she said. "We are asking questions the public deserves answers to."

Lowell told reporters on Capitol Hill that she welcomed the inquiry. "I have nothing to hide and I will cooperate fully," ⟦flip:he|she⟧ said. Asked whether she would step aside from the Armed Services Committee, she said no.

Party leaders have so far stood by her. Senate Majority Leader Thomas Grady said he had "full confidence" in his colleague. But one Democratic aide, speaking on condition of anonymity, said some members were uneasy about the timing, with Lowell facing a re-election campaign next year.

The committee has no deadline for completing its review.""",
"Patricia Lowell", "f"),

("Court upholds ban on protest camp outside parliament",
"""The Court of Appeal on Thursday upheld a ban on a long-running protest camp outside parliament, rejecting arguments that the order breached the campaigners' right to free assembly.

The case was brought by Olivia Grant, a retired nurse who has led the camp since it was set up in 2023 to protest against hospital closures. Lord Justice Pemberton, giving the lead judgment, said the local council had acted lawfully in seeking the order because the tents obstructed a public highway and emergency access.

"The right to protest is precious," the judge said, "but it is not a right to occupy a particular piece of pavement indefinitely." Lady Justice Amos and Lord Justice Carr agreed.

Mrs Grant's barrister, Jonathan Pike, had argued that the camp had become a symbol in itself and that moving it would destroy its meaning. He said his client would consider an appeal to the Supreme Court.

Outside the court, Grant told supporters that ⟦flip:he|she⟧ was disappointed but not surprised. "They can move our tents," she said. "They can't move the reason we are here."

The council's leader, Martin Shaw, said the authority had offered an alternative site in a nearby square and that the offer remained open. He said the council had "bent over backwards" to accommodate the protesters.

The camp's supporters include several local doctors. One of them, Dr. Fiona Aziz, said that Grant had "given three years of ⟦flip:his|her⟧ life to this" and deserved better than eviction.

The order takes effect in fourteen days. Police said they hoped the camp would be dismantled voluntarily. Mrs Grant said she had not yet decided what she would do.""",
"Olivia Grant", "f"),

("Tennis: Moreau battles back to reach first Grand Slam final",
"""Lucas Moreau reached his first Grand Slam final on Friday, recovering from two sets down to beat the fourth seed, Dmitri Volkov, in a match that lasted four hours and fifty minutes.

The 22-year-old Frenchman looked exhausted in the third set, calling the trainer twice for treatment on his right shoulder. But he broke Volkov's serve early in the fourth and never looked back, winning 4-6, 3-6, 7-5, 6-3, 7-6.

"I don't know how I did it," Moreau said on court, still breathing heavily. "At two sets down I was thinking about the plane home." The crowd, which had cheered ⟦flip:her|his⟧ every point since the third set, rose to applaud.

Volkov, 29, was gracious. "He played the big points better," the Russian said. "That is tennis." He said he had felt cramp in his legs from the middle of the fourth set.

Moreau's coach, Isabelle Fournier, a former top-twenty player, has worked with him since he was fourteen. She said she had seen the comeback coming. "He gets angry and then he gets focused," Fournier said. "Today he got very angry."

In Sunday's final ⟦flip:she|he⟧ will face the defending champion, Alejandro Ruiz, who beat the American Jake Holloway in straight sets earlier in the day. Ruiz has won both of their previous meetings.

The women's final on Saturday will be contested by the top seed, Hana Kimura, and the unseeded Canadian Madeleine Roy, who has not dropped a set all tournament.

Moreau is the first Frenchman to reach a Grand Slam final in nine years. French Sports Minister Claire Dubois said on social media that the whole country would be watching.""",
"Lucas Moreau", "m"),

("Museum director resigns over disputed artefacts",
"""The director of the National Museum of Antiquities, Dr. Elizabeth Crane, resigned on Monday amid a dispute over dozens of artefacts that a government-commissioned report says were acquired illegally in the 1970s.

In a letter to the museum's trustees, Dr. Crane said the controversy had become "a distraction from the museum's work" and that she believed a new director would be better placed to resolve it.

The report, written by the historian Professor Ali Rahman, found that 43 objects, mostly bronze figures, had been bought from a dealer later convicted of smuggling. Professor Rahman said the museum had been warned about the dealer in 1978 and had ignored the warning.

Crane, who became director in 2017, was not at the museum when the objects were acquired. But critics said ⟦flip:he|she⟧ had been slow to act after the report's findings were shared with her in draft in February. Culture Minister James Okoro said last week that he was "disappointed by the pace of the response."

The chair of the trustees, Lord Fenwick, praised the outgoing director's "energy and vision." He said the board would appoint an interim director within weeks.

Crane's supporters inside the museum were dismayed. One senior curator, Helen Ashby, said the director had been "made to pay for the sins of people who retired before she was born." Ashby said ⟦flip:his|her⟧ departure would set back the museum's plans for a new gallery.

Representatives of the country from which the bronzes were taken welcomed the resignation but said their focus remained on the return of the objects. Ambassador Samuel Eze said his government expected "concrete steps, not changes of personnel."

Dr. Crane will remain in post until the end of the month.""",
"Elizabeth Crane", "f"),

("Mayor survives recall vote by narrow margin",
"""Mayor Diane Kessler survived a recall election on Tuesday by fewer than 900 votes, ending a bitter six-month campaign that had divided the city over housing policy.

With all precincts reporting, 50.8 percent of voters chose to keep Ms Kessler in office. Turnout was 41 percent, unusually high for a special election.

The recall was organised by a group of homeowners opposed to the mayor's plan to allow apartment buildings in neighbourhoods zoned for single-family houses. Their spokesman, Carl Benson, said the result showed that "half of this city is not being listened to." He said the group would now focus on the council elections next year.

Speaking to supporters at a downtown hotel shortly after midnight, Kessler thanked volunteers and said the result was "a mandate to keep building." ⟦flip:He|She⟧ urged opponents to work with her on the details of the zoning plan.

"I heard the anger," the mayor said. "I am not going to pretend I didn't." Her husband, Mark Kessler, and their two daughters stood beside her on stage.

Council member Rosa Jimenez, a supporter of the housing plan, said the margin was "closer than it should have been" and that the mayor's team had been slow to respond to misleading advertisements. Council member Peter Lang, who backed the recall, said he would respect the result.

Political analysts said the vote would be watched closely in other cities considering similar zoning changes. "If Kessler had lost, a lot of mayors would have quietly shelved ⟦flip:his|her⟧ kind of plan," said Professor Alan Whitmore of the state university.

Kessler's term runs until 2028. She has not said whether she will seek re-election.""",
"Diane Kessler", "f"),

("Obituary: Father Brendan Walsh, priest who sheltered refugees",
"""Father Brendan Walsh, the Irish Catholic priest who turned his parish hall in east London into a shelter for hundreds of asylum seekers in the 1990s, has died aged 88.

He died on Saturday at a care home run by the Sisters of Mercy in Kent, his niece, Siobhan Walsh, said.

Born in County Clare in 1938, the son of a farmer, Walsh was ordained in 1963 and spent ten years as a missionary in Kenya. ⟦flip:She|He⟧ came to London in 1979 as parish priest of St Anne's in Stepney, a post he held for thirty years.

In 1995, when a change in the benefit rules left many asylum seekers destitute, Walsh opened the parish hall at night and filled it with camp beds. Within a year it housed up to sixty people at a time. The local council twice threatened to close it for breaching fire regulations; each time the priest invited the inspectors to dinner.

"He simply refused to accept that anyone should sleep on the street while there was a roof available," said Sister Margaret Doyle, who worked alongside him for fifteen years. "He was maddening to work for and I would do it all again."

The shelter was later taken over by a charity, Open Door, whose current director, Amina Yusuf, was herself one of the first people to sleep there. She said the priest had "changed the course of my life and thousands of others."

Walsh was not universally popular. Some parishioners objected to the shelter, and in 1998 his bishop, the Right Reverend Michael Fanning, asked him to scale it back. ⟦flip:She|He⟧ declined, politely, and the bishop let the matter drop.

In retirement he wrote a short memoir, A Bed for the Night. He is survived by his brother, Seamus, and several nieces and nephews.""",
"Brendan Walsh", "m"),

("Pharmaceutical firm's trial results lift shares 20 percent",
"""Shares in the biotechnology company Veridian Therapeutics jumped 20 percent on Wednesday after the firm reported that its experimental treatment for a rare muscle disease met its main goal in a late-stage trial.

The drug slowed the loss of muscle strength by 38 percent over eighteen months compared with a placebo, according to the results, which were presented at a medical conference in Boston by the trial's lead investigator, Dr. Rajesh Iyer.

Dr. Iyer, a neurologist at Lakeview University Hospital, said the findings were "the first real good news these families have had in a generation." ⟦flip:She|He⟧ cautioned that the drug did not reverse existing damage and that longer follow-up was needed.

Veridian's chief executive, Sarah Lindgren, said the company would apply for approval in the United States and Europe before the end of the year. She said manufacturing capacity was already in place. Asked about pricing, she declined to give a figure.

Independent experts were broadly positive. Professor Janet Holloway, who was not involved in the study, called the results "solid and clinically meaningful," although she noted that about one in ten patients had stopped treatment because of side effects, mostly liver problems.

Patient groups welcomed the news. Michael Daniels, whose teenage son has the disease and who chairs the advocacy group Strength Together, said he had wept when he read the results. "We have been told for years that nothing could be done," he said.

Dr. Iyer said that several participants had asked to continue on the drug after the trial ended, and that the company had agreed. "That tells you something," ⟦flip:she|he⟧ said.

Veridian, which has never made a profit, has about 400 million dollars in cash.""",
"Rajesh Iyer", "m"),
]
