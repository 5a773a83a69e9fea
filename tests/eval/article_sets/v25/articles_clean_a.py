ARTICLES = [
("Fraser Harbour Courier", """Ferry booking app crashes on long weekend, stranding hundreds at Tsawwassen

TSAWWASSEN, B.C. — Hundreds of travellers were left in lineups at the Tsawwassen terminal on Friday after the reservation app used by BC Ferries went offline for nearly four hours, just as the Thanksgiving long weekend rush began.

The outage hit both the iPhone and Android versions of the app, along with the booking pages on the company's website, from about 1:50 p.m. until 5:40 p.m. Drivers who had paid for reservations on the 3 p.m. and 5 p.m. sailings to Swartz Bay could not pull up their QR codes at the tollbooths.

"I had the confirmation email, the screenshot, everything," said Mandeep Gill, who was travelling to Victoria with his two kids and a dog. "The booth attendant was great. The system wasn't."

BC Ferries spokesperson Deborah Marchetti said staff switched to manual checks at 2:15 p.m. and honoured all reservations shown on paper or as screenshots. Two extra sailings were added, at 8:15 p.m. and 10:30 p.m., and the last vehicles cleared the terminal just after midnight.

The cause was a failure at a third-party cloud provider, Marchetti said. "We're reviewing with the vendor how this happened and what redundancy we need. It shouldn't happen on any weekend. Especially not this one."

Not everyone was upset. Glenda O'Rourke, a retired teacher from Ladner, said she had spent the wait browsing eBay on her phone and chatting with the family in the next car. "I've waited longer for a table at McDonald's," she said, laughing.

The corporation carried about 1.2 million passengers over last year's Thanksgiving weekend. It says about 60 per cent of vehicles on the major routes now travel with a reservation, up from 35 per cent before the pandemic.

Travellers who missed a reserved sailing because of the outage can request a refund of the booking fee through the customer care line, the company said.

Correction: An earlier version of this story misstated the time the app came back online. It was 5:40 p.m., not 4:40 p.m. The Courier regrets the error.
"""),

("Southern Cross Sports Desk", """Fremantle Harbour FC stun leaders with late double in Perth derby

PERTH — Fremantle Harbour FC scored twice in the last eight minutes to beat ladder leaders Perth City 3-2 at a sold-out Dockside Oval on Saturday night, reviving their hopes of a finals berth.

Trailing 2-1 with time running out, Fremantle equalised in the 82nd minute when substitute Kai Mbeki headed in a corner from captain Liam O'Shaughnessy. Four minutes later, Mbeki turned provider, cutting the ball back for 19-year-old Zac Petrakis to sweep home the winner.

"Three weeks ago people were writing us off," said coach Ange Kostovski. "Not anymore."

Perth City had looked in control after goals from Daniel Yeo (23') and Rafael Mendes (57') either side of a Fremantle penalty, converted by O'Shaughnessy just before half-time. City's keeper, Tom Haig, made six saves.

City coach Bruno Salerno was blunt. "We stopped playing. Simple as that. At this level you get punished."

Results, Round 19:
Fremantle Harbour 3 (O'Shaughnessy pen 44', Mbeki 82', Petrakis 86') Perth City 2 (Yeo 23', Mendes 57')
Joondalup United 1, Rockingham Mariners 1
Swan Valley 0, Bunbury Port 2
Stirling Lions 4, Mandurah Sharks 0

Top of the table:
1. Perth City, 41 pts
2. Stirling Lions, 38
3. Bunbury Port, 35
4. Fremantle Harbour, 33

The crowd of 7,412 was a ground record. Many supporters arrived straight from work on the wharf; Fremantle's squad still includes two part-time players who drive straddle carriers at the North Quay container terminal.

"Half my shift was here tonight," said stevedore and season-ticket holder Marco Bellini, 54, still wearing a high-vis vest. "Worth every cent of the overtime I gave up."

Fremantle travel to Bunbury next Saturday. A win would lift them into the top three with three rounds left.
"""),

("Pacific Freight Review", """Q&A: Prince Rupert's new port chief on rail, rivals and reconciliation

PRINCE RUPERT, B.C. — Helena Ng-Bradford took over as president and CEO of the Prince Rupert Port Authority in January after 14 years running terminals in Rotterdam and Busan. She spoke with the Review at the port's offices overlooking the Fairview Container Terminal. The interview has been edited for length.

Q: You've been in the job six weeks. First impressions?
A: Fast. Everything here moves fast, except the trains when there's snow in the Skeena.

Q: Is rail the biggest risk to the port?
A: Yes. One line, one railway. That's the reality.

Q: Will you push for a second line?
A: I'll push for resilience. That might mean a second line. It might mean more storage so a three-day closure doesn't become a three-week backlog.

Q: Vancouver says it has more capacity coming at Roberts Bank. Is that a threat?
A: No. It's competition. Shippers like having two West Coast gateways, and we're two days closer to Asia.

Q: Two days? Really?
A: Roughly. On a Shanghai rotation, yes.

Q: What about the Lax Kw'alaams and Metlakatla agreements?
A: They're partnerships, not permissions. The nations are owners in several projects here, and that's the model going forward.

Q: Container volumes fell last year. Why?
A: Two services left, one came back. We were at 1.1 million TEU. We'll be higher this year.

Q: How much higher?
A: I'm not going to give you a number. Ask me in December.

Q: What surprised you most about Prince Rupert?
A: The rain. And how many people here have worked at the port their whole lives, their parents too. You don't see that in Rotterdam anymore.

Q: Do you miss Europe?
A: The bread. Not much else.

Ng-Bradford will deliver the keynote at the Northwest Trade Gateway conference in Terrace on April 22.
"""),

("The Granville Review", """Shanty night at the Steveston cannery draws a crowd of a thousand

RICHMOND, B.C. — The old canning line at the Gulf of Georgia Cannery has not packed a tin of salmon since 1979, but on Friday night it shook with the sound of about 1,000 people singing sea shanties, many of them learned from TikTok.

The event, now in its fourth year, was organized by the Richmond Maritime Singers, a group of 40 amateur singers whose youngest member is 16 and oldest 88. Organizer Ruth Penhaligon, a retired ship's cook born in Cornwall, said the crowd had tripled since the first shanty night in 2022.

"We had a tiny audience that first year. Then the shanty craze hit, and suddenly every teenager in Richmond knew 'Wellerman,'" she said. "We'll take it."

The highlight was a song written by a local gillnetter, Bruce Kawamoto, about the 1990s salmon crisis. The chorus had the whole room joining in by the third verse:

Oh, the river's low and the price is lower,
And the boat's still owed to the bank,
But we'll fish the Fraser one more season,
Till she's riding high on the plank.

Kawamoto, 71, who still fishes a small gillnetter out of Steveston, said he wrote the song on the back of a fuel receipt in 1997. "Worst year of my life, fishing-wise. Best song I ever wrote," he said.

Other songs ranged from the traditional "Haul Away Joe" to a Punjabi-language boat song led by Harpreet Sandhu, a deckhand on a seine boat, and her father, Gurdev. The audience clapped in time, then fell silent for the last verse, sung slowly.

Proceeds from the $15 tickets, about $14,800, went to the cannery's education program. Site manager Daniel Cheung said the program brings about 9,000 schoolchildren a year to learn about the fishing and canning industry.

"People hear 'museum' and think quiet," Cheung said. "Tonight was loud. Good loud."

The next shanty night is planned for June 13, during the Steveston Salmon Festival week.
"""),

("Island Law Bulletin", """Appeal court upholds Indigenous right to sell clams, orders talks on limits

VICTORIA — The B.C. Court of Appeal has upheld a lower-court ruling that the K'ómoks Nation has an Aboriginal right to harvest and sell butter clams and littleneck clams in Baynes Sound, but sent the question of how that right is regulated back to the nation and the federal government for negotiation.

In a unanimous decision, R. v. Mitchell-Hanuse, 2025 BCCA 211, the three-judge panel rejected the Crown's argument that the trial judge had wrongly relied on oral history evidence to find that clam trading was integral to K'ómoks society before contact with Europeans.

"The trial judge was entitled to weigh the oral histories alongside the archaeological evidence of clam gardens in the sound, and she did so carefully," Justice Patricia Lo wrote for the court. The judgment cites R. v. Van der Peet, [1996] 2 S.C.R. 507, and Ahousaht Indian Band and Nation v. Canada (Attorney General), 2021 BCCA 155, as governing the test for commercial rights.

The case began in 2019 when three K'ómoks harvesters were charged under s. 56 of the Fishery (General) Regulations and s. 7 of the Pacific Fishery Regulations, 1993, for selling clams without a commercial licence. The charges were stayed after the trial judge found the Aboriginal right existed and that the federal licensing scheme infringed it without justification.

Key points of the ruling:
- The right to sell clams is affirmed under s. 35(1) of the Constitution Act, 1982.
- Canada must justify any limit on the right through consultation and evidence.
- The parties have 18 months to negotiate a management regime.

K'ómoks Chief Councillor Nadine Sampson said the nation was "relieved and proud." "Our grandmothers traded clams up and down this coast. Now a court has said what we always knew," she said.

A spokesperson for Fisheries and Oceans Canada said the department was reviewing the decision and was committed to negotiations. The B.C. Shellfish Growers Association, whose members farm oysters and clams on tenures in Baynes Sound, said it hoped any agreement would protect existing leases.

The Crown has 60 days to seek leave to appeal to the Supreme Court of Canada.
"""),

("Straits Maritime Journal", """Johor fishermen win deal on shipping lane buffer near Tanjung Pelepas

JOHOR BAHRU — Fishermen in the villages around Tanjung Pelepas port have won an agreement setting a 500-metre buffer zone between their traditional fishing grounds and the approach channel to the port, ending a dispute that had simmered for more than five years.

The agreement, signed on Tuesday by the Johor Port Authority, the port operator and the Gelang Patah Fishermen's Association, also sets up a compensation fund of RM4.2 million for damaged nets and traps.

Association chairman Haji Othman Kassim, 63, who has fished the waters off Tanjung Kupang for more than 40 years, was visibly emotional after the signing. "Kami sudah lama menunggu hari ini. Akhirnya suara nelayan kecil didengar," he said. "We have waited a long time for this day. Finally the voice of small fishermen has been heard."

Tanjung Pelepas, or PTP, handled 12.3 million twenty-foot equivalent units (TEU) last year, making it one of the 20 busiest container ports in the world. Its approach channel runs through the western mouth of the Johor Strait, close to seagrass beds that support crab, prawn and dugong.

Port authority general manager Capt. Mohd Fadzil Ramli said pilots and tug masters would be briefed on the new zone, which will be marked with four lit buoys. "Safety for ships and safety for small boats go together," he said. "Most incidents happen when people don't know where the lines are."

Environmental group Sahabat Alam Johor welcomed the buffer but said it should be extended to cover the Merambong seagrass meadow, among the largest in Peninsular Malaysia.

Fisherman Roslan Abu Bakar, 38, said nets had been dragged away by passing ships at least three times in the past year. "Each net is RM1,500," he said. "For us, that is a month of work gone in one night."

Under the deal, fishermen who lose equipment because of port traffic will be able to claim compensation within 30 days through the association. Claims will be reviewed by a joint committee that meets monthly in Gelang Patah.
"""),

("Penang Evening Post", """Online campaign pushes for return of Penang's heritage ferries

GEORGE TOWN — A social media campaign calling for the return of Penang's old double-deck car ferries has gathered more than 38,000 signatures, after the last of the vessels was retired in 2020 and replaced by smaller fast passenger boats.

The campaign, launched by a group of George Town residents under the hashtag #BringBackTheFerry, has spread on Instagram and Facebook, with users posting photographs of family trips across the channel to Butterworth. Its organisers also run the account @PenangFerryStories on X, where they post old timetables and ticket stubs.

"For three generations, that ferry was how Penang met the mainland," said campaign founder Aileen Khoo, 41, a primary school teacher. "Everybody has a story. First date, first job, first time seeing the sea."

The car ferries, which ran between Pengkalan Raja Tun Uda in George Town and Butterworth for almost a century, were retired because of age and rising maintenance costs. Penang Port Sdn Bhd now runs four 200-passenger catamarans on the route, and car drivers use the Penang Bridge or the Sultan Abdul Halim Muadzam Shah Bridge.

A spokesman for Penang Port said the company understood the nostalgia but that running a car ferry was no longer commercially viable. "We are open to a heritage vessel for tourism, if a partner can be found," he said. One of the old ferries, the Pulau Undan, has been converted into a floating museum at Butterworth.

State tourism executive councillor Lau Chee Meng said the state government had asked consultants to study a tourist ferry service with a restored vintage vessel. "Penang people are sentimental. So am I," he said.

Not everyone is convinced. Commuter Kumar Selvaraj, 55, who works in Butterworth, said the catamarans were faster and more comfortable. "Twelve minutes, air-conditioned. Why would I want the old one back?"

Campaigners plan to present their petition to the state assembly next month. They are also collecting memories for a book, with submissions accepted at ferrystories.penang@gmail.com until June.
"""),

("Coral Coast Business Daily", """Five things to know about the Townsville port channel upgrade

TOWNSVILLE, Qld — The Port of Townsville's $251 million channel upgrade is finished, six months late and $19 million over budget. The project widens the main shipping channel so larger container ships, car carriers and cruise ships can reach the port. Here is what it means.

1. Bigger ships. The channel has been widened from 92 metres to 180 metres at the harbour entrance, allowing ships up to 300 metres long to enter. The previous limit was 238 metres.

2. Cheaper freight, maybe. Port chief executive Rhiannon Ebert said larger ships could cut shipping costs for North Queensland businesses by 10 to 15 per cent. "That's the theory. Shipping lines decide whether to pass it on," she said.

3. The reef. About 3.6 million cubic metres of dredged material was placed on land in the port's reclamation area rather than dumped at sea, under rules introduced to protect the Great Barrier Reef. Environmental groups said monitoring had shown no significant sediment plumes on nearby reefs.

4. Cruise ships. The port expects 42 cruise visits next season, up from 17. Local businesses on Flinders Street are hoping for a boost. "We've had quiet years. A ship with 4,000 passengers is a good day for everyone," said Sam Patel, who owns a café and gift shop near The Strand.

5. Jobs. About 300 people worked on the dredging and wharf works at peak. Ongoing port jobs are expected to increase by about 60 as trade grows.

The port handled 8.3 million tonnes of trade last financial year, including minerals from Mount Isa, sugar, cattle and fertiliser. Its largest new customers include a battery materials refinery planned for the Lansdown industrial estate.

Major retailers such as Bunnings and McDonald's franchisees in the region say freight costs have been a long-running complaint, while small online sellers who ship through eBay and Amazon say postage to North Queensland remains among the highest in the country.

The Maritime Union of Australia's Queensland branch said it would seek to ensure new jobs were permanent rather than casual.
"""),

("The Harbourfront Ledger", """Obituary: Joan MacAskill, 1931–2025, lighthouse keeper's daughter who kept the log for 40 years

Joan MacAskill was born at the Point Atkinson lighthouse in West Vancouver in 1931, the second of four children of keeper Angus MacAskill and his wife, Flora. She died on March 2 in North Vancouver. She was 93.

Her nephew, Hugh MacAskill, confirmed the death.

A childhood by the light

The lighthouse was her playground. She learned to trim wicks by the age of eight, and by 12 she was recording weather observations in the station log at 6 a.m. and 6 p.m., a task she kept up, on and off, for four decades.

"She knew every ship that passed by its silhouette," her nephew said. "Freighters, tugs, the CPR boats. She'd write them down in pencil, time and direction."

War years

During the Second World War, when the station was part of the coastal defence of Vancouver harbour, Miss MacAskill helped her father log ships entering First Narrows for the navy. She never spoke much about it. Secret work. Long nights.

A teacher, then a keeper

After training at the Provincial Normal School, she taught Grade 3 in Horseshoe Bay for 31 years. When her father retired in 1966, she spent summers relieving keepers at Point Atkinson, Ballenas Island and Merry Island. Few women held such posts at the time.

"She hated when people called her a lighthouse lady," said former student Dorothy Fung, now 81. "She was a keeper. Full stop."

Later life

In retirement, she campaigned against the automation of B.C. lighthouses, arguing that keepers saved lives by watching the water. The federal government de-staffed Point Atkinson in 1996. She called it "a quiet scandal."

She never married. She is survived by nine nieces and nephews and many former students.

A memorial will be held at Lighthouse Park on April 5 at 11 a.m. Those attending are asked to bring a flashlight.
"""),

("Tasman Science Weekly", """eDNA sampling finds endangered handfish in new Derwent estuary sites

HOBART — Traces of DNA shed into seawater have revealed that the critically endangered spotted handfish lives at four sites in the Derwent estuary where it had not been recorded for more than 20 years, a team from CSIRO and the University of Tasmania has reported.

The researchers collected 312 one-litre water samples from 48 locations between Taroona and the Tasman Bridge and analysed them for environmental DNA (eDNA), genetic material left behind by fish in mucus, scales and waste. The study is published in the journal Marine Ecology Progress Series (MEPS).

Lead author Dr Keiko Armstrong said eDNA was a game-changer for species that are hard to see. "Handfish are the size of your palm, they sit on the seafloor, and they're brown. Divers can swim right past them," she said. "The water doesn't lie."

The spotted handfish (Brachionichthys hirsutus) walks along the seabed on its hand-like fins rather than swimming. Its population collapsed in the 1980s and 1990s, partly because of the invasive northern Pacific seastar, which eats handfish eggs. It was the first marine fish listed as critically endangered under Australia's EPBC Act.

Key numbers from the study:
• 4 new sites with handfish DNA
• 9 known sites confirmed
• 2 sites where handfish were not detected despite earlier sightings

The team used qPCR, a technique that amplifies and measures specific DNA sequences, with a marker designed to be handfish-specific. Controls ruled out contamination from laboratory samples and from fish markets near the wharf.

Divers from the handfish recovery team confirmed one of the new sites, off Sandy Bay, with a sighting of two adults in February. "That was a great day. Cold, murky, brilliant," said volunteer diver Tom Kozlowski.

CSIRO said the method could be used to monitor seagrass-dependent species along the east coast at a fraction of the cost of dive surveys, about $40 a sample compared with thousands of dollars a day for a dive team.

The researchers plan to repeat sampling in winter, when handfish are thought to move to deeper water.
"""),

("Northstar Press Agency", """Union, employers reach tentative deal ending Montreal port lockout

MONTREAL (NPA) — Longshore workers and employers at the Port of Montreal reached a tentative agreement late Sunday that will end a 12-day lockout and allow container terminals to reopen as early as Tuesday, the federal labour minister said.

The deal, reached with the help of federal mediators, covers about 1,200 members of CUPE Local 375 and the Maritime Employers Association (MEA). Details were not released and the agreement must be ratified by members.

"This is a good deal for the workers, for the employers and for the Canadian economy," Labour Minister Anita Dufresne told reporters in Ottawa. "I want to thank the negotiators who worked through the weekend."

The lockout, which began Oct. 28, halted operations at the port's container terminals, which handle about 1.7 million twenty-foot equivalent units (TEU) a year and serve importers and exporters across Quebec, Ontario and the U.S. Midwest. More than 40 ships were diverted to Halifax, Saint John and New York, according to the Montreal Port Authority.

Local president Sylvain Gagnon-Roy said the main issues had been scheduling and the balance between work and family life. "Our members wanted to see their kids on weekends. That was the heart of it," he said.

MEA president Patrice Lemieux said employers were satisfied. "We have a framework that gives the port stability for the next six years," he said.

Businesses hit by the shutdown welcomed the news. The Canadian Federation of Independent Business (CFIB) said it had received hundreds of calls from small firms waiting for parts and stock. "A furniture store in Laval doesn't have a Plan B," said CFIB Quebec vice-president Diane Lachance.

Trucking firms said it could take weeks to clear the backlog. Marc-André Girard, dispatcher at a Boucherville trucking company, said his drivers were ready. "We'll run 24 hours if we have to," he said.

The port authority said terminal operators would give priority to refrigerated containers and to ships already at anchor in the St. Lawrence.
"""),

("Cape Breton Tides", """Chéticamp snow crab plant reopens after fire, saving 180 jobs

CHÉTICAMP, N.S. — A snow crab processing plant destroyed by fire last year reopened on Monday in this Acadian fishing village, bringing back about 180 seasonal jobs in time for the spring season.

The Coopérative des pêcheurs de Chéticamp spent $14.6 million rebuilding the plant on the harbour, with $5 million in federal and provincial loans. The new building has a larger cooking line, blast freezers and a wastewater treatment system.

At the opening ceremony, co-op president Rosaire Poirier thanked the workers who had waited a year without knowing if the plant would come back. "On a pleuré quand ça a brûlé. Aujourd'hui, on peut sourire," he said. "We cried when it burned. Today, we can smile."

The fire broke out in March 2024 in an electrical room and spread through the wooden roof. No one was injured, but the plant was a total loss. During the 2024 season, crab landed at Chéticamp was trucked to plants in Pictou and New Brunswick.

Line worker Monique LeBlanc, 59, who has worked at the plant for 34 seasons, said the past year had been hard. "Some of the younger ones left for Alberta. I hope they come back," she said. "This is good work, and it's home."

Crab fisher Alphonse Deveau said having a plant in the village saved fishers time and money. "When we had to truck to Pictou, the crab sat in the truck three hours. Now it's ten minutes from the wharf to the cooker," he said.

The Gulf of St. Lawrence snow crab fishery is one of the most valuable in Atlantic Canada, with a total allowable catch of about 34,000 tonnes this year. Most of the crab is exported to the United States and Japan.

Inverness County Warden Laurie MacIsaac said the plant was the largest private employer in the area. "Without it, Chéticamp would be a different place," she said.

The co-op expects the first crab to arrive at the plant on Thursday.
"""),

("Kootenay Valley Sentinel", """Sternwheeler restoration crew hits a milestone: the paddlewheel turns

KASLO — For the first time since 1957, the paddlewheel of the SS Moyie turned on Saturday, powered not by steam but by a crew of 14 volunteers pushing on timber levers while about 200 people cheered from the shore of Kootenay Lake.

The Moyie, a 49-metre sternwheeler built by the Canadian Pacific Railway in 1898, carried passengers and freight on Kootenay Lake for nearly 60 years before being retired and hauled onto land in Kaslo as a museum. It is the oldest intact passenger sternwheeler in the world, according to the Kootenay Lake Historical Society.

Restoration lead Ernie Lawrence, 72, a retired millwright, said the volunteers had spent three winters replacing rotten buckets and bearings on the wheel. "We didn't know if it would move. It did. Slowly, and with some creaking," he said. "Like all of us."

Caption: Volunteers lean on timber levers to turn the SS Moyie's paddlewheel in Kaslo on Saturday. The wheel last turned under power in 1957.

The project, budgeted at $480,000, has been funded by grants from Parks Canada's National Historic Sites Cost-Sharing Program, the Columbia Basin Trust and about 900 individual donors. The historical society's manager, Marion Tedesco, said a new roof for the upper deck would be next.

"People think of heritage as a glass case," Tedesco said. "The Moyie is a working ship that happens to be on land. We want people to feel how it worked."

Among the crowd was Norma Trasolini, 94, who rode the Moyie to school in Nelson as a girl in the 1940s. "The captain let us ring the bell if we were good," she said. "I was not always good."

Caption: Norma Trasolini, 94, rode the Moyie as a schoolgirl. She returned on Saturday to watch the wheel turn.

Visitors can tour the ship from May to October. Admission is $15 for adults and free for children under 12.

The society plans a public lecture on the ship's history at the Langham Cultural Centre on June 7.
"""),
]
