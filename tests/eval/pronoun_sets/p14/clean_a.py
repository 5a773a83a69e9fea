ARTICLES = [
dict(title="Husband-wife duo's agritech start-up raises $12 million to reach small farmers",
text="""HYDERABAD: Krishi Setu, a Hyderabad-based agritech start-up founded by husband and wife Arjun and Priya Reddy, has raised $12 million in a Series A round led by a Singapore-based venture fund, the company said on Wednesday.

The start-up runs a network of 1,400 village-level service centres in Telangana, Andhra Pradesh and Karnataka that sell seeds, fertiliser and crop advisory services to small and marginal farmers, and buy back their produce.

Mr. Reddy, who grew up in a farming family in Nalgonda district, handles operations and the field network. Ms. Reddy, a former consultant, looks after finance and technology. "Arjun knows every mandi in the Deccan. I know how to make the numbers work," she said, laughing, when the couple met reporters at their office in Madhapur. He added: "She is being modest. Without her, we would have run out of money in the first year."

The couple started the company in 2018 with their own savings after Mr. Reddy's father, a paddy farmer, lost most of his crop to a pest attack that a timely advisory could have prevented. The company now counts more than 2.2 lakh farmers as customers.

Investors said the founders' complementary skills had been a major factor. Meenal Shah, partner at the lead investor, said the fund had been impressed by the company's repeat customer rate. "Farmers come back to them season after season. In rural commerce that is very hard to achieve," she said.

Agricultural economist Prof. S. Mahendra Rao cautioned that agritech firms had struggled to make money from small farmers. "Margins are thin and credit risk is high. Many well-funded start-ups have shut down," he said. He said, however, that models combining physical centres with digital tools appeared more durable.

The Reddys plan to use the funds to expand into Maharashtra and Odisha and to launch a crop insurance product in partnership with a public sector insurer. Ms. Reddy said the company expected to turn profitable at the operating level within two years.

Asked whether it was difficult to run a business with one's spouse, both founders answered at once. "We have rules. No shop talk after ten o'clock," Ms. Reddy said. Her husband shook his head: "She made the rule. I am still learning to follow it.\""""),

dict(title="Widow wins N75m damages against hospital over husband's death",
text="""A Federal High Court sitting in Abuja on Wednesday awarded N75 million in damages to a widow, Mrs Hauwa Ibrahim, against a private hospital in Garki over the death of her husband during routine surgery in 2020.

Justice Binta Bello held that the hospital was negligent in allowing an unlicensed anaesthetist to administer anaesthesia to the late Mr Sani Ibrahim, a 46-year-old civil servant, who went into cardiac arrest on the operating table and died two days later.

Counsel to the plaintiff, Mr Femi Adeoye, had told the court during trial that the hospital's own records showed the anaesthetist's practising licence had expired eight months before the surgery. He argued that his client had lost not only a husband but the family's only breadwinner.

The hospital, through its counsel, Mrs Chinwe Okeke, had denied liability, contending that the deceased had an undisclosed heart condition. She called an expert witness, a cardiologist, who testified that the death could have occurred regardless of the anaesthesia.

In her judgment, Justice Bello rejected that defence, saying the hospital had failed to produce any pre-operative assessment showing that the heart condition was known or investigated. "A hospital that does not check cannot rely on what it did not know," the judge said.

The court ordered the hospital to pay N60 million as general damages and N15 million as special damages, and directed that the sum be held in trust for the couple's four children, the eldest of whom is 14.

Speaking after the judgment, Mrs Ibrahim thanked her lawyer and said the money would never bring her husband back. "I did not come to court for money. I came so that no other woman will go through what I went through," she said, holding her youngest daughter.

Mr Adeoye described the judgment as a landmark for patients' rights. He said his chambers had handled the case pro bono.

Mrs Okeke said her client would study the judgment and consider an appeal. The Medical and Dental Council of Nigeria said it had opened a separate disciplinary investigation into the hospital."""),

dict(title="Mombasa welcomes largest ship ever to dock at Kenyan port",
text="""The largest vessel ever to call at a Kenyan port docked at Mombasa's Kipevu container terminal yesterday, in what the Kenya Ports Authority described as a milestone in its bid to become the leading transhipment hub in East Africa.

The MSC Amara, a 366-metre container ship with a capacity of 14,000 containers, arrived from Salalah in Oman shortly after 7am, guided through the narrow Kilindini channel by two pilots and four tugs.

"She is a big lady, but she came in very smoothly. The dredging we did last year has paid off," said Captain William Kamau, the KPA's chief pilot, who personally guided the vessel to her berth. He said the manoeuvre took just under two hours.

The ship's master, Captain Dmitri Volkov, said he had been concerned about the tight turning basin. "It is always a challenge to bring a ship of this size into an unfamiliar port. Your pilots know this water very well," he said.

KPA managing director Ms Grace Mwende said the arrival showed that the port could handle the new generation of large vessels, which shipping lines are increasingly deploying on Asia-Africa routes. She said the authority had invested Sh35 billion in dredging and berth upgrades since 2020.

Transport Cabinet Secretary Kipchumba Langat, who toured the ship, said Kenya must compete with Djibouti and Dar es Salaam for regional cargo. "Kenya cannot rest. Our neighbours are investing and so must we," he said.

Shippers' representatives welcomed the development but said congestion at the port's inland container depot in Nairobi remained a concern. Agnes Wairimu, chief executive of the Shippers Council of Eastern Africa, said clearance times had improved but were still longer than in competing ports. "A big ship is good news. A big ship with a slow clearance process is not," she said.

The MSC Amara offloaded about 2,500 containers destined for Kenya, Uganda and Rwanda and was due to sail for Dar es Salaam last night. Port officials said the vessel would return on her next rotation in six weeks."""),

dict(title="Interview: 'Europe's chemicals industry is not dying, but it is shrinking'",
text="""Katharina Wolff has run Rhenwerk, the Ludwigshafen-based speciality chemicals group, since 2019. With European chemical output at its lowest level in three decades and the company closing two plants in Germany, she spoke to this paper about energy prices, China and why she is still investing at home. The interview has been edited for length.

Q: Your company has just announced 1,800 job cuts. Is the German chemicals industry in terminal decline?

A: No. But it is shrinking, and we should be honest about that. Some basic chemicals will never again be produced competitively in Germany with the gas prices we have today. The question is what we keep and how we make it better.

Q: Critics, including the union IG BCE, say you are using the energy crisis as cover for moving production to China and the United States.

A: I understand why they say it. I have met the works council many times and I respect them. But look at the numbers: we are investing EUR 1.2bn in Ludwigshafen over the next five years. That is not what you do if you are leaving.

Q: Your predecessor, Dr Gerhard Pohl, famously said Rhenwerk would "never build a plant in China". You have built two.

A: Gerhard was a great chief executive, and he was right for his time. The market has moved. Half of global chemical demand is now in China. If we are not there, our competitors will be, and they will use that scale to compete with us in Europe too.

Q: What do you want from Berlin?

A: Predictability. An industrial power price would help, but more than anything we need to know what energy will cost in five years. My chief financial officer, Stefan Brandt, and I cannot plan a billion-euro investment on guesswork.

Q: You are one of very few women running a DAX-sized company. Does that still matter?

A: It matters less than it did. My daughter thinks it is completely normal, which is exactly how it should be. But when I go to industry dinners, I still count the women in the room, and there are not many of us.

Q: What keeps you up at night?

A: Honestly? Electricity bills. Ours and our customers'."""),

dict(title="Sibling shuttlers Aditya and Ananya Kulkarni storm into national finals",
text="""GUWAHATI: It will be a family affair at the Senior National Badminton Championships on Sunday, as brother and sister Aditya and Ananya Kulkarni both booked their places in the singles finals with contrasting semi-final wins at the Sarusajai Sports Complex on Saturday.

Ananya, the second seed, needed just 38 minutes to beat Karnataka's Shreya Hegde 21-12, 21-15. The 22-year-old from Pune dominated the net exchanges and attacked relentlessly, giving her opponent few chances to settle.

Her elder brother had a far tougher afternoon. Aditya, unseeded, came back from a game down to edge past top seed Harsh Vardhan Yadav 18-21, 21-19, 23-21 in a gruelling contest lasting an hour and 14 minutes. He saved two match points in the decider before clinching the match with a cross-court smash.

"I don't think I have ever been this tired. But when I saw Ananya was already in the final, I told myself I could not let her down," Aditya said.

The siblings train together at an academy in Pune run by former international Nikhil Deodhar, who said both had worked hard on their fitness since the last nationals. "Ananya is the more natural player. Aditya is the fighter. Together they push each other," he said.

Ananya will face defending champion Tanvi Sharma-Bora, who beat her in last year's semi-final. Asked about the rematch, she said she had watched the video of that defeat "at least fifty times". "I know what I did wrong. I was too passive. That will not happen again," she said.

Aditya's opponent will be Mizoram's Lalremruata, who has been the surprise package of the tournament. The Mizo shuttler, ranked outside the top 30, has not dropped a game all week.

Their parents, Sanjay and Madhuri Kulkarni, have flown in from Pune for the finals. Mrs. Kulkarni, herself a former state-level player, said she would not be able to sit still. "I will watch one match and pray for the other. What else can a mother do?" she said.

Badminton Association of India officials said the national team selectors would be present for Sunday's finals."""),

dict(title="Lagos gallery show puts non-binary artist Tobi Alade in the spotlight",
text="""A new exhibition by the Lagos-based artist Tobi Alade opened on Saturday at a gallery in Ikoyi, drawing collectors, critics and a young crowd that spilled out into the courtyard well past midnight.

The show, titled "Between Rivers", brings together 24 large-scale works that combine photography, indigo-dyed adire fabric and found objects from the Lagos lagoon. Alade, who is non-binary and uses they/them pronouns, said the works were inspired by their childhood in Makoko, the waterfront community on stilts. "I wanted to show the lagoon the way the people who live on it see it: not as a slum, but as a home," they said.

The gallery's founder, Mrs Ronke Oyelaran, said interest in the show had been extraordinary, with more than half the works sold before the opening. "Tobi is one of the most important voices of their generation. Collectors in London and New York are paying attention," she said.

The exhibition has not been without controversy. A small group of protesters gathered outside the gallery on Saturday evening, and some online commentators criticised the artist's openness about their identity. Alade said they had expected it. "I am not here to provoke anyone. I am here to make work," they said.

The art critic Mr Kunle Ogundipe, who reviewed the show for a cultural magazine, called it "technically astonishing". He singled out a 4-metre-wide textile piece, dyed by hand over three months, which he described as "a map of a city that does not appear on official maps".

Alade worked with a group of women dyers from Abeokuta on the textile pieces. One of them, Mama Sikirat Adebisi, 67, said she had never before seen her work in a gallery. "My mother taught me adire. Now people in suits are looking at it on the wall," she said, smiling.

Alade, 31, studied fine art at the University of Nigeria, Nsukka, and was shortlisted last year for a major contemporary African art prize. Their next exhibition will open in Accra in March.

"Between Rivers" runs until December 15."""),

dict(title="Ruto's envoy tells summit Kenya will 'stand by her neighbours' on Sudan crisis",
text="""Kenya will not turn its back on the people of Sudan, the country's special envoy to the Horn of Africa told a regional summit in Addis Ababa yesterday, as pressure mounted on governments to do more to end the 18-month war.

Ambassador Margaret Nduta, addressing foreign ministers from the Intergovernmental Authority on Development, said Nairobi was ready to host fresh talks between the warring factions. "Kenya has always stood by her neighbours in difficult times, and she will do so again. We have hosted peace talks before and we can do it again," she said, drawing applause from delegates.

The envoy said Kenya had received more than 20,000 Sudanese refugees since the start of the conflict, most of them in the Kakuma camp in Turkana County.

Ethiopia's foreign minister, Mr Tewodros Alemu, welcomed the offer but said any new initiative must be coordinated with the African Union and existing mediation efforts. "Too many tables make for no agreement," he told journalists on the sidelines.

Humanitarian groups painted a grim picture. Ms Fatuma Abdi, regional director of an international aid agency, said more than eight million people had been displaced inside Sudan and that famine conditions had been confirmed in parts of Darfur. "The world's attention has moved on. The suffering has not," she said.

The summit also heard from Sudanese civil society representatives. Dr Amal Osman, a physician from Khartoum who fled to Nairobi last year with her two sons, described hospitals that had been looted and doctors who had been detained. She urged the region to push for humanitarian corridors.

Kenya's role as a mediator has been controversial. Last year, Sudan's army-led government accused Nairobi of bias after President William Ruto met the leader of the Rapid Support Forces. Ambassador Nduta dismissed the accusation, saying Kenya talked to all sides "because that is what a mediator must do".

Foreign Affairs Principal Secretary Korir Kiptoo, who led the Kenyan delegation, said he would brief the President on the outcome of the summit on his return to Nairobi."""),

dict(title="Danish and Swedish dairy co-ops agree EUR 9bn merger",
text="""Two of Scandinavia's largest dairy cooperatives, Denmark's Jyskmejeri and Sweden's Norrmjolk, have agreed to merge, creating a group with annual revenue of about EUR 9bn and more than 11,000 farmer-owners in five countries.

The deal, announced in Copenhagen on Monday, still requires approval from the members of both cooperatives and from competition authorities in Brussels. The combined company, provisionally named Nordic Dairy Alliance, would be the third-largest dairy cooperative in Europe by milk intake.

Jyskmejeri's chief executive, Mette Kjaergaard, will lead the merged group, while Norrmjolk's chief executive, Anders Lindqvist, will become chief operating officer. At a joint press conference, the two executives were keen to stress that the deal was a merger of equals. "Anders and I have known each other for fifteen years. We have competed hard, but we share the same values," Ms Kjaergaard said. Mr Lindqvist nodded: "She is the right person to lead. I told my board that myself, before anyone asked me."

The cooperatives said they expected annual cost savings of EUR 180m within three years, largely from procurement, logistics and IT. They said no dairy sites would close as a direct result of the merger, though they declined to give guarantees beyond 2026.

Farmers' reactions were mixed. Lars Kristensen, a dairy farmer from Jutland who sits on Jyskmejeri's representative council, said a larger group would have more bargaining power with supermarkets. But Ingrid Nyberg, who milks 140 cows near Umea in northern Sweden, worried that the voice of smaller northern farmers would be diluted. "In a cooperative this size, decisions will be taken in Aarhus, not in Norrland," she said.

Competition lawyers expect a detailed review. Anne-Sophie Renard, a partner at a Brussels law firm, said the combined group's share of the Danish and Swedish butter markets could raise concerns. "The Commission will look very closely at overlap in the retail segments," she said.

Member votes are scheduled for February. If approved, the merger is expected to complete in the second half of next year."""),

dict(title="Mother, son on opposite sides as Punjab bypoll heats up",
text="""CHANDIGARH: The bypoll to the Jalandhar West Assembly seat has turned into a family drama, with former Minister Harjinder Kaur Sandhu campaigning against her own son, who is contesting as an independent after being denied a party ticket.

Mrs. Sandhu, a three-time MLA, is campaigning for her party's official candidate, Gurpreet Singh Bains. Her son, Manpreet Sandhu, 38, filed his nomination papers as an independent on the last day, saying he had been "betrayed" by the party leadership.

Addressing a rally in Basti Sheikh on Sunday, Mrs. Sandhu said party discipline came before family. "He is my son and I love him. But I have been with this party for forty years and I will not leave it for anyone," she said, her voice breaking.

Hours later, at his own rally in Model Town, Manpreet Sandhu said he respected his mother's decision. "She taught me to stand up for what I believe. That is exactly what I am doing," he said. He accused the party of ignoring workers who had built its base in the constituency.

The official candidate, Mr. Bains, a former municipal councillor, said he was grateful for the veteran leader's support and was confident of winning. He said voters would judge him on his work in the ward.

Political observers say the contest could be closer than expected. Dr. Navneet Kaur Gill, who teaches political science at Panjab University, said the younger Sandhu enjoyed considerable goodwill among young voters. "His mother's presence helps the party, but it also keeps the family name in the headlines. Either way, the Sandhus are at the centre of this election," she said.

The ruling party's candidate, Ms. Ravinder Kaur Dhillon, a first-time contestant, said the drama in the rival camp showed "a party that cannot manage its own house". She said she was focusing on drainage and street lighting.

Polling will be held on July 10 and counting on July 13. Asked whether she would vote for her son, Mrs. Sandhu smiled and said the ballot was secret."""),

dict(title="Tributes as Chief Emeka Nwankwo, pioneer of Aba shoe industry, dies at 79",
text="""Chief Emeka Nwankwo, the industrialist widely credited with turning Aba into Nigeria's leading centre of shoe and leather production, has died at the age of 79.

He died on Monday at a private hospital in Enugu after a brief illness, according to a statement signed by his eldest daughter, Mrs Chiamaka Nwankwo-Eze, on behalf of the family.

Born in 1945 in Umuahia, Chief Nwankwo learnt the trade as an apprentice to a cobbler in Port Harcourt before the civil war. After the war, with little more than a sewing machine and a bag of tools, he set up a small workshop at Ariaria market in Aba. By the 1980s, his company, Nwankwo Footwear Industries, employed more than 600 workers and supplied shoes to the armed forces and the police.

He was also known for mentoring hundreds of young artisans under the traditional Igbo apprenticeship system. Many of them now run their own factories.

One of them, Mr Ikechukwu Obi, who trained under the late industrialist in the 1990s, said he owed everything to his former master. "He gave me a shop, a machine and his trust. When I made a mistake, he did not shout. He showed me how to fix it," Mr Obi said.

His widow, Lolo Ngozi Nwankwo, described her husband as a devoted family man who never forgot where he came from. She said he had continued to visit the factory every morning until last year. "Even when the doctors told him to rest, he would say, 'The machines are waiting for me,'" she said.

The Abia State Governor, in a condolence message, described the deceased as "an embodiment of Igbo enterprise". The President of the Aba Leather Producers Association, Mrs Uchenna Okoro, said the association would hold a candlelight procession in his honour.

Chief Nwankwo is survived by his wife, five children, including two daughters who now run the family business, and many grandchildren. His younger daughter, Adaobi, the company's managing director, said she would keep the factory running. "That is what he would want," she said.

Funeral arrangements will be announced by the family."""),

dict(title="Marathon couple Kiprop and Jeptoo eye double victory in Boston",
text="""For most couples, a holiday abroad means a break from work. For Kenyan marathoners Hillary Kiprop and Caroline Jeptoo, it means two races on the same day on the same streets.

The husband-and-wife pair, who married in 2019, will both line up at the Boston Marathon on Monday, he in the men's elite field and she in the women's. Both are considered among the favourites.

Kiprop, 30, won the Chicago Marathon in October in 2:04:20, while Jeptoo, 28, finished second in London last April. The couple train together in Iten under the guidance of Italian coach Marco Rossetti.

Speaking at a pre-race press conference in Boston on Friday, Jeptoo said she and her husband had a simple rule. "We never talk about the race the night before. We talk about the children, about the farm, anything else," she said.

Her husband agreed. "She is the boss at home and on the track. I just follow instructions," Kiprop said, to laughter from journalists.

Rossetti said the couple were in the best shape of their careers. "Caroline has improved her speed a lot this year. Hillary is very strong on hills, which is important on this course," he said.

The women's race features defending champion Hellen Chepngetich, who has won the event twice and is seeking a third straight title. Jeptoo said she had great respect for Chepngetich. "She is a champion. But I am not coming here to run for second place," she said.

The couple's two children, aged four and two, are at home in Iten with Jeptoo's mother, Leah Chemutai. Speaking by telephone, Mrs Chemutai said the whole village would be watching on television. "We have bought a new generator just in case the power goes off," she said.

Athletics Kenya official Barnaba Korir said a double victory by a married couple would be a first at one of the world's major marathons. "It would be a wonderful story for Kenyan athletics," he said.

The men's race starts at 9.37am local time, with the women's elite field setting off two minutes later."""),

dict(title="Polish economist warns eurozone entry 'not before 2032'",
text="""Poland is unlikely to adopt the euro before 2032 at the earliest, and possibly much later, according to one of the country's most respected economists, who argues that political obstacles now outweigh the economic ones.

Professor Joanna Wisniewska, a former member of the National Bank of Poland's monetary policy council, made the prediction at an economic forum in Krakow on Thursday. Wisniewska, who now teaches at the Warsaw School of Economics, said the government had shown no appetite for the constitutional change needed to abolish the zloty.

"Economically, Poland could meet the criteria within three or four years if the budget deficit is brought under control. Politically, I see no majority for it," Wisniewska said.

Her comments came a day after Finance Minister Andrzej Domanski-Nowak told parliament that euro adoption was "not on the agenda for this term". He said the government's priority was bringing the deficit, currently above 5% of GDP, back below the EU's 3% threshold.

Other speakers at the forum were more optimistic. Tomasz Zielinski, chief economist at a Warsaw bank, argued that the experience of Croatia, which joined the euro in 2023, showed that public opinion could shift quickly. "Two years before Croatia joined, most people were against. Now most are happy," he said.

Wisniewska was not persuaded. She noted that opinion polls consistently show a majority of Poles opposed to the euro, and that the zloty's floating exchange rate had helped the economy weather both the pandemic and the energy crisis. "The zloty has been a good shock absorber. It is hard to tell voters to give it up," she said.

Business leaders at the forum were divided. Agnieszka Kowal, who runs a furniture exporter in Poznan with sales across the EU, said currency fluctuations cost her company millions of zloty a year in hedging. "For exporters the euro would be a relief," she said. But Piotr Lis, head of a regional employers' association, warned that small businesses feared price rises.

The European Commission's next convergence report, due in June, will assess Poland's progress against the euro criteria."""),

dict(title="Dentist acquitted of assault as court questions complainant's account",
text="""NEW DELHI: A Saket court on Friday acquitted a South Delhi dentist of assaulting a neighbour during a parking dispute in 2021, holding that the prosecution had failed to prove its case beyond reasonable doubt.

Additional Chief Metropolitan Magistrate Shivani Chauhan found that the testimony of the complainant, a 56-year-old retired bank officer, Rajiv Malhotra, was contradicted by CCTV footage and by the medical evidence.

The accused, Dr. Vikram Sethi, had been charged with voluntarily causing hurt and criminal intimidation after Mr. Malhotra alleged that the dentist had punched him and threatened him with a car jack outside their housing society in Malviya Nagar.

Dr. Sethi's counsel, advocate Rebecca Mathur, argued that her client had been the one attacked, and that the complainant had filed the case to pre-empt a complaint against himself. She told the court that the CCTV footage showed Mr. Malhotra approaching the dentist's car and banging on the window, while Dr. Sethi remained inside the vehicle for nearly two minutes.

The prosecution, represented by Additional Public Prosecutor Sunil Yadav, maintained that the footage did not capture the entire incident and that the complainant's injuries were consistent with his account. He relied on the testimony of Mr. Malhotra's wife, Kiran, who said she had seen the dentist raise his hand.

In her judgment, the magistrate noted that Mrs. Malhotra's statement had been recorded a full week after the incident and that she had not mentioned the car jack at all. The medical report, the court said, recorded only "a minor abrasion on the left forearm", which could have been caused by a fall.

"The court cannot convict an accused on the basis of a version that keeps changing," the magistrate observed.

Speaking outside the courtroom, Dr. Sethi said the three-year case had taken a heavy toll on his practice and his family. "My daughter was in Class 10 when this started. She is in college now," he said.

Ms. Mathur said her client was considering a complaint for malicious prosecution. Mr. Malhotra's lawyer said they would appeal."""),
]
