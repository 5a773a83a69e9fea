ARTICLES = [

("Coastal Times", """Mombasa poet's debut collection finds its voice in the ferry queue

MOMBASA - For six years, Zuhura Athman wrote poems on the Likoni ferry. Twice a day, squeezed between hawkers, schoolchildren and office workers, she filled cheap exercise books with what she saw and heard.

Those poems have now become Salt on the Ramp, her first collection, published this month by a small press in Nairobi. The first print run of 1,000 copies sold out in three weeks.

Athman, 29, works as a receptionist at a hotel on the north coast. She said she never planned to be a poet. "I was bored on the ferry. My phone had no data. So I wrote," she said.

The title poem describes the crowd waiting for the ferry at dawn:

We stand like cargo on the ramp,
the sea breathing diesel in our faces,
a mama with a basket of mangoes on her head
counting the minutes like coins.

Literature lecturer Dr Khamis Said, who teaches at a university in Mombasa, said the collection showed a new generation of coastal writers moving away from the traditional forms of Swahili verse while keeping their rhythm. "She writes in English, but you can hear the taarab in her lines," he said.

Some poems are in Swahili, printed alongside English versions Athman wrote herself. One, about her grandmother, ends with the lines "Bibi alinifundisha kusubiri. / Bahari ilinifundisha kuondoka." In the English version: "Grandmother taught me to wait. / The sea taught me to leave."

Her publisher, Wairimu Gachanja, said poetry rarely sold well in Kenya but this book was different. "People buy it for their mothers, their friends, their colleagues. Ferry people buy it because they see themselves in it," she said.

At a reading at a bookshop on Moi Avenue on Saturday, about 80 people squeezed between the shelves. Some had come straight from the ferry.

Athman still takes the ferry to work. Still writes on it, too. "The ferry gave me the book," she said. "I cannot leave it now." """),

("Kivu Health Monitor", """Measles review calls for cold boxes, motorbikes and paid vaccinators in North Kivu

GOMA - A review of last year's measles outbreak in North Kivu province has found that many children missed vaccination because vaccines spoiled in the heat, vaccinators went unpaid and teams could not reach villages cut off by fighting.

The review, carried out by the provincial health division with support from UNICEF and two medical charities, looked at the outbreak that infected more than 9,000 children and killed 112 between March and November.

It found that only 58 per cent of children under five in the worst-hit health zones had received a first dose of measles vaccine, well below the 95 per cent needed to stop the disease spreading.

The review makes seven recommendations:

1. Supply every health centre with solar-powered refrigerators and enough cold boxes for outreach.
2. Pay community vaccinators on time, by mobile money, within two weeks of each campaign.
3. Provide motorbikes for outreach teams in the most remote zones.
4. Negotiate safe access with local leaders before campaigns in areas affected by conflict.
5. Vaccinate children in displacement camps within a week of their arrival.
6. Train nurses to report suspected cases by text message within 24 hours.
7. Hold a catch-up campaign for children aged up to nine years before the next rainy season.

Provincial health chief Dr Pierre Kambale said the division accepted all the recommendations. "The findings are hard to read, but they are true. We lost children we could have saved," he said.

Nurse Bernadette Kahambu, who runs a health centre in Rutshuru territory, said vaccines delivered to her centre were often warm on arrival. "The driver comes on a motorbike with the box in the sun. By the time he arrives, you do not know if the vaccine still works," she said.

Vaccinator Josué Paluku said he had not been paid for his work in two campaigns last year. "We walk for hours, we sleep in villages. Then nobody pays. Next time, who will go?" he said.

The health division said a catch-up campaign would begin in September, subject to funding."""),

("Reef & Rock Mining Review", """Bushveld PGM producer trims guidance as Q3 output falls 8%

JOHANNESBURG - Marula Ridge Platinum Ltd (JSE: MRP) cut its full-year production guidance on Thursday after third-quarter output of platinum group metals fell 8% year on year, hit by a shaft closure and power interruptions.

The company produced 142,000 6E ounces in the three months to September, compared with 154,000 oz a year earlier. It now expects full-year output of 560,000-580,000 oz, down from 600,000-620,000 oz.

All-in sustaining costs (AISC) rose to R21,400 per 6E oz, from R19,850, mainly because of lower volumes and higher diesel and labour costs.

CEO Dr M.J. Mokoena said the closure of the No. 3 shaft at the Marula Ridge West operation in July had been planned, but power cuts in August were not. "We lost about 9,000 ounces to load curtailment in six weeks. That's not something we can mine our way around," he said.

Mill head grades averaged 3.4 g/t, slightly below plan, and recoveries were steady at 86%.

The company said it would defer about R600 million of capital spending on a new decline at its Eastern Limb project, pending a review in the first quarter of 2025.

CFO Anri van der Merwe said the group's net cash position of R2.1bn gave it room to manage the downturn. "We are not in trouble. We are being careful," she said.

Platinum prices have been weak this year, at around US$950/oz, while palladium has fallen sharply as demand from car makers slows. Rhodium, once a large contributor to earnings, trades at a fraction of its 2021 peak.

The National Union of Mineworkers (NUM) said it had been told that the shaft closure would not lead to retrenchments. Branch secretary Lucky Maluleke said about 1,100 workers had been moved to other shafts. "So far, so good. We are watching," he said.

Analyst Thabo Ndlovu of a Sandton-based investment bank said the guidance cut was smaller than some had feared. "The market expected worse. The balance sheet is strong, and management is not chasing ounces at any price," he said.

Marula Ridge shares closed 2.3% higher at R48.60."""),

("Touchline Africa", """Lungu double takes Kitwe Rovers past Nkana Blades in Copperbelt derby

Kitwe Rovers 3 Nkana Blades 1
(Lungu 12', 67'; Chisenga 90+2' pen - Mwila 38')

KITWE - Kitwe Rovers beat neighbours Nkana Blades 3-1 at Arthur Davies Stadium on Saturday, with striker Peter Lungu scoring twice to move his side into third place in the Zambian Super League.

Lungu, 20, a younger cousin of the former Rovers forward Mathews Lungu, opened the scoring after 12 minutes, running on to a long ball from midfielder Aaron Zulu and shooting low across the goalkeeper.

Nkana Blades equalised seven minutes before half-time. Full-back Kelvin Mwila cut in from the left and hit a shot from 20 metres that took a deflection and looped over Rovers goalkeeper Francis Mumba.

The second half belonged to Rovers. Lungu restored their lead midway through the half with a header from a corner, and substitute Evans Chisenga made the result safe from the penalty spot in stoppage time after he had been tripped in the area.

Rovers coach Moses Sichone said he had told Lungu to keep his head up after a quiet start to the season. "Young strikers go up and down. Today he went up. Two goals. Man of the match. Well deserved," he said.

Nkana Blades coach Boniface Kaunda said his side had been poor after the break. "First half, even. Second half, we disappeared. I don't know where we went," he said.

About 14,000 spectators watched the match. Police said there were no arrests.

Elsewhere on Saturday:
Lusaka City Rangers 0 Kabwe Warriors 0
Ndola United 2 Mufulira Wanderers 1
Chingola Stars 1 Solwezi Miners 3

Mumba, the Rovers goalkeeper, said the deflected goal had been unlucky. "The ball changed direction in the air. I was already going the other way. Football," he said.

Rovers are now on 31 points from 18 matches, four points behind the leaders, Lusaka City Rangers. They travel to Solwezi next weekend to play Solwezi Miners, who have won four of their last five at home."""),

("Mozambique Channel Wire", """Obituary: Ernesto Cossa, Maputo printer who kept the presses running through war, 1939-2024

MAPUTO (MCW) - Ernesto Cossa, who ran a small printing works in Maputo's Alto Maé district for more than half a century and printed school books, church bulletins and football programmes through independence, civil war and peace, has died. He was 85.

His granddaughter Lurdes said he died at home on 12 May, surrounded by family. He was buried at Lhanguene cemetery on Wednesday.

Cossa was born in Inhambane province in 1939 and moved to what was then Lourenço Marques at 14 to work as an apprentice typesetter. He set lead type by hand for years before buying a second-hand press in 1968.

After independence in 1975, paper shortages almost closed the business. He printed on whatever he could find, including the backs of old government forms. "Se não havia papel, imprimíamos nas costas da história," he told a local radio station in 2015. ("If there was no paper, we printed on the back of history.")

During the civil war, his works printed exercise books for schools in the capital when supplies from outside could not get through. Former teacher Alice Manhiça, 74, remembered collecting boxes of books from his shop. "Without him, many children in this city would have written on slates," she said.

He was strict about spelling. Staff recalled him checking every proof with a magnifying glass and a red pencil. Compositor Joaquim Tembe, who worked for him for 30 years, said he once stopped a print run of 5,000 programmes for a single wrong letter. "He said, 'A printer's name is on every page, even if nobody sees it,'" Tembe said.

In later years his sons moved the business to digital printing, but Cossa kept his first press in a corner of the workshop and oiled it every Friday.

He is survived by four children, eleven grandchildren and two great-grandchildren. His wife, Rosa, died in 2011.

Cossa Gráfica will close for a week of mourning and reopen on 27 May."""),

("Gauteng Courts Bulletin", """Labour Court orders logistics firm to reinstate 43 dismissed warehouse workers

JOHANNESBURG - The Labour Court has ordered a Germiston logistics company to reinstate 43 warehouse workers it dismissed after a protected strike in 2021, finding that the dismissals were automatically unfair.

In Food and Allied Workers Union obo Mokoena and 42 Others v Eastrand Cold Chain (Pty) Ltd [2024] ZALCJHB 212, Judge Nandi Mthembu held that the company had dismissed the workers for taking part in a strike that complied with the Labour Relations Act 66 of 1995.

The workers downed tools in August 2021 after wage talks deadlocked. The company dismissed them three weeks later, saying they had intimidated non-striking staff and damaged trucks.

The court found that the company had produced no reliable evidence linking any of the 43 workers to violence. "A strike that is protected does not lose that protection because some unknown persons misbehave on the picket line," Mthembu J said.

Under section 187(1)(a) of the Act, a dismissal is automatically unfair if the reason is that the employee took part in a protected strike. The court ordered reinstatement with effect from the date of dismissal, and back pay limited to 24 months.

The union's regional secretary, Thulani Dlamini, said members had waited almost three years for the judgment. "Some lost their houses. Some went back to the Eastern Cape. Today they have their jobs back," he said.

Forklift driver Johannes Mokoena, 44, the first named applicant, said he had survived by doing piece jobs. "I washed cars, I painted houses. I never stopped believing we were right," he said.

Counsel for the company, Adv. P.J. Steyn SC, had argued that reinstatement was not practicable because the positions had been filled. The court rejected the argument, noting that the company had since expanded its warehouse.

The company said it was considering an application for leave to appeal.

The judgment follows a line of cases, including decisions of the Labour Appeal Court, in which employers have been required to produce specific evidence against individual strikers before dismissing them for misconduct."""),

("Savanna Science News", """Hotter nights slow honey production in Kenyan highland hives, study finds

Honey bee colonies in Kenya's central highlands produce less honey after unusually warm nights, according to a study that tracked 120 hives over three years.

The researchers, from a university in Nyeri and an international insect science centre in Nairobi, fitted hives with scales and temperature sensors in Nyeri, Murang'a and Kirinyaga counties. The bees were the local African honey bee, Apis mellifera scutellata.

They found that for every 1 degree Celsius rise in the average night-time temperature, daily weight gain of hives during the main flowering season fell by about 7 per cent (p < 0.01). Daytime temperatures had a weaker effect.

"We expected heat during the day to matter more. It was the nights," said lead author Dr Gladys Wambui. "Our guess is that warm nights change how flowers produce nectar, or how bees spend their energy keeping the brood cool."

The findings were published this month in a journal on apiculture research (Wambui et al., 2024). The study also found that hives under trees did better than those in open fields, a result that matches earlier work in Ethiopia and Tanzania.

Honey is an important income for smallholder farmers in the highlands, many of whom keep a few hives alongside coffee, tea or dairy cattle.

Beekeeper John Maina, who has 35 hives near Othaya, said he had noticed the change. "Ten years ago, one hive gave me twenty kilos in the long rains. Now maybe twelve, fifteen," he said.

Co-author Prof. Samuel Kipkorir said the team wanted to test whether planting shade trees and flowering hedges near hives could reduce losses. "Beekeepers cannot change the weather. But they can change where the hives sit," he said.

The researchers cautioned that three years was a short period and that more data was needed to separate the effect of temperature from that of rainfall and land use.

Other factors also affect colonies, including pesticide use on nearby farms, the loss of forest edges and pests such as the varroa mite, which has spread in Kenya over the past two decades."""),

("Lakeside Business Daily", """Kampala fintech KampalaPay doubles users as TikTok sellers go cashless

KAMPALA - KampalaPay Ltd (USE: KPAY), a Ugandan payments start-up, said on Tuesday that its number of active users had doubled to 1.4 million in a year, driven by small online sellers who take orders on TikTok and WhatsApp.

The company's app, available on Android and iOS, lets sellers send customers a payment link that works with MTN MoMo, Airtel Money and bank cards. It takes a fee of 1.5 per cent on each transaction.

Chief executive Daniel Okello said most new users were young traders selling clothes, shoes, cosmetics and food. "A girl in Ntinda sells shoes on TikTok Live. Somebody in Gulu sees the video, clicks the link, pays. Done. No bank branch, no cash," he said.

The company reported revenue of 14.2 billion shillings for the first half of the year, up 63 per cent, but remains loss-making. Okello said it expected to break even in 2026.

Seller Patricia Namirembe, 24, runs an online boutique called PatsyKloset from her apartment in Kira. She said about 70 per cent of her customers now pay by link. "Before, people would order, then say, 'I'll pay on delivery.' The boda boda goes, and they don't pick up the phone. Now they pay first," she said.

Competition is growing. Mobile network operators, banks and pan-African fintechs are all targeting the same customers. Analyst Brenda Atuhaire said KampalaPay's edge was its focus on social media sellers. "They understood early that the shop window in Uganda is a phone screen," she said.

The Bank of Uganda licenses payment service providers and has tightened rules on customer identification. KampalaPay said it had completed checks on all its active users.

Some sellers complain about fees. Shoe seller Ivan Mugisha said 1.5 per cent added up on thin margins. "On a pair of sneakers, I make maybe ten thousand shillings. The fee eats part of it," he said.

KampalaPay listed on the Uganda Securities Exchange's growth market segment last year. Its shares rose 4 per cent on Tuesday."""),

("Harare Evening Post", """A life in borrowed words: translator Rumbidzai Moyo on bringing Shona fiction to the world

Editor's note: This interview has been edited for length and clarity.

Rumbidzai Moyo has translated eleven novels from Shona into English, including the prize-winning Mvura Yenyika (Water of the Land), published abroad this year as The Rain Owes Us Nothing. She spoke to the Harare Evening Post at her home in Avondale.

Why translate rather than write your own books?

"I tried writing. My sentences were fine, but I had nothing urgent to say. Translating, I get to carry someone else's urgent thing across a river. I like being the boat."

What is the hardest part of translating Shona?

"Proverbs. Shona speakers talk in proverbs the way English people talk about the weather. If I translate them word for word, English readers get lost. If I explain them, the magic goes."

Can you give an example?

"Chara chimwe hachitswanyi inda. Literally: one thumb cannot crush a louse. It means you need others to get anything done. In the novel, a grandmother says it to a boy who wants to leave the village alone. I kept the thumb and the louse. I trusted the reader."

Do authors interfere?

"Some do. One wanted to check every sentence. We had a lot of tea. In the end, we were friends. Mostly."

Is there a market for Zimbabwean fiction in translation?

"Small, but growing. Publishers in London and Johannesburg used to say, 'We want African stories, but in English, please.' Now a few are willing to wait for translation. Not many. A few."

What are you working on now?

"A collection of short stories by a young writer from Chivhu. Funny, sad, very rude. I love it."

Any advice for young translators?

"Read a lot in both languages. Don't be afraid to fail. And always, always ask your grandmother."

The Rain Owes Us Nothing is available in Harare bookshops. Moyo will discuss the translation at the Harare International Festival of the Arts book day on 3 May."""),

("Matabeleland Mirror", """Elephants bowl out Highlanders to reach domestic one-day final

BULAWAYO - Matabeleland Elephants reached the final of the domestic one-day competition on Sunday after bowling out Eastern Highlanders for 187 to win by 54 runs at Queens Sports Club.

Scores in brief:
Matabeleland Elephants 241 for 7 (50 overs; B. Mavuta 88, T. Ndlovu 41*; R. Chitsva 3-41)
Eastern Highlanders 187 all out (43.2 overs; K. Zhuwao 62; S. Nyathi 4-29, T. Ndlovu 2-33)
Elephants won by 54 runs.

Put in to bat on a slow pitch, the Elephants were in trouble at 67 for 4 before opener Brighton Mavuta and all-rounder Tendai Ndlovu added 112 for the fifth wicket. Mavuta faced 121 balls and hit six fours and two sixes before he was caught on the boundary in the 46th over.

"The ball was stopping on the pitch. You couldn't just hit through the line. You had to work for every run," Mavuta said.

Eastern Highlanders started their reply well, reaching 98 for 1 in the 20th over. Then left-arm spinner Sibusiso Nyathi took three wickets in eleven balls and the chase fell apart.

Nyathi, 22, finished with 4 for 29 from ten overs, his best figures in domestic cricket. "Coach told me: be patient, bowl straight, let the pitch work. I did that. Nothing fancy," he said.

Highlanders captain Kelvin Zhuwao, who top-scored with 62, said his side had thrown away a strong position. "Ninety-eight for one. We should win from there nine times out of ten. Today was the tenth," he said.

About 3,000 spectators watched the match, many of them schoolchildren admitted free.

Elephants coach Mthokozisi Sibanda praised the club's young players. "Mavuta is 24, Nyathi is 22, Ndlovu is 25. This is the future of Zimbabwe cricket, and it's growing in Bulawayo," he said.

The Elephants will face Mashonaland Falcons in the final at Harare Sports Club on Saturday. The Falcons beat Midlands Kudus by six wickets in the other semi-final on Friday.

Tickets for the final go on sale on Tuesday and cost US$2 for adults. Children under 12 get in free."""),

("The Limpopo Ledger", """Louis Trichardt road closures: what motorists need to know this week

Motorists in Louis Trichardt face a week of road closures from Monday as the Makhado municipality repairs a collapsed stormwater culvert under Krogh Street and resurfaces two sections of the N1 through town.

This article has been updated to include a response from the South African National Roads Agency.

Where and when

- Krogh Street between Songozwi Road and Erasmus Street: closed to all traffic from 06:00 on Monday until 18:00 on Friday.
- N1 (Rissik Street) between the Shell garage and the Munnik Street intersection: one lane closed in each direction, 07:00-17:00 daily, Monday to Saturday.
- Schoeman Street: open, but expect delays at the four-way stop as traffic is diverted.

Detours

Trucks heading north will be diverted via the western bypass. Taxis and private cars may use Songozwi Road and Grobler Street. Traffic officers will be posted at the main intersections during peak hours.

Why now?

The culvert under Krogh Street partly collapsed during heavy rain in February, leaving a sinkhole nearly two metres deep. The street has been narrowed to one lane since then.

Municipal spokesman Louis Tshikovhi said the work could not wait for the winter holidays. "If we have another storm before it is fixed, we could lose the whole road," he said.

What businesses say

Shop owners on Krogh Street said they expected a quiet week. Butcher Frikkie Venter said he would offer free delivery to regular customers. "If they can't come to me, I'll go to them," he said.

Hairdresser Nkhensani Maluleke was less cheerful. "My clients walk from the taxi rank. Now they must walk around the whole block. Some will just go somewhere else," she said.

Sanral's response

The roads agency said the N1 resurfacing had been scheduled for months and would be finished before the school holidays. It asked drivers to obey stop-go controls.

Residents can report problems on the municipal hotline, 015 519 3000, or at the civic centre."""),

("Highveld Agri Trader", """Harvest expo crowds flock to bakkies, drones and a cattle-dip that texts the farmer

BOTHAVILLE - More than 80,000 visitors passed through the gates of the Vaal Harvest Expo outside Bothaville last week, looking at everything from 40-tonne combine harvesters to a cattle-dip that sends a text message when the chemical level runs low.

The four-day show, run by a grain producers' association, is one of the largest privately organised agricultural exhibitions in Africa. This year, organisers said, about 850 exhibitors took part.

Crowds were thickest around the drones. Several companies demonstrated spraying drones that can treat 20 hectares an hour, and at least two offered training courses for pilots.

Young farmer Thabiso Mofokeng, 27, who grows maize and sunflowers near Ventersburg, said he was saving for one. "My father laughed at drones. Now he asks me when we're buying," he said.

Older visitors were drawn to the livestock pens and the windpump stand, where a family firm from the Karoo has built windmills since 1936. Owner Kobus Smit said sales had risen after years of power cuts. "Ja, nee. Load-shedding was good for us," he said, then translated for a group of visitors from Zambia: "It's a yes-no. It means: well, yes, it was."

The smart cattle-dip, built by a start-up from Bloemfontein, attracted steady interest. Founder Refilwe Motaung said the device measured dip strength and sent an SMS to the farmer's phone. "Weak dip means ticks survive. Strong dip wastes money. We tell you which one you have," she said.

Agri SA's chief economist told a breakfast briefing that farmers faced high interest rates, a volatile rand and rising input costs, but that the grain harvest was expected to be one of the largest on record.

Tractor dealers reported brisk enquiries but fewer signed deals than last year, blaming interest rates. "People are looking. People are asking. People are waiting," one salesman said.

Outside the main hall, the queue for boerewors rolls was long all day. Some things never change.

The expo returns to Bothaville next May."""),

]
