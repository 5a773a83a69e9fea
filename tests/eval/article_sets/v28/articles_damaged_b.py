# Damaged articles, part B (D19-D35)
ARTICLES = [
("Tidewater Sports Desk", """Tacoma Tidemarks walk off in 11th to clinch playoff spot

TACOMA, Wash. — Catcher Luis Arredondo singled home the winning run with two outs in the 11th inning Sunday, giving the Tacoma Tidemarks a 5-4 win over the Spokane Larches and the final playoff spot in the Northwest League's second half.

Arredondo lined a 1-2 slider into right field, scoring pinch runner Devon Pratt from second base. Pratt beat the throw home by a step, and the Tidemarks poured out of the dugout as a crowd of 6,212 stood.

"I was just trying to put it in play," Arredondo said. "He'd thrown me three sliders, so I figured he'd throw me another one. He did."

The win, Tacoma's sixth in a row, clinched a playoff berth for the first time since 2019. The Tidemarks will open a best-of-three series against the Eugene Ospreys on Tuesday.

⟦embed:Tacoma Tidemarks ✔ @TidemarksBB
WALK-OFF WINNERS. WE'RE IN. 🌊⚾
[Video: Arredondo walk-off single, 0:22]
11:14 PM · 1.8K Reposts · 7,406 Likes⟧

Spokane had tied the game 4-4 in the ninth on a two-run homer by first baseman Cody Wexler off Tacoma closer Sam Ikeda, who took a blown save but stayed in to get the final out. Reliever Marcus Boyle threw two scoreless innings to earn the win.

Tacoma starter Jae-won Park allowed two runs over six innings, striking out nine, his highest total of the season. Manager Terry Ballard said Park had pitched like "a guy who wanted the ball in October."

Shortstop Eli Vance had three hits, including a ⟦glued:tworun⟧ double in the fifth that gave Tacoma a 4-2 lead. Vance, the organization's second-ranked prospect, is batting .338 since being promoted in July.

"We've been a different team since he showed up," Ballard said. "He makes the plays that keep innings short, and he's on base all the time."

⟦placeholder:[[player_card id=4471 stats=season]]⟧

Spokane, which had led the second-half standings as recently as two weeks ago, lost eight of its final ten games and finished a half-game behind Tacoma.

Larches manager Rick Ostrowski said his team had run out of pitching. "We've had guys called up, guys hurt, and guys throwing on short rest," he said. "That catches up with you."

Game 1 of the playoff series is at 7:05 p.m. Tuesday at Cheney Stadium. Tickets go on sale Monday morning, and the club said it expects a sellout."""),

("Cascadia Ledger", """Council approves fourplexes on most residential lots

EVERETT, Wash. — The Everett City Council voted 5-2 on Wednesday to allow up to four homes on most residential lots in the city, the biggest change to Everett's zoning code in decades.

The new rules, required in part by a 2023 state law, let property owners build duplexes, triplexes or fourplexes in neighborhoods that were previously limited to single detached houses. Lots within a quarter-mile of a major transit stop may have up to six units if two are affordable.

Council member Jasmine Ortega, who chaired the planning committee, said the change would allow "the kind of homes our grandparents lived in and our kids can't find." She said the city needs about 11,000 new homes by 2044 to keep up with expected growth.

Council members Dale Pruitt and Susan Myrick voted no. Pruitt said the city ⟦break:should have. Waited⟧ for a review of parking and sewer capacity before adopting the rules. "We're putting the cart before the horse," he said.

More than 80 people testified over two evenings of hearings. Supporters included young families, builders and housing advocates. Opponents, many from the Bayside and Riverview neighborhoods, raised concerns about parking, trees and neighborhood character.

Longtime Riverview resident Ana Castillo, speaking through a Spanish interpreter, told the council she worried about her street's drainage. ⟦foreign:Cada invierno se inunda la esquina de mi casa, y nadie de la ciudad ha venido a arreglarlo en diez años.⟧

Planning director Ken Whitaker said the new rules include tree protection standards and require builders to manage stormwater on site. He said the city expects development to be gradual, with perhaps 150 to 250 additional units a year.

"This isn't going to change every block overnight," Whitaker said. "Most lots will stay exactly as they are for years."

⟦dup:1⟧

Builders said the rules would help, but that high interest rates and construction costs remained bigger obstacles. Snohomish County Home Builders Association policy director Greg Lind said fourplexes were still hard to finance in the current market.

The rules take effect 30 days after the mayor signs the ordinance. The city will hold an information session for property owners next month at the Everett Public Library."""),

("Aotearoa Coastal News", """Cook Strait ferry breakdown strands 800 passengers overnight

WELLINGTON — About 800 passengers spent the night aboard the Cook Strait ferry Kaitiaki on Tuesday after the vessel lost power to one of its engines shortly after leaving Wellington and was forced to anchor in the harbour.

The ferry, operated by StraitLink, left the Aotea Quay terminal at 6.45pm bound for Picton. About 25 minutes later, the crew reported a fault in the port-side engine ⟦glued:andthe⟧ captain decided to anchor off Point Halswell rather than attempt the crossing.

StraitLink general manager Fiona Reddington said the decision was made for safety. "The ship was never in danger, but we were not going to take her into the strait on one engine in a 35-knot northerly," she said.

Passengers were given food, blankets and cabins where available. Many slept in lounges and in their vehicles on the car decks, which were opened overnight with crew supervision.

⟦fragment:Including a school group of 40 students returning from a kapa haka competition in Auckland.⟧

Passenger Mereana Hohaia, travelling with her two young children, said the crew had been kind but communication was poor. "We didn't know anything for hours. People were just guessing⟦stray:¿⟧" she said.

The ship returned to berth at 7am on Wednesday under tug escort. Passengers were offered refunds and rebooking on later sailings, and StraitLink said it would cover accommodation costs for those who needed to stay in Wellington.

The breakdown is the fourth significant mechanical failure on the ageing fleet in 18 months. Two of StraitLink's three ferries are more than 25 years old, and plans for new ships were cancelled last year after costs blew out.

Transport Minister Callum Petersen said the Government was working on a new procurement plan and expected to announce a decision on replacement vessels by the end of the year. "I understand the frustration. This is not good enough for a vital link in the state highway network," he said.

Freight operators said the disruption had added to pressure on the South Island supply chain. About 60 trucks were held on board overnight, some carrying perishable goods.

Maritime New Zealand said it had been notified and would review the incident.

⟦disclaimer:Content syndicated via NewsShare Pacific. Any views expressed are those of the originating outlet, and this copy may have been edited for length by an automated system.⟧"""),

("Courthouse Dispatch", """Former port commissioner fined over undisclosed land deal

OLYMPIA, Wash. — The state Public Disclosure Commission on Thursday fined a former Port of Skagit Bay commissioner $18,000 for failing to report his stake in a property company that sold land to the port.

The commission found that former commissioner Neil Hargrove violated state financial disclosure law in three consecutive years by not listing his 40 percent interest in Laconner Flats LLC, which sold a 23-acre parcel to the port for $2.7 million in 2021.

Hargrove voted on the purchase along with the other two commissioners. He did not recuse himself or tell the board about his interest, according to the commission's findings.

"The public has a right to know when an official has a financial stake in the decisions he is making," ⟦attribution:commission chair Lorraine Voss said, she stated⟧. "That right was not respected here."

Hargrove's attorney, Philip Dunn, told the commission his client had relied on an accountant who failed to list the holding and had not intended to hide anything. He noted that an independent appraisal had valued the land at about the price the port paid.

"This was a paperwork failure, not a scheme," Dunn said. "No one was cheated."

The commission said the fair price did not excuse the failure to disclose. Commissioners imposed $6,000 for each year's violation, and referred the voting issue to the state attorney general's office, which could bring a separate case under the state's ethics law for municipal officers.

Hargrove resigned from the port commission in 2023 after a local newspaper reported on the land deal. He has not been charged with any crime.

⟦placeholder:Related: <a href=''></a>⟧

The port has since adopted a policy requiring commissioners to file a conflict statement before every vote involving real estate. Port executive director Sandra Kim said the board also hired an outside firm to review all property purchases ⟦broken_paragraph:made

since⟧ 2015.

That review, completed in the spring, found no other undisclosed conflicts, Kim said.

Hargrove has 30 days to pay the fine or appeal to Thurston County Superior Court. Dunn said his client had not decided whether to appeal.

The case is the largest fine the commission has imposed on a port official in more than a decade."""),

("Mindanao Daily Observer", """Tuna landings at General Santos fish port rise 18 percent

GENERAL SANTOS CITY — Tuna landings at the General Santos fish port complex rose 18 percent in the first half of the year as more purse seiners returned from distant fishing grounds, the Philippine Fisheries Development Authority said on Thursday.

The port recorded 214,000 metric tons of fish landed from January to June, of which about 170,000 tons were tuna, mostly skipjack and yellowfin. The figure is the highest for the period since 2018.

Port manager Rogelio Batomalaque said the increase reflected better catches in Philippine waters and the return of some vessels that had been fishing in Papua New Guinea ⟦glued:waterswhere⟧ access fees have risen. "The boats are coming home. That is good for the port and good for the city," he said.

General Santos, which calls itself the tuna capital of the Philippines, is home to seven canneries and dozens of processing plants. The industry employs an estimated 120,000 people in the city and nearby provinces.

⟦embed:📍 GenSan Fish Port Complex
gensan_tuna_daily • Follow
Early morning bagsakan — yellowfin as big as a carabao 😅 #TunaCapital #GenSan
♡ 2,341   💬 187   ·   14 hours ago⟧

Processors welcomed the larger landings but said prices for skipjack on the world market had fallen, squeezing margins. Canned tuna exports to the European Union, which buys tuna from the Philippines under a tariff-free arrangement, were up 9 percent in value.

Fishermen's groups said small-scale handline fishers had not shared in the boom. Many now travel farther from shore, spending more on fuel, while catches of large yellowfin have declined.

At a wharf near the market, handline fisherman Dodong Salvador said he had been at sea for 11 days with a catch of only three large tuna. ⟦foreign:Kaniadto, tulo ka adlaw lang, puno na ang among bangka. Karon, bisan duha ka semana, kulang gihapon.⟧

The Bureau of Fisheries and Aquatic Resources said it was monitoring the stock and would hold consultations on a closed season for small pelagic fish in the Celebes Sea later this year.

The city is preparing for the annual Tuna Festival in September, which organizers expect to draw about 100,000 visitors. The port authority said it would complete repairs to two unloading wharves before then."""),

("Field Notes Science Daily", """Atmospheric rivers are lingering longer over the Northwest, study finds

SEATTLE — The long, narrow plumes of moisture known as atmospheric rivers are stalling over the Pacific Northwest for longer than they did four decades ago, increasing the risk of severe flooding, according to research published Thursday.

A team led by climate scientist Dr. Mateus Oliveira at the University of the Salish Sea analyzed 42 years of weather records and found that the average atmospheric river hitting the coast between northern California and British Columbia now lasts about 31 hours over a given location, up from about 26 hours in the early 1980s.

"Duration is what turns a wet day into a disaster," Oliveira said. "A strong storm that passes in 12 hours is a headache. The same storm parked over a ⟦break:watershed for. Two days⟧ is a flood."

Atmospheric rivers supply up to half of the region's annual precipitation and are vital for snowpack and water supply. But the strongest ones cause most of the region's damaging floods, including the November 2021 storms that cut off highways and rail lines in southern British Columbia.

The study found the increase in duration was strongest in the late fall, and linked it to a slowing of the jet stream's eastward movement during those months. The authors said warming in the Arctic may contribute, but cautioned that the link is still debated.

⟦dup:1⟧

Hydrologist Renee Tsosie of the state Department of Ecology, who was not involved in the study, said the findings matched what river forecasters had observed. "We are seeing more events where rivers crest, fall a little, and then rise again, because the storm just won't move⟦stray: !!⟧" she said.

The researchers said emergency managers should pay more attention to forecast storm duration, not just intensity. The West Coast forecast scale for atmospheric rivers, introduced in 2019, already ranks storms partly by how long they last.

Oliveira said flood maps and infrastructure standards in the region were largely based on older rainfall records and may underestimate today's risks. Culverts, levees and stormwater systems built to historic standards may be overwhelmed more often, he said.

The study was published in the journal Geophysical Research Letters. The team plans to examine whether similar trends appear in atmospheric rivers striking Chile and New Zealand."""),

("Kerala Port Chronicle", """Boat owners begin indefinite strike over fuel subsidy cut

KOLLAM — Mechanised fishing boat owners in Kollam and Alappuzha districts began an indefinite strike on Monday to protest a cut in the state's diesel subsidy, keeping about 1,500 boats tied up at Neendakara and Sakthikulangara harbours.

The boat owners' association said the state government had reduced the subsidy from Rs 12 to Rs 7 per litre without consulting the industry, at a time when catches were already poor. Boat owners say a single trawler trip now costs up to Rs 1.2 lakh in fuel alone.

"We cannot go to sea at a loss. Every trip we make now, we lose money," said Peter Mathew, president of the Kollam District Boat Owners' Association. "The government must restore the subsidy."

⟦fragment:While thousands of workers, loaders and vendors at the harbours sat without wages on the first day.⟧

The harbours are usually crowded at dawn with auctioneers, traders and trucks carrying fish to markets across Kerala and Tamil Nadu. On Monday, the auction halls were empty and ice plants had shut down.

Fish prices in Kollam markets rose sharply by the afternoon. Sardines, which sold for about Rs 180 a kilo last week, were selling for Rs 260 in some markets, traders said.

⟦furniture:ADVERTISEMENT — CONTINUE READING BELOW⟧

Fisheries Department officials said the subsidy cut was part of a broader effort to reduce spending and that the savings would go to welfare schemes for traditional fishermen who use small, non-mechanised boats. Fisheries secretary Anitha Kumari said the government was open to talks.

Traditional fishermen's unions have been divided over the strike. Some backed the boat owners, saying the whole fishing economy would suffer. Others said mechanised trawlers had for years received subsidies that depleted fish stocks close to shore.

"The trawlers have taken the fish from our children," said Xavier Pereira of a traditional fishermen's federation in Alappuzha. "Now they want more money to take more."

The strike comes weeks before the annual monsoon trawling ban, which will keep mechanised boats in harbour for 52 days from June 10.

Talks between the association and the Fisheries Minister were scheduled for Wednesday in Thiruvananthapuram.

⟦disclaimer:Note: This story was originally published in a partner publication and has been translated into English by an AI model. It has not been independently verified by our editorial staff.⟧"""),

("Cascadia Ledger", """Transit agency asks voters for sales tax increase to restore bus routes

VANCOUVER, Wash. — C-Tran will ask Clark County voters in November to approve a 0.3 percentage point sales tax increase to restore bus service cut during the pandemic and add bus rapid transit on two more corridors, the agency's board decided Tuesday.

The measure would raise about $42 million a year, agency officials said. It would add 3 cents to a $10 purchase, bringing the sales tax rate in most of the county to 8.8 percent.

The board voted 7-2 to put the measure on the ballot. "We cut to the bone in 2020, and the bone is still showing," ⟦attribution:board chair and Vancouver council member Erik Paulsen said, Paulsen told the board⟧.

The agency cut about 20 percent of its service hours in 2020 and has restored only about half. Several routes in east Vancouver and Battle Ground now run every hour instead of every 20 minutes, and evening service on many lines ends before 9 p.m.

The measure would fund:

- More frequent service on 12 local routes, with most running every 15 minutes on weekdays.
- Evening service until 11 p.m. on major lines.
- Bus rapid transit on Highway 99 and Fourth Plain East, similar to the Vine lines on Fourth Plain and Mill Plain.
- Paratransit expansion to serve riders with disabilities in outlying areas.

⟦placeholder:null⟧

Opponents on the board said the timing was wrong. Commissioner Brenda Oakes, who voted no, said residents were struggling with ⟦glued:highprices⟧ already. "I support transit, but I can't ask people to pay more at the grocery store right now," she said.

The Clark County Republican Party said it would campaign against the measure. A chamber of commerce spokesperson said its board would decide on a position next month.

Transit advocates said the measure was long overdue. "I have riders who wait an hour in the rain to get to work," said Maya Trinh of Clark County Transit Riders. "That's not a transit system. That's a ⟦broken_paragraph:punishment,"

she⟧ said.

C-Tran last asked voters for a tax increase in 2011, a 0.2 point increase that passed by a narrow margin.

If approved, the tax would take effect in April and service improvements would start the following September."""),

("Straits Wire", """Indonesia tightens ferry safety rules after Bali Strait sinking

JAKARTA (Straits Wire) — Indonesia will require ferries to carry electronic passenger manifests and will ban overloaded vehicles from boarding after a ferry sank in the Bali Strait last month, killing 23 people, the transport ministry said on Tuesday.

The new rules, effective in two months, require operators to scan passenger identity cards at boarding and transmit manifests to port authorities before departure, Director General of Sea Transportation Arif Wibisono told a news conference.

Investigators believe the ferry KMP Tunu Pratama, which sank in rough seas between Ketapang in East Java and Gilimanuk in Bali, was carrying more vehicles and passengers than listed. Survivors said trucks on board had not been properly secured.

"There are too many cases where the manifest says 50 and there are 80 on board. That must end," Wibisono said.

⟦embed:▶️ KMP Tunu Pratama survivors describe the night of the sinking | 04:12
Uploaded by KabarBanyuwangi · 241,330 views · Subscribe⟧

Under the rules, trucks must be weighed at port before boarding, and ⟦break:vessels found. Carrying⟧ more than their permitted load will be stopped from sailing. Operators who violate the rules may lose their licences.

The ministry will also inspect all 48 ferries working the Ketapang-Gilimanuk crossing, one of the busiest in Indonesia, carrying about 5 million passengers a year.

Families of victims have demanded accountability. Speaking at a gathering at Gilimanuk port, Ni Wayan Sari, whose husband was a truck driver on board, said: ⟦foreign:Kami hanya ingin tahu kenapa kapal itu dibiarkan berangkat padahal cuaca sangat buruk malam itu.⟧

Police have named the vessel's captain and two port officials as suspects in a negligence investigation. The captain survived the sinking.

Indonesia, an archipelago of more than 17,000 islands, relies heavily on ferries, and accidents are frequent. Many vessels are old and some operators are poorly regulated. A ferry sinking on Lake Toba in 2018 killed more than 160 people.

Ferry operators' association chair Hendra Gunawan said the industry supported the new rules but asked the government to help pay for scanning equipment at smaller ports. "Some of our ports do not even have reliable internet," he said.

The ministry said it would fund equipment at about 30 ports with budget set aside for safety upgrades.

(Reporting by Dewi Anggraini; Editing by Graham Lowe)"""),

("Salish Coast Business Journal", """Last grocery store on Lummi Flats to close in June

FERNDALE, Wash. — The only full-service grocery store serving the Lummi Flats area will close in June, its owner said this week, leaving about 5,000 residents with a 12-mile round trip to buy fresh food.

Harvest Market, which opened in 1987 on Haxton Way, will shut its doors on June 22, owner Phil Strand said in a letter to customers. The store employs 34 people.

Strand said sales had fallen about 20 percent since a big-box store opened near Interstate 5 three years ago, while costs for power, insurance and wages had risen. "I've been losing money for two years. I kept thinking it would turn around⟦stray:...,⟧" he said.

⟦fragment:Despite an offer from a regional co-op to take over the lease last fall.⟧

Residents said the closure would be hard on elderly people and families without cars. The nearest full grocery store is in Ferndale, about six miles away, and bus service to the area runs only every two hours.

"My mother is 81. She walks to Harvest twice a week," said Crystal Jefferson, who lives on the Lummi Reservation. "I don't know what she's going to do."

Lummi Nation council members said the tribe was looking at options, including opening a tribal-owned grocery or working with a co-op. Council secretary Tyrone James said the tribe had studied a grocery venture before and would move quickly. "Food access is a health issue for our people," he said.

⟦dup:1⟧

Whatcom County health officials said the area would meet the federal definition of a "low access" food area once Harvest closes. The county has a small grant program that could help fund a new store or a mobile market.

⟦furniture:What do you think? Leave a comment below — and remember to keep it civil. 47 comments⟧

Strand said he had offered the building to the tribe and was willing to sell equipment at a discount. He said he hoped someone would keep a grocery open at the site.

Employees will receive severance based on years of service, and Strand said several had already found jobs at other stores in the county. The store's pharmacy will close two weeks earlier, on June 8, and prescriptions will be transferred to a Ferndale pharmacy."""),

("Tidewater Sports Desk", """Sequim angler lands 31-pound king to win Strait salmon derby

PORT ANGELES, Wash. — Sequim retiree Gary Lindqvist won the 40th annual Strait of Juan de Fuca Salmon Derby on Sunday with a 31-pound, 4-ounce chinook caught off Freshwater Bay, taking home the $10,000 first prize.

Lindqvist, 71, said he hooked the fish on a herring rig in about 120 feet of water early Saturday morning and fought it for about 20 minutes before his grandson netted it.

"I've fished this derby 22 times, and I've never placed higher than 30th," Lindqvist said at the weigh-in. "I told my wife I was going to quit after this one. Now I guess I have to come back."

⟦embed:derbyweighin_pa on Instagram
Carousel 1 of 6 — "New leader at the scales! 31.4 lbs 🐟🏆" 
1,064 likes · View all 92 comments⟧

Second place went to Port Townsend fisher Kim Nakagawa with a 27-pound chinook, and third to Kalani Pikake of Forks with a 25-pound, 12-ounce fish. The derby drew 1,140 anglers, up from about 900 last year.

Organizers said the increase reflected a stronger run of hatchery chinook this year. State fisheries managers had set a quota of 6,200 chinook for the marine area, about 15 percent higher than last year's.

Derby chair Sheila Marsh said the event ⟦glued:raisedabout⟧ $48,000 for local youth fishing programs and for a hatchery net pen project. "This derby started as a bunch of guys arguing about who had the biggest fish," she said. "It's still that. But it pays for a lot of good things now."

The derby also awarded prizes for the largest coho and for the heaviest fish caught by an angler under 14. Nine-year-old Addison Hale of Port Angeles caught a 14-pound chinook to win the youth division.

Fishing was slow on Sunday, with wind and a strong ebb tide pushing boats off the best spots. Only 38 fish were weighed on the second day, compared with 115 on Saturday.

Marsh said organizers were considering adding a halibut division next year.

⟦disclaimer:Editor's note: This article was generated automatically from derby results data and lightly edited. Quotes were gathered by staff.⟧"""),

("Rainshadow Review", """Canoe Journey arrives at Suquamish after two weeks on the water

SUQUAMISH, Wash. — More than 90 canoes from tribes and First Nations across the Pacific Northwest landed on the beach at Suquamish on Saturday, ending this year's Canoe Journey after two weeks and more than 200 miles of paddling.

Pullers sang and drummed as they approached, asking permission to come ashore in their own languages. Suquamish elders welcomed each canoe in turn, a protocol that took more than seven hours under a bright sky.

"Every canoe that comes in carries a family," said Suquamish Tribe chairman Leonard Forsman-Jack. "We've been getting ready for this for two years."

⟦placeholder:[gallery ids="2231,2232,2233,2234" columns="4"]⟧

The Canoe Journey began in 1989 with a paddle to Seattle, and has grown into one of the largest gatherings of Indigenous peoples in the region. Canoes this year came from as far away as Bella Bella in British Columbia and the Quinault Nation on the Washington coast.

Many pullers were teenagers taking part for the first time. Sixteen-year-old Tatum Sampson of the Lower Elwha Klallam Tribe said the hardest part was the crossing of the Strait of Juan de Fuca, when the water turned rough. "You pull until your arms are done, and then you keep pulling," she said.

The arrival begins a week of protocol, in which each tribe and nation shares songs, dances and gifts in a longhouse. Organizers ⟦break:expected. About⟧ 15,000 people to attend over the week, and volunteers prepared thousands of meals of salmon, clams and fry bread.

Organizers said the journey has helped revive canoe carving, language and song traditions that were nearly lost. Several canoes this year were newly carved from red cedar logs donated by timber companies and the state.

"When I was a kid, we had two canoes. Now we have nine," ⟦attribution:said Lummi skipper Jerome Kinley, he said⟧. "Our kids grow up on the water now."

Health officials worked with organizers to provide first aid stations and cooling tents. A medical team treated several pullers for heat exhaustion and blisters.

The host for next year's journey will be announced at the end of protocol. Organizers said several nations on Vancouver Island had offered to host."""),

("Harbor & Freight Weekly", """Montreal rail bottleneck delays grain bound for Pacific ports

MONTREAL — A shortage of rail crews and locomotives on a key line out of Montreal has delayed thousands of carloads of cargo, including grain bound for Pacific ports, shippers and the railway said this week.

Canadian Eastern Railway said about 3,200 cars were held in yards in the Montreal area as of Monday, twice the usual number. The railway blamed a shortage of qualified conductors, a wave of retirements, and the late delivery of 40 new locomotives.

Shippers said the delays were costing them customers. "We have vessels waiting at Vancouver and no cars to fill them," said Marc-André Lévesque, logistics director at a Quebec grain cooperative. "Every day a ship waits, somebody pays demurrage, and usually it's us."

The railway's vice-president of operations, Julie Tremblay, told a conference in Montreal on Tuesday that the company was hiring aggressively. ⟦foreign:Nous avons embauché plus de 300 chefs de train depuis janvier, mais il faut neuf mois pour les former et les qualifier sur le réseau.⟧

Canada's Transportation Agency said it had received complaints from several shippers and was monitoring service levels. Under federal law, shippers may ask the agency to order a railway to provide adequate service.

⟦furniture:Follow Harbor & Freight Weekly on LinkedIn  |  Get our Rail & Intermodal newsletter  |  Download the app⟧

The backlog comes during the peak season for grain movement after harvest. The Western Grain Shippers Council said cars delivered to western ports in September were running about 12 percent below plan.

Container traffic on the line has also slowed. Terminal operators at the Port of Montreal said dwell times for import containers waiting for rail had stretched to nine days, compared with a ⟦broken_paragraph:target of

four⟧ days.

The railway said it expected to clear most of the backlog by mid-November, once 80 conductors complete training and the remaining locomotives arrive. It has also moved crews from other regions to Montreal on temporary assignment.

Union officials said the railway had cut too deeply during the pandemic and was now paying for it. "They laid off people with 20 years of experience and now they're surprised there's nobody to run the trains⟦stray:﹗⟧" said Teamsters Canada Rail Conference representative Daniel Côté.

Shippers have asked Ottawa to require railways to report crew levels publicly. The transport minister's office said it would consider the request."""),

("Cascadia Ledger", """Snow closes schools across Spokane area for second day

SPOKANE, Wash. — Schools across the Spokane area were closed Wednesday for a second straight day after a storm dropped up to 14 inches of snow on the region, snarling roads and knocking out power to about 22,000 homes and businesses.

Spokane Public Schools, Central Valley, Mead and several smaller districts announced closures before 5 a.m. Superintendent Dr. Adam Swinyard said buses could not safely reach many neighborhoods on the South Hill and in the foothills.

"We have side streets that have not seen a plow yet," Swinyard said. "We are not going to put a 40-foot bus on a road like that with kids on it."

⟦fragment:With the National Weather Service warning of freezing fog and another three to five inches by Thursday night.⟧

The city of Spokane said all 30 of its plows and graders were working around the clock. Street department director Clint Harris said crews had cleared arterials and bus routes but were only beginning to reach residential streets. The city asked residents to move parked cars off snow routes.

⟦embed:City of Spokane (@spokanecity) — Facebook — 6:02 AM
❄️ PLOW UPDATE: Arterials are open. Residential plowing begins in the North Hill and Logan neighborhoods today. Please move vehicles off the street if you can.
👍 428  😮 31  ·  116 comments  ·  89 shares⟧

Avista Utilities said heavy snow on trees had brought down lines across the region. Crews had restored power to about 30,000 customers by Wednesday morning, but the utility warned some outages in rural areas could last until the weekend.

The Spokane International Airport reported delays and about 20 cancelled flights on Tuesday, but runways were open Wednesday. Interstate 90 was open but traction tires were required over Fourth of July Pass in Idaho.

Warming centers opened at the Spokane Convention Center and at four community centers, and the city's homeless shelters added 150 overnight beds. The Union Gospel Mission said it had sent outreach teams to encampments to bring people indoors.

⟦dup:2⟧

Districts said they would decide by 5 a.m. Thursday whether to reopen. Many have already used their built-in snow days and will have to add school days in June.

Forecasters expect temperatures to drop into the single digits over the weekend, which could turn slush into ice on untreated roads."""),

("Baltic Fisheries Bulletin", """Denmark closes western Baltic cod fishery for small boats

COPENHAGEN — Denmark will close its remaining small-boat cod fishery in the western Baltic from next month, the Danish Fisheries Agency said on Friday, after the boats caught their annual quota of bycatch in just seven months.

The closure affects about 120 vessels under 12 metres that fish mainly for flatfish, and which had been allowed to land small amounts of cod caught accidentally. Once the bycatch quota is used up, they must stop fishing with gear likely to catch cod.

"We understand this is very hard for the coastal fleet, but the cod stock is in a critical state," ⟦attribution:the agency's director, Mette Holm Sørensen, said, said the director⟧. "We have no room to go beyond the quota."

The western Baltic cod stock has collapsed over the past decade, and scientists have advised zero catches since 2022. The EU cut the quota to a bycatch-only allowance of 340 tonnes this year, shared among Denmark, Germany, Sweden and Poland.

Fishermen in ports on Bornholm and southern Zealand said the closure would force many to stop fishing for the rest of the year. Danish Coastal Fishers' Association chair Jens Kristiansen said the association would ask for compensation. "Many of these boats are ⟦glued:family-runand⟧ have no other income," he said.

The agency said it would ⟦break:pay. Compensation⟧ for lost income under an EU fund for fleets affected by closures, but the amounts had not yet been decided.

Scientists say the cod stock has struggled with warming water, low oxygen in deeper basins and poor recruitment of young fish. Seals and cormorants also eat cod, and some fishermen blame the rising seal population for the decline.

German fisheries authorities imposed a similar closure on their small-boat fleet in the summer. Sweden has largely stopped fishing for cod in the area.

Environmental group Ocean Nord said the closure was necessary but came too late. "The warnings have been there for 15 years," said its Baltic campaign manager, Ida Lund.

The Danish government is considering a scheme to buy out fishing licences from coastal fishers who want to leave the industry.

⟦disclaimer:This article has been automatically translated from Danish using machine translation. The original version is the only legally binding text.⟧"""),

("Courthouse Dispatch", """Contractor sues state over cancelled bridge deal

TACOMA, Wash. — A construction firm that lost a contract to replace the Nisqually River bridge on Interstate 5 has sued the state Department of Transportation, claiming the agency cancelled the $214 million deal without cause.

Cascade Span Builders filed the lawsuit Monday in Pierce County Superior Court. The company says the department wrongly declared it in default last spring after months of disputes over design changes, and is seeking at least $37 million in damages.

"The department changed the foundation design three times and then blamed us for the delays," ⟦placeholder:{{quote_speaker_name}}⟧, the company's chief executive, said in a statement. "We will prove it in court."

The department said it had terminated the contract because the company repeatedly missed deadlines and failed to provide required safety plans. Spokesperson Tanya Reilly said the state would "vigorously defend" the case.

The bridge, which carries about 80,000 vehicles a day, was built in 1967 and has been rated in poor condition. Replacing it is part of a larger project to widen I-5 between Tacoma and Lacey and reduce flood risk in the Nisqually delta.

⟦fragment:Leaving the project about 18 months behind schedule and the remaining work to be rebid.⟧

The department awarded a new contract in August to a joint venture led by Olympic Heavy Civil for $238 million, about $24 million more than the original bid. The lawsuit says the state should pay that difference itself rather than seek it from Cascade Span Builders, as its termination notice threatened.

According to the complaint, the department ordered changes to the bridge foundations after new soil testing showed weaker ground than expected near the river. The company says it submitted revised schedules and cost estimates, but the department rejected them and withheld payments totalling about $11 million.

⟦embed:WSDOT Olympic Region @WSDOT_Olympic · 2h
Reminder: overnight lane closures on southbound I-5 near the Nisqually bridge continue this week, 9 p.m.–5 a.m.
🔁 22  ♥ 41⟧

Construction law attorney Diane Fujimoto, who is not involved in the case, said such disputes often come down to who bore the risk of ⟦broken_paragraph:unknown

soil⟧ conditions. "That is usually written into the contract, and the fight is over what the contract really says," she said.

Work on the bridge has resumed under the new contractor, and the department expects it to be finished in 2028. A trial date has not been set."""),

("Harbor & Freight Weekly", """German yard wins order for two hybrid ferries for Baltic route

HAMBURG — German shipbuilder Nordwerft Kiel has won an order to build two battery-hybrid passenger ferries for a Baltic route between Germany and Denmark, the company said on Thursday, its largest contract since it emerged from insolvency four years ago.

The ferries, ordered by Danish operator Sund Linjen, will each carry 600 passengers and 150 cars and will be able to cross the 18-kilometre route on battery power alone. Diesel generators will be used only as backup and for longer repositioning voyages.

Financial terms were not disclosed, but industry sources put the value at about 190 million euros. Delivery is scheduled for 2027 and 2028.

Nordwerft chief executive Holger Brandt said the order would secure about 800 jobs at the Kiel yard for three years. At a ceremony with workers, he said: ⟦foreign:Dieser Auftrag zeigt, dass Schiffbau in Deutschland eine Zukunft hat, wenn wir auf grüne Technologie setzen.⟧

Sund Linjen chief executive Anders Vinther said the company chose Nordwerft because of its experience with battery systems and because the yard ⟦break:offered. Earlier⟧ delivery than Asian competitors. "We need these ships on the route by 2027 to meet our climate commitments," he said.

European shipyards have lost much of the market for large merchant ships to China and South Korea, but remain competitive in complex vessels such as cruise ships, ferries and research ships.

⟦furniture:Harbor & Freight Weekly › Shipbuilding › Europe⟧

The German government has offered support for green shipbuilding, and the Kiel order was backed by export credit guarantees, the company said. Nordwerft had nearly closed in 2020 after losing its main customer, a cruise line.

The new ferries will charge at both ends of the route using automated plug-in systems that connect when the ship docks. Charging infrastructure at the two ports will cost about 35 million euros and is partly funded by the EU.

⟦dup:1⟧

Maritime unions welcomed the order but said Germany needed a broader strategy to keep shipbuilding alive. "One order is good news. We need ten⟦stray: ;⟧" said IG Metall coastal district official Susanne Kroll.

Battery-powered ferries have spread quickly in Norway and Denmark, where short routes and cheap hydropower make them attractive. More than 80 battery or hybrid ferries now operate in Norway alone."""),
]
