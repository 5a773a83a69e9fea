ARTICLES = [
("Otago Southland Press", """Q&A: Gore shearer on chasing a world record at 52

Gore shearer Raewyn Te Maiharoa will attempt a women's nine-hour strongwool lamb shearing record at a woolshed near Mataura next month. She has been shearing for 34 years, has four grandchildren, and says she has never felt fitter. We asked her about the challenge.

Q: Why take on a record now?

A: Because people keep telling me I'm too old. That's the honest answer. I've shorn in New Zealand, Australia, Scotland and Norway, and I always said I'd have one crack at a record before I hung up the handpiece. My body still feels good, so why wait?

Q: What does the day look like?

A: Four runs. Two hours, then two hours, then an hour and three-quarters, then an hour and a quarter. Start at 5am, finish at 5pm. The target is 510 lambs. That's roughly one every 63 seconds, all day, without a break in quality.

Q: How have you trained?

A: Shearing, mostly. I've done full days five times a week since the winter. I go to the gym in town three mornings, and my daughter has me doing yoga, which I thought was rubbish until my back stopped aching. I eat a lot. You have to, when you're burning that many calories.

Q: Who is in your corner?

A: My husband, Mike, who is my wool handler and my biggest critic. My old boss from the Waimea Plains gang, who taught me to shear when I was 18. And every woman in the industry who has sent me a message. There are a lot more women shearing now than when I started. I want the young ones to see that you can keep going.

Q: What happens if you fall short?

A: Then I fall short. The judges are strict, and they should be. But I'll have given it everything, and we'll have raised money for the rescue helicopter, which has flown two of my mates out of woolsheds over the years.

Q: And after the record?

A: A long sleep. A hot bath. Then back to work on Monday, because the farmers won't wait.

The record attempt will take place on January 14. Spectators are welcome, and donations to the Otago Regional Rescue Helicopter Trust can be made on the day."""),

("Gladstone Harbour Herald", """Phone repair shop thrives as Gladstone locals hang on to their handsets

When Minh Tran opened a two-person phone repair counter in Gladstone's Goondoon Street in 2019, he assumed most of his work would be cracked screens on the latest iPhone. Five years later, his busiest job is keeping older phones alive.

"People are holding on to their phones for four, five, even six years now," he said. "They come in with an iPhone XR or a Galaxy S10 and say, can you just put a new battery in it? Nobody wants to spend $1,800 on a new one if they don't have to."

His business, Harbour City Mobile, now employs five people and runs a second counter at Stockland Gladstone. Battery replacements make up about 40 per cent of jobs, followed by screens, charging ports and water damage.

Mr Tran buys many of his parts from suppliers in Shenzhen and Brisbane, and sells refurbished handsets through eBay and his own website. Customers can pay with PayPal, Afterpay or eftpos, and he offers a 12-month warranty on every repair.

Some repairs are more involved than others. A Samsung Galaxy A54 (model SM-A546E) with a bent frame can take two hours to rebuild, while a Pixel 7a battery swap takes about forty minutes. "The newer phones are glued together more tightly," he said. "It's like surgery."

The Australian Competition and Consumer Commission has backed calls for a national right-to-repair scheme that would require manufacturers to make parts and manuals available to independent repairers. Mr Tran said the change could not come soon enough.

Gladstone Chamber of Commerce president Leanne Burke said the business was a good example of a local operator filling a gap. "Ten years ago you'd have had to post your phone to Brisbane," she said. "Now you can get it done while you have a coffee across the road."

The shop also recycles old devices through MobileMuster, the industry's free recycling program, and last year sent more than 600 kilograms of phones, chargers and batteries for processing.

Mr Tran's advice for making a phone last longer is simple: keep it in a case, don't let the battery run flat every day, and avoid leaving it on the dashboard of a ute in a Central Queensland summer."""),

("Waikato Clarion", """Te Awamutu man sentenced for assault outside bar

A Te Awamutu man who punched a stranger outside a bar, leaving him with a fractured eye socket, has been sentenced to nine months' home detention.

Jordan Lee Harwood, 29, appeared in the Te Awamutu District Court on Tuesday, having pleaded guilty to a charge of injuring with reckless disregard.

The court heard the assault happened shortly before midnight on a Saturday in March. Harwood and the victim, a 41-year-old farm worker, had exchanged words inside the bar about a pool game. When the victim left to walk home, Harwood followed him onto Alexandra Street and struck him once from behind.

The victim fell and hit his head on the kerb. He spent four days in Waikato Hospital and needed surgery to repair the bone around his left eye. He still has double vision when he is tired.

In a victim impact statement read to the court, he said he had been unable to drive a tractor for several months and had lost income as a result. "I didn't know this man. I didn't say anything to him outside. I was just walking home," he said.

Judge Aaron Whitmore said the attack was cowardly. "You hit a man who wasn't looking, who wasn't a threat to you, and who had every right to walk home safely," the judge said.

Harwood's lawyer, Sam Kereopa, said his client had been drinking heavily that night and had no memory of following the victim. He had since stopped drinking, completed an anger management course and written a letter of apology.

The judge gave credit for the guilty plea, the letter and a restorative justice meeting at which Harwood apologised in person. He ordered Harwood to pay $3,500 in emotional harm reparation and to complete 100 hours of community work.

Correction: An earlier version of this story said Harwood had been sentenced to nine months' imprisonment. He was sentenced to nine months' home detention. The Waikato Clarion apologises for the error.

Editor's note: The victim asked not to be named, and the Clarion has agreed to his request."""),

("Karoo Courant", """Sutherland stargazers bring winter trade to the coldest town in the country

Sutherland is known for two things: the coldest nights in South Africa and the clearest skies. This winter, the little Northern Cape town is cashing in on both.

Guesthouse owners report their busiest June and July on record, with visitors from Cape Town, Johannesburg and overseas braving temperatures as low as minus eight degrees to look through telescopes at the Milky Way.

The South African Astronomical Observatory, which runs the Southern African Large Telescope on a hill outside town, offers daytime tours and evening viewing sessions. Several private operators in town also run stargazing evenings with their own telescopes, often with a fire and soup to keep guests warm.

Marietjie Koekemoer, who runs a guesthouse on the main street, said some weekends had been fully booked months in advance. "Ons het nog nooit so 'n besige winter gehad nie," she said. "We have never had such a busy winter."

She said most guests stayed for two nights and spent money in the town's restaurants, farm stalls and the small museum in the house where the poet N.P. van Wyk Louw was born. "People come for the stars, but they fall in love with the quiet," she said.

Local guide Andile Booi, who grew up in Sutherland's township, said stargazing had created jobs for young people. He trained as an astronomy guide through an observatory programme and now leads up to three groups a night.

"When I was a child, I didn't know that people came from all over the world to look at our sky," he said. "Now I tell them the Khoi and San stories about the stars, and they are amazed."

Municipal officials in the Karoo Hoogland Municipality say they are working to improve the road from Matjiesfontein and to make sure water and electricity supplies can cope with more visitors.

Koekemoer's advice for first-time visitors is practical. "Bring a beanie, bring gloves, and bring a hot water bottle," she said. "Dit is koud, maar dit is die moeite werd." It is cold, she added, but it is worth it.

The observatory's visitor centre is open daily, and evening tours must be booked in advance."""),

("Eastern Cape Gazette", """Teen poet from Mthatha wins national competition with ode to her grandmother

A 17-year-old learner from Mthatha has won a national youth poetry competition with a poem about her grandmother's hands, beating more than 2,000 entries from across South Africa.

Asemahle Ntlabathi, a Grade 11 learner at a high school in the town, received her prize at a ceremony in Johannesburg on Saturday. The judges described her poem, titled "Hands", as "tender, precise and unforgettable".

The poem begins:

My grandmother's hands are maps of the Transkei,
each line a river, each knuckle a hill.
They have kneaded bread and buried husbands,
and still they fold my school shirt, still.

Later stanzas describe the hands planting mealies, stitching a wedding dress and holding a hymn book in church on Sunday mornings. The poem ends with the line: "One day my hands will be maps too."

Asemahle said she wrote the poem over two evenings after watching her grandmother, who is 84, shelling beans on the stoep. "I looked at her hands and I thought, they have done so much, and nobody has ever written about them," she said.

Her English teacher, Mr Luvuyo Sityana, said Asemahle had always been a keen reader but had only started writing poetry last year. "She came to me with a notebook full of poems and asked if they were any good," he said. "I told her, they are better than good. You must enter competitions."

The competition is run by a national literacy organisation to encourage young people to write in any of South Africa's official languages. This year's entries came in eleven languages, and the judges also awarded prizes for poems written in isiXhosa, Sesotho and Afrikaans.

Asemahle's prize includes a bursary of R20,000, a set of books and a mentorship with a published poet. Her poem will also appear in an anthology to be published next year.

Her grandmother, Nosakhele Ntlabathi, attended the ceremony wearing her best church clothes. When asked how she felt, she held up her hands and laughed. "Now everybody knows about these old things," she said.

Asemahle wants to study law, but says she will never stop writing."""),

("Riverina Chronicle", """Grand final: Collingullie-Glenfield Park go back-to-back

Collingullie-Glenfield Park 12.14 (86) d Coolamon 9.8 (62)

Back-to-back. Again.

The Demons won their second straight Riverina Football Netball League premiership on Saturday, overpowering Coolamon by 24 points in front of a crowd of more than 6,000 at Robertson Oval.

It was not pretty early. It was not meant to be.

Coolamon came out firing, kicking the first three goals of the match into a stiff breeze, and led by 14 points at quarter time. Their midfield, led by the tireless Nathan Crowe, won the contested ball and the Demons looked rattled.

Then came the second quarter. Six goals to one. Game over? Not quite.

Coolamon clawed back within nine points early in the last, and the crowd on the western side, a sea of blue, roared. But the Demons steadied. Ruckman Hugh Dwyer took a towering mark on the wing. Small forward Riley Nguyen snapped truly from the pocket. Then he did it again.

Game over.

Nguyen finished with four goals and was named best on ground. "I've dreamed about this since I was a kid kicking the footy at the Glenfield Park oval," he said. "To do it with these boys, two years in a row, I can't describe it."

Coach Sam Kennedy said the premiership was built on the club's work over summer. "We didn't talk about last year once," he said. "Not once. We said it's a new team, new season, new challenge. The boys bought into that."

Coolamon coach Ben Harris was gracious in defeat. "They were better than us today," he said. "Simple as that. We'll be back."

The reserves premiership went to Coolamon, who beat Turvey Park by 11 points, while Ganmain-Grong Grong-Matong won the under-17s.

In the A-grade netball grand final, Marrar beat Griffith 51-47 in a tense, physical contest.

The Demons will celebrate at their clubrooms on Sunday. The mood was summed up by one long-serving trainer, who was spotted leaving the rooms carrying an esky and the cup.

"Two in a row," he said. "Two in a row." Then he went back inside for one more song."""),

("Oceania Press Service", """Fiji disaster office urges households to prepare as cyclone season begins

SUVA — Fiji's National Disaster Management Office has urged households to prepare now for the cyclone season, which officially began on November 1 and runs until April 30.

The Fiji Meteorological Service expects between two and four tropical cyclones to affect the country's waters this season, with at least one likely to reach severe strength (category 3 or above).

Speaking at the launch of the NDMO's annual awareness campaign in Suva, the office's director said many families still waited until a warning was issued before buying supplies. "By then the shops are crowded and the prices go up," she said. "The time to prepare is today, while the sun is shining."

The office has issued a ten-point checklist for households:

1. Check the roof, windows and doors, and repair anything that is loose.
2. Trim trees and branches close to the house.
3. Store drinking water: at least ten litres per person for three days.
4. Keep a supply of tinned food, rice and noodles that does not need cooking.
5. Prepare a first aid kit and a supply of any regular medicines.
6. Keep a battery-powered radio and spare batteries.
7. Charge mobile phones and power banks when a warning is issued.
8. Put important documents, such as birth certificates and land titles, in a waterproof bag.
9. Know the location of your nearest evacuation centre.
10. Make a plan for elderly relatives, people with disabilities and pets.

The director said villages should also review their community disaster plans, and that turaga ni koro, or village headmen, had an important role in making sure every household was accounted for when an evacuation was ordered.

The campaign will include radio programmes in English, iTaukei and Fiji Hindi, and visits by NDMO staff to schools and markets in all four divisions.

Fiji has been struck by several severe cyclones in the past decade, including Tropical Cyclone Winston in 2016, which killed 44 people and destroyed or damaged more than 30,000 homes.

Forecasters said the ocean around Fiji was warmer than usual for the time of year, which could help storms intensify quickly. They advised people to follow official updates on radio and from the Fiji Meteorological Service, and not to rely on rumours shared on social media."""),

("Wimmera Ledger", """Obituary: Dorothy Kealy, organist who played for 70 years

For seventy years, the first thing many people in Murtoa heard at a wedding, a funeral or a Sunday service was Dorothy Kealy at the organ.

Mrs Kealy, who died in Horsham on Thursday aged 91, first played at the Murtoa Uniting Church, then the Methodist church, at the age of 14, when the regular organist fell ill on Easter Sunday. She played her last service there in March this year.

Born Dorothy May Schultz on a wheat farm near Minyip in 1933, she was the youngest of five children. Her mother taught her to play on a pedal harmonium in the family's front room, and she later took lessons from a teacher in Horsham, riding the train each Saturday morning.

She married Ron Kealy, a stock agent, in 1955. They had three sons and lived in the same weatherboard house on McDonald Street for 62 years. Ron died in 2017.

By her own count, Mrs Kealy played at more than 900 funerals. Her favourite hymn, and the one most often requested, was Abide With Me. At her own funeral, her family has asked the congregation to sing it, as she did so many times for others:

Abide with me; fast falls the eventide;
The darkness deepens; Lord, with me abide.
When other helpers fail and comforts flee,
Help of the helpless, O abide with me.

Her son Graeme said his mother never took a fee. "People would try to press an envelope into her hand after a wedding, and she'd give it straight to the church roof fund," he said. "She used to say the music wasn't hers to sell."

Mrs Kealy was also a life member of the Murtoa Show Society, where she judged the jam and preserves section for more than thirty years, and a volunteer at the Murtoa Stick Shed open days.

The church's minister, Rev. Helen Parry, said Mrs Kealy had a gift for choosing the right piece for the moment. "She could read a room better than any of us in the pulpit," she said.

She is survived by her three sons, eight grandchildren and six great-grandchildren.

A service of thanksgiving will be held at the Murtoa Uniting Church on Wednesday at 2pm. A visiting organist from Ballarat will play."""),

("Hawke's Bay Sentinel", """Kiwi chick cam becomes online hit for Cape Sanctuary

A livestream of a kiwi burrow at Cape Sanctuary, south of Cape Kidnappers, has attracted more than 400,000 views in its first month, as viewers around the world tune in to watch a brown kiwi chick hatch and take its first steps.

The camera, installed by sanctuary staff and volunteers, streams infrared footage from inside the burrow 24 hours a day on YouTube. Updates are shared on Instagram and TikTok under the handle @capesanctuarynz and the hashtag #KiwiCamHB.

Sanctuary manager Tamsin Ward-Holmes said the response had taken the team by surprise. "We thought a few local schools might watch," she said. "Now we're getting messages from Germany, Japan, Brazil and Canada. One woman in Texas told us she watches the chick every morning with her coffee."

The chick, which hatched on October 3, has been nicknamed Pōtiki by viewers, a te reo Māori word for the youngest child in a family. It weighed 340 grams at hatching and will stay in the burrow for about a week before venturing out at night to feed.

The campaign has also been shared by the Department of Conservation's account, @DOCgovtnz, and by Save the Kiwi, which posted a clip of the hatching with the caption "Welcome to the world, little one" and the hashtags #SaveTheKiwi and #KiwiChick.

Ward-Holmes said the attention was helping to raise awareness of predator control. Cape Sanctuary, which is protected by a predator-proof fence across the peninsula, is one of the few places in Hawke's Bay where kiwi chicks have a good chance of surviving to adulthood.

"In the wild, without trapping, about 95 per cent of kiwi chicks are killed before they reach breeding age, mostly by stoats and cats," she said. "Every person who watches this and then goes home and sets a trap in their backyard is helping."

Local schools have been using the livestream in lessons. Year 4 teacher Hemi Walker at a Havelock North primary school said his class checked the feed each morning. "They've written stories, drawn pictures, and now they all want to be rangers," he said.

The stream will continue until the chick leaves the burrow permanently, which is expected in the next few weeks."""),

("Pilbara Sun", """U.S. firm signs lithium offtake deal with Pilgangoora miner

A U.S. battery materials company has signed a five-year agreement to buy spodumene concentrate from a lithium mine at Pilgangoora, about 120 kilometres south of Port Hedland.

Under the deal, Texas-based Lone Star Cathode Inc. will buy up to 150,000 tonnes a year of concentrate from 2026, with pricing linked to the market for lithium hydroxide. The company plans to process the material at a new refinery on the U.S. Gulf Coast.

The agreement comes as American manufacturers look to secure supplies from countries with which the U.S. has a free trade agreement, in order to qualify for tax credits under the Inflation Reduction Act. Australia is the world's largest producer of lithium, but most of its output has historically been sold to refineries in China.

The mine's managing director said the deal was a milestone. "Diversifying our customer base is good for the company, good for our shareholders and good for the Pilbara," he said. "It shows that buyers in North America and Europe see Western Australia as a long-term, reliable supplier."

Lithium prices have fallen sharply from their 2022 peak, leading several Australian producers to slow expansions or put mines on care and maintenance. Analysts say long-term offtake agreements with buyers in the U.S., Japan and Korea are now seen as essential to securing finance for new projects.

The Pilbara's lithium industry employs several thousand people, many of them on fly-in, fly-out rosters from Perth. Town of Port Hedland councillors have called for more of the workforce to be based locally, e.g. through housing incentives and residential worker quotas.

The company also plans to expand its processing plant on site, with a final investment decision expected in the first half of next year. It has applied for funding from the federal government's Critical Minerals Facility and from Export Finance Australia.

Speaking at a mining conference in Perth, the state's Mines Minister said the deal was "exactly the kind of partnership we want to see". Asked about lower prices, the minister said: "Commodity markets go up and down. No. 1 priority for us is making sure WA is the most reliable place in the world to invest."

Shares in the company rose 6 per cent on Tuesday."""),

("Waikato Clarion", """New kura kaupapa opens its doors in Ngāruawāhia

A new Māori-medium school has opened in Ngāruawāhia, with 48 children enrolled for its first term and a waiting list already growing.

Te Kura Kaupapa Māori o Waikato-Taniwha welcomed students, whānau and kaumātua at a dawn ceremony on Monday, as the sun rose over the confluence of the Waikato and Waipā rivers.

All lessons at the school will be taught in te reo Māori, following the Te Aho Matua philosophy that underpins the kura kaupapa movement. Students from Year 1 to Year 8 will learn maths, science, reading and writing in te reo, with English introduced as a separate subject in later years.

Principal Aroha Tūhoe said the opening was the result of ten years of work by parents who wanted their children to be educated in their own language close to home. Until now, many families had travelled to Hamilton or Huntly every day.

"Ko te reo te mauri o te mana Māori," she told the gathering. "The language is the life force of Māori identity. Today our children can grow up knowing that their language belongs in every classroom."

Parent Rawiri Herewini, whose two daughters are enrolled, said he had not had the chance to learn te reo at school himself. "My girls will speak to their grandchildren in the language my grandparents spoke," he said. "He taonga tēnei, this is a treasure."

The school is housed in refurbished buildings on a site provided by the Ministry of Education, with plans for new classrooms and a wharekai, or dining hall, over the next three years. The kura was officially blessed by kaumātua from local hapū.

The Ministry said there are now more than 70 kura kaupapa Māori across the country, and demand for Māori-medium education continues to grow faster than the supply of qualified teachers.

Ms Tūhoe said the school would welcome families who did not yet speak te reo, as long as they were willing to learn alongside their children. Parent language classes will be held at the kura on Tuesday and Thursday evenings.

"Kia kaha te reo Māori," she said. "Let the language be strong."

Enrolments for Term 2 are open."""),

("Durban Coastal Post", """Comrades: Pinetown runner completes 20th Down run

Pinetown postman Sipho Ngema crossed the finish line at Moses Mabhida Stadium on Sunday afternoon to complete his 20th Comrades Marathon, earning the green number that means his race number is now his for life.

Ngema, 58, finished the 85-kilometre Down run from Pietermaritzburg to Durban in 10 hours and 41 minutes, waving to his wife and grandchildren in the stands as he ran the final lap.

"I told myself at Inchanga, Sipho, you are not stopping today," he said, still wrapped in a foil blanket an hour after finishing. "My legs were finished at Fields Hill, but my heart carried me the last 20 kilometres."

Photo: Sipho Ngema celebrates with his granddaughter Lwazi, 6, after completing his 20th Comrades Marathon at Moses Mabhida Stadium on Sunday. Picture: THULANI MKHIZE

More than 20,000 runners started this year's race, which is the oldest and largest ultramarathon in the world. The men's and women's races were won by runners from South Africa and Ethiopia, with the winners finishing in under six hours.

But for many at the finish, the real stories were further back in the field. Ngema first ran the Comrades in 1998, after a colleague at the Pinetown post office dared him to enter. He has run every race since, apart from the two years when the event was cancelled during the Covid-19 pandemic.

Photo: Runners climb Cowies Hill on the Comrades Marathon route on Sunday morning. Picture: THULANI MKHIZE

His training, he said, was simple. "I deliver letters, I walk up and down these hills every day. Then on weekends I run with my club, and on Sundays I go to church and pray for my knees."

His wife, Busisiwe, said she had stopped worrying years ago. "The first time, I was scared. Now I just cook a big pot of food for when he comes home," she laughed.

Race organisers said medical teams treated several hundred runners for dehydration and cramping, but there were no serious incidents.

Ngema says he will be back next year. "Twenty is a number," he said. "It is not a finish line."

Photo: Ngema shows off his green number, awarded for completing 20 Comrades Marathons. Picture: THULANI MKHIZE"""),

("South Pacific Wire", """Pacific Ocean becoming more acidic faster than expected, study finds

NOUMÉA — Waters around several Pacific island nations are becoming acidic faster than previously estimated, according to a new study by scientists from the Pacific Community (SPC) and universities in Australia and France.

The study, published in a peer-reviewed journal this week, analysed ten years of measurements from buoys, research voyages and autonomous Argo floats across the south-west Pacific. It found that the average surface pH had fallen from about 8.08 to 8.05 over the decade, a change the authors described as significant for coral reefs and shellfish.

Ocean acidification happens when seawater absorbs carbon dioxide (CO2) from the atmosphere. The CO2 reacts with water to form carbonic acid, lowering the pH and reducing the amount of carbonate available to corals, clams and other animals that build shells and skeletons.

Lead author Dr Hélène Marchand said the results were a warning for communities that depend on reefs for food and income. "A change of 0.03 sounds tiny, but the pH scale is logarithmic," she said. "It represents a real shift in the chemistry of the water these ecosystems live in."

The team also used satellite data from the European Space Agency's Sentinel-2 and Sentinel-3 missions to monitor coral bleaching in lagoons in Fiji, Tonga, Vanuatu and New Caledonia. Reefs exposed to both warmer water and lower pH showed slower recovery after bleaching events.

Key findings included:

- Surface pH fell by about 0.003 units a year across the study area.
- The aragonite saturation state, a measure of how easily corals can build skeletons, declined at all 14 monitoring sites.
- Lagoons with strong tidal flushing, e.g. at passes in barrier reefs, showed smaller changes than enclosed bays.

Pacific leaders have long argued that island nations, which produce a tiny share of global emissions, are among the most exposed to the effects of climate change. The study's authors called for more monitoring stations in smaller island states, including Tuvalu, Kiribati and Nauru, where data is sparse.

Dr Marchand said local action could help. "We can't change the chemistry of the whole Pacific from a village," she said. "But reducing pollution, managing fishing and protecting mangroves all make reefs more resilient."

The SPC plans to install three new monitoring buoys next year."""),
]
