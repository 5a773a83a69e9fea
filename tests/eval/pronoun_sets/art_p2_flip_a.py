ARTICLES = [
r"""⟦person:Patricia Lowell⟧Governor vetoes bill to loosen rules on payday lenders

Governor Patricia Lowell said on Monday that ⟦flip:he|she|lead⟧ would veto a bill that would have allowed payday lenders to charge higher fees, setting up a clash with the Republican-controlled legislature.

The bill, which passed both chambers last month, would have raised the maximum fee on a two-week loan from $15 to $22 for every $100 borrowed. Supporters said the current cap had driven lenders out of rural counties and pushed borrowers toward unlicensed online lenders.

In a letter to legislative leaders, the governor wrote that the measure would "take money from the people who have the least of it." She said she was open to changes that would help lenders operate in underserved areas but not to higher fees.

The bill's sponsor, Senator Ray Whitlock, said he was disappointed. "The governor is protecting people from loans they are getting anyway, just from worse lenders," Mr. Whitlock said. He said he would try to gather the votes for an override, which requires a two-thirds majority in both chambers.

House Speaker Dennis Carver, also a Republican, was less certain. Mr. Carver said he had not counted votes and that several members of his caucus had doubts about the bill. "I'm not sure we have 67," he said.

Consumer groups praised the veto. Monica Reyes, who directs a legal aid clinic in the capital, said many of her clients had taken out several loans to cover one emergency. "We see people paying $800 in fees on a $400 loan," Ms. Reyes said.

The lending industry's trade association said in a statement that it would keep working with lawmakers. Its president, Craig Benning, said the governor had "refused to look at the evidence."

Lowell, a Democrat in her second term, has vetoed 11 bills this year, more than in her entire first term. She faces re-election next year against a field of Republican challengers that includes Mr. Whitlock.
""",

r"""⟦person:Deborah Kane⟧Former charity boss jailed for seven years over £2m theft

The former chief executive of a children's hospice charity was jailed for seven years on Friday for stealing more than £2 million from the organization over nine years.

Deborah Kane, 56, used the money to buy a holiday home in Cornwall, two cars and jewelry, and to pay for ⟦flip:his|her|possessive⟧ daughter's wedding, Exeter Crown Court heard. She pleaded guilty in October to fraud by abuse of position and false accounting.

Judge Nicholas Forde said Kane had betrayed the families the charity was set up to help. "You took money donated by grieving parents, by children selling cakes at school, by pensioners who gave what little they had," he said. "You spent it on yourself."

The court heard that Kane created invoices from fake suppliers and approved them ⟦flip:himself|herself|reflexive⟧. The fraud was discovered in 2023 when a new finance manager, Rachel Ogden, noticed that one supplier had the same bank account as the chief executive.

Ms. Ogden told police that when she raised the issue, Kane told her it was "an admin error" and asked her to leave it. "She was very calm about it," Ms. Ogden said in a statement read to the court. "That's what frightened me."

Kane's barrister, Simon Ashcroft, said his client was "profoundly ashamed." He said ⟦flip:he|she|reported_speech_decoy⟧ had developed a gambling problem after the death of her husband in 2013 and had intended to repay the money. Mr. Ashcroft said she had already sold the Cornwall property and handed over the proceeds.

The charity's chairman, Alan Tremayne, said in a statement that the hospice had cut services for a year because of the losses. "Families were turned away because of what she did," he said.

Kane showed no emotion as the sentence was passed. ⟦flip:He|She|para_open⟧ was led from the dock by two security officers without looking at the public gallery, where several former colleagues were sitting.

Detective Constable Emma Price, who led the investigation, said the charity's trustees had co-operated fully.
""",

r"""⟦person:Stephen Marlow⟧Airline chief says fares will rise as fuel and labor costs climb

The chief executive of Skyline Airways warned on Thursday that ticket prices would rise next year, blaming higher fuel costs and new pay agreements with pilots and cabin crew.

Stephen Marlow told investors that the airline's costs per seat would climb by about 6 percent. "We have absorbed as much as we can," ⟦flip:she|he|speech_tag⟧ said on a call after the company reported quarterly results. "Customers will see some of this."

Skyline reported a profit of $212 million for the three months to September, down from $260 million a year earlier. Revenue rose 4 percent to $3.1 billion, helped by strong demand for summer travel to Europe.

The airline's chief financial officer, Angela Brooks, said fuel costs had risen 12 percent from a year earlier. Ms. Brooks said the company had hedged about half of its fuel needs for next year, which would limit the impact if prices kept rising.

Analysts questioned whether passengers would accept higher fares after two years of steep increases. "There is a limit," said Tom Reardon, an airline analyst at Cowell & Co. "Leisure travelers are already trading down."

Mr. Marlow said demand remained strong, particularly for business class on transatlantic routes. He said the airline would add 14 new routes next year, including flights to Lisbon and Athens, and would take delivery of 20 new aircraft.

The pilots' union reached a four-year agreement with the company in July that raised pay by 28 percent. The union's president, Captain Lisa Moreno, said the deal reflected pilots' value. She said the union was "not responsible for management's pricing decisions."

Asked whether ⟦flip:she|he|role_noun⟧ expected more labor disputes, the chief executive said relations with the unions were "the best they've been in a decade."

Skyline's shares fell 3 percent in afternoon trading.
""",

r"""⟦person:Mia Kowalczyk⟧Kowalczyk storms to first Grand Slam title

Mia Kowalczyk won her first Grand Slam title on Saturday, beating the world No. 1, Serena Adeyemi, 6-4, 3-6, 6-2 in the final of the Australian Open.

The 22-year-old Pole broke serve four times in the deciding set and sealed the match with ⟦flip:his|her|lead⟧ ninth ace. She fell onto her back on the court and lay there for several seconds with her hands over her face.

"I don't know what to say," Kowalczyk said during the trophy ceremony. "Serena is my idol. I had her poster on my wall when I was twelve. Today I just tried not to look at her too much."

Adeyemi, who was bidding for her eighth major, was gracious. "She was better than me today," she said. "She's going to win a lot of these."

Kowalczyk's coach, Tomasz Nowak, said the title was the result of three years of work on her serve. "When she came to me, she served like a junior," Mr. Nowak said. "Now ⟦flip:he|she|in_quote⟧ serves like a champion."

Kowalczyk grew up in Łódź, where her father, Piotr, was a bus driver and her mother, Agnieszka, a primary school teacher. ⟦flip:He|She|para_open⟧ started playing at six on public courts near the family's apartment and was noticed at 14 by the Polish federation.

The win lifts her to No. 3 in the world rankings. She is the second Polish woman to win a Grand Slam singles title.

Her father, who watched from the players' box with her brother, Jakub, said the family would celebrate quietly. "We will have dinner, and she will go to bed early, because she always does," he said.

Asked what she would do with the winner's check of about $2 million, the new champion said ⟦flip:he|she|role_noun⟧ wanted to buy her parents a house with a garden. "They have lived in the same apartment for 30 years," Kowalczyk said. "My mother wants tomatoes."

The men's final between Carlos Ruiz and Alexander Brandt will be played on Sunday.
""",

r"""⟦person:Tobias Reinholt⟧Director Reinholt's war epic divides Venice audience

Tobias Reinholt's three-hour war film "The Last Winter" drew both a long standing ovation and scattered boos at its premiere at the Venice Film Festival on Tuesday night, a reception the German director said ⟦flip:she|he|lead⟧ found "completely appropriate."

The film follows a group of German and Soviet soldiers trapped together in a ruined farmhouse during the siege of Stalingrad. It stars Anna Lehmann as a Russian nurse and Felix Brandauer as a Wehrmacht officer.

At a news conference on Wednesday, Reinholt said he had expected a divided response. "If everybody loved it, I would have failed," he said. "This is not a film about heroes."

Some critics objected to the film's long, graphic battle sequences. The Guardian's critic, Peter Bradshaw-Lane, called it "numbing and overlong." Others were enthusiastic. Caroline Dupré, writing in Le Monde, said it was "the most serious war film in a generation."

Lehmann, who spent four months learning Russian for the role, said the director had pushed the cast harder than anyone she had worked with. "He doesn't say 'cut' until he is sure," she said. "Some takes were twenty minutes long. You learn to live in the scene."

The film cost about 40 million euros, a large budget for a German production. Its producer, Margit Kessler, said she had spent five years raising the money. Reinholt said the film would not exist without her.

Brandauer said that shooting in minus 25 degrees in Latvia had been the hardest experience of his career. "Tobias was out there every day in the snow with us," he said. "The director said ⟦flip:she|he|role_noun⟧ would not ask us to do anything he wouldn't do."

Reinholt, 58, made his name with small-scale family dramas before turning to historical epics. The film will be released in Germany in November.
""",

r"""⟦person:Yasmin Haddad⟧Study finds Antarctic ice shelf thinning twice as fast as thought

An ice shelf in West Antarctica is losing mass at twice the rate previously estimated, according to a study published on Wednesday that used a decade of satellite and ocean measurements.

The study, in the journal Nature Geoscience, was led by Yasmin Haddad, a glaciologist at the University of Edinburgh. Dr. Haddad and her colleagues found that warm ocean water was reaching the underside of the Getz Ice Shelf more often than models had predicted, melting it from below.

"We have been underestimating how much heat is getting in," she said in an interview. "The shelf is being eaten from underneath, and you cannot see it from the surface."

Ice shelves float on the ocean and act as buttresses for the glaciers behind them. When they thin, the glaciers can flow faster into the sea, raising sea levels. The Getz shelf holds back glaciers containing enough ice to raise global sea levels by about 20 centimetres.

The team's co-author, Professor Martin Ellery of the British Antarctic Survey, led two research cruises to deploy instruments beneath the shelf. He said the measurements had been difficult to collect. "We lost three moorings to icebergs," Professor Ellery said. "Yasmin rebuilt ⟦flip:his|her|possessive⟧ entire analysis around the ones that survived."

Other scientists said the findings were worrying but needed confirmation. Dr. Karen Lindholm, an oceanographer at the University of Gothenburg who was not involved in the study, said the record was still relatively short. "Ten years is not long in the life of an ice shelf," she said.

Dr. Haddad, 38, grew up in Amman and studied physics before switching to glaciology. She said she planned to return to Antarctica next year to install instruments on two neighbouring ice shelves.

The research was funded by the Natural Environment Research Council and the U.S. National Science Foundation.
""",

r"""⟦person:Nina Alvarez⟧Nina Alvarez, jazz singer who bridged Havana and Harlem, dies at 91

Nina Alvarez, whose smoky voice carried Cuban boleros into New York jazz clubs in the 1950s and who later became one of the most admired interpreters of the American songbook, died on Tuesday at her home in Miami. She was 91.

Her nephew, Carlos Alvarez, confirmed the death and said she had been in declining health.

Born in Havana in 1935, Alvarez began singing in her father's restaurant at the age of nine. ⟦flip:He|She|profile_topic⟧ moved to New York at 19 with a suitcase, a cardboard box of sheet music and, as she later put it, "the address of a cousin who turned out to have moved."

Within two years she was singing at the Village Vanguard, where the pianist Bill Moreland heard her and asked her to join his trio. Moreland, who died in 1998, later said ⟦flip:he|she|reported_speech_decoy⟧ was "the only singer who ever made me play quieter."

Her 1961 album "Noche y Día," recorded with Moreland, mixed Cole Porter songs with Cuban standards and sold more than a million copies. Critics praised her phrasing and ⟦flip:his|her|possessive⟧ refusal to oversing. "She knew the power of leaving a note unfinished," the critic Walter Hines wrote.

Alvarez married the trumpeter Eddie Santos in 1963. The marriage ended in divorce, but the two continued to perform together until his death in 2005. She never remarried.

She was unable to return to Cuba after 1960 and spoke often of the island in interviews. "I left Havana but Havana didn't leave me," she told an interviewer in 1990.

In later years she taught at the University of Miami, where her students included the Grammy-winning singer Lucía Prado. Ms. Prado said on Tuesday that Alvarez had been "strict, generous and terrifying, in that order."

In addition to her nephew, she is survived by a niece, Marisol Ortega. Asked once how she wished to be remembered, ⟦flip:he|she|speech_tag⟧ said simply: "As a singer. That is enough."
""",

r"""⟦person:Rafael Okonjo⟧Chef Rafael Okonjo on fire, family and the restaurant he nearly closed

Rafael Okonjo opened his restaurant, Ember, in a former garage in south London in 2017. Last month it received its second Michelin star. Okonjo, 42, spoke to our food writer, Hannah Lyle, about cooking over open flame, his Nigerian grandmother, and the winter of 2020, when ⟦flip:she|he|lead⟧ nearly shut the doors for good. The interview has been edited.

Where did the idea for cooking everything over fire come from?

From my grandmother in Enugu. She cooked over wood for her entire life. When I was a boy I would sit and watch her move pots around the fire like chess pieces.

You trained in classical French kitchens. How did that fit?

Badly, at first. My first head chef, Marc Duval, used to say I burned things on purpose. He was right. I was trying to get back to her kitchen without knowing it.

Tell me about 2020.

We were closed for months. I had 22 staff and no money. I went to the bank, they said no. I went to my father, and he said no too, which was the right answer. Then my sous chef, Amaka Eze, said we should do takeaway from the garage door. We sold 300 meals the first night.

Ms. Eze, now the restaurant's head chef, said in a separate conversation that Okonjo had wanted to give up. "He sat on the floor of the kitchen and said ⟦flip:she|he|in_quote⟧ was finished," she said. "I told him he wasn't allowed to be finished."

What does the second star mean?

It means my mother finally believes I have a real job.

Okonjo laughed when asked if that was true. ⟦flip:She|He|para_open⟧ said it was mostly true. His mother, Grace, eats at the restaurant once a month and always orders the same dish, goat cooked in embers with smoked pepper.

What is next?

Nothing new. I want to cook here until my knees give out.
""",

r"""⟦person:Henrik Dahl⟧Foreign minister says talks with Moscow 'going nowhere'

Norway's foreign minister, Henrik Dahl, said on Thursday that talks with Russia over fishing rights in the Barents Sea were "going nowhere" and that Oslo would consider taking the dispute to international arbitration.

Speaking after a meeting with his Finnish counterpart, Elina Virtanen, in Helsinki, Mr. Dahl said Russian negotiators had rejected every proposal made since the spring. "We have been patient," ⟦flip:she|he|speech_tag⟧ said. "Patience is not a policy."

Ms. Virtanen said Finland supported Norway's position and would raise the issue at the next meeting of the Arctic Council. She said the two ministers had also discussed energy cooperation and military exercises planned for next year.

The dispute centers on cod quotas in the waters around Svalbard, where Russian trawlers have been accused of exceeding agreed limits. Norway's fisheries minister, Ola Berg, said last week that his inspectors had found Russian vessels with undeclared catches on four occasions since June.

Mr. Dahl said ⟦flip:she|he|same_gender_nearby⟧ had told Mr. Berg and the prime minister, Jonas Lie, that Norway should prepare a legal case. "We will not wait forever," he said.

The Russian Embassy in Oslo said in a statement that Norway was "politicizing a technical question" and that Russian fishermen had complied with all rules.

Analysts said arbitration would be a significant escalation. Ingrid Solheim, a researcher at the Norwegian Institute of International Affairs, said such cases could take years. "It is a signal more than a solution," she said.

Dahl, a former fisheries minister, has taken a tougher line on Russia since taking office last year. He is expected to present his proposal to the cabinet next week.
""",

r"""⟦person:Carmen Ortiz⟧Witness describes night of bar shooting

A bartender who was working the night of a fatal shooting at a Denver bar last year told a jury on Tuesday that the defendant had been thrown out of the bar an hour before he returned with a gun.

Carmen Ortiz, 29, said she had served the defendant, Wade Lister, three beers before he began arguing with another customer, Marcus Tate. Ms. Ortiz said the bar's manager, Greg Hollins, asked Lister to leave, and he did so after shouting at both men.

"He said he'd be back," Ms. Ortiz testified. "People say that all the time. I didn't think anything of it."

Mr. Tate, 31, was shot twice at about 12:40 a.m. and died at the scene. Lister, 44, is charged with first-degree murder. His lawyers say he acted in self-defense after Mr. Tate attacked him in the parking lot.

Under questioning by the prosecutor, Diane Fuller, Ms. Ortiz said she had been restocking the cooler when she heard the shots. She said she ran to the door and saw Mr. Tate on the ground and Lister walking toward a pickup truck.

On cross-examination, Lister's lawyer, Kevin Marsh, asked whether she had seen Mr. Tate follow his client outside. Ortiz said she had not. ⟦flip:He|She|sentence_open⟧ acknowledged that she could not see the parking lot from behind the bar.

Mr. Marsh asked her whether Mr. Tate had been drinking heavily. "He'd had a few," she said. "So had everyone."

The trial is expected to last two weeks. Mr. Tate's mother, Loretta Tate, has attended every day.
""",

r"""⟦person:Isabel Grant⟧Grant's skincare brand sold to L'Oréal rival for $1.1bn

Isabel Grant built her skincare company from a kitchen in Portland, Oregon, mixing creams in a borrowed blender and selling them at farmers' markets. On Monday ⟦flip:he|she|lead⟧ agreed to sell it to the Japanese cosmetics group Kaisei for $1.1 billion.

Grant, 41, founded Verdant in 2014 after leaving a job as a chemist at a pharmaceutical company. ⟦flip:His|Her|possessive⟧ products, which use plant-based ingredients and recyclable packaging, are now sold in 30 countries and generated about $240 million in revenue last year.

Kaisei's chief executive, Hiroshi Nakamura, said the acquisition would help his company reach younger customers in North America. "Isabel has built something authentic," Mr. Nakamura said in a statement. "We intend to protect that."

Grant will remain chief executive for at least three years under the terms of the deal. She owns about 35 percent of the company; the rest is held by employees and the private equity firm Larch Capital, which invested in 2020. Larch's managing partner, David Ferris, said the sale would return about four times his firm's investment.

In an interview, Grant said she had turned down two earlier offers because the buyers wanted to move production to Asia. "Kaisei agreed to keep our factory in Oregon," ⟦flip:he|she|speech_tag⟧ said. "That was the line for me."

The factory employs 380 people. Its manager, Tanya Brooks, said workers had been nervous about a sale but were reassured by the commitment. "Isabel came down to the floor this morning and told everyone herself," Ms. Brooks said.

The deal is expected to close in the first quarter, subject to regulatory approval.
""",

r"""⟦person:Luca Romano⟧Romano takes mountain stage to move into yellow

Luca Romano won the 15th stage of the Tour de France on Sunday, attacking on the final climb to the Col du Tourmalet and taking the overall lead for the first time in his career.

The 26-year-old Italian crossed the line 48 seconds ahead of the defending champion, Jonas Vingaard, who had worn the yellow jersey for nine days. Romano now leads by 21 seconds with six stages left.

"I didn't plan it," Romano said. "On the radio they told me to wait. My legs told me to go. I listened to my legs."

His team's sporting director, Francesca Rossi, said she had indeed told him to wait. "He ignored me," Ms. Rossi said, laughing. "Today, that was the right decision. Tomorrow, he will listen."

Vingaard said he had no answer to the attack. "He was simply stronger," the Dane said. "There is still a long way to Paris."

Romano, from a village near Bergamo, was a promising junior but spent two seasons recovering from a crash that broke his pelvis in 2022. ⟦flip:She|He|para_open⟧ returned last year and finished fifth in the Giro d'Italia.

His girlfriend, Chiara Bianchi, a former cyclist, was waiting at the finish. The two embraced for several minutes before the podium ceremony.

Rossi said the team would protect ⟦flip:her|his|reported_speech_decoy⟧ lead in Monday's stage, which includes four categorized climbs. "Now we race defensively," she said. "That is not Luca's nature, but it is the job."

The stage was marred by a crash on the descent of the Col d'Aspin that forced two riders, the Briton Ethan Hayes and the Frenchman Julien Roux, to abandon.
""",
]
