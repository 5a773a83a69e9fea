ARTICLES = [
("The Westmeath Courier", """Councillors back revised route for Mullingar relief road after four-hour meeting

Westmeath County Council has voted to press ahead with a revised route for the long-awaited Mullingar eastern relief road, ending almost two years of wrangling over where the road should cross farmland near Ballinderry.

The motion, tabled by Fine Gael councillor Aidan Rooney, was carried by 14 votes to five at Monday's monthly meeting in Áras an Chontae, with one abstention. The new line moves the road roughly 300 metres further from the Royal Canal and avoids two working dairy farms that would have been split in half by the original design.

“This is not a perfect road, and nobody in this chamber pretends otherwise⟦stray: ,⟧” Cllr Rooney told the meeting. “But the traffic on the Dublin Road at half eight in the morning is a disgrace, and the people of this town have waited long enough.”

Opposition came mainly from Independent and Sinn Féin members, who argued that the council's own environmental consultants had raised concerns about a ⟦glued:floodplainnear⟧ the Brosna catchment that had never been fully answered.

Cllr Siobhán Keegan said she had been contacted by more than forty families in the Ballinderry and Gaybrook areas since the revised drawings went on display in the library in February. “People are not against a road. They are against being told the consultation is finished before they have had a chance to read the documents,” she said.

⟦dup:1⟧

Director of services Pat Geraghty said the council would now seek sign-off from Transport Infrastructure Ireland and hoped to lodge a planning application with An Bord Pleanála before the end of the year. He warned that construction, if approved, would not begin before 2027 at the earliest.

⟦furniture:READ MORE: Athlone N55 works to close road for three weekends | Castlepollard wind farm objections pass 200 | Kinnegad pharmacy celebrates 50 years⟧

The road is currently costed at €48 million, most of which is expected to come from central government under the National Development Plan. Traders on Pearse Street and Dominick Street have long called for the scheme, saying heavy goods vehicles rattling through the town centre deter shoppers.

The Irish Farmers' Association's Westmeath branch said it would meet affected landowners next week to discuss compensation."""),

("The Highland Clarion", """Dingwall man fined after dumping fridge freezers in forestry car park

A Dingwall man who dumped three fridge freezers and a sofa in a forestry car park near Contin has been fined £1,200 at Inverness Sheriff Court.

Craig Munro, 43, of Tulloch Avenue, admitted depositing controlled waste without a licence at the Torrachilty Wood car park on 14 March last year.

The court heard that a dog walker had photographed a white van at the site shortly after 7am and passed the images to Highland Council's environmental health team, who traced the vehicle through its registration.

Fiscal depute Lynsey Fraser said that when officers visited Munro's home, he first claimed the van had been lent to a friend for the weekend. ⟦break:He later. Accepted that he⟧ had driven to the car park himself after clearing out a rented flat in Strathpeffer, and that he had wanted to avoid paying the uplift charge.

⟦placeholder:{{pullquote_2}}⟧

Defence solicitor Euan Gillies said his client, a self-employed joiner, had been under financial pressure at the time and had since paid a private contractor to remove the items. “It was a moment of stupidity, and he is mortified to be standing here,” ⟦attribution:Mr Gillies said, the solicitor told the court⟧.

Sheriff Margaret Neilson told Munro that fly-tipping in the countryside was “an insult to everyone who lives here and everyone who comes here to enjoy it”.

“The cost of cleaning up after people like you falls on the public purse and on volunteers who give up their weekends,” she said. “I have taken your guilty plea into account, but I would be failing in my duty if I did not mark how serious this is.”

Munro was given three months to pay.

Forestry and Land Scotland said it had recorded 41 fly-tipping incidents across its sites in Easter Ross and the Black Isle in the past twelve months, ranging from garden waste to asbestos sheeting. A spokeswoman said the body had installed cameras at several car parks and would share footage with the council and Police Scotland.

Highland Council spent more than £300,000 clearing illegally dumped waste in 2023, according to figures released under freedom of information legislation. Bulky uplifts can be booked through the council's website from £30 for up to three items."""),

("Saskatoon Prairie Ledger", """Corman Park crush plant expansion to double canola capacity by 2026

A canola crushing plant northwest of Saskatoon will double its capacity under a $340-million expansion announced Tuesday, a move its owners say will create 60 permanent jobs and give growers another outlet as renewable diesel demand climbs.

Prairie Gold Oilseeds said the second phase of its Corman Park facility will lift annual crush capacity from 1.1 million tonnes to about 2.2 million tonnes of seed. ⟦fragment:Making it one of the largest single private investments in the rural municipality's history.⟧

Chief executive Dana Kowalchuk said construction crews would be on site by July and that the company expected to begin taking delivery of additional seed in the fall of 2026.

“Farmers in this province grow some of the best canola in the world, and for too long most of the value has been added somewhere else,” Kowalchuk said at a ground-breaking event attended by the reeve and two provincial cabinet ministers. “We want that value to stay here, in the form of jobs and in the form of a better basis for growers.”

⟦embed:Shovels in the ground for Phase 2 in Corman Park today! 🌾 More capacity, more local jobs, more value for Saskatchewan growers. pic.twitter.com/Qm3vT8hLpa — Prairie Gold Oilseeds (@PrairieGoldOil) May 14, 2024⟧

The expansion comes as several crushers across the Prairies add capacity to supply refiners making renewable diesel, which uses canola oil as a feedstock. Analysts have warned, however, that federal clean fuel rules and a U.S. tax credit regime in flux could make future demand harder to predict.

Provincial Trade Minister Colin Reimer said the project showed Saskatchewan's value-added agriculture strategy was working. The province has set a target of crushing 75 per cent of the canola it grows by 2030.

Corman Park Reeve Gordon Tessier said the municipality was working with the company on upgrades to the grid road leading to the plant, which will see truck traffic roughly double once the second line is running.

Local producer Travis Lindgren, who farms 4,000 acres near Langham, said a second large buyer close to home would save him hours of hauling at harvest. “Any time you get more competition for your seed within 50 kilometres, that's good news,” he said.

⟦disclaimer:This report was syndicated automatically from a partner newswire and has not been reviewed or edited by the Ledger newsroom.⟧"""),

("Heartland Grain & Feed Report", """Tar spot losses in Illinois corn could top 14 percent, extension trial finds

URBANA, Ill. — Tar spot cut yields by as much as ⟦glued:14percent⟧ in untreated corn plots across central Illinois last season, according to multi-site trial results released this week by university extension researchers, who say growers in the northern Corn Belt should budget for at least one fungicide pass in wet years.

The trials, run at seven locations from Champaign County to the Wisconsin line, compared untreated checks against single and double applications timed at tasseling and early dent. A single application at VT to R1 recovered most of the lost yield in fields where the disease arrived before mid-August, researchers reported.

“The timing of onset is everything,” said plant pathologist Dr. Rachel Voss, who led the work. “If tar spot shows up in September, the crop is far enough along that you may not get your money back on a spray. If it shows up in July, you will almost certainly lose bushels⟦stray:,,⟧ and it can be serious.”

Tar spot, caused by the fungus Phyllachora maydis, was first confirmed in the United States in 2015 and has since spread across much of the Midwest. It thrives in cool, humid conditions with long periods of leaf wetness.

The extension team also hosted a visiting group of agronomists from Brazil, where a related disease complex has become a persistent problem in second-crop corn. One of the visitors, Dr. Paulo Nogueira of a research station in Paraná, said Brazilian growers were seeing the same pattern of earlier infections. “⟦foreign:A doença chegou mais cedo do que esperávamos nos últimos três anos⟧,” he said during a field day at the Champaign site.

Voss said hybrid selection remains the cheapest line of defense. Seed companies now publish tar spot ratings for most new hybrids, although she cautioned that ratings are not yet standardized across companies and should be compared with care.

The researchers estimated that at December futures prices, a fungicide pass costing roughly $30 an acre including application would pay for itself at a yield response of about seven bushels an acre. ⟦broken_paragraph:That threshold was met in four of the seven

locations last season⟧, mostly in the wetter northern sites.

The full report, including hybrid-by-hybrid results, is available from county extension offices. A second year of trials is planned for 2025 with additional sites in Indiana and Iowa."""),

("Atlantic Freight Review", """Savannah container dwell times climb as early holiday imports pile up

SAVANNAH, Ga. — Import containers are sitting longer at the Port of Savannah's Garden City Terminal as retailers pull forward holiday cargo, with average dwell times for rail-bound boxes rising to nearly six days in the last week of August, according to figures published by the Georgia Ports Authority.

Truck-bound containers were averaging just under four days on terminal, up from about three days in June. The authority said the increase reflected a surge of early peak-season arrivals rather than any operational problem at the terminal.

⟦placeholder:[caption id="attachment_88214" align="aligncenter" width="1024"]⟧

“We are seeing cargo owners bring goods in six to eight weeks earlier than they would in a normal year,” a port spokesman said. “They are nervous about labor negotiations on the East and Gulf coasts and about what happens with tariffs, so they would rather have the freight on this side of the ocean.”

Several beneficial cargo owners told the Review they had started moving holiday merchandise in July. One national home furnishings importer said it had shifted about a fifth of its fourth-quarter volume into the third quarter as a hedge.

⟦dup:1⟧

Drayage operators said chassis availability was holding up but that appointment slots at the gate had become harder to secure during morning hours. “You can get a slot, but maybe not the one you want,” said Marcus Hill, operations manager at a Savannah-based trucking firm with about 80 power units. “Guys are running nights to make it work.”

Rail dwell was the bigger concern. Both Class I railroads serve the terminal, and ⟦break:both carriers have. Added extra⟧ trains on the Savannah–Atlanta corridor in recent weeks, the railroads said.

The Georgia Ports Authority handled about 5.4 million twenty-foot equivalent units in its last fiscal year and is midway through a program to add berth capacity and expand its network of inland rail terminals.

Analysts expect volumes across U.S. East Coast ports to stay elevated into October. If there is no disruption from labor talks, dwell times should ease by November, said one freight consultant, though he cautioned that any stoppage would quickly push containers back onto ships waiting at anchor."""),

("Khaleej Business Wire", """Dubai logistics group Sahra Freight sets price range for DFM listing

DUBAI — Sahra Freight Holdings, a Dubai-based logistics and warehousing group, has set a price range of AED 2.15 to AED 2.30 per share for its planned initial public offering on the Dubai Financial Market, implying a market capitalisation of up to AED 6.9 billion at the top of the range.

The company will sell 25 per cent of its share capital, all existing shares held by its founding family and a regional private equity fund. Subscription for retail investors in the UAE opens on 9 October and closes on 16 October, with trading expected to begin later in the month.

Sahra operates more than 1.2 million square metres of warehouse space across Jebel Ali, Dubai South and Abu Dhabi, and runs a fleet of around 1,800 trucks serving the GCC. It reported revenue of AED 1.94 billion for 2023, up 17 per cent on the previous year, and a net profit of AED 312 million.

⟦fragment:Due to the strong demand seen in the pre-marketing from the regional and international investors.⟧ The company said it had already secured commitments from three cornerstone investors for roughly a third of the offering.

“The Gulf is becoming one of the main corridors connecting Asia, Africa and Europe, and logistics is at the heart of that story,” chief executive Khalid Al Mansoori told a press briefing. “This listing gives us the capital structure to grow ⟦glued:withEmirati⟧ and international customers over the next decade,” ⟦attribution:he said, said Al Mansoori⟧.

The company plans to pay a dividend of at least AED 200 million for the 2025 financial year and to distribute at least 60 per cent of net profit thereafter, according to its prospectus.

Gulf Meridian Capital and Al Nakheel Securities are acting as joint global coordinators. The offering follows a run of logistics and industrial listings in the UAE over the past two years, as authorities in Dubai and Abu Dhabi push to deepen their capital markets and attract more family-owned businesses to list.

Analysts at a Dubai brokerage said the valuation was broadly in line with regional peers on an enterprise value to EBITDA basis, though they noted that the company's reliance on a small number of large e-commerce clients could be a risk.

⟦disclaimer:Disclaimer: This content has been machine translated from the Arabic original and is provided for information only. Khaleej Business Wire accepts no responsibility for errors arising from the translation.⟧"""),

("Donegal Northern Herald", """Late Ó Baoill point sends Donegal into Ulster final

Donegal are back in an Ulster senior football final after a dramatic one-point win over Armagh at a packed Clones on Sunday, with corner-forward Cathal Ó Baoill kicking the winner deep into stoppage time.

It finished 1-15 to 0-17 in a game that swung back and forth from the throw-in, and Declan Gallen's side had to survive a late Armagh goal chance when goalkeeper Ruairí Mac Giolla Bhríde got down smartly to turn a low shot around the post.

Donegal held a three-point lead at half-time thanks largely to a goal from wing-back Eoghan McFadden, who finished a flowing move through the middle in the 24th minute⟦stray:。⟧ Armagh hit back with four points in a row after the restart, and when their full-forward levelled it with five minutes left the Orchard support sensed their chance.

But Donegal kept their composure. ⟦break:Ó Baoill, who had been. Quiet for much⟧ of the afternoon, took a pass from substitute Niall Doherty on the right wing and curled it over off his left from 35 metres.

“I'm not sure I even saw it go over, to be honest,” Ó Baoill said afterwards. “I just heard the roar. You dream about that kind of thing when you're a young lad kicking ball against the gable wall in Gaoth Dobhair.”

Gallen said his side would take plenty from the win but admitted they had been fortunate at times. “Armagh are a serious team, and they had us on the rack for fifteen minutes in the second half. We'll have to be a lot better in the final.”

⟦embed:WHAT. A. SCORE. 🔥🔥 Cathal Ó Baoill wins it at the death in Clones!! #UlsterSFC #Donegal pic.twitter.com/7LbQmR2xVn — Donegal GAA Supporters (@DLGoffside) June 9, 2024⟧

There was a minute's silence before the throw-in in memory of former county secretary Pádraig Mac Suibhne, who died last month.

Donegal will meet the winners of next weekend's Derry–Tyrone semi-final in the provincial decider on the last Sunday in June. Tickets go on sale from Wednesday, and the county board has appealed to supporters to buy early to avoid queues on the day.

Supporters' buses will leave from Letterkenny, Donegal Town and Dungloe on the morning of the final, with details to be confirmed by clubs this week."""),

("The Fife Gazette & Advertiser", """Obituary: Tadeusz Nowicki, Kirkcaldy baker who fed a town for fifty years

Tadeusz Nowicki, whose bakery on the Links Street corner in Kirkcaldy was a fixture of the town for half a century, has died aged 88.

Born in 1936 in a village outside Lublin, he came to Scotland as a boy in 1947 with his mother to join his father, who had served with the Polish forces in Fife during the war and had chosen not to return home after it. The family settled first in a resettlement camp near Cupar before moving to Kirkcaldy, where his father found work in the linoleum factories.

Tadeusz left school at 15 to start an apprenticeship with a baker in the Gallatown. By 1968 he had saved enough to open a shop of his own, Nowicki's, which became known across the Lang Toun for its rye bread, poppyseed cake and, in later years, the pączki that drew queues out of the door every Shrove Tuesday.

⟦fragment:Always the first in and the last to leave, with flour on his sleeves even at church.⟧

He married Margaret Hutchison, a nurse at the Victoria Hospital, in 1961. She died in 2015. Their son Andrew took over the day-to-day running of the bakery in 2002, although his father continued to come in at four most mornings until well into his eighties.

Former customers have left dozens of messages on the family's tribute page recalling his kindness, including his habit of handing a free roll to any child who came in with a parent. Kirkcaldy Polish Club said he had been a founding member and for many years its treasurer.

At the club's Christmas gathering last year he gave a short speech that many present remembered. “⟦foreign:Ta ziemia dała mi dom, chleb i rodzinę. Niczego więcej nie potrzebowałem⟧,” he told the room, to long applause.

His granddaughter Zofia said he had never lost his accent or his sense of humour. “He used to say he was the only man in Fife who could swear in three languages and bake in all of them,” she said.

⟦furniture:Share this story  |  Facebook  |  X  |  WhatsApp  |  Email  |  Print⟧

He is survived by his son Andrew, daughter Ewa, five grandchildren and two great-grandchildren. A funeral Mass will be held at St Marie's Church, Kirkcaldy, on Friday at 11am, followed by interment at Dysart Cemetery. The family has asked for donations to Fife Young Carers in place of flowers."""),

("Cape Breton Tideline", """Thousands without power as post-tropical storm lashes Cape Breton

More than 38,000 Nova Scotia Power customers across Cape Breton were without electricity Sunday morning after a post-tropical storm brought wind gusts of up to 130 kilometres an hour to the island's exposed coastlines overnight.

Environment and Climate Change Canada said the strongest gust was recorded near Grand Étang on the Cabot Trail, where south-easterly winds are known to funnel down off the highlands. Sydney saw gusts of around 100 km/h and more than 70 millimetres of rain.

Crews were working through the ⟦glued:morning.Power⟧ was expected to be restored to most customers by Monday evening, the utility said, although some homes in rural Inverness and Victoria counties could be in the dark until Tuesday.

⟦placeholder:Photo: INSERT CREDIT HERE⟧

In Glace Bay, a large spruce came down across Main Street shortly after 2 a.m., taking a power line with it and blocking traffic for several hours. In North Sydney, part of the roof of a storage building near the ferry terminal was torn off and scattered across the parking lot.

Resident Bernadette MacNeil, who lives near the shore in Dominion, said she and her husband had spent the night listening to the wind. “We've been through Dorian and Fiona, so you'd think we'd be used to it. What do you do when half your shed is in the neighbour's yard⟦stray: ?⟧ You laugh, I suppose, and then you go looking for it.”

The Cape Breton Regional Municipality opened a comfort centre at the Dominion fire hall with cots, charging stations and hot drinks, and urged residents to check on elderly neighbours. Municipal staff said no serious injuries had been reported.

The Canso Causeway was closed to high-sided vehicles for much of Saturday night, and the evening ferry crossing from North Sydney to Port aux Basques was cancelled. Officials said ⟦broken_paragraph:the storm surge had pushed water over sections of
the Fleur-de-lis Trail⟧ near St. Peter's, and motorists were asked to avoid the area.

Forecasters said conditions would improve through Sunday afternoon, with winds easing and skies clearing by evening. They warned, however, that another system could bring heavy rain to eastern Nova Scotia later in the week.

Nova Scotia Power said customers should stay at least 10 metres away from downed lines and report them by calling its outage line."""),

("The Westmeath Courier", """Trolley numbers at Mullingar hospital hit highest level this year

Twenty-nine patients were waiting on trolleys at the Regional Hospital Mullingar on Tuesday morning, the highest figure recorded at the hospital so far this year, according to the Irish Nurses and Midwives Organisation's daily count.

The figure included eleven patients on trolleys in wards outside the emergency department. Nationally, 612 patients were waiting for beds.

Local INMO representative Gráinne Kelly said staff at Mullingar were “working flat out in conditions that are not safe for patients and not safe for nurses”.

“We have people in their eighties and nineties spending two nights on a trolley in a corridor,” she said. “That is not the fault of anyone on the floor. It is a capacity problem, and it has been building for years.”

⟦break:Management at the hospital. Said the emergency department⟧ had seen a sharp rise in attendances since the start of January, with respiratory illnesses, including flu and Covid-19, accounting for a large share of admissions.

A spokeswoman for the HSE's Dublin Midlands region said it was working to open additional beds and to speed up discharges to nursing homes and community settings. The public was urged to consider other options, including GPs, out-of-hours services and local pharmacies, before attending the emergency department with non-urgent complaints. The 40-bed ward block under construction on the hospital campus is expected to open in the autumn, ⟦attribution:according to the HSE, the HSE said⟧.

Longford–Westmeath TD Ciarán Moran said he had raised the figures in the Dáil and called on the Minister for Health to visit the hospital. “The people of the midlands are entitled to the same standard of care as anywhere else,” he said.

Patient advocates said the situation was having knock-on effects across the region, with some elective procedures postponed this week to free up beds.

Visitors are being asked to limit visits to one person per patient and to stay at home if they have any symptoms of a respiratory infection.

⟦disclaimer:Note: This article was translated automatically from our Irish-language edition using machine translation software and may contain inaccuracies.⟧"""),

("The Highland Clarion", """Gaelic song festival returns to Portree with record number of young entrants

More than 400 young singers, fiddlers and pipers have entered this year's Fèis an Eilein competitions in Portree, the highest number since the festival began in 1992.

Organisers say the week-long event, which opens on Monday at the Aros Centre and the Skye Gathering Hall, has attracted entrants from as far afield as Glasgow, Nova Scotia and Brittany.

Festival director Mòrag MacLeod said the rise in numbers reflected the growth of Gaelic-medium education across the Highlands and Islands. “When we started, you could fit the whole solo singing competition into one morning,” she said. “Now we're running three rooms at once and still finishing at teatime.”

⟦fragment:Stressing that the future of the language depends on children hearing it outside the classroom.⟧

⟦embed:View this post on Instagram

A post shared by Fèis an Eilein (@feisaneilein)⟧

Among the new events this year is a competition for original songs written by under-18s, judged by the singer and broadcaster Iain Macdonald. Entries have come in on subjects from climate change to the price of a ferry ticket.

The festival also includes ceilidhs every night, a traditional boat-building workshop on the harbour and a series of talks on the island's song tradition, including a session on the waulking songs once sung by women working tweed.

Local businesses say the festival is worth tens of thousands of pounds to the town at a quieter time of year. The Royal Hotel and several guest houses reported being fully booked for the week.

Highland Council's Gaelic committee chair, Cllr Donald MacKinnon, said the event was “one of the jewels of the island's calendar” and confirmed that the council's grant would continue for a further three years.

⟦dup:2⟧

Tickets for the evening concerts are available from the Aros Centre box office. The festival closes on Saturday with a prizewinners' concert in the Gathering Hall."""),

("Saskatoon Prairie Ledger", """Police warn of spike in truck thefts on cold mornings

Saskatoon police say at least 27 vehicles have been stolen across the city since the start of December after owners left them running unattended to warm up, and they are urging residents to stay with their vehicles or use remote starters that keep the doors locked.

⟦furniture:We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies. Accept | Manage preferences⟧

Staff Sgt. Melanie Crowe said the thefts had happened in nearly every part of the city, from Stonebridge and Evergreen to older neighbourhoods like Mayfair and Sutherland. Most took place between 6:30 and 8 a.m.

“It takes about ten seconds. Someone walks by, sees the exhaust and the empty driver's seat, and they're gone,” Crowe said. “We understand it's minus 30 and nobody wants to get into a cold truck. But you're making it very easy for people.”

Several of the stolen vehicles were later used in other crimes, including a gas-and-dash at a station on Circle Drive and a break-in at a tool rental business in the north industrial area, police said. ⟦glued:Saskatoonpolice⟧ have recovered 19 of the vehicles, some of them badly damaged.

One victim, a nurse who works early shifts at Royal University Hospital, said her pickup was taken from her driveway in Lakeview while she went back inside for her lunch bag. “I was gone maybe a minute. ⟦stray:¿⟧Who steals a truck at quarter to seven on a Tuesday?” she said. She asked that her name not be used.

Five people have been charged in connection with the thefts. Police said the suspects ranged in age from ⟦placeholder:undefined⟧ to 41, and that two of them were already bound by court-ordered conditions.

Anyone who leaves a vehicle running unattended on a public street can be ticketed under city bylaws, although officers generally prefer education to fines. SGI also reminds drivers that theft claims can become complicated if keys were left in the vehicle.

Crowe said newer vehicles with push-button ignition were not immune. Thieves have been known to wait for a driver to step away with the fob still inside, she said.

Residents can report suspicious activity through the police non-emergency line or online."""),

("Heartland Grain & Feed Report", """Washington orchard growers brace for smaller apple crop and tighter labor

WENATCHEE, Wash. — Washington apple growers are preparing for a harvest roughly 10 percent smaller than last year's after a spring frost and an early summer heat wave, while orchard managers say finding enough pickers remains their biggest headache.

The state's August industry estimate puts the fresh apple crop at about 123 million 40-pound boxes, down from 137 million a year earlier. Gala and Red Delicious are expected to see the steepest declines, while newer varieties continue to grow their share.

At a 600-acre orchard outside Wenatchee, manager Luis Ortega said the crop looked clean but light on some blocks. “We lost a lot of king bloom on the lower ground in April,” he said, walking between rows of Honeycrisp netted against sunburn. “⟦break:The fruit that is. There is⟧ very good. There's just less of it.”

Ortega, who came to the valley from Michoacán as a teenager and worked his way up from picker, has relied heavily on the federal H-2A guest worker program for the past six seasons. This year he has brought in 85 workers under the program, at an adverse effect wage rate of $19.82 an hour plus housing and transportation.

“⟦foreign:Sin ellos no hay cosecha, así de sencillo⟧,” said crew leader Ramón Esquivel, who has worked the orchard for 14 seasons.

Growers say rising labor costs, combined with weak prices for some older varieties and stiff competition from imports, have squeezed margins. Several older Red Delicious blocks in the region have been pulled this year and replanted or left fallow.

“We can't control the weather, and we can't control what the retailers pay,” ⟦attribution:Ortega said, the manager added⟧. “What we can control is quality, so that's where we put our money.”

Industry officials are hopeful that export markets, particularly Mexico, India and Taiwan, will absorb more fruit this season after trade disputes eased. Mexico remains the largest export destination for Washington apples.

Harvest of early varieties began in the second week of August and will continue into November, with storage fruit marketed through the following summer."""),

("Atlantic Freight Review", """Cape diversions keep Asia–Europe capacity tight as carriers extend Red Sea avoidance

⟦disclaimer:Editor's note: This story was compiled with the assistance of automated tools from third-party wire reports and has not been independently verified by Review staff.⟧

LONDON — Container lines say they will keep routing Asia–Europe services around the Cape of Good Hope well into next year, extending a diversion that has added roughly 10 to 14 days to round-trip voyages and absorbed a large share of the industry's new vessel capacity.

In a customer advisory this week, one of the largest carriers said security conditions in the southern Red Sea and the Bab el-Mandeb strait did not yet allow a safe return to Suez Canal transits. ⟦fragment:Adding further to the pressure on schedules already stretched by winter weather in the South Atlantic.⟧

Analysts at a Copenhagen-based consultancy estimate the longer routing ties up about 1.5 million TEU of capacity, or roughly 5 percent of the global fleet. That has soaked up much of the record volume of newbuild tonnage delivered over the past 18 months and kept spot rates well above pre-crisis levels.

Schedule reliability on the Asia–North Europe trade has improved from its lows earlier in the year as carriers built the longer transit into their published rotations. Even so, only about half of vessels arrived within a day of their scheduled time last month.

Shippers on the transatlantic trade, meanwhile, have reported ⟦broken_paragraph:knock-on effects as carriers

shifted tonnage⟧ from the Atlantic to plug gaps in their Asia loops. A U.S. importer of European wines and spirits said sailings from Antwerp and Le Havre had been consolidated, leaving fewer weekly options.

“We used to have choice. Now we have allocation,” said the company's logistics director. “You book early, you pay what they ask, and you hope the box makes the ship.”

Insurers say war-risk premiums for Red Sea transits remain several times higher than they were before attacks on merchant shipping began. Some tanker and bulk operators have continued to use the route, but most container lines have stayed away.

The Suez Canal Authority has offered rebates to lure back traffic, but carriers say price is not the issue. Until crews can pass safely, one executive said, the Cape is the only realistic option."""),

("Khaleej Business Wire", """Bahrain fintech Qasr Pay eyes Saudi expansion after funding round

MANAMA — Bahraini payments company Qasr Pay plans to double its headcount in Riyadh over the next year after closing a $40 million Series B funding round, its founder and chief executive told Khaleej Business Wire in an interview.

The round, led by a Saudi venture fund with participation from existing investors, values the company at about ⟦glued:$310million⟧, according to a person familiar with the matter. Qasr Pay declined to comment on the valuation.

Founder Layla Al Jishi, a former engineer at a regional bank, started the company in 2019 inside the central bank's regulatory sandbox. It now processes payments for more than 14,000 merchants in Bahrain, Saudi Arabia and Kuwait ⟦stray:(⟧mostly small and medium-sized retailers and restaurants.

“Saudi is where the scale is. It is a market of 36 million people with a young population that wants to pay with their phone, not with cash,” she said. “But Bahrain is where we learned to build properly, with a regulator that picks up the phone.”

Revenue grew ⟦placeholder:%s⟧ per cent last year, the company said, driven by its point-of-sale terminals and a buy-now-pay-later product launched with a Kuwaiti partner.

Asked whether the company would consider a listing, Al Jishi said it was “too early to talk about bells and tickers”. The priority, she said, was to reach profitability in Saudi Arabia by the end of 2026 and to win a licence for open banking services there.

⟦embed:Watch on YouTube ▶ Layla Al Jishi, Qasr Pay — Fireside chat, Manama Fintech Week 2024 | 14:32 | 3.1K views⟧

She said competition for engineers in the Gulf had intensified, with salaries for experienced developers in Riyadh up by as much as a quarter in two years. Qasr Pay has responded by opening a small engineering office in Cairo and by hiring graduates from Bahraini universities and training them in-house.

Al Jishi was also candid about the challenges facing women founders in the region, though she said the picture had improved. “When I started, I was usually the only woman in the room with investors. Now sometimes there are two of us,” she said, laughing.

The company employs 210 people, around 70 of them in Saudi Arabia."""),

("Donegal Northern Herald", """Letterkenny councillors split over Irish-language signage plan for town centre

A proposal to make all new shopfront signage in Letterkenny town centre bilingual has divided members of the Letterkenny–Milford Municipal District, with a vote deferred until next month after a lengthy debate.

The motion, brought by Cllr Máire Ní Ghallchóir, asks the council to include a requirement for Irish on new signs in its next local area plan, with grants of up to €1,500 for businesses to cover design and translation costs.

She opened her contribution in Irish. “⟦foreign:Is í an Ghaeilge teanga an bhaile seo chomh maith le haon teanga eile, agus ba chóir go bhfeicfí í ar na sráideanna⟧,” she told the meeting, before switching to English to outline the detail of the scheme.

Cllr Ní Ghallchóir ⟦break:said the. Policy would⟧ apply only to new or replacement signs and would not force any existing business to change its frontage. She pointed to towns in Connemara and west Kerry where similar rules had been in place for years without complaint.

Several members said they supported the principle but were worried about adding cost and paperwork for traders already under pressure from rising rents and online competition.

“I'm a Gaeilgeoir myself and I'd love to see more Irish on Main Street,” said Cllr Tony McBride. “But I've had three businesses close on my own street this year. The last thing they need is another form to fill in.”

⟦dup:1⟧

The Letterkenny Chamber said it had not taken a formal position but would survey members. Its chief executive said many traders already used some Irish and that a voluntary approach backed by grants might win broader support.

Council officials said any requirement would need to be tested against planning law and would likely be included as an objective rather than a strict rule.

The motion will return to the district's October meeting, when members will also consider a report from the council's Irish officer on signage schemes elsewhere in the country.

Conradh na Gaeilge welcomed the debate and urged councillors to back the motion."""),

("The Fife Gazette & Advertiser", """Tay seal decline may be linked to toxic algae, St Andrews study suggests

Harbour seal numbers in the Firth of Tay have fallen by more than 90 per cent since the early 2000s, and scientists at the University of St Andrews believe toxins from microscopic algae may be part of the reason.

A study published this month found traces of domoic acid and saxitoxin, both produced by certain types of plankton, in samples taken from seals found dead along the Tay and Eden estuaries over the past decade. The toxins were also detected in faeces collected from haul-out sites at Tentsmuir.

“We're not saying this is the whole story, but the evidence is now hard to ignore,” ⟦attribution:said lead author Dr Eilidh Hamilton, according to Dr Hamilton⟧. “The animals are being exposed repeatedly through the fish they eat, and that could affect their ability to breed and to survive the winter.”

⟦fragment:Although the reasons for the wider decline on the east coast not yet fully understood.⟧

Harbour seals, also known as common seals, have declined sharply along much of Scotland's east coast, from Orkney down to the Tay. Grey seal numbers, by contrast, have risen in the same period, leading some to suggest competition for food between the two species may also play a role.

The team used counts from aerial surveys, which have been carried out every summer since the 1990s, alongside post-mortem records and water samples. Toxin levels appeared to peak in late summer, when blooms are most common.

Dr Hamilton said further work would focus on whether warmer sea temperatures were making harmful blooms more frequent in Scottish waters.

The Tentsmuir colony was once one of the largest on the east coast, with several hundred animals regularly counted at low tide. Last summer's survey recorded just 27.

Fife Coast and Countryside Trust rangers have asked walkers to keep dogs on leads near the haul-out areas and to report any dead or injured seals.

⟦furniture:About the author: Fiona Baird is the Gazette's environment reporter. Follow her on X @FionaBairdGaz or get in touch at newsdesk@fifegazette.example⟧

The research was funded by NatureScot and the Natural Environment Research Council."""),

("Cape Breton Tideline", """Eagles rally from two down to edge Mooseheads in overtime

The Cape Breton Eagles came back from a two-goal deficit in the third period and beat the Halifax Mooseheads 4-3 in overtime on Saturday night in front of 4,112 fans at Centre 200.

Rookie winger Olivier Lachance scored the winner 2:41 into the extra frame, taking a pass from defenceman Kyle MacIsaac and snapping it over the glove of the Halifax goaltender from the slot.

“I just tried to find a hole,” Lachance said. “The guys were yelling for the puck, but I had a lane, so I shot it. It's the loudest I've ever heard a rink.”

⟦placeholder:[VIDEO]⟧

Halifax led 3-1 after two periods and looked in control, but the Eagles' power play came alive in the third. Captain Jordan Burke scored twice in just under four minutes, the second a deflection from the top of the crease with 3:18 left in regulation, to send the crowd into a frenzy and earn the team its new nickname, the ⟦stray:"⟧comeback kids among fans on social media.

⟦embed:Cape Breton Eagles (@CBEaglesHKY) posted: OT WINNER!! 🦅🚨 Lachance from the slot and the barn goes WILD. 10:14 PM · Mar 2, 2024 · 12.4K Views⟧

Head coach Denis Arsenault said he had challenged his players during the second intermission. “I told them nobody remembers the team that played well for two periods. They answered. That's a group that doesn't quit.”

Goaltender Nathan Sampson made 31 saves for the win, including a sprawling stop on a Halifax breakaway early in overtime.

The victory moves Cape Breton to within ⟦broken_paragraph:three points of a home-ice playoff spot, with the Eagles sitting

sixth in the Maritimes⟧ division standings with nine games left in the regular season.

The Eagles are back at Centre 200 on Wednesday against the Charlottetown Islanders before a two-game road swing through New Brunswick next weekend. The club is also holding a food bank drive at Wednesday's game, with fans who bring a non-perishable item entered into a draw for signed sticks."""),
]
