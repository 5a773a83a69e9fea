ARTICLES = [
dict(title="Council approves riverside housing plan after marathon session", person="Margaret Okafor", gender="f", text="""
HALVERSTON — The city council voted 7-4 late on Tuesday to approve a contested plan for 1,200 homes on the former rail yards along the River Tane, ending a debate that had stretched across three meetings and drawn hundreds of residents to the chamber.

Mayor Margaret Okafor, who had staked much of her second term on the project, said the vote showed the council was "finally willing to build for the people who actually need to live here, not just the people who already do."

"We have been talking about this site for eleven years," ⟦flip:he|she⟧ told reporters outside the town hall shortly after midnight. "Eleven years of consultations, of studies, of reports that sat on shelves. Tonight we stopped talking."

The plan was opposed by councillor David Fenwick, who represents the neighbouring Eastbank ward and argued that the road network could not absorb the extra traffic. Fenwick said he would ask the regional planning authority to review the decision, adding that his constituents had been "treated as an afterthought."

"Nobody is against housing," he said. "We are against housing that arrives before the buses, the schools and the doctors do."

Okafor rejected that criticism, pointing to a transport agreement signed with the regional authority in March that commits £40 million to a new bus corridor. The mayor said ⟦flip:his|her⟧ office had negotiated the package precisely to answer the concerns raised by Fenwick and others on the east side of the city.

Harrow Living, which will build the first phase, said construction could begin next spring. Its managing director, Paul Acheson, said the company was "delighted" and praised the mayor for what he called her persistence.

Residents' group chair Anita Desai, who had campaigned for a higher share of social rent homes, said she was disappointed that the final figure remained at 25 percent. "It is a start, but it is not the city Margaret promised us," Desai said, noting that the mayor had pledged 35 percent in ⟦flip:his|her⟧ manifesto.

Asked about the shortfall, Okafor said the lower share had been the price of making the scheme viable and that she would revisit it when the second phase came before the council in 2027. "I would rather have a quarter of something than a third of nothing," the mayor said.
"""),

dict(title="Corvane Logistics chief to step down after profit warning", person="Daniel Reyes", gender="m", text="""
Corvane Logistics said on Thursday that chief executive Daniel Reyes would leave the company at the end of the year, two weeks after the freight group issued its second profit warning in six months and its shares fell to their lowest level since 2016.

Reyes, 58, who joined Corvane as a regional manager in 1994 and has run it for nine years, will be replaced on an interim basis by chief operating officer Marta Kowalczyk while the board searches for a permanent successor, the company said in a statement to the stock exchange.

"Daniel has given thirty years to this company and transformed it from a national trucker into an international business," chairman Sir Geoffrey Lam said. "The board and I are grateful to him, and we respect his decision."

In a note to staff seen by the Ledger, Reyes said he had concluded that "a new chapter needs a new author" and that he did not want the search for a successor to be "overshadowed by speculation about my own future."

Analysts had been questioning his position since the September warning, when Corvane blamed weak demand in its European road freight division and higher fuel costs for a shortfall of around 60 million euros in expected operating profit.

"The market had lost confidence in the strategy, and to a large extent in the man who designed it," said Helen Brightwater, a transport analyst at Fenwick Securities. She said Kowalczyk was well regarded by investors but would need to move quickly on costs.

Kowalczyk, who previously ran the company's warehousing arm, said she intended to "finish the work Daniel began" and would present an updated plan with the group's annual results in February.

Reyes's tenure included the 2017 acquisition of the Dutch parcels firm Van Loon, which doubled the size of the group but which critics say left it with too much debt. Speaking at an investor day last year, the chief executive defended the deal, saying ⟦flip:she|he⟧ would "make it again tomorrow."

Shares in Corvane rose 3 percent on the news. Brightwater said the reaction suggested investors had been expecting the move. "Nobody will say it out loud, but this is what the big shareholders wanted," she said. "Reyes leaves with ⟦flip:her|his⟧ reputation dented but not destroyed, and Marta gets a clean start."
"""),

dict(title="Former councillor jailed for four years over planning bribes", person="Helen Prasad", gender="f", text="""
A former county councillor who accepted more than £180,000 in cash and home improvements from property developers was jailed for four years on Friday by a judge who said the defendant had "sold the public trust by the square metre."

Raymond Hollis, 63, who chaired the planning committee of Westmere County Council for six years, was convicted in October of five counts of bribery and one of misconduct in public office after a seven-week trial at Carlisle Crown Court.

Sentencing him, Judge Helen Prasad said Hollis had shown "not a flicker of remorse" and had tried throughout the trial to blame council officers for decisions he had personally pushed through.

"You were trusted by the people of this county to weigh applications on their merits," ⟦flip:he|she⟧ told Hollis, who stood in the dock with his hands folded. "Instead you weighed them by what the applicant could do for you."

Two developers, brothers Kevin and Alan Marsh, received suspended sentences of eighteen months each after pleading guilty to paying the bribes, which included a new kitchen, a conservatory and an annual holiday in Portugal.

Hollis's barrister, Nadia Ferreira KC, had asked for a suspended sentence, citing his age, his heart condition and the care he provides to his wife, who has multiple sclerosis. She told the court that her client had "lost everything: his reputation, his pension and his place in the community he served."

The judge said she had taken those factors into account but that the scale and length of the corruption made an immediate custodial sentence unavoidable. Prasad added that ⟦flip:his|her⟧ sentence would have been six years had it not been for Hollis's health.

Detective Inspector Carol Aspinall, who led the investigation, said outside court that the case had begun with a single anonymous letter to the council's monitoring officer in 2019. "Someone had the courage to put pen to paper, and everything followed from that," she said.

The council's chief executive, Martin Greaves, said the authority had since overhauled its rules on gifts and hospitality. "We cannot undo what happened, but we can make sure it never happens like that again," he said.
"""),

dict(title="Varga keeps faith with young squad as Rovers edge into playoffs", person="Tomás Varga", gender="m", text="""
Dunmore Rovers secured the last playoff place in the Northern League on Saturday with a 2-1 win over Castlebridge, and manager Tomás Varga said afterwards that he had never doubted a squad whose average age is barely 22.

Goals from striker Callum Reid and midfielder Ebo Mensah either side of half-time were enough for Rovers, who finished sixth on goal difference after Ashford Town were held at home by the bottom club.

"People wrote these boys off in November," Varga said in the tunnel, still wearing the tracksuit ⟦flip:she|he⟧ had worn on the touchline all afternoon. "They said we were too young, too soft, too inexperienced. Today they showed what they are."

The Hungarian, 47, took over at Rovers in the summer of 2022 after a spell as youth director at the club, and has been criticised by some supporters for leaving experienced players on the bench. He dropped club captain Steve Holloway in January, a decision that prompted a public row with Holloway's agent.

Club chair Jennifer Lyle, who appointed Varga and has backed him throughout the season, said the result vindicated her decision. "I have never seen a manager work harder or care more," she said. "He took the flak when it came and he deserves this."

Lyle said the board would open talks with Varga about extending ⟦flip:her|his⟧ contract next week, adding that she hoped to have an agreement in place before the start of the playoffs.

Reid, who has scored 14 goals this season, his first as a professional, credited the coach with giving him the confidence to play. "He tells you he trusts you, and then he actually does," the 19-year-old said.

Rovers will face second-placed Harrowgate in a two-legged semi-final, beginning away from home on Wednesday. Harrowgate's manager, Linda Cartwright, said her side would not underestimate the opposition. Varga, asked about ⟦flip:her|his⟧ own plans for the tie, smiled and said only that the squad would "rest, eat well and trust the work."
"""),

dict(title="Ancient pollen reveals earlier farming in Norway's western fjords, study finds", person="Ingrid Solberg", gender="f", text="""
Farmers were clearing forest and planting barley in Norway's western fjords nearly a thousand years earlier than previously thought, according to a study of pollen preserved in lake sediments published on Wednesday in the journal Quaternary Science Reviews.

The research team, led by palaeoecologist Dr. Ingrid Solberg of the University of Bergen, drilled cores from the beds of four small lakes near Sogndal and analysed layers of pollen and charcoal spanning the last 7,000 years.

"We were looking for the first signs of cereal pollen, and we expected to see them around 2,400 BC," Solberg said. "Instead they appeared in all four lakes at roughly 3,300 BC, together with a spike in charcoal that tells us people were burning the woodland to open it up."

The findings challenge a long-held view that farming spread into western Norway slowly and late because of the region's steep terrain and poor soils, said co-author Erik Haugland, an archaeologist at the same university. He said the team now believed small farming communities had coexisted with hunter-gatherers for several centuries.

Not everyone is convinced. Professor Mark Whitfield of the University of York, who was not involved in the study, said the cereal pollen grains were very few and could have blown in from farther away. "It is a careful piece of work, but four lakes is a small sample," he said.

Solberg said ⟦flip:he|she⟧ welcomed the scrutiny but that wind-blown pollen could not explain the charcoal peaks or the sharp decline in tree pollen that accompanied them. The mother of two, who began the project in 2018 while on a research fellowship in Copenhagen, said ⟦flip:his|her⟧ team had already collected cores from a further six lakes to test the pattern.

Haugland said the next step would be to look for the farms themselves. Together with Solberg and the Norwegian heritage agency's regional archaeologist, Kari Bakken, he is planning a survey of likely sites using ground-penetrating radar this summer.

"Pollen tells you that somebody was there," Bakken said. "It doesn't tell you where they slept. That is what we want to find."

The project is funded by the Research Council of Norway.
"""),

dict(title="Arthur Pennington, furniture maker who revived Windsor chair craft, dies at 88", person="Arthur Pennington", gender="m", text="""
Arthur Pennington, the Buckinghamshire furniture maker whose workshop in the Chiltern village of Stokenchurch helped keep alive the craft of the hand-made Windsor chair, has died at the age of 88. His daughter, Susan Pennington, said he died peacefully at home on Sunday after a short illness.

Born in High Wycombe in 1936, the son of a chair framer, Pennington left school at 14 to work as an apprentice bodger, turning chair legs from green beech on a pole lathe in the woods above the town. By the time he was twenty, the industry that had employed thousands in the area was collapsing in the face of factory production, and most of the men he had trained alongside had left the trade.

Pennington stayed. In 1962 he and his wife, Joan, a seamstress, opened a small workshop behind their cottage, and over the following five decades it produced more than 9,000 chairs, many of which are now in museums and college dining halls.

"He never thought of himself as an artist," Susan Pennington said. "He thought of himself as a chairmaker, and ⟦flip:she|he⟧ thought that was the better thing to be."

His work reached a wider audience in 1979, when a BBC documentary followed him through the making of a single chair over six weeks. The programme's director, Caroline Ashby, recalled that he had refused to speed up for the cameras. "Arthur told me the chair would take as long as it took, and that if I was in a hurry I should film somebody else," she said.

In later life he taught hundreds of students, among them the furniture designer Tom Harlow, who described ⟦flip:her|him⟧ as "the most patient man I have ever met and the least patient with bad timber."

Joan died in 2011. After her death, friends said, Pennington spent even longer in the workshop, and he continued to make a handful of chairs a year until his eighties, when failing eyesight forced ⟦flip:her|him⟧ to hand the lathe to his grandson, Luke.

He is survived by Susan, his son Michael, four grandchildren and two great-grandchildren.
"""),

dict(title="Hartmann returns to Berlin stage in Ibsen revival", person="Lena Hartmann", gender="f", text="""
BERLIN — Lena Hartmann, the actress best known internationally for the crime series "Nordlicht," will return to the stage next month for the first time in twelve years, playing Hedda Gabler at the Deutsches Theater in a production directed by Stefan Kriegel.

Hartmann, 49, trained at the Ernst Busch drama school and spent most of her twenties in the theatre's ensemble before television made her famous. Speaking at a rehearsal on Monday, she said she had been "terrified and thrilled in equal measure" when Kriegel called to offer her the part.

"Hedda is the role every actress of my generation wants and fears," ⟦flip:he|she⟧ said. "She is cruel, she is bored, she is brilliant, and she is trapped. You cannot play her halfway."

Kriegel, who has run the theatre since 2019, said he had wanted to work with Hartmann since seeing her as a student in a production of "The Seagull" in 1998. "She was nineteen and she already owned the stage," he said. "I told myself then that one day I would direct her, and it only took me a quarter of a century."

The production moves the play to a modern Berlin apartment but keeps Ibsen's text largely intact. Jonas Wendt plays Tesman, Hedda's academic husband, and Miriam Okoro plays Thea Elvsted, the former schoolmate whose manuscript Hedda destroys.

Okoro said rehearsals had been intense. "Lena asks questions about every line, and she expects you to have an answer," she said. "It is exhausting, and it is the best rehearsal room I have been in."

Hartmann said ⟦flip:his|her⟧ decision to step away from television for a year had been partly about family; her son, Felix, started university in Leipzig last autumn. "For eighteen years my schedule was built around his," she said. "Now I can choose."

Asked whether she would return to "Nordlicht," whose ninth season is due to begin filming next year, the actress said she had not decided. Wendt, who co-starred with ⟦flip:him|her⟧ in the series' first three seasons, said he hoped she would. "The show is not the show without her," he said.

"Hedda Gabler" opens on November 8 and runs until January.
"""),

dict(title="Finance minister defends fuel subsidy cut as unions threaten strike", person="Kwame Asante", gender="m", text="""
ACCRA — Finance Minister Kwame Asante on Tuesday defended the government's decision to end subsidies on petrol and diesel, telling parliament that the country could no longer afford a programme that cost more than the entire health budget last year.

Asante, presenting a supplementary budget to a packed chamber, said the subsidy had mostly benefited wealthier households with cars and that part of the savings would be redirected to cash transfers for the poorest families.

"We are not taking money from the people," he said. "We are taking it from a system that gave the most to those who needed it least, and we are giving it back to those who need it most."

Opposition finance spokeswoman Abena Darko accused the minister of breaking a campaign promise and said the cash transfer scheme existed only on paper. "The minister stood on platforms across this country and promised that fuel prices would not rise," she said. "Today he tells us the opposite and expects applause."

Darko said her party would table a motion to reverse the decision, though it lacks the votes to pass it.

The Trades Union Congress, led by secretary-general Joseph Owusu, said it would call a nationwide strike from next Monday unless the government agreed to phase the cut in over twelve months. Owusu said he had written to the minister on Friday but had received no reply.

Asked about the letter outside parliament, Asante said ⟦flip:she|he⟧ had read it and would meet the unions "this week, with an open door and an open mind," but that the cut itself was not negotiable. The minister said ⟦flip:her|his⟧ officials had modelled a phased approach and found it would cost an additional 2.1 billion cedis.

Economists broadly welcomed the move. Dr. Efua Mensah, a senior fellow at a policy institute in the capital, said the subsidy had become "fiscally impossible" and that Asante deserved credit for acting early in the government's term. She warned, however, that the cash transfers would need to reach families quickly to prevent hardship.

"The economics are right," she said. "The question is whether the politics will hold long enough for the benefits to show." Much, Mensah added, would depend on whether the minister could keep ⟦flip:her|his⟧ cabinet colleagues on side through the first months of higher prices.
"""),

dict(title="Stellan Pharma lifts forecast as cancer drug sales beat expectations", person="Priya Raman", gender="f", text="""
Stellan Pharma raised its full-year profit forecast on Tuesday after sales of its lung cancer treatment Verotinib rose 41 percent in the third quarter, sending its shares up nearly 8 percent in early trading in Zurich.

The Swiss drugmaker now expects core operating profit to grow by between 9 and 11 percent this year at constant exchange rates, up from a previous range of 6 to 8 percent. Quarterly revenue rose to 4.6 billion francs, ahead of the 4.3 billion analysts had expected.

"This was a quarter in which almost everything went our way," chief financial officer Priya Raman told analysts on a conference call. "But I want to be careful. Some of that strength came from stocking by wholesalers in the United States, and we expect a part of it to unwind in the fourth quarter."

Raman, who joined Stellan from a rival in 2021, has built a reputation among investors for conservative guidance. Analyst Thomas Gerber, who covers the company for a Zurich private bank, said ⟦flip:his|her⟧ caution had been a feature of every call since she took the job. "When Priya raises the forecast, you can be fairly sure it is real," he said.

Chief executive Marc-Andre Roux said the company would use the extra cash to accelerate two late-stage trials, including one testing Verotinib in earlier stages of the disease. He said the results of that trial, expected in 2026, could "double the number of patients we can help."

Not all the news was positive. Sales of the company's older diabetes medicines fell 12 percent as generic competition intensified, and Roux acknowledged that the division was under review.

Asked on the call whether a sale was being considered, the finance chief said ⟦flip:he|she⟧ would not comment on speculation but that "every option is on the table." Raman added that any decision would be made by the end of the first quarter.

Sarah Lindholm, a portfolio manager at a Nordic fund that holds about 1 percent of Stellan, said she would welcome a disposal. "The diabetes business is a distraction. Roux and his CFO know that," she said. "The question is whether they can get a decent price."

Stellan will publish full-year results on February 3.
"""),

dict(title="Warehouse fire contained after 14-hour battle, chief says", person="Robert Delacroix", gender="m", text="""
Firefighters brought a blaze at a disused textile warehouse in Millbrook under control early on Sunday after a fourteen-hour operation that involved more than 80 crews and forced the evacuation of around 300 nearby homes.

No one was injured, county fire chief Robert Delacroix said at a news conference at the scene, though one firefighter was treated for heat exhaustion and the four-storey building, which dates from 1889, is expected to be demolished.

"This was one of the most difficult fires we have dealt with in this county in a decade," Delacroix said. "The building was full of old timber floors and the roof had already partly collapsed before we arrived. Our crews did an extraordinary job in dangerous conditions."

The fire was reported just after 2 p.m. on Saturday by a passer-by, Lucy Barnes, who said she saw smoke coming from a second-floor window. "At first I thought it was just kids with a barbecue," she said. "Then the whole side of the building went up."

Residents were allowed to return home shortly before 6 a.m. on Sunday. Councillor Denise Holt, whose ward includes the warehouse, said she had been warning for years that the empty building posed a risk. "I wrote to the owners three times," she said. "Nobody ever replied."

The chief said investigators would begin work on Monday to establish the cause, and that ⟦flip:she|he⟧ could not yet rule out arson. He asked anyone who had seen people near the building in the days before the fire to contact police.

The owners, a property company based in Guernsey, could not be reached for comment.

Delacroix, a 31-year veteran of the service who became chief in 2019, said ⟦flip:she|he⟧ was grateful to the neighbouring county brigades that sent crews overnight. Station manager Priya Nolan, who led the first crews into the building, said the chief had not left the scene. "He doesn't run things from an office," she said. "He was there at 3 a.m. with everyone else."

Millbrook's MP, Graham Whitlock, said he would raise the question of derelict buildings with ministers. "This should be a wake-up call," he said.
"""),

dict(title="Marchetti battles back to reach first Grand Slam quarter-final", person="Sofia Marchetti", gender="f", text="""
MELBOURNE — Sofia Marchetti saved three match points and came from a set down to beat eighth seed Daria Volkova 4-6, 7-6 (9), 6-3 on Sunday, reaching the quarter-finals of a Grand Slam tournament for the first time in her career.

The 23-year-old Italian, ranked 41st in the world, trailed 5-3 in the second-set tie-break and faced a further match point at 8-7 before winning four of the next five points in front of a packed crowd.

"I don't really know what happened in that tie-break," Marchetti said, laughing, in her on-court interview. "I just told myself to hit the ball hard and see what happens. Maybe I should do that more often."

Volkova, who reached the semi-finals here two years ago, said she had let the match slip. "I had my chances and I did not take them," the Russian said. "She played better on the big points. That's tennis."

Marchetti's coach, former Davis Cup player Luca Bernardi, has worked with her since she was eleven. He said the win had been coming for months. "People see this as a surprise, but I have watched her practise," Bernardi said. "She has been playing at this level since the autumn. She needed one match like this to believe it."

Marchetti, whose father, Giorgio, drove her to training sessions in Turin three times a week throughout her childhood, said ⟦flip:he|she⟧ would call home before doing anything else. "They sacrificed everything for this," she said. "This is for them."

She will play either the fourth seed, Emma Hughes of Britain, or the unseeded American Kayla Brooks for a place in the semi-finals. Hughes beat Marchetti in straight sets in Rome last year, but the Italian said ⟦flip:his|her⟧ game had improved since then, particularly on the serve.

The head of the Italian tennis federation, Paolo Ferri, who is in Melbourne for the tournament, said Marchetti's run was "another sign of the extraordinary moment" for the country's players. "We have had great men's results in recent years. Now Sofia is showing that the women are coming too," he said.

Marchetti's prize money for reaching the last eight is 600,000 Australian dollars, more than ⟦flip:he|she⟧ earned in the whole of last season.
"""),

dict(title="From night-shift cook to Michelin star: Tanaka's long road to the top", person="Hiroshi Tanaka", gender="m", text="""
MANCHESTER — When Hiroshi Tanaka heard on Monday that his small restaurant in the Northern Quarter had won a Michelin star, he was doing what he does most mornings: scrubbing the walk-in fridge.

"My phone was in my apron and it kept buzzing and I ignored it," the 52-year-old chef said, sitting at one of the twelve counter seats at Kishi, which he opened in a former tailor's shop in 2020. "When I finally looked there were forty messages. I thought someone had died."

Tanaka's path to the guide's pages was anything but direct. Born in Osaka, he moved to Britain at 24 to study engineering, dropped out after a year and spent most of the following two decades cooking on night shifts in hotel kitchens and later running a noodle stall at a market in Stockport.

It was at the market that he met Claire Doyle, a former restaurant manager who is now ⟦flip:her|his⟧ business partner and wife. Doyle said she had persuaded him to open a restaurant of his own after tasting the broth he made for staff meals. "It was better than anything on the menu of the places I had worked in," she said. "I told him he was wasting himself."

The couple remortgaged their house to fund Kishi, which opened three weeks before the first coronavirus lockdown. Doyle said they survived by selling ramen kits by post. "We packed boxes on the kitchen floor every night until one in the morning," she said. "Hiroshi would be up again at six to make the stock."

Food critic Jay Rayburn, who gave Kishi five stars in 2022, said he was not surprised by the award. "The cooking is very precise but never cold," Rayburn said. "You can taste that the man has been feeding people for thirty years."

Tanaka said the star would not change the way the restaurant operated, although ⟦flip:she|he⟧ and Doyle are considering adding a lunch service. He said he was most pleased for his small team, including sous-chef Amara Osei, who joined as a dishwasher three years ago.

"She came in to wash plates and now she runs the pass when I am not here," Tanaka said of Osei. "That, for me, is the real star."

Asked what he would cook to celebrate, the chef laughed and said ⟦flip:she|he⟧ would leave that decision to Osei. "Instant noodles," she said. "He says they remind him of being a student."
"""),
]
