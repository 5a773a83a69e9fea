# Flipped articles, part A. Each: (title, body, person, gender)
FLIPPED_A = [
("Finance minister unveils spending cuts as coalition partners bristle",
"""Finance Minister Margaret Okafor on Tuesday unveiled 4.2 billion in spending cuts, telling parliament that the country could no longer "borrow its way out of every difficulty."

The package, which trims regional development grants and freezes public sector hiring for two years, had been negotiated for weeks behind closed doors. Prime Minister David Hale, who sat beside Ms Okafor during the two-hour statement, nodded at several points but did not speak.

⟦flip:His|Her⟧ speech drew jeers from the opposition benches. Simon Reyes, the opposition's finance spokesman, called the plan "a cruel arithmetic exercise dressed up as prudence" and said his party would force a vote on the grant reductions.

"We are asking every department to do more with less," the minister said. "I am not pretending that is painless." She added that pensions and child benefits would be protected in full.

Economists were divided. Laura Brandt, chief economist at the Meridian Institute, said the cuts were "broadly credible" but warned that the hiring freeze could leave hospitals short of staff by next winter. Paul Whitcombe, a former treasury official, said the figures relied on optimistic growth assumptions.

The strongest criticism came from within the coalition. Junior partner leader Ann-Marie Duval said her party had not signed off on the regional grant reductions and would seek amendments. Asked whether the coalition was at risk, Ms Okafor smiled and said that was "a question for another day."

Officials close to the finance minister said ⟦flip:he|she⟧ had spent the weekend personally calling mayors in the affected regions to explain the changes. Several mayors confirmed the calls but said they remained unconvinced.

Mr Hale is expected to meet Ms Duval on Thursday. A vote on the budget measures is scheduled for the end of the month, and party whips on both sides expect the margin to be narrow.""",
"Margaret Okafor", "f"),

("Judge orders new trial after juror misconduct in fraud case",
"""A federal judge on Monday threw out the fraud conviction of a former hedge fund manager, ruling that a juror had concealed a personal connection to one of the prosecution's witnesses.

Judge Helen Marsh said in a 31-page order that the juror's failure to disclose that she had once worked for the witness's accounting firm "fatally undermined" the fairness of the trial. Judge Marsh ordered a new trial to begin no earlier than March.

The defendant, Richard Coyle, was convicted in June of defrauding investors of about 60 million through a fund that promised steady returns from commodity trading. Prosecutors said he used new deposits to pay earlier investors and to fund a ranch and a private jet.

Mr Coyle's lawyer, Daniel Ferris, said his client was "grateful that the court has taken this seriously." Prosecutor Nina Castellanos said the government would be ready to try the case again and was reviewing whether to appeal the order.

The problem came to light in August, when a paralegal noticed the juror's name in old corporate filings. At a hearing last month the juror, who was not named in court papers, testified that she had not thought the connection relevant because she had left the firm nine years earlier.

Judge Marsh rejected that explanation. In ⟦flip:his|her⟧ order, the judge wrote that the question on the jury form was "plain and unambiguous" and that the juror had answered it falsely. ⟦flip:He|She⟧ added that she did not find the juror had acted out of malice, but that intent was not the test.

Victims of the scheme reacted with frustration. Margaret Lyle, a retired teacher who lost most of her savings, said outside the courthouse that she would attend every day of a second trial. "I have waited three years already," she said.

Mr Coyle remains free on bail. He has denied wrongdoing.""",
"Helen Marsh", "f"),

("Striker's late double sends United into cup semi-final",
"""Marcus Adeyemi scored twice in the last ten minutes on Saturday to give Riverside United a 2-1 win over Northgate and a place in the cup semi-finals.

Northgate had led since the 34th minute through Tom Keller, whose low shot skidded under goalkeeper Sam Petrov. For long spells the visitors looked comfortable, and their manager, Claire Donnelly, was seen applauding her defence from the touchline as the hour mark passed.

Adeyemi, who had started on the bench, changed the game. ⟦flip:Her|His⟧ first goal came from a glancing header at the near post in the 81st minute. Four minutes later he picked up a loose ball thirty yards out, beat two defenders and curled a shot into the top corner.

"I just wanted to make something happen," Adeyemi said afterwards. "The manager told me to be brave, so I was brave." Riverside's manager, Jonas Wirth, said the 23-year-old had been "frustrated" about his lack of starts and had answered in the best way possible.

Donnelly was gracious in defeat. "We did ninety percent of what we planned," she said. "But one moment of quality from him and it's gone." She said her side would now focus on the league, where they sit third.

The win extends Riverside's unbeaten run to eleven matches. Wirth confirmed that Adeyemi would start the next league game, against Eastport, after which ⟦flip:she|he⟧ will join the national squad for two qualifiers.

Club captain Leo Brandt, who missed the match with a hamstring strain, is expected back for the semi-final next month. The draw will be made on Sunday evening.""",
"Marcus Adeyemi", "m"),

("Renowned cellist Ingrid Solberg dies at 84",
"""Ingrid Solberg, the Norwegian cellist whose recordings of the Bach suites became a benchmark for a generation of players, has died at her home in Bergen. She was 84.

Her son, Erik Solberg, said she died peacefully on Thursday after a short illness.

Born in Trondheim in 1942, Solberg began playing at the age of six on an instrument borrowed from a church orchestra. By fifteen she had won a scholarship to study in Vienna, where ⟦flip:his|her⟧ teacher, the cellist Anton Brauer, described her as "the most stubborn and the most musical pupil I have ever had."

Her international career began almost by accident. In 1966 she replaced an ill colleague at short notice at the Salzburg Festival, and the conductor that night, Karl Heinemann, invited her to record with his orchestra the following spring. The resulting album of Dvorak's concerto stayed in print for fifty years.

Solberg was known for a severe, unsentimental style. Critics sometimes found it cold; ⟦flip:he|she⟧ insisted it was merely honest. "The music does not need me to cry over it," she told an interviewer in 1989.

In later life she devoted much of her time to teaching. Among her students was the British cellist Rachel Moore, who said on Friday that Solberg had "never once told me what to feel, only what to listen for." The conductor Pablo Ibarra, who recorded with her in the 1990s, called her "a moral presence in the rehearsal room."

She married the architect Henrik Dahl in 1970; he died in 2011. She is survived by her son, two granddaughters and a sister, Astrid.

A memorial concert is planned in Bergen in the spring, at which ⟦flip:his|her⟧ former students will perform the six suites.""",
"Ingrid Solberg", "f"),

("Chief executive steps down after failed merger",
"""The chief executive of Halvorsen Logistics, Thomas Brady, will step down at the end of the month after shareholders rejected his proposed merger with a rival freight company, the firm said on Wednesday.

Mr Brady, 58, had staked ⟦flip:her|his⟧ reputation on the 3 billion deal with Castleway Freight, arguing it would create the largest road haulage group in northern Europe. Shareholders voted it down last week by a margin of 61 to 39 percent.

In a statement, the board chair, Elena Rossi, thanked Mr Brady for "eight years of steady leadership" and said a search for his successor had begun. She said the company's chief financial officer, Priya Nair, would serve as interim chief executive.

The vote was seen as a victory for activist investor Karen Lindqvist, whose fund holds about 7 percent of Halvorsen. Ms Lindqvist had argued that the merger overpaid for Castleway and would saddle the company with debt. She said on Wednesday that she looked forward to working with the board "on a more disciplined strategy."

Analysts said the outcome left the chief executive with little choice. "Once the shareholders said no that clearly, ⟦flip:her|his⟧ position became untenable," said Graham Fitch, a transport analyst at Norden Securities.

In a short note to staff, the departing executive said he was proud of what the company had achieved and that he remained a shareholder. He did not mention the merger.

Castleway's chief executive, Michael Osei, said his company would "explore other options." Castleway shares fell 9 percent on the news, while Halvorsen's rose 4 percent.

Ms Nair, who joined the company from a bank in 2019, is regarded internally as a strong candidate for the permanent post.""",
"Thomas Brady", "m"),

("Envoy says ceasefire talks 'closer than ever' as fighting eases",
"""The United Nations envoy for the region, Catherine Mbeki, said on Sunday that negotiations between the two sides were "closer than ever" to producing a lasting ceasefire, after three days of talks in Geneva.

Speaking to reporters after the final session, the envoy said ⟦flip:he|she⟧ had received written commitments from both delegations to halt offensive operations for at least two weeks while technical teams work on monitoring arrangements.

The government delegation was led by Interior Minister Yusuf Haddad, who described the talks as "serious and respectful." The rebel side was represented by Colonel Ibrahim Salah, who said his forces would respect the pause but warned that any violation would be answered.

Diplomats said much of the progress was due to Ms Mbeki's decision to hold separate meetings with each delegation late into the night. ⟦flip:His|Her⟧ approach, one Western diplomat said, was "to let each side say everything it needed to say, and then say it again."

Aid groups welcomed the news cautiously. Sofia Marquez, regional director for the relief agency Hope Without Borders, said convoys had been waiting at the border for weeks and needed guarantees of safe passage. "Words are good," she said. "Trucks moving are better."

Fighting in the eastern provinces had already slowed in recent days, according to local residents. A doctor in the provincial capital, Ahmed Nour, said his hospital had received no new casualties since Friday, for the first time in two months.

The envoy plans to return to the region on Wednesday to meet local leaders. ⟦flip:He|She⟧ said a formal signing ceremony could take place within a month if the truce held.

Mr Haddad and Colonel Salah are expected to meet again in Geneva later this month.""",
"Catherine Mbeki", "f"),

("Profile: The quiet engineer behind the city's new tram network",
"""When the first tram on the new Eastside line pulled out of Harbour Square last month, the crowd cheered for the mayor, who cut the ribbon, and for the driver, who waved from the cab. Few noticed the woman in a grey raincoat standing at the back of the platform, checking her watch.

Beatriz Almeida, 52, has spent eleven years on the project, first as a junior design engineer and for the last five as its chief engineer. Colleagues describe ⟦flip:him|her⟧ as relentless, precise and almost allergic to publicity.

"She read every drawing," said Frank Doyle, who managed the civil works contract. "Every one. I have worked with a lot of chief engineers and I never saw that before."

Almeida grew up in Porto, where her father drove a tram on the city's old network. She studied civil engineering in Lisbon and moved here in 2003, initially to work on a bridge repair. ⟦flip:He|She⟧ never left.

The tram project was troubled for years. Costs doubled, a contractor went bankrupt and the previous mayor, Gerald Finch, threatened to cancel it in 2019. Almeida was asked to rescue it. She renegotiated the signalling contract, simplified the depot design and, according to the current mayor, Sarah Whitfield, "saved the city about forty million without anyone writing a headline about it."

Almeida herself plays down her role. In a rare interview in her cramped office, surrounded by rolled-up plans, she insisted the credit belonged to the crews. "I sat at a desk," ⟦flip:he|she⟧ said. "They worked nights in the rain."

Her next task is the planned western extension, which still lacks full funding. Asked whether she would see it through, Almeida laughed. "Ask me in ten years," she said.""",
"Beatriz Almeida", "f"),

("Climate scientist wins international prize for ice core research",
"""The glaciologist Dr. Samuel Achterberg has been awarded this year's Vetlesen-Lund Prize for research that extended the continuous record of Earth's climate back more than a million years, the prize committee announced on Thursday.

Dr. Achterberg, 61, led the team that drilled a three-kilometre ice core at a remote site in East Antarctica between 2016 and 2022. Analysis of the core showed how the rhythm of ice ages shifted roughly 900,000 years ago, a puzzle that had divided scientists for decades.

The committee chair, Professor Ruth Calloway, said the work was "a feat of both scientific imagination and sheer physical endurance." She noted that the team had worked in temperatures below minus 50 degrees.

Achterberg said ⟦flip:she|he⟧ was "astonished and a little embarrassed" by the honour, and insisted it should be shared with the drilling crew and with his longtime collaborator, the geochemist Dr. Mei Tanaka, who led the laboratory analysis in Japan.

"Mei found the signal," he said. "I just brought back the ice." Dr. Tanaka, reached by phone, said that was "very generous and only partly true."

Colleagues describe Achterberg as a demanding but loyal leader. A former doctoral student, Anna Kowalczyk, recalled that ⟦flip:her|his⟧ first instruction to new team members was to learn how to fix a generator. "He said science starts when the power stays on," she said.

The prize carries an award of 250,000 dollars, which Achterberg said he would use to fund field positions for young researchers from countries without polar programmes.

The award will be presented in Oslo in April. Previous winners include the oceanographer Henry Stokes and the atmospheric chemist Lucia Ferreira.""",
"Samuel Achterberg", "m"),
]
