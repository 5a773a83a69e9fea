ARTICLES = [
("Northline Wire", """Ridgeback Energy swings to quarterly profit as heavy oil output climbs

CALGARY, Alberta (Northline) — Ridgeback Energy Corp. returned to profit in the third quarter as ⟦glued:productionrose⟧ at its thermal projects in northeastern Alberta and lower diluent costs offset softer benchmark prices, the company said on Thursday.

The Calgary-based producer reported net earnings of $184 million, or 41 cents a share, for the three months ended Sept. 30, compared with a loss of $62 million, or 14 cents a share, a year earlier. Revenue climbed to $1.92 billion from $1.71 billion.

Output averaged 148,300 barrels of oil equivalent a day, up from 131,900 a year ago, with the expanded Sable Lake steam-assisted gravity drainage site contributing roughly 22,000 barrels a day after ramping up faster than planned.

"Sable Lake came on ahead of schedule and under budget, and that is the story of this quarter⟦stray: ,⟧" chief executive Monique Dufresne-Hart told analysts on a conference call. "We are not going to chase growth for its own sake."

Operating costs fell to $10.85 a barrel from $12.40, which the company attributed to lower natural gas prices for steam generation and a new condensate supply contract signed in the spring.

Analysts had expected earnings of about 36 cents a share, according to estimates compiled by a financial data provider.

"The cost line is the surprise," ⟦attribution:said Priyanka Sandhu, an energy analyst at Westmount Capital Partners, Sandhu said⟧. "Ridgeback has been talking about efficiency for two years. This is the first quarter where you can actually see it in the numbers."

The company kept its full-year production guidance of 140,000 to 146,000 barrels a day and said capital spending would come in near the low end of its $1.6 billion to $1.8 billion range.

Ridgeback also raised its quarterly dividend by two cents to 27 cents a share and said it had bought back 4.1 million shares during the quarter under its normal course issuer bid.

The Western Canadian Select discount to West Texas Intermediate averaged about US$13 a barrel in the quarter, narrower than a year earlier, helped by additional export capacity on the expanded Trans Mountain pipeline.

⟦furniture:Share this story: Facebook | X | LinkedIn | Email⟧

Shares of Ridgeback rose 3.2 per cent to $38.74 in morning trading on the Toronto Stock Exchange."""),

("Bushveld Mining Review", """Mogale Platinum suspends No. 3 shaft after seismic event injures four

RUSTENBURG — Mogale Platinum has suspended hoisting at the No. 3 shaft of its Kroondal West operation after a seismic event on Monday night injured four underground workers, the company confirmed on Tuesday.

The event, measured at magnitude 2.1 by the Council for Geoscience, occurred at about 22:40 on 14 level, roughly 960 metres below surface. All 212 workers on the night shift were brought to surface by 03:15, Mogale said.

Two of the injured were treated for fractures at a private hospital in Rustenburg and were in a stable condition. The other two were discharged after treatment at the mine clinic.

⟦placeholder:[photo]⟧

"Our first concern is the people," said Tebogo Mashaba, Mogale's executive for safety and sustainability. "The shaft will stay closed until the inspectors and our own rock engineers are satisfied it is safe."

The Department of Mineral Resources and Energy issued a Section 54 instruction halting work on the affected level. Inspectors are expected to visit the site later this week.

Sipho Khumalo, a shift supervisor who was on 12 level when the event struck, said the evacuation was orderly. ⟦foreign:"Ons het die skud gevoel en dadelik begin uitklim. Niemand het gehardloop nie, almal het mekaar gehelp."⟧

The National Union of Mineworkers said it ⟦break:would. Monitor⟧ the investigation closely and called for the company to publish the findings of its internal review. Regional organiser Lerato Modise said the union had raised concerns about ground support on the lower levels at two safety committee meetings this year.

No. 3 shaft produced about 96,000 ounces of platinum group metals, measured on a 4E basis, in the last financial year, roughly a third of the Kroondal West total. Mogale has not yet said whether it will revise its production guidance of 285,000 to 300,000 ounces.

"Every week the shaft is down costs them something in the region of 2,000 ounces," said Ruan Bezuidenhout, a mining analyst at Highveld Securities in Johannesburg. "The bigger question is whether the inspectors widen the instruction to other levels."

The company's shares fell 4.6 per cent on the JSE on Tuesday, underperforming a flat platinum index.

⟦disclaimer:This report was translated from Afrikaans by automated software and has not been checked by an editor. Some wording may differ from the original.⟧"""),

("The Karoo Courier", """Vleirivier residents queue for water as borehole pumps fail again

VLEIRIVIER — By seven on Wednesday morning the line outside the Dutch Reformed church hall was already forty people long, a row of plastic drums, wheelbarrows and two-litre bottles stretching past the post office and around the corner into Kerk Street.

It was the ninth day without municipal water in the town, after both pumps at the main borehole field on the Beaufort road failed within hours of each other last week. It is the third such failure since April.

"You learn to bath with one bucket," said Martha Koopman, 67, who has lived in the same house on Kerk Street since 1979. "But the old people who cannot carry, they are the ones suffering."

The district municipality said one pump had been removed for repair in Oudtshoorn and a replacement for the second had been ordered from Cape Town. A municipal spokesperson, Andile Mqoboli, said water tankers would deliver twice a day until supply was restored, which officials hoped would happen by the end of next week.

⟦dup:1⟧

Residents say the problem is older than the pumps. The borehole field was drilled in the 1980s for a town of about 3,000 people. The population ⟦glued:inVleirivier⟧ is now closer to 7,500, many living in the newer settlement on the hill above the railway line, according to the municipality's own figures.

⟦fragment:Having been promised a new pipeline from the dam at Leeu-Gamka for as long as anyone can remember.⟧ Ward councillor Johannes Plaatjies said funding for the pipeline had been included in a provincial grant application submitted in March, but no decision had been made.

"I am not going to stand here and promise dates I cannot keep," Plaatjies said. "What I can say is that we have asked for emergency funding for a third pump so that one failure does not leave the whole town dry."

A community group that formed during the last outage has been posting tanker times online.

⟦embed:Karoo Water Watch @KarooWaterWatch · 6h
Day 9 without municipal water in Vleirivier. Tanker at the church hall at 2pm, then the clinic at 4. Bring your own containers please.
Reply 48 · Repost 211 · Like 390⟧

At the clinic, sister-in-charge Elna Smit said staff had been boiling tanker water for patients and that no outbreak of diarrhoeal illness had been recorded so far.

Back in the queue, Koopman filled her last container and pushed her wheelbarrow up the hill. "Tomorrow again," she said."""),

("Prairie Ledger", """Alberta royalty review to report by spring, energy minister says

By ⟦placeholder:{{byline}}⟧

⟦furniture:Home / Politics / Alberta Legislature⟧

EDMONTON — Alberta's long-promised review of oil sands and conventional royalties will deliver its recommendations by the end of April, Energy Minister Carla Whitford told the legislature on Tuesday, ending months of speculation about whether the government had quietly shelved the exercise.

The five-member panel, chaired by former provincial deputy minister Gordon Achterberg, has held 31 meetings with producers, municipalities and Indigenous nations since it was appointed last year, Whitford said during question period.

"Albertans own these resources and they deserve to know they are getting a fair return," ⟦attribution:the minister said, she added⟧. "At the same time, we are competing for capital with Texas and with Saskatchewan, and we are not going to pretend otherwise."

Opposition energy critic Darnell Okafor accused the government of stalling. "They promised this report last fall. Then it was Christmas. Now it is spring," he said. "Meanwhile, the province is leaving money in the ground at a time when schools in Red Deer are teaching kids in portables."

Royalties are expected to bring in about $19.8 billion in the current fiscal year, according to the second-quarter fiscal update, down from $21.4 billion last year as oil prices eased.

Industry groups have urged caution. Heather Lindqvist, vice-president of fiscal policy at the Canadian Association of Upstream Producers, said any changes should apply only to new projects. "Companies made investment decisions on the current framework," she said. "Changing the rules halfway through a 30-year project is how you lose the next one."

Some economists argue the current structure, which raises the royalty rate once a project has recovered its capital costs, already captures much of the upside when prices are high. Others say it is too slow to respond.

Kendra Boisvert, an economist at the University of Lethbridge who has written on resource rents, said the panel ⟦break:should. Look⟧ at how quickly projects reach payout rather than at the headline rates. "The rates get all the attention, but the definitions are where the money is," she said.

Whitford said the government would not make any decisions before the panel reported and that the findings would be made public within 30 days of being received."""),

("Provincial Courts Digest", """Saskatoon equipment dealer jailed for four years over $3.1-million lease fraud

SASKATOON — A former farm equipment dealer who used forged lease agreements to borrow against combines and tractors he did not own has been sentenced to four years in prison, a Court of King's Bench justice ruled last week.

Dwayne Albert Holtzmann, 52, who operated Prairie Iron Equipment Ltd. near Warman until 2021, pleaded guilty in June to one count of fraud over $5,000 and one count of uttering forged documents.

Justice Marguerite Olyniuk found that Holtzmann had arranged financing on 23 pieces of equipment between 2018 and 2021 using lease documents bearing the forged signatures of customers, many of whom had already paid for their machines outright.

The total loss to three lenders was about $3.1 million, the court heard. Restitution orders were made in that amount, though Crown prosecutor Alana Ferreira acknowledged in court that little of the money was likely to be recovered.

"This was not a single lapse. It was a sustained scheme carried on over three years, and it relied on the trust of farm families who had dealt with the accused for a long time," Olyniuk wrote in her ⟦glued:reasons.The⟧ judge added that the sentence had to reflect that breach of trust.

The Crown had sought five years, while ⟦stray:(⟧the defence argued for two years less a day to be served in the community, citing Holtzmann's lack of a criminal record, his guilty plea and his cooperation with investigators.

Defence lawyer Peter Kowalchuk told the court his client had been trying to keep the dealership afloat after losing a major manufacturer's franchise. "He did not set out to steal," Kowalchuk said. "He made a terrible series of decisions, each one meant to ⟦broken_paragraph:cover the

last⟧ one."

Several victims filed impact statements. One couple from the Rosthern area said they learned in 2021 that a lender was preparing to seize a combine they had bought with cash four years earlier.

⟦fragment:Which left them unable to sell the machine or use it as security for a new operating loan.⟧ The lender later released its claim, according to the agreed statement of facts.

Olyniuk said she accepted that Holtzmann was remorseful but found that a conditional sentence would not adequately denounce the conduct. She also imposed a 10-year prohibition on holding any position of trust involving the property of others.

Holtzmann was taken into custody at the end of the hearing. Kowalchuk said no decision had been made on an appeal.

The case is R. v. Holtzmann, 2024 SKKB 1187."""),

("Tasman Business Daily", """Southern Pastures Co-operative lifts payout forecast as milk volumes recover

HAMILTON, New Zealand — Southern Pastures Co-operative raised its forecast farmgate milk price on Friday after strong demand for whole milk powder in Southeast Asia and a recovery in spring milk volumes across the Waikato and Canterbury.

The co-operative now expects to pay its 8,400 farmer-shareholders between $8.60 and $9.20 per kilogram of milk solids for the season, up from a previous range of $8.00 to $9.00. The midpoint of $8.90 would be the highest since the 2022 season.

Milk collections for the four months to the end of October were up ⟦glued:6percent⟧ on the same period last year, the co-operative said, helped by mild weather and improved pasture growth after a dry winter in parts of the South Island.

"Our customers in Indonesia, Vietnam and the Philippines have been buying steadily, and the auction results over the last six weeks have given us the confidence to lift the range," chief executive Aroha Whitcombe said.

⟦embed:▶ Watch: Aroha Whitcombe explains the new forecast (2:47) | 1,204 views⟧

Farmer groups welcomed the change but warned that costs remain high. Federated Farmers dairy spokesperson Grant McAllister said interest rates and fertiliser prices meant many farms would still be running tight margins.

"Nine dollars looks good on a headline," McAllister said. "But when your overdraft rate is north of nine per cent, a lot of that disappears before it ever reaches the farm."

⟦dup:2⟧

Economists said the upgrade would lend some support to regional economies. Sophie Tan, agricultural economist at Harbour Street Bank, estimated the lift in the midpoint would add about $1.2 billion to dairy export receipts over the season.

"It is not a boom, but it is a meaningful improvement on where we thought we would be three months ago," Tan said. "Dairy towns from Morrinsville to Ashburton will notice it."

Southern Pastures also said it expected earnings per share of 45 to 60 cents for the year, unchanged from its earlier guidance, and that it would update the market again after the December global dairy auctions.

⟦disclaimer:This story was syndicated from a partner publication and is republished under licence. It has not been edited by Tasman Business Daily staff.⟧"""),

("Fraser Valley Record", """Council backs new express bus linking Abbotsford and Langley

ABBOTSFORD — A new express bus route between Abbotsford and the Langley SkyTrain extension will begin running in January after city council voted 7-2 on Monday to cover its share of the operating cost.

The Route 66X service will run every 20 minutes during weekday peak hours and every 40 minutes in the evening and on weekends, stopping at the Bourquin Exchange, the University of the Fraser Valley campus and a new park-and-ride on Highway 1.

BC Transit estimates the route will carry about 2,300 riders a day in its first year. The city's share of the annual operating cost is $1.46 million, with the province covering the remainder.

"This is the single most requested change we have heard from residents in the last five years," said Coun. Harjit Grewal, who chairs the city's transportation committee. "People are tired of sitting on Highway 1 for an hour to go fifteen kilometres."

⟦embed:BC Transit Fraser Valley @BCTransitFV · Nov 18
Good news for commuters: Route 66X Abbotsford–Langley Express starts Jan. 6. Schedules coming soon.
32 replies  145 reposts  602 likes⟧

Not everyone on council was convinced. Coun. Brenda Vanderhoek, who voted against the motion, said she supported better transit in principle but worried about the cost to taxpayers in a year when the city ⟦break:is. Facing⟧ a projected 6.9 per cent property tax increase.

"I want to see ridership numbers before we commit to this for the long term⟦stray: ?⟧" she said. "Once a service starts, it is very hard to take away."

Staff told council the agreement with BC Transit includes a review after 18 months, at which point service levels could be adjusted.

Students at the University of the Fraser Valley have lobbied for the route for years. Student union president Daniel Oyelaran said many students currently pay for ride-share trips or rely on friends to get to classes in Chilliwack and Langley.

"A lot of our students work part-time and commute from home," Oyelaran said. "For them, a reliable bus is the difference between finishing a degree and dropping out."

The park-and-ride at the Whatcom Road interchange will have 180 stalls and is expected to open at the same time as the service.

⟦furniture:Comments (3) | Join the conversation — log in or register to comment⟧"""),

("Courtside Weekly", """Red Deer Rebels edge Medicine Hat in overtime to force Game 7

RED DEER — Cole Armitage has spent most of the Western Hockey League playoffs as the Red Deer Rebels' fourth-line centre, a 19-year-old with four goals all season. On Tuesday night he scored the biggest one of his career.

Armitage's ⟦glued:overtimewinner⟧, a backhand that squeezed under Medicine Hat goaltender Lukas Brenner at 7:12 of the extra period, gave the Rebels a 3-2 victory and tied the Eastern Conference final at three games apiece.

"Honestly, I just threw it at the net," Armitage said. "I did not even see it go in. I heard the crowd and then everybody was on top of me."

A crowd of 6,874 at the Peavey Mart Centrium watched Red Deer fall behind 2-0 in the first period on goals from Tigers captain Elias Roy and defenceman Jonah Whitebear, both on the power play.

The Rebels pulled one back early in the second when Mateo Lindgren tipped in a point shot from Kaden Mercer. Lindgren added the tying goal with 4:41 left in regulation, finishing a two-on-one with Armitage.

Head coach Bryce Okonkwo said his team ⟦broken_paragraph:stopped taking

penalties⟧ after the first period and that made the difference. "We gave them five power plays in the first twenty minutes. You cannot do that against a team with that much skill," he said.

Shots finished 38-29 for Red Deer. Rebels goaltender Noah Pelletier made 27 saves, including a glove stop on Roy on a breakaway midway through the third period.

"He was unbelievable when we needed him," ⟦attribution:Okonkwo said of his goaltender, the coach said⟧.

Medicine Hat head coach Darren Feist was blunt. "We had it and we let it go," Feist said. "Two-goal lead, on the road, and we stopped skating. That is on all of us, me included."

Game 7 is Thursday in Medicine Hat at 7 p.m. local time. The winner will face the Portland Winterhawks or the Everett Silvertips in the league final.

Tickets for Game 7 went on sale Wednesday morning. Remaining seats: ⟦placeholder:undefined⟧.

The Tigers have won all three of their home games in the series, outscoring the Rebels 11-5 at Co-op Place."""),

("Field & Lab Quarterly", """Rockies glaciers losing ice faster than models predicted, study finds

Glaciers in the Canadian Rocky Mountains lost ice nearly 40 per cent faster between 2015 and 2023 than in the previous decade, according to a study published this month that combines satellite measurements with two decades of field surveys.

The research team, led by glaciologist Dr. Ingrid Solheim of the University of Northern Alberta, tracked 214 glaciers between the Columbia Icefield and the U.S. border. On average, the glaciers thinned by 0.84 metres of water equivalent a year over the most recent period, compared with 0.61 metres a year from 2005 to 2014.

"We expected acceleration. We did not expect it to be this steep," Solheim said in an interview. "Several of the smaller glaciers we surveyed as graduate students simply no longer exist."

The study attributes much of the recent loss to warmer summers and to wildfire smoke, which deposits dark particles on the ice surface and causes it to absorb more sunlight. Summers with heavy smoke from British Columbia and Alberta fires showed the largest losses.

⟦fragment:Particularly in 2017, 2018 and 2021, when smoke darkened the snow surface for weeks at a time.⟧

The team used a technique that compares repeated elevation maps from satellite stereo imagery. Field crews then checked the results by drilling stakes into the ice on 11 glaciers and measuring how much surface was lost each summer⟦stray:。⟧

A Swiss collaborator, Dr. Matthias Amstutz of the Federal Institute for Snow and Avalanche Research, said the pattern was similar to what his group had seen in the Alps. ⟦foreign:"Die Gletscher reagieren heute viel schneller auf einzelne heisse Sommer als noch vor zwanzig Jahren. Das überrascht uns nicht mehr."⟧

Glacier meltwater makes up a significant share of late-summer flow in the Bow and North Saskatchewan rivers, which supply Calgary and Edmonton. Hydrologist Dr. Kwame Asante, who was not involved in the study, said the findings should prompt water managers to plan for lower flows in August and September within two decades.

"Right now glacier melt is actually propping up summer flows, because there is more melt," Asante said. "That is temporary. Once the ice volume drops below a certain point, the contribution falls off, and it falls off quickly."

The authors say their projections suggest the region could lose 70 to 90 per cent of its 2005 ice volume by 2100, depending on emissions.

⟦disclaimer:Portions of this summary were generated by an AI writing assistant and reviewed by our editorial team for accuracy.⟧"""),

("Accra Coastline Herald", """Cocoa board raises farmgate price as smuggling fears grow

ACCRA — The Ghana Cocoa Board has raised the price it pays farmers for the 2024/25 main crop, a move officials say is meant to stem the smuggling of beans across the borders into Côte d'Ivoire and Togo.

The new price is GH¢3,100 per 64-kilogram bag, up from GH¢2,070 at the start of the season, Finance Minister Kofi Ansah-Boateng announced at a press briefing at the ministry on Monday. The board said the increase took effect immediately at all licensed buying centres.

"We have listened to our farmers," Ansah-Boateng said. "They told us that their neighbours across the border were being paid more, and we have acted."

⟦glued:Thecocoa⟧ sector employs an estimated 800,000 farming households and accounts for about a tenth of Ghana's export earnings. Output has fallen sharply over the past two seasons because of swollen shoot disease, illegal gold mining on farmland and ageing trees.

Officials believe tens of thousands of tonnes of beans left the country through unofficial routes last season. Border security operations in the Western North and Volta regions have been stepped up, the Ministry of the Interior said.

Farmers in the Ashanti Region gave the increase a cautious welcome. Yaw Owusu-Mensah, who grows cocoa on six acres near Bekwai, said the price would help, but that inputs had also risen. "Fertiliser, weedicide, transport, all of it has gone up," he said. "We will see what is left at the end."

Analysts said the board's ability to sustain the higher price ⟦break:would. Depend⟧ on how quickly it could secure syndicated financing for next season's purchases. The board has in recent years raised more than US$1 billion annually from international banks to buy beans.

"The world price is still well above the farmgate price, so there is room," said Efua Darko, a commodities analyst at Coastal Capital in Accra. "The question is the currency and the financing. If either goes wrong, the board is squeezed."

Licensed buying companies have been told to display the new price at every purchasing point. Farmers who are paid less than the announced price have been asked to report the buyer to the board's district office on ⟦placeholder:%s⟧.

⟦furniture:Get the Coastline Business Brief in your inbox every weekday morning. Subscribe now — it's free.⟧

The board said it would review the price again before the start of the light crop season in April."""),

("Kootenay Times", """Obituary: Harold Ignatius Brennan, mine engineer who kept Sullivan safe, dies at 88

KIMBERLEY, B.C. — Harold Ignatius Brennan, who spent 34 years as a ventilation and safety engineer at the Sullivan Mine and later led the community effort to turn the old concentrator site into a heritage park, died peacefully at Kimberley Special Care Home on Nov. 3. He was 88.

Born in Trail in 1936, the third of six children of a smelter worker and a schoolteacher, Harold earned a degree in mining engineering from the University of British Columbia in 1959. He joined Cominco at Kimberley the same year and never worked anywhere else.

Colleagues remember him as the man who insisted on walking every new drift himself before a crew went in. In 1971, he redesigned the ventilation system on the mine's lower levels after two workers were overcome by gas, changes that former union president Arnie Kowalski later credited with saving lives.

⟦fragment:A quiet man with a dry sense of humour and a fondness for bad puns.⟧ Harold was known across town for the vegetable garden behind his house on Wallinger Avenue, which produced far more zucchini than any family could eat. Neighbours learned to lock their cars in August.

After the Sullivan closed in 2001, he helped found the Sullivan Heritage Society and spent a decade raising money to restore the mine's powerhouse. He was named Kimberley's citizen of the year in 2008.

⟦dup:1⟧

"Harold knew every inch of that mine, and he wanted people to remember the men who worked in it," said society chair Donna Fiorentino. "Without him there would be no museum. It is that simple."

He was predeceased by his wife of 58 years, Margaret (née Olafson), in 2018, and by his brother Francis. He is survived by his children Kathleen (Doug), Michael (Sandra) and Teresa, seven grandchildren, three great-grandchildren and his sister Rosemary of Nelson.

The family thanks the staff at Kimberley Special Care Home for their kindness in his final years.

⟦placeholder:[[funeral_details]]⟧

In lieu of flowers, donations may be made to the Sullivan Heritage Society or to the East Kootenay Foundation for Health."""),

("Halifax Arts Review", """Fringe festival closes with record attendance and a few growing pains

HALIFAX — The Halifax Fringe Festival closed its 34th season on Sunday with its highest attendance yet, selling 21,480 tickets across 11 days and 62 productions, organizers said.

That is up from about 17,900 last year, when the festival ran in fewer venues because of construction on Barrington Street. This year's lineup included work from artists in every Atlantic province, as well as Quebec, Ontario and, for the first time, Nunavut.

"We had shows selling out on the first weekend that we honestly expected to be a hard sell," ⟦attribution:executive director Maeve Donnelly said, according to Donnelly⟧. "Halifax audiences are taking chances."

Among the most talked-about productions was Salt Lines, a two-hander about a fishing family in Chéticamp written by Acadian playwright Geneviève LeBlanc. Performed largely in English with passages in French, it sold out all six performances at the Bus Stop Theatre.

LeBlanc said the mix of languages reflected the way her family actually speaks at home. ⟦foreign:« Chez nous, on change de langue au milieu d'une phrase sans même s'en rendre compte. Je voulais que le public entende ça tel quel. »⟧

The festival's popularity did not come without complaints. Several patrons said lineups at the Neptune Studio stretched down the block and that some shows started 20 minutes late. One reviewer described the box office on opening night as "organized chaos⟦stray:!!⟧"

Donnelly acknowledged the problems and said the festival would add a second ticketing station and more volunteers next year. "Those are good problems to have, but they are still problems, and we will fix them," she said.

One of the breakout hits was a comedy set by Dartmouth performer Jaylen Adeyemi, whose clips from the show spread quickly online during the run.

⟦embed:View this post on Instagram
A post shared by Jaylen Adeyemi (@jaylenlaughs_hfx)
"Sold out. Again. My mom still thinks I work in insurance." ♥ 4,318 likes⟧

Independent artists keep all box office revenue from their shows, a model the festival has used since it began in 1991. This year, the festival estimates about $198,000 went directly to artists.

The festival also announced a new partnership with the Mi'kmaw Native Friendship Centre to support Indigenous emerging artists, with two dedicated slots in next year's program.

Applications for the 2025 festival open in February."""),

("Northline Wire", """Regulator hears final arguments on Prairie Link pipeline expansion

WINNIPEG (Northline) — Lawyers for landowners, First Nations and the company behind a proposed $2.4-billion expansion of the Prairie Link natural gas pipeline made final arguments on Wednesday before the Canada Energy Regulator, wrapping up a hearing that began in September.

Prairie Link Transmission Ltd. is seeking approval to add 312 kilometres of new pipe alongside its existing line between Empress, Alberta, and the Manitoba-Ontario border, increasing capacity by about 1.1 billion cubic feet a day.

Company lawyer Jonathan Featherstone told the three-member panel that demand from gas-fired power plants in Manitoba and Ontario would exceed existing capacity by 2028. "This is not speculative demand," he said. "These are signed contracts with investment-grade customers."

Lawyers for a coalition of 46 landowners in southern Saskatchewan argued that the company ⟦break:had. Failed⟧ to properly consult on the route, particularly where it crosses wetlands near Moose Jaw. They asked the panel to order a reroute in two sections.

"My clients are not opposed to pipelines. Many of them already have one running through their quarter sections," said lawyer Sharon Podolsky. "They are opposed to being told where it goes after the decisions have already been made."

Representatives of ⟦glued:threeFirst⟧ Nations, including the Cowessess and Sakimay communities, said they had reached agreements with Prairie Link on employment and environmental monitoring, but asked that those commitments be made binding conditions of any approval.

Chief Raymond Delorme of the Ochapowace Nation said the nation had not signed any agreement and that the company's cultural heritage studies ⟦broken_paragraph:had missed at least

two⟧ sites of significance identified by elders. He asked the panel to require further studies before construction.

The regulator's staff recommended approval subject to 58 conditions, including additional wetland crossing plans and a requirement that the company file quarterly reports on Indigenous employment during construction.

The panel is expected to deliver its recommendation to the federal cabinet within 90 days. If approved, Prairie Link said it would begin construction in the spring of 2026, with the expansion in service by late 2028.

⟦disclaimer:This Northline item was assembled with automated tools from regulator transcripts and may not reflect every party's full submission.⟧"""),

("Pacific Rim Energy Monitor", """Coast Salish LNG secures final long-term buyer for Kitimat Arm terminal

VANCOUVER — The developers of the proposed Kitimat Arm liquefied natural gas terminal on British Columbia's north coast have signed a 20-year supply agreement with a Japanese utility, completing the set of long-term contracts the project needs before a final investment decision.

Kitimat Arm LNG, a partnership between Haisla-owned Cedar Point Development Corp. and Singapore-based trading house Meridian Gas, said on Monday that Chubu Coastal Power will buy 1.2 million tonnes a year from the first train, with deliveries starting in 2030.

The agreement brings contracted volumes to 3.4 million tonnes a year, about 95 per cent of the first train's design capacity. The partners have said they will not proceed without at least 90 per cent contracted.

⟦fragment:Following two years of negotiations and a price review clause linked to Japan's crude cocktail benchmark.⟧

"This is the last piece of the commercial puzzle," said Cedar Point chief executive Theresa Nyce. "For our nation, this project has always been about owning the opportunity rather than watching it go past our shores."

The terminal would use floating liquefaction units moored at a site on Douglas Channel and draw gas through the existing Coastal GasLink corridor. Capital costs are estimated at $5.8 billion for the first phase.

⟦placeholder:[[PULLQUOTE id="kitimat-2"]]⟧

Analysts said the announcement makes a final investment decision likely in the first half of next year. Robert Tanaka, a Calgary-based LNG consultant at Northmark Advisory, noted that Asian buyers have become more willing to sign long-term contracts after price spikes in 2022.

"Japanese utilities got burned on the spot market," Tanaka said. "They want supply from a stable jurisdiction with a short shipping route, and B.C. offers ten days to Tokyo Bay compared with more than twenty from the U.S. Gulf Coast."

Environmental groups have criticized the project's emissions. The proponents say the units will run on hydroelectric power from BC Hydro, producing about a fifth of the emissions per tonne of a conventional gas-fired plant.

⟦fragment:To be reviewed again by the province once the final electrical supply agreement is signed.⟧

BC Hydro said it was still assessing the 640-megawatt load request and expected to respond early next year.

⟦furniture:Related coverage:
• Haisla Nation marks tenth anniversary of LNG partnership
• Coastal GasLink throughput hits record in third quarter
• Asian buyers return to long-term LNG contracts⟧"""),

("Bushveld Mining Review", """Coal trucks and potholes: Mpumalanga towns count the cost of road haulage

EMALAHLENI — On the R544 between Emalahleni and Bethal, the coal trucks come every few minutes, 34-tonne side-tippers running nose to tail on a road that was never built to carry them.

Rail constraints at the national freight operator have pushed more coal onto roads across Mpumalanga over the past five years. Industry estimates suggest about 40 per cent of coal delivered to export terminals and power stations in the province now travels at least part of the way by truck.

The damage is visible. Provincial roads department figures show the number of reported potholes on the main coal routes nearly doubled between 2021 and 2024, while the number of fatal crashes involving heavy vehicles rose by a third.

⟦dup:1⟧

"We cannot keep up," said Thandeka Nkosi, the department's acting head of road maintenance. "We patch a section and within weeks the trucks have broken it again. ⟦stray:""⟧ The roads need to be rebuilt, not repaired."

Residents of Kriel and Ogies say the trucks have changed daily life. Bongani Mahlangu, who runs a tyre repair business on the edge of Ogies, said the traffic had brought him more customers but also more danger. "My children cannot walk to school along this road," he said. "We drive them, every day, even though it is only two kilometres."

Mining companies say they have little choice. "Where rail capacity is available, we use it," ⟦attribution:said Francois du Plessis, logistics manager at Witbank Anthracite, according to the company's logistics manager⟧. "But when the trains are not running, the coal still has to move or the mine stops."

A group of residents posted footage from the road during a protest last month that drew attention in the province.

⟦embed:Kriel Community Forum on Facebook · 12 October at 07:14
Another truck overturned at the Thubelihle turn-off this morning. Nobody hurt this time. How long until someone is? #FixTheR544
👍 1.1K · 287 comments · 604 shares⟧

The national freight operator said in a statement that its recovery plan would add locomotives on the coal export line during the coming year and that volumes were already improving.

The provincial government has asked mining companies to contribute to a road rehabilitation fund. Talks are continuing, Nkosi said, but no company had yet committed money.

For now, the trucks keep rolling. At the Thubelihle turn-off, a hand-painted sign nailed to a fence post reads: "Slow down. Our children live here.\""""),

("Prairie Ledger", """Parkland Grain posts record handling volumes on strong canola harvest

WINNIPEG — Parkland Grain Inc. handled a record 9.6 million tonnes of grain and oilseeds in its fiscal year ended July 31, helped by a large canola crop in Saskatchewan and Alberta and strong export demand through its Vancouver terminal, the company said on Wednesday.

Net earnings rose to $214 million, or $2.87 a share, from $171 million, or $2.29 a share, a year earlier. Revenue fell slightly to $6.2 billion from $6.4 billion as lower commodity prices offset higher volumes.

Gross margin per tonne in the company's grain handling segment widened to $47.10 from $43.80, reflecting what executives described as a favourable mix of crops and ⟦glued:high-throughputat⟧ its inland terminals.

"We ran our network harder than we ever have," chief executive Lorne Mackintosh told investors. "Every one of our 34 elevators was at or near capacity during the peak of harvest."

Canola made up about 38 per cent of the volumes handled, wheat 33 per cent, and barley, peas and lentils the remainder. The company said it expected volumes in the current year to be somewhat lower because of dry conditions in parts of southern Alberta.

The company's Quebec partner in its eastern export business, Coopérative Agricole du Saint-Laurent, also reported solid results. Its director general, Hélène Tremblay-Gagnon, commented in a statement released alongside the results. ⟦foreign:« Les volumes expédiés par le port de Trois-Rivières ont dépassé nos prévisions, surtout pour le soya destiné à l'Europe. »⟧

Analysts said the results confirm Parkland's position as one of the most efficient handlers in Western Canada. Jessica Olumide, an agribusiness analyst at Lakehead Securities, said the company's investment in high-capacity elevators with loop-track rail access ⟦break:was. Paying⟧ off.

"These facilities can load a 150-car train in under 15 hours. In a year when the railways were stretched, that speed matters," Olumide said.

Parkland also announced plans to build a new 40,000-tonne elevator near Swift Current, with construction to begin next spring. The project is expected to cost about $72 million and to open for the 2027 harvest.

The board declared a quarterly dividend of 21 cents a share, up from 19 cents, and approved a new share buyback program of up to 3 million shares.

Shares of Parkland rose 2.4 per cent to $61.15 on the ⟦broken_paragraph:Toronto

Stock Exchange⟧ following the results, their highest close in more than a year."""),

("The Karoo Courier", """Farmer tells court how 41 sheep vanished in a single night

BEAUFORT WEST — A sheep farmer from the Nelspoort district told the Beaufort West Magistrate's Court on Thursday that he lost 41 Dorper ewes in one night last winter, and found the tracks of a bakkie and a trailer at a cut fence the next morning.

Pieter Steyn, 58, was testifying in the trial of three men charged with stock theft and possession of suspected stolen livestock. The accused, aged 24, 31 and 45, have pleaded not guilty. Their names are being withheld because one of them is also a state witness in a separate matter.

Steyn said the sheep were worth about R110,000. "Those ewes were my breeding stock. I had built that flock over twelve years," he told the court. ⟦fragment:Because the insurance does not cover theft from open veld.⟧

The state alleges that 38 of the sheep were found two days later in a kraal on a smallholding outside Laingsburg, about 200 kilometres away. Steyn identified them by their ear tags and brand marks, which the prosecution says had been partly cut out.

Under cross-examination by defence attorney Nomvula Jacobs, Steyn agreed that he had not personally seen anyone take the animals. Jacobs suggested the sheep could have been moved by someone other than her clients, and that the smallholding was rented by a fourth person who has not been charged.

Warrant Officer Deon Arendse of the Stock Theft Unit testified that a cellphone belonging to one of the accused was traced to the Nelspoort area on the night of the theft. The defence is expected to challenge the admissibility of the cellphone records⟦stray:;;⟧ the magistrate has reserved a ruling on the point.

Stock theft remains one of the most common crimes reported in the central Karoo. Agri Western Cape estimates that farmers in the province lose livestock worth more than R90 million each year, and that many cases are never reported.

"Farmers feel the cases go nowhere, so they stop reporting," said Marlene Visagie, chair of the local farmers' association, who attended Thursday's hearing. "When a case like this comes to trial, we all watch."

⟦placeholder:Caption: INSERT PHOTO CREDIT⟧

The trial was postponed to 14 February for the state to call its remaining witnesses.

⟦disclaimer:Hierdie artikel is outomaties uit Afrikaans vertaal. / This article was automatically translated from Afrikaans and may contain inaccuracies.⟧"""),

("Courtside Weekly", """Pumas hold off Griquas to reach Currie Cup final

MBOMBELA — The Pumas are into their second Currie Cup final in three years after a 27-24 win over the Griquas on Saturday, a match decided by a penalty from replacement flyhalf Tiaan Swanepoel with two minutes left.

Swanepoel had been on the field for less than ten minutes when the Griquas were penalised for not releasing at a ruck inside their own half. From 43 metres and slightly to the left of the posts, he struck it cleanly, and the Mbombela Stadium crowd of 18,200 erupted.

"I was just trying to keep my head down," Swanepoel said afterward. "The forwards had done the hard work. The least I could do was put it over."

The Pumas led 17-10 at half-time after tries from wing Sizwe Mokoena and hooker Jaco Vermaak, both from well-worked lineout drives. But the Griquas came back strongly after the break, scoring twice in ten minutes through centre Jurie Steenkamp and scrumhalf Neil van der Walt.

⟦embed:▶ Highlights: Pumas v Griquas | Currie Cup semi-final | 4:12
SuperSport Rugby · 212K views · 3 hours ago⟧

Griquas coach Pieter Bosman was frustrated with the referee's interpretation at the breakdown. "We were penalised six times at the ruck in the second half and I am not sure I agree with any of them," Bosman said. "But that is rugby. We had our chances."

Pumas captain Willie Engelbrecht praised the team's defence, which made 164 tackles over the 80 minutes. "We knew they would come at us. We just kept getting up," he said.

The Pumas will ⟦break:play. The⟧ winner of Sunday's semi-final between Western Province and the Sharks in next Saturday's final, which will be played away from home if Western Province win. Coach Jimmy Stonehouse said the squad had no injury concerns after the match, though flank Ruan Nortje will be assessed for a shoulder problem.

Fans lingered outside the stadium long after the final whistle. "Two finals in three years. Nobody believed in us," said season-ticket holder Annelie ⟦glued:Kruger,who⟧ has followed the union since the 1990s. "Now look."

⟦furniture:More from Courtside: Scores | Fixtures | Log standings | Podcasts⟧

Tickets for the final will go on sale Monday once the venue is confirmed."""),
]
