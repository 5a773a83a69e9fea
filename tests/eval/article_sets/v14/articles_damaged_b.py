ARTICLES = [
("The Harbor City Courier", """
School board delays vote on closing three east-side elementary schools

After a packed and at times emotional meeting, the Harbor City Unified School District board voted 4-3 late Monday to postpone a decision on closing three elementary schools until January.

The district has proposed closing Palmer, Eastgate and Rosewood elementaries, which together enroll about 820 students, and sending those children to four nearby schools. Officials say enrollment in the district has fallen by nearly 6,000 students over the past decade and that many buildings are half empty.

Superintendent Angela Moss told the board that keeping the three schools open would cost about $4.7 million a year in staffing, utilities and maintenance. "We are spreading our resources too thin," she said. "Every dollar we spend heating an empty classroom is a dollar we don't spend on a teacher."

More than 70 people signed up to speak, most of them parents and teachers from the affected schools. Many said the closures would fall hardest on immigrant families who walk their children to school.

Rosewood parent Lucía Herrera spoke through an interpreter, holding her 6-year-old daughter's hand. "⟦foreign:Mi hija apenas empezó a sentirse segura en esta escuela, y ahora quieren quitársela⟧," she said.

⟦placeholder:[embed]⟧

Board member Thomas Greer, who made the motion to delay, said the district had not done enough to explain how transportation would work for families without cars. "I'm not saying no," he said. "I'm saying not yet."

⟦dup:1⟧

Board President Yvonne Carter voted against the delay, saying the district could not afford to wait. The board must adopt a balanced budget by June, and the closures are part of a plan ⟦break:to close. a projected⟧ $31 million shortfall.

District staff will hold community meetings at each of the three schools in November and December. They will also study whether crossing guards and expanded bus routes could address the concerns raised at the meeting.

If the board approves the closures in January, they would take effect at the start of the 2025-26 school year.
"""),

("Deccan Newswire", """
RBI keeps repo rate unchanged at 6.5 per cent for ninth straight time

Mumbai, Aug 8 (DNW) The Reserve Bank of India on Thursday kept its key lending rate unchanged at 6.5 per cent for the ninth consecutive policy meeting, saying it needed to remain watchful on food inflation even as overall price rise has eased.

The six-member Monetary Policy Committee voted 4-2 to hold the repo rate, with two external members favouring a cut of 25 basis points. The committee also retained its stance of "withdrawal of accommodation".

Announcing the decision, ⟦glued:theRBI⟧ Governor said headline retail inflation was expected to average 4.5 per cent in the current financial year, unchanged from the earlier projection. "We have to be careful that food inflation does not spill over into the broader economy," he said.

The central bank retained its GDP growth forecast for 2024-25 at 7.2 per cent, citing strong investment demand, a pick-up in rural consumption and a good monsoon so far.

Economists said the decision was largely in line with expectations. Most analysts had predicted that the first rate cut would come only ⟦break:in October. Or later⟧, depending on the trajectory of vegetable prices.

"The RBI is clearly in no hurry. The tone remains cautious, and it has not given any signal of an imminent cut," ⟦attribution:said the chief economist at a private bank, the economist said⟧.

Food inflation touched 9.4 per cent in June, driven largely by vegetables such as tomatoes, onions and potatoes. Heatwaves in several northern states earlier in the summer had damaged crops and disrupted supply.

The governor also announced measures to tighten rules on the digital lending sector and said the central bank would set up a public repository of digital lending apps deployed by regulated entities, to help customers verify their authenticity.

Stock markets reacted mildly to the policy. The benchmark Sensex closed 0.7 per cent lower, while the rupee was largely unchanged against the US dollar.

Home loan borrowers will not see any change in their monthly instalments for now. Bankers said deposit rates were also likely to remain stable over the next few months.

The next meeting of the committee is scheduled for October 7-9.

⟦disclaimer:This is an unedited and auto-generated story from a syndicated news feed; the publication may not have modified or edited the content body.⟧
"""),

("Lakeshore Ledger", """
Lake-effect storm buries north shore under 30 inches of snow

⟦furniture:Home | News | Weather | Sports | Obituaries | E-Edition | Subscribe⟧

A lake-effect snowstorm dumped more than 30 inches of snow on parts of the north shore over the weekend, stranding drivers, closing schools and keeping plow crews working around the clock.

The heaviest snow fell in a narrow band stretching from Port Ellis to the county line, where a spotter measured 33 inches by Sunday afternoon. Just 15 miles south, residents of Lakeshore saw only a few inches.

"That's how lake-effect works," said National Weather Service meteorologist Brian Kowalski. "You can have sunshine on one side of town and a whiteout on the other."

State police closed a 20-mile stretch of the interstate on Saturday night after dozens of vehicles, including several semitrailers, became stuck in drifts. ⟦fragment:Forcing hundreds of travelers to spend the night in warming centers and truck stops.⟧

The National Weather Service posted updated totals on Sunday morning.

⟦embed:Here are the latest 24-hour snowfall totals from our spotters. Port Ellis leads with 33"! Travel remains extremely dangerous north of Route 12. #lakeeffect #snow pic.twitter.com/kT7sWq2Lbe

— NWS Lakeshore (@NWSLakeshore) December 1, 2024⟧

County Highway Commissioner Debra Flynn said all 46 of the county's plows had been on the road since Friday night. Some drivers were working 16-hour shifts.

"We're asking people to be patient," Flynn said. "If you don't need to be out there, please stay home and let us do our job."

At least two deaths were linked to the storm. A 67-year-old man collapsed while shoveling his driveway in Port Ellis, and a woman died in a crash on a county road ⟦broken_paragraph:near the
Maple Creek bridge⟧ on Saturday afternoon, according to the sheriff's office.

Power outages were limited, affecting fewer than 2,000 customers at the peak. Most had service restored by Sunday evening.

Schools in the Port Ellis and North Shore districts will be closed Monday. Officials said a decision on Tuesday would be made Monday afternoon.

Forecasters expect another band of lake-effect snow to develop Tuesday night, though it is likely to be weaker and shift farther east.
"""),

("Indo-Asian Wire Service", """
Floods, landslides kill 38 in Nepal as monsoon rains lash hill districts

Kathmandu, July 7 (IAWS) At least 38 people have been killed and 14 others are missing after torrential rains triggered floods and landslides across Nepal over the past three days, officials said on Sunday.

The National Disaster Risk Reduction and Management Authority said the worst-hit areas were in the central and eastern hill districts, where several villages were cut off after roads and suspension bridges were swept away.

Rescue teams from the Nepal Army, the Armed Police Force and local volunteers were searching for the missing in Sindhupalchowk and Gorkha districts, where landslides buried at least a dozen houses early on Saturday.

A resident of a village in Sindhupalchowk told local media that the hillside collapsed while families were asleep. ⟦foreign:राति दुई बजे ठूलो आवाज आयो, र हामीले केही देख्न सकेनौँ।⟧

Authorities said the main highway linking Kathmandu with the Chinese border point at Rasuwagadhi had been blocked at several places, stranding hundreds of trucks. Domestic flights to some mountain airports were also cancelled due to poor visibility.

The Department of Hydrology and Meteorology said ⟦break:heavy rainfall would. continue⟧ over the next 48 hours, particularly in Koshi, Bagmati and Gandaki provinces, and warned of further landslides in vulnerable areas.

The government has asked people living near riverbanks and on unstable slopes to move to safer locations. Schools in several districts have been closed until further notice.

Nepal's monsoon season typically runs from June to September, and floods and landslides kill hundreds of people every year. Experts say unplanned road construction on fragile slopes has increased the risk of landslides in recent years.

Prime Minister's Office said relief materials, including tents, food and medicines, were being sent to the affected areas by helicopter. India has offered assistance, according to diplomatic sources in Kathmandu.

⟦disclaimer:[This report has been translated from Nepali by an automated system and published without human review.]⟧
"""),

("Tri-County Sentinel", """
Capt. Frank Delgado, firefighter who led 1997 mill rescue, dies at 76

Frank Delgado, a retired Cedar Falls Fire Department captain who led the rescue of nine workers trapped in a burning grain mill in 1997, died Friday at a hospice in Marion. He was 76.

His daughter, Rebecca Delgado-Hart, said the cause was complications of pancreatic cancer.

Delgado joined the department in 1971, when it still had only two stations and a volunteer reserve. He was promoted to captain in 1986 and spent most of his 34-year career at Station 2 on the city's south side.

On the night of Aug. 19, 1997, a dust explosion tore through the Harmon Feed & Grain mill on River Street. Delgado's crew was first on the scene. Over the next two hours, he and four firefighters made repeated trips into the building to carry out workers who had been trapped on the upper floors.

⟦dup:2⟧

All nine workers survived. Delgado received the state's Medal of Valor the following year, but he rarely spoke about that night. "He'd say it was the crew, not him," his daughter said. "Every single time."

After retiring in 2005, Delgado coached youth baseball for more than a decade and volunteered with a program that installs free smoke detectors in older homes. Fire Chief Alan Brooks said Delgado had helped install more than 3,000 of them.

"Frank never stopped being a firefighter," Brooks said. "He just changed what the job looked like."

Delgado is survived by his wife of 51 years, Linda; two daughters; a son; and six grandchildren.

Visitation will be held Wednesday from 4 to 7 p.m. at ⟦placeholder:null⟧, with a funeral Mass on Thursday at St. Mary's Church. The department will provide an honor guard.

⟦furniture:About the author: Ray Jensen covers public safety and the fire service for the Tri-County Sentinel. Reach him at 555-0142 or on X at @RayJensenTCS.⟧
"""),

("Press Dispatch of India", """
BMC polls unlikely before monsoon as ward delimitation case drags on

Mumbai, March 12 (PDI) Elections to the Brihanmumbai Municipal Corporation, the country's richest civic body, are unlikely to be held before the monsoon, officials in the State Election Commission indicated on Tuesday, as the dispute over the number of wards remains pending before the Supreme Court.

The corporation has been run by an administrator appointed by the state government since March 2022, when the term of the last elected body ended. It is the longest period without elected representatives in the civic body's history.

⟦fragment:Because the matter of the number of wards is still to be decided by the apex court.⟧

The previous government had increased the number of wards from 227 to 236, but the decision was reversed after a change of government in the state. Petitions challenging the reversal have been pending since then.

Opposition parties have accused the ruling alliance of deliberately delaying the polls. "The people of Mumbai are paying taxes but have nobody to answer their questions⟦stray:।⟧ The administrator is accountable only to the government," ⟦attribution:a former corporator said, the leader said⟧ at a press conference.

Leaders of the ruling parties denied the charge and said the government was ready for elections whenever the commission announced them. They said the delay was only due to legal issues.

Civic activists say the absence of corporators has made it harder for residents to get local problems fixed. Complaints about potholes, water supply and garbage collection, which were earlier routed through ward-level representatives, now have to be taken up directly with officials, they said.

The BMC's budget for the current year stands at over Rs 59,000 crore, larger than those of several smaller states. A large part of it has been allocated to ⟦broken_paragraph:road concretisation, the coastal road

and water supply⟧ projects.

The commission is expected to seek further directions from the court at the next hearing, scheduled for April. Officials said the polls would require at least 45 days of preparation once the ward structure is finalised, ruling out elections before the rains.
"""),

("The Mesa Gazette", """
ASU astronomers spot one of the earliest galaxies ever seen

A team led by astronomers at Arizona State University has identified a galaxy that formed about 300 million years after the Big Bang, making it one of the earliest ever observed, according to a study published Wednesday.

The galaxy, catalogued as JADES-GS-z14-7, was spotted in deep images taken by the James Webb Space Telescope. Its light has been traveling for more than 13.4 billion years to reach Earth.

"We are looking at the universe when it was about 2% of its current age," said lead author Dr. Rohan Iyer, an assistant professor at ASU's School of Earth and Space Exploration. "It is like finding a baby photo of the cosmos."

⟦placeholder:Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.⟧

What surprised the team was how bright the galaxy appeared. Models of the early universe had predicted that ⟦glued:galaxiesthat⟧ young would be small and faint, but this one appears to contain hundreds of millions of stars.

"Either stars were forming faster than we thought, or something about these galaxies makes them shine more efficiently," Iyer said. "Both possibilities are exciting."

The researchers confirmed the galaxy's distance using the telescope's spectrograph, which splits light into its component colors. The measurement showed the light had been stretched by the expansion of the universe by a factor of about 15.

Other astronomers said the finding added to growing evidence that the early universe was busier than expected. Since Webb began science operations in 2022, ⟦break:it has. Found⟧ dozens of unexpectedly bright galaxies from the first few hundred million years.

Dr. Helen Cho, an astronomer at the University of Arizona who was not involved in the study, called the result "remarkable but not shocking at this point." She said more observations would be needed to understand how such galaxies formed so quickly.

The ASU team has been awarded additional observing time on Webb next year to study the galaxy's chemical makeup, which could reveal whether earlier generations of stars had already lived and died within it.

The study was published in the journal Nature Astronomy.
"""),

("Bharat Wire Agency", """
Tamil film on fishing community wins top honour at Goa film festival

Panaji, Nov 28 (BWA) Tamil director Selvi Arumugam's debut feature "Karai" (Shore), a drama about a fishing family on the Ramanathapuram coast, won the Golden Peacock for best film at the International Film Festival of India in Goa on Thursday.

The film, shot over 40 days in the coastal villages near Rameswaram with largely non-professional actors, tells the story of a widow who takes over her late husband's boat after he is lost at sea.

The jury, headed by a veteran European filmmaker, praised the film for its "unsentimental honesty and its extraordinary sense of place". The lead actress, Muthulakshmi, a fish vendor from Mandapam who had never acted before, received a special mention.

Speaking after the ceremony, Arumugam said she had grown up listening to her grandmother's stories about the sea. "⟦foreign:கடல் எங்களுக்கு உணவு கொடுத்தது, ஆனால் எங்கள் ஆண்களையும் எடுத்துக்கொண்டது⟧," she told reporters.

The festival's best director award went to a Georgian filmmaker for a family drama set in Tbilisi, while the best actor prize was shared by two performers from an Iranian road film.

Arumugam, 34, worked as an assistant director in Chennai for nearly a decade before making "Karai" with funding from a cooperative of friends and a grant from the National Film Development Corporation. She said she hoped the win would help the film find a theatrical release.

The film's production house shared a photograph from the ceremony soon after the announcement.

⟦embed:View this post on Instagram
A post shared by Kadal Films (@kadalfilms)
Nov 28, 2024 · 4,812 likes⟧

This year's festival screened around 180 films from over 80 countries. Organisers said attendance had crossed previous records, with a large number of young delegates from film schools across the country.

The festival concluded with a screening of the winning film, which received a standing ovation from the audience at the main venue.

⟦disclaimer:This content has been automatically generated from a wire agency report and has not been edited by our editorial team.⟧
"""),

("Riverbend Daily Press", """
Two dead, one wounded in early-morning shooting outside west side bar

Two men were killed and a third was wounded in a shooting outside a bar on Riverbend's west side early Sunday, police said, in the city's deadliest incident of gun violence this year.

Officers were called to the 1400 block of Foundry Street at about 1:50 a.m. after several people reported hearing gunshots near the Rail Yard Tavern, according to police. They found three men with gunshot wounds in the parking lot.

Two of the men, ages 24 and 31, were pronounced dead at the scene. The third, a 28-year-old, was taken to Riverbend General Hospital, where he was in stable condition Sunday afternoon. Police did not release their names pending notification of relatives.

⟦fragment:Speaking to reporters at the scene shortly after sunrise.⟧ Police Chief Lamar Whitaker said investigators believed the shooting followed an argument that began inside the bar.

"This was not random," Whitaker said. "People in that parking lot knew each other."

⟦dup:1⟧

No arrests had been made by Sunday evening. Detectives were reviewing surveillance footage from the bar and nearby businesses and ⟦break:asked anyone who. Was in the area⟧ to contact the department.

Neighbors said the bar had been the scene of several fights in recent months. "We hear it almost every weekend," said Denise Carver, who lives two blocks away. "This time it was gunshots instead of yelling."

The Rail Yard's owner did not respond to a request for comment. City records show the bar's liquor license was reviewed last year after a stabbing in the parking lot but was renewed with conditions, including additional security staff on weekends.

Councilwoman Gina Torres, whose district includes the area, said she would ask the city's licensing board to take another look. "Two families are grieving today," she said. "We need to ask what could have been done differently."

The shooting brings the city's homicide count to 17 this year, compared with 22 at the same point last year.

⟦furniture:Join the conversation (14 comments) — Log in or create a free account to comment. Please keep it civil.⟧
"""),

("Deccan Newswire", """
Hockey: Odisha edge Punjab in shootout to reach national final

Bhubaneswar, May 18 (DNW) Hosts Odisha reached the final of the Senior Men's National Hockey Championship after beating Punjab 4-3 in a tense penalty shootout at the Kalinga Stadium here on Saturday, following a 2-2 draw in regulation time.

Goalkeeper Biren Tirkey was the hero for Odisha, saving two of Punjab's five attempts in the shootout as a packed home crowd cheered every stop.

Punjab took the lead in the 12th minute through a penalty corner converted by Harjit Singh, who drag-flicked low to the goalkeeper's left. Odisha equalised five minutes before half-time when Amit Ekka deflected a cross from the right into the top of the net.

⟦placeholder:[gallery ids="48213,48214,48219" columns="3" size="medium"]⟧

The second half was end-to-end. Punjab regained the lead in the 44th minute, but Odisha struck back in the 53rd minute through a field goal by captain Sunil Lakra, who dribbled past two defenders before slotting home.

"I told the boys at half-time that this crowd will carry us⟦stray: !⟧ They did not let us down," ⟦attribution:Lakra said, the Odisha captain said⟧ after the match.

In the shootout, Odisha converted four of their five attempts, while Tirkey dived full-length to deny Punjab's Gurpreet Singh in the final round.

Punjab coach said his team had created enough chances to win in regulation time but failed to convert them. "We had six penalty corners and scored only once. At this level, that is not good enough," he said.

Odisha will face Haryana in the final on Monday. Haryana beat Karnataka 3-1 in the other semi-final earlier in the day, with two goals from striker Rohit Kumar.

Punjab and Karnataka will play for the bronze medal on Monday afternoon. National team selectors are expected to watch the final closely ahead of the upcoming Pro League matches in Europe.
"""),

("The Harbor City Courier", """
Q&A: New Police Chief Renee Calloway on trust, staffing and her first 100 days

Renee Calloway was sworn in last week as Harbor City's 31st police chief and the first woman to lead the department. A 24-year veteran who rose from patrol officer to deputy chief, she inherits a force that is about 140 officers short of its authorized strength. She sat down with the Courier on Friday. The conversation has been edited for length.

Q: What is your top priority?

A: Staffing. ⟦glued:Myfirst⟧ job is to make sure that when somebody calls 911, an officer shows up in a reasonable amount of time. Right now, on some nights, that isn't happening, and I won't pretend it is.

Q: How do you plan to recruit?

A: We are changing how we hire. We'll run more academy classes, and we're looking at partnerships with the community colleges. We also have to keep the officers we already have. People leave when they feel overworked and unappreciated.

Q: Community groups have said relations with the department are strained. What will you do?

A: Show up. I've told my commanders that they need to be at neighborhood meetings, not just when something goes wrong. ⟦fragment:To build the trust first and then to ask for it back.⟧

Q: The department is under a state review of its use-of-force policies. Will you accept the recommendations?

A: I'll read every page. If they tell us something we need to fix, we will fix it. I'm not interested in fighting the people who are trying to help us get ⟦broken_paragraph:better. I'd rather
hear it⟧ now than read about it after someone gets hurt.

Q: What about the first 100 days?

A: I'll walk every precinct and ride along on every shift. I want to hear from officers and residents in the same week, so I'm not just hearing one side. And I'll publish response times every month so people can hold me to what I've said here.

Q: Any message for residents?

A: Call us. Tell us what's going on. If we're not doing our job, tell me that too. My email is on the city website, and I read it.
"""),

("Indo-Asian Wire Service", """
SC grants bail to activist in 2020 case, says trial unlikely to end soon

New Delhi, Sep 20 (IAWS) The Supreme Court on Friday granted bail to a social activist who had spent over four years in jail in connection with a case registered under the Unlawful Activities (Prevention) Act, observing that the trial was unlikely to conclude in the near future.

A bench of Justices headed by a senior judge said prolonged incarceration without trial ⟦break:violated the. right to⟧ personal liberty guaranteed under Article 21 of the Constitution, and that bail could not be denied merely on the ground of the seriousness of the charges.

"Bail is the rule and jail is the exception, and this principle applies even to special statutes," the bench observed, citing earlier judgments of the court.

The prosecution had opposed the plea, arguing that the activist was part of a larger conspiracy and that there was a risk of him influencing witnesses. The court noted that the chargesheet listed over 200 witnesses, of whom only 11 had been examined so far.

⟦attribution:The counsel for the activist told the court that his client had cooperated fully with the investigation, the lawyer told the court⟧, and had no criminal antecedents.

The bench imposed several conditions, including surrender of passport, reporting to the local police station once a week, and a bar on making public statements about the case. It said the prosecution was free to seek cancellation of bail if any condition was violated.

Legal experts said the order was significant as it reiterated that delay in trial could itself be a ground for bail under anti-terror laws. Several similar petitions are pending in high courts across the country.

The activist's family welcomed the decision. His wife said she would travel to the jail on Saturday to complete the formalities for his release.

⟦furniture:Follow IAWS on Google News, WhatsApp and Telegram for the latest updates ➜⟧

⟦disclaimer:(This is an unedited, unformatted feed from a news agency and has been published as received.)⟧
"""),

("Lakeshore Ledger", """
Pier 9 Brewing to triple capacity with $12 million expansion

⟦placeholder:By $AUTHOR_NAME, Ledger business writer⟧

Pier 9 Brewing, the Port Ellis craft brewery that started in a two-car garage a decade ago, plans to triple its production with a $12 million expansion into the former Lakeland Boat Works building on the waterfront.

The project, announced Wednesday, will add a 30-barrel brewhouse, a canning line and a 200-seat taproom with a rooftop patio overlooking the harbor. The company expects to hire about 45 people once the expansion opens in spring 2026.

Co-founders Jake Sorensen and Mia Thibodeaux said they had been turning away distributors for two years because they could not make enough beer. "We've been at 100% capacity since 2022," Sorensen said. "It's a good problem, but it's still a problem."

Pier 9 produced about 9,000 barrels last year and sells in five states. Its flagship hazy IPA, Breakwall, is the best-selling craft beer in the region, according to a local distributor.

The brewery released a short video tour of the boat works building on its channel.

⟦embed:Pier 9 Brewing — Our new home: Lakeland Boat Works walkthrough
Watch on YouTube · 03:47⟧

The city has agreed to a 10-year property tax abatement and will contribute $1.5 million for environmental cleanup at the site, which was used to build and repair fiberglass boats until 2011. The City Council approved the incentives 5-2 last month.

Council member Harold Jenks, who voted against the incentives ⟦stray:)⟧ said he supported the brewery but questioned whether a profitable company needed public money. "Good for them. But taxpayers shouldn't be paying to clean up their building," he said.

Mayor Lisa Braun said the project would bring new life to a stretch of waterfront that has been fenced off for more than a decade. "This is exactly the kind of business we want down there," she said.

Craft beer sales nationally have been flat or slightly declining in recent years, and some breweries have closed. Thibodeaux said Pier 9 was aware of the headwinds but believed its taproom model would carry it through.

"People don't just come for the beer," she said. "They come for the place."
"""),

("Press Dispatch of India", """
TB elimination drive: health workers to screen 5 crore people in 100 days

New Delhi, Dec 7 (PDI) The Union Health Ministry on Saturday launched a 100-day intensive campaign to detect and treat tuberculosis cases in 347 high-burden districts, with health workers set to screen about five crore vulnerable people.

The campaign will target people with diabetes, smokers, malnourished persons, people living with HIV, the elderly and those who have had tuberculosis in the past. Mobile vans equipped with hand-held X-ray machines and molecular testing kits will be sent to villages and urban slums.

Launching the campaign, the Union Health Minister said India had made significant progress in reducing TB incidence and deaths, but the disease still claimed thousands of lives every year. "Every missing case is a chain of transmission that we have not broken," he said.

⟦dup:1⟧

Officials said the campaign would also focus on improving nutrition support for patients. Under the Ni-kshay Poshan Yojana, patients receive a monthly cash transfer for nutrition during the course of their treatment.

⟦fragment:In order to reach the missing cases in urban slums and remote tribal areas.⟧

At a health centre in south Delhi, an ASHA worker described how she goes from door to door in her area with a list of households. "⟦foreign:लोग अब भी बीमारी को छुपाते हैं, उन्हें डर है कि समाज उन्हें अलग कर देगा⟧," she said.

India accounts for over a quarter of the world's TB cases. The government has set a target of ⟦broken_paragraph:eliminating the disease by 2025, five years ahead of the global

target⟧ of 2030 set under the Sustainable Development Goals, though public health experts say the deadline is unlikely to be met.

The ministry said that private sector notifications of TB cases had increased significantly over the past few years, which had helped bring more patients into the treatment net. Drug-resistant cases, however, remain a major challenge.

Community leaders, elected representatives and former TB patients, called "TB champions", will be roped in to spread awareness and reduce stigma during the campaign.
"""),

("Tri-County Sentinel", """
Cedar Falls Lumberjacks rally in ninth to clinch playoff spot

The Cedar Falls Lumberjacks scored ⟦glued:4runs⟧ in the bottom of the ninth inning Saturday night to beat the Ridgeview Hawks 6-5 and clinch a spot in the Prairie League playoffs for the first time since 2016.

Trailing 5-2 entering the final inning, the Lumberjacks loaded the bases with nobody out on two walks and a bloop single. Catcher Danny Ochoa then lined a two-run double into the right-center gap to cut the lead to one.

After an intentional walk, shortstop Eli Whitman hit a sharp grounder that the Hawks' third baseman couldn't handle, allowing the tying run to score. Two batters later, rookie Marcus Bell ⟦break:lifted a sacrifice. fly to left⟧ to bring home the winning run.

The crowd of 3,812 at Riverside Park was the largest of the season. Fans stayed in their seats long after the final out as players dumped a bucket of sunflower seeds on Bell's head.

"I just wanted to get it in the air," Bell said. "I've never hit a walk-off anything. Not in Little League, not in college. Nothing."

Manager Ray Kowalczyk said the team's resilience had defined its season. The Lumberjacks were 11 games under .500 in early June before winning 34 of their last 50.

"These guys don't quit. That's not a cliché with this group, it's just true," Kowalczyk said.

Ridgeview starter Tony Alvarez had held Cedar Falls to two runs over seven innings before leaving with a blister. The Hawks' bullpen walked four batters in the ninth.

⟦placeholder:<a href="#">Click here for the full box score</a>⟧

The Lumberjacks will open the best-of-three first round on the road Tuesday. Their opponent will be decided on the final day of the regular season Sunday. Playoff tickets go on sale Monday morning⟦stray: :⟧ fans can buy them at the box office or online.
"""),

("The Mesa Gazette", """
In Nogales, shoppers return as border wait times ease

NOGALES, Ariz. — For months, the downtown shops along Morley Avenue sat mostly empty on weekday mornings. Now, merchants say, the customers from Sonora are coming back.

Wait times at the DeConcini port of entry have dropped sharply since U.S. Customs and Border Protection reopened lanes that had been closed when officers were reassigned to other duties last year. On a recent Tuesday, the wait for pedestrians was under 20 minutes, compared with two hours or more in the winter.

"People were giving up," said Alma Gutierrez, who has run a clothing store on Morley for 22 years. "Why would you stand in line for three hours to buy jeans?"

Business owners estimate that as much as 60% of downtown retail sales come from shoppers who live in Nogales, Sonora, and cross for the day. When the lines grew, several stores cut hours, and at least four closed for good.

Gutierrez said her sales fell by nearly half during the worst months. "I almost closed too," ⟦attribution:she said, Gutierrez said⟧. "My landlord gave me two months free. That's the only reason I'm still here."

A shopper from Sonora, carrying bags of school clothes for her children, said she was relieved the lines were shorter. "⟦foreign:Ahora sí vale la pena cruzar, antes perdíamos todo el día⟧," she said before heading back to the border.

City officials said they were lobbying for permanent staffing at the port to avoid a repeat. Mayor Jorge Maldonado posted a short video from the crossing last week.

⟦embed:This content is hosted by TikTok. By loading it you accept TikTok's privacy policy.
@mayormaldonado Lines are moving! Come shop Nogales 🛍️🇺🇸🇲🇽 ♬ original sound - Jorge Maldonado⟧

CBP said in a statement that staffing levels depended on operational needs across the region but that it was committed to "facilitating lawful trade and travel."

Merchants say they are cautiously optimistic heading into the back-to-school season, traditionally one of the busiest times of the year downtown.
"""),

("Bharat Wire Agency", """
Himalayan glaciers lost ice 65 pc faster in last decade, study finds

New Delhi, June 20 (BWA) Glaciers in the Hindu Kush Himalaya lost ice 65 per cent faster in the decade from 2011 to 2020 than in the previous decade, according to a new study by an international team of scientists, raising concerns over water security for nearly two billion people who depend on rivers fed by the mountains.

The study, which analysed satellite data and field measurements from over 1,500 glaciers, found that the rate of ice loss had accelerated sharply across the region, with glaciers in the eastern Himalaya among the worst affected.

⟦placeholder:INSERT GRAPHIC HERE: glacier mass balance 1990-2023 (source: study)⟧

"Glaciers are shrinking faster than at any time we have measured. This will affect river flows, agriculture and hydropower across South Asia," said one of the lead authors, a glaciologist based in Kathmandu.

The researchers warned that if current emission trends continue, the region could lose up to 80 per cent of its glacier volume by the end of the century.

⟦dup:1⟧

Indian scientists who were not part of the study said the findings were consistent with their own observations in Himachal Pradesh and Uttarakhand, where several glaciers have ⟦broken_paragraph:retreated by more than

20 metres a year⟧ over the past decade. Field teams have also observed an increase in the number and size of glacial lakes, which pose a risk of sudden floods.

The study called for better monitoring systems, early warning networks for glacial lake outburst floods, and regional cooperation on water management among countries sharing the Himalayan rivers.

Officials of the Ministry of Earth Sciences said India had expanded its network of glacier monitoring stations and was working with neighbouring countries to share data. The findings are expected to feed into discussions at upcoming climate negotiations.

⟦disclaimer:Note: Parts of this report were produced with AI-assisted translation from the original Hindi and have not been independently reviewed.⟧
"""),
]
