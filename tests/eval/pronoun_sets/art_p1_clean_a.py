ARTICLES = [
r"""Founders of meal-kit firm split over sale to grocery giant

The two founders of FreshBox, the meal-kit company started in a Brooklyn apartment eight years ago, publicly disagreed on Monday over a proposed $300 million sale to the supermarket chain Harmon's.

Daniel Cho, the company's chief executive, said the deal was the best way to secure jobs for FreshBox's 600 employees. Rachel Abrams, who co-founded the company with him and serves as its chief product officer, said she would vote her shares against it.

"We have a real offer on the table from a partner that knows food," Mr. Cho said in an interview. "I don't think we get a better one."

"It undervalues the company by at least a third," Ms. Abrams said in a separate interview an hour later. "Daniel knows that. I've told him that."

He said the disagreement was about timing, not principle. "Rachel believes we can grow into a bigger valuation. I hope she's right, but I can't bet the company on it."

She said she had not been consulted before the board voted to open talks. "I found out the terms the same day as our investors," she said. "That's not how we built this company."

The two met as line cooks at a Manhattan restaurant and launched FreshBox with $40,000 of savings. Mr. Cho handled finance and logistics; Ms. Abrams designed the recipes and the brand. Both hold about 18 percent of the shares, and the deal needs the approval of a majority of shareholders.

Harmon's chief executive, Lorraine Whitfield, said her company was "excited about the opportunity" and declined to comment on the dispute. The largest outside investor, the venture firm Ridgeline, has not said how it will vote. Its partner on the FreshBox board, Peter Gould, said he was "listening to both founders."

Asked whether the two were still on speaking terms, Mr. Cho laughed. "We had lunch on Friday," he said. "She paid."

Ms. Abrams confirmed the lunch. "I always pay when I'm about to win an argument," she said.

The shareholder vote is scheduled for the end of the month.
""",

r"""Lawyer says client was 'nowhere near' the warehouse on night of fire

The lawyer for a man accused of setting a fire that destroyed a furniture warehouse in Leicester told a jury on Tuesday that her client was at his sister's birthday party when the blaze began.

Anthony Price, 34, denies arson with intent to endanger life. The fire in March last year caused £6 million of damage and forced the evacuation of 40 homes.

Opening the defence case, Sophie Langford KC said the prosecution's evidence was "built on a grainy video and a grudge." She told the jury that her client had been filmed on guests' phones at a pub five miles away from 9 p.m. until after midnight.

"Mr. Price was nowhere near that warehouse," Ms. Langford said. "He was singing karaoke, badly, and you will see the footage."

The prosecution says Mr. Price had a motive because he was dismissed by the warehouse's owner, Kevin Dunmore, two weeks before the fire. Mr. Dunmore told the court last week that Price had threatened him as he left the building. The defendant admits that the two men argued but denies making any threat.

Ms. Langford suggested that the figure in CCTV footage, which the prosecution says is her client, was several inches shorter than him. She said a forensic video analyst would give evidence to that effect.

Mr. Price's sister, Michelle Price, is expected to testify on Wednesday. In a statement read to the jury, she said her brother had arrived at the party at about 8:45 p.m. and left with her husband shortly after 1 a.m. "He was never out of my sight for more than ten minutes," she said.

The prosecutor, Nigel Ashworth, told the jury in his opening speech that the party alibi was "convenient but full of holes." He said phone records placed the defendant's mobile near the warehouse at 10:17 p.m.

Ms. Langford said she would call an expert to explain why the phone data was unreliable. "My client did not do this," she said. "He has spent fourteen months waiting to say so."

The trial continues.
""",

r"""Singer Rowan Ellis cancels tour dates, citing exhaustion

The singer-songwriter Rowan Ellis has canceled the remaining 14 dates of their North American tour, saying they need time to recover from exhaustion after more than a year on the road.

Ellis, who is non-binary and uses they/them pronouns, announced the decision in a post on Instagram on Sunday. "I've been running on empty for months and I didn't want to keep showing up as half of myself," they wrote. "I'm sorry. I'll make it up to you."

The 29-year-old musician broke through in 2023 with the album "Salt Flats," which was nominated for two Grammy Awards. Their follow-up, "Low Country," debuted at No. 3 on the Billboard chart in the spring.

Ellis's manager, Tom Brennan, said all ticket holders would receive full refunds. He said the cancellation had nothing to do with ticket sales, which he described as strong. "Rowan's health comes first. That's the only conversation we had," Mr. Brennan said.

The tour's opening act, the singer Maya Rios, wrote on social media that she was sending love to Ellis. "They gave me the chance of a lifetime this year," she wrote. "Take all the time you need."

Fans reacted with sympathy. Many shared stories of concerts earlier in the tour, including a show in Denver where Ellis stopped mid-song to help a fan who had fainted near the front of the stage.

Ellis has spoken openly about anxiety in past interviews. In a 2024 profile in Rolling Stone, they said that touring was "the best and worst thing" about their job. "You feel loved by thousands of people and then you go back to a hotel room and you're completely alone," they said.

The record label, Arcadia, said Ellis would spend the coming months at home in Nashville with their partner, the producer Sam Whitley, and would return to the studio in the new year. A spokeswoman, Jenna Carr, said there were no plans to reschedule the canceled shows.
""",

r"""Old tanker towed to breakers after 40 years at sea

The oil tanker Northern Grace left Rotterdam on her final voyage on Wednesday, towed by two tugs toward a ship-recycling yard in Denmark where she will be broken up for scrap.

Built in a Japanese yard in 1986, the ship carried crude oil between the North Sea and refineries in Europe and America for four decades, outlasting several owners and two changes of flag. She was one of the last single-hull tankers still in commercial service when she was retired last year.

Her final master, Captain Henrik Aalto, was on the quay to watch her leave. Captain Aalto, who commanded the ship for eleven years, said she had been "a difficult lady in a head sea but never once let us down."

"You spend more time on a ship than with your family," he said. "It is like watching an old friend go."

The tanker's owner, Baltic Shipping, said it had chosen a yard certified under European rules to ensure that the ship was dismantled safely. The company's environmental director, Astrid Nilsen, said that about 95 percent of the vessel's steel would be recycled. She said the company had rejected higher offers from yards in South Asia where conditions for workers are poorer.

Campaigners welcomed the decision. Ingvild Dahl of the NGO Shipbreaking Platform said too many owners still sold old vessels to beaches where workers dismantle them by hand. "Baltic has done the right thing here, and it cost them money," she said.

Northern Grace made headlines in 1999 when she rescued 23 fishermen from a sinking trawler off Shetland during a storm. Her crew received awards from the British and Norwegian governments. The trawler's skipper, Magnus Isbister, died in 2020. His son, Erik, said the family still kept a photograph of the tanker on the wall.

The tow is expected to take five days. The ship's bell, which was removed before departure, will be given to the maritime museum in Rotterdam, where the director, Pieter de Vries, said he planned to display it beside a model of her.
""",

r"""Q&A: The head of the national orchestra on money, audiences and Mahler

Marianne Dupont became chief executive of the National Symphony Orchestra last year after two decades running opera houses in France and Canada. She spoke with our arts editor about funding cuts, young audiences and why she still goes to every concert. The interview has been condensed and edited.

You arrived just as the government cut the orchestra's grant by 15 percent. Did you consider turning the job down?

For about a day. Then my husband reminded me that I had never taken a job because it was easy. He was right, which is annoying.

Where has the money gone?

We did not cancel any concerts. We reduced touring, we froze some salaries, including mine, and we found new private donors. It is not sustainable forever.

Your music director, Stefan Keller, has been outspoken about the cuts.

Stefan says what he thinks. I respect that. He and I agree on the goal. Sometimes we disagree about the volume.

What are you doing about younger audiences?

We have a ticket for people under 30 that costs the same as a cinema ticket. Last season about a fifth of our audience used it. I meet many of them in the foyer. They don't know what a concerto is and they don't care. They just know the music made them feel something.

Is there a concert this season you are particularly excited about?

Mahler's Third, in March, with the mezzo-soprano Anna Berglund. It is a long piece, 100 minutes. I have told Stefan that if anyone leaves early, it will be his fault.

Do you still go to every concert?

Every single one. My predecessor, Richard Lowe, told me it was the only way to understand what you are selling. I thought he was exaggerating. He was not.

What do you do when you are not working?

I garden, badly. I read crime novels. And I listen to jazz, because after a week of symphonies I need something where nobody knows what comes next.
""",

r"""Jordan Hayes takes the helm at city's largest hospital

Jordan Hayes was named chief executive of St. Luke's Medical Center on Thursday, becoming the first woman to run the 900-bed hospital in its 130-year history.

Ms. Hayes, 51, has been the hospital's chief operating officer since 2020 and led its response to the pandemic. She succeeds Dr. Alan Mercer, who is retiring after 16 years in the post.

"Jordan is the obvious choice," Dr. Mercer said in a statement. "She knows every corridor of this building and most of the people in it."

The hospital's board chairman, William Okafor, said the board had conducted a national search but concluded that the best candidate was already on staff. He praised her handling of a nurses' strike two years ago, which ended after nine days with an agreement that both sides called fair.

The nurses' union president, Leon Baptiste, said his members had mixed feelings. "She was tough at the table, but she was honest," Mr. Baptiste said. "We can work with that."

Hayes grew up in the city and trained as a nurse before earning a business degree at night. She said she would focus on reducing waiting times in the emergency department, which have doubled since 2019, and on recruiting staff. "I walk through that emergency room every morning," she said. "I see the same people waiting that I saw the night before. That has to change."

St. Luke's faces financial pressure. It lost $24 million last year, largely because of rising labor costs and lower payments from state insurance programs. Ms. Hayes said she did not plan layoffs but would review every department.

Her appointment takes effect on January 1. Her husband, Michael, is a teacher at a high school near the hospital, and the couple have two daughters.

Dr. Mercer said he planned to spend his retirement sailing. "I've promised my wife I won't call Jordan for advice," he said. "I suspect Jordan will be relieved."
""",

r"""Italian coach Andrea Bellucci guides Wanderers to cup triumph

Andrea Bellucci lifted his first trophy in English football on Sunday as Wanderers beat Athletic 2-0 in the cup final, ending a 41-year wait for silverware.

The 48-year-old Italian, appointed 18 months ago, was thrown into the air by his players at the final whistle. He later said the moment had been "the happiest of my life in football, and I have had a long life in football."

Goals from Emma Clarke's brother, the striker Josh Clarke, and the captain, Ryan Doherty, settled the match. Clarke's sister, the England international, watched from the stands and was shown on the big screen celebrating the opener.

Bellucci played for Sampdoria and Torino and coached in Italy and Portugal before taking the Wanderers job. His arrival was greeted with skepticism by supporters who had never heard of him. "People asked, who is this Andrea? They thought they were getting a woman," Doherty joked afterward. "Now they know who he is."

The club's owner, Margaret Hollis, said she had hired Bellucci after watching his Portuguese team beat a much richer side in the Europa League. "I liked the way his players ran for each other," Mrs. Hollis said. "You can't buy that."

Athletic's manager, Lena Fischer, congratulated her opposite number. "His team wanted it more in the first half," she said. "We had chances later, but he organized them very well."

Bellucci's wife, Giulia, and their two sons flew in from Genoa for the final. He dedicated the win to his late father, a dockworker who took him to his first match. "He would not believe this," Bellucci said. "Wembley. His son."

The victory earns Wanderers a place in next season's Europa League. Asked whether he would stay, Bellucci smiled. "Mrs. Hollis has my phone number," he said.
""",

r"""Trans runner wins appeal to compete in veterans' championships

A transgender runner has won her appeal against a decision by the national athletics body to bar her from the over-50 women's category at this summer's veterans' championships.

Dana Whitmore, 54, a retired engineer from Bristol, transitioned in 2009. She has competed in local women's races for more than a decade and holds several club records at distances from 5 kilometres to the half-marathon.

In March, the governing body's eligibility panel ruled that she could not enter the championships in the women's category under rules adopted last year. An independent appeal tribunal, chaired by the barrister Philip Crane, ruled on Wednesday that the panel had applied the rules retrospectively to an athlete who had been approved under earlier guidelines.

Ms. Whitmore said she was relieved. "I have never asked for anything except to run with my friends," she said. "I'm not breaking world records. I'm a 54-year-old woman who likes to run around a park on Saturday mornings."

Mr. Crane said in the written decision that the tribunal had not considered the wider question of whether the new rules were fair, only whether they had been correctly applied in her case.

The ruling was criticized by some athletes. Karen Boyd, who finished second behind Whitmore in a regional 10-kilometre race last year, said she respected Whitmore personally but believed the category should be restricted. "It's not about Dana. It's about the principle," Ms. Boyd said.

Whitmore's club coach, Graham Peel, said she had received abusive messages since the case became public. "She's handled it with more grace than I would have," he said. "She just keeps turning up to training."

The governing body said in a statement that it would respect the decision but that its policy remained in place for future applicants. Its chief executive, Martin Lowry, said he would ask the board to review how the rules were introduced.

Whitmore's wife, Helen, who has been married to her for 22 years, said the couple planned to celebrate with a long run on the Cotswold Way.
""",

r"""Anonymous donor gives $20 million to rural school district

A donor who asked not to be named has given $20 million to a small school district in eastern Montana, the largest gift in the district's history, officials said on Friday.

Superintendent Carla Mendez said the donor had contacted the district in the spring and asked to meet in person. "They told me they grew up here and went to school in this building," Ms. Mendez said. "They wanted to give something back, but they did not want any attention."

The donor has requested that the district never reveal their identity, according to Ms. Mendez, and has asked that no building or program be named after them. The money will be paid over five years.

The Prairie Valley district has about 700 students spread across an area larger than Rhode Island. Its buildings are old, and it has struggled to keep teachers, who earn less than in nearby states. Ms. Mendez said the gift would go toward higher salaries, a new science wing and a bus route for students who live more than 40 miles from school.

The school board chairman, Dale Jorgensen, said the board had voted unanimously to accept. "I've lived here my whole life and I have no idea who it is," Mr. Jorgensen said. "Whoever they are, they've changed this town."

Speculation has been intense. Some residents believe the donor is a former student who made a fortune in technology; others think it could be a rancher family that sold land to a mining company last year. Ms. Mendez would say only that the person had "a great memory for the old chemistry teacher."

That teacher, Howard Lange, taught at the school from 1968 to 2004 and still lives in town. Reached by phone, Mr. Lange said he had taught about 3,000 students and could not guess which one it was. "I hope they learned something," he said. "Apparently they did."

His wife, Irene Lange, who taught English at the same school for 30 years, said she had a few ideas. "But I'm not telling," she said.
""",

r"""Every applicant must show his or her papers, 1962 rule book says

A museum in Cardiff has put on display a collection of rule books, ledgers and letters from the city's docks, offering a rare look at how work was organized in one of the busiest ports in the world.

The exhibition, "Tide and Time," was curated by the historian Dr. Gwen Pritchard, who spent three years sorting through boxes donated by the family of a former dock manager, Thomas Llewellyn.

Among the items is a 1962 employment rule book that instructs clerks: "Every applicant must show his or her papers before being taken on, and no man shall work a second shift unless his foreman has approved it in writing." Dr. Pritchard said the phrase "his or her" was unusual for the period and reflected the number of women then working in the port's offices and warehouses.

"People imagine the docks as an entirely male world," she said. "It wasn't. Women ran the paperwork, and without paperwork nothing moved."

An older document, a 1911 notice from the harbor board, reads: "A docker who is late shall forfeit his place in the call, and he shall not be taken on again that day." Dr. Pritchard said such rules were enforced strictly and that men often waited at the gates for hours without work.

Mr. Llewellyn managed the Queen Alexandra Dock from 1955 until it scaled back operations in 1970. His granddaughter, Sian Davies, said he had kept everything. "He couldn't throw away a receipt," she said. "My grandmother used to say the loft would come through the ceiling one day."

The museum's director, Owen Jenkins, said the exhibition had drawn more visitors in its first week than any show in five years. Many were former dockers or their children. One visitor, Bernard Hughes, 87, found his own name in a 1958 ledger. "Fourteen shillings for a day on the coal," he said. "My father earned less."

The exhibition runs until April.
""",

r"""Married scientists share physiology prize for work on sleep

A husband and wife who have spent 30 years studying why animals sleep were awarded the Lasker Prize for basic medical research on Tuesday.

Dr. Miriam Osterberg and Dr. Paul Osterberg, who run a joint laboratory at the University of Michigan, identified a group of genes that control the timing of deep sleep in fruit flies and later showed that similar genes work in humans.

The couple met as graduate students at Stanford in 1990 and married two years later. She trained as a geneticist; he is a neuroscientist. "I bring the flies and he brings the brains," Dr. Miriam Osterberg said in an interview on Tuesday. "That has been the division of labor for three decades."

Dr. Paul Osterberg said his wife had the key insight. "I wanted to give up on that line of research in 2003," he said. "She made me look at the data again. She was right, and I was wrong, and I have been reminded of it regularly since."

Their discovery has helped researchers understand inherited sleep disorders and may lead to new treatments for insomnia, according to the prize jury. The jury's chairwoman, Dr. Laura Fenn, said the work was "a model of patient, curiosity-driven science."

The Osterbergs' former student, Dr. Rajesh Kumar, now at Harvard, said the couple ran their laboratory "like a family, in the good sense." He said they took students home for dinner and argued about science at the table. "Miriam usually won," he said. "Paul usually cooked."

Asked how they divided credit, the couple gave different answers. He said it was "60-40 in her favor." She said it was "50-50, and he is being gallant."

The award carries a $250,000 prize. They said they would use part of it to fund fellowships for graduate students from low-income families. Their daughter, Anna, a physician in Chicago, will attend the ceremony in New York next month.
""",

r"""Police appeal for witnesses after cyclist seriously injured

Police have appealed for witnesses after a cyclist was seriously injured in a collision with a van on the A38 near Bromsgrove on Saturday morning.

The cyclist, a 62-year-old man from Worcester, was taken to the Queen Elizabeth Hospital in Birmingham with head and leg injuries. His condition was described on Monday as serious but stable.

The van driver stopped at the scene and is assisting police with their inquiries, a spokesperson for West Mercia Police said. No arrests have been made.

Detective Sergeant Joanne Pike, who is leading the investigation, said officers were particularly keen to speak to the driver of a blue hatchback seen overtaking the van shortly before the collision. "We believe the driver may have seen what happened, and we would urge them to come forward," she said. "They are not in any trouble."

The injured man has been named locally as Robert Haines, a retired postman and a member of the Worcester Wheelers cycling club. The club's secretary, Linda Shaw, said he rode the same route most Saturdays. "Bob is one of the most careful riders we have," Ms. Shaw said. "He wears every bit of high-visibility kit you can buy."

His daughter, Claire Haines, said the family was grateful to a passing nurse who stopped to help him. "We don't know her name, but she stayed with Dad until the ambulance came," she said. "We would love to thank her."

The road was closed for five hours while collision investigators examined the scene. Local councillor Mark Tennant said residents had complained about the speed of traffic on that stretch for years. He said he would ask the highways authority to consider a lower limit.

Anyone with information is asked to call 101, quoting incident 212 of Saturday. Witnesses with dashcam footage can upload it to the force's website.
""",

r"""Cape Town author Nikita Volkov wins prize for memoir of Soviet childhood

Nikita Volkov, a Russian-born writer who has lived in Cape Town since 1995, won the Alan Paton Award on Saturday for "The Stairwell," a memoir of growing up in a crowded apartment block in Leningrad in the 1970s.

Volkov, 61, wrote the book in English, his third language after Russian and Afrikaans. He said he had started it as a letter to his grandchildren and had not intended to publish it.

"My wife read the first hundred pages and told me to keep going," he said at the ceremony in Johannesburg. "She is my only editor that I am afraid of."

The judges, led by the novelist Zukiswa Mahlangu, praised the book's humor and its portrait of Volkov's grandmother, Vera, a former tram driver who raised him while his parents worked night shifts at a factory. "She is one of the great characters in recent South African writing, and she never set foot in this country," Ms. Mahlangu said.

Volkov emigrated after the collapse of the Soviet Union and worked as a taxi driver and then a translator before becoming a university lecturer. He said many readers assumed from his first name that the author was a woman. "In Russia, Nikita is a boy's name, like Khrushchev," he said. "Here, I get letters addressed to Ms. Volkov. I answer them all."

The book's publisher, Thomas Mbeki of Jacana Media, said sales had tripled since the shortlist was announced. He said a Russian translation was not planned. "Nikita thinks it would be complicated," Mr. Mbeki said.

Volkov's daughter, Katya, who works as a doctor in Durban, attended the ceremony with her husband and their two children. Volkov thanked them last. "They are the reason for the book," he said. "My grandmother would have liked them very much."
""",
]
