ARTICLES = [
dict(title="Couple Who Met at Sea Rescue Mark Fifty Years of Marriage", text="""
When Brian and Elaine Cartwright met in 1974, she was a volunteer on the Aldeburgh lifeboat crew and he was the fisherman she helped pull out of the North Sea. Fifty years later, the couple celebrated their golden wedding anniversary on Saturday with a party at the lifeboat station.

"He was soaked, furious and very embarrassed," Mrs Cartwright, 74, recalled. "He kept apologising for getting water on my boots." Her husband laughed at the memory. "She still brings it up every time I go near a boat," Mr Cartwright said.

The rescue happened on a stormy October night when Brian's engine failed two miles offshore. Elaine, then 24, was one of the first women to crew an inshore lifeboat in Suffolk. The station's current coxswain, Mark Dennison, said her record was still remembered. "She went out on more than 300 shouts," he said. "People around here still talk about her."

The couple married eighteen months after the rescue and have three children: Susan, a nurse; David, who runs the family's fish stall at Aldeburgh beach; and Helen, a teacher in Ipswich. They also have seven grandchildren. David Cartwright said his parents had taught him the value of hard work. "Mum and Dad never sat still," he said. "They still don't."

Brian gave up fishing in the 1990s and went on to become a volunteer himself, serving as a launch tractor driver for two decades. His wife retired from the crew in 1989 but continued to raise money for the charity.

Among the guests on Saturday was Jean Fuller, 79, who crewed alongside Elaine in the 1970s. She said the two women had "frightened half the men in the harbour". The RNLI presented the couple with a framed photograph of the station's old lifeboat, the Ruby Ann, which was retired in 1985. "She was a lovely old boat," Mr Cartwright said. "Wet, cold and slow, but lovely."

Asked for the secret of a long marriage, Elaine Cartwright did not hesitate. "Separate boats," she said.
"""),

dict(title="Q&A: The Astronaut Preparing for Eight Months in Orbit", text="""
Colonel Rebecca Sandoval, 44, will launch to the International Space Station next month for an eight-month mission, the longest ever flown by a member of her country's astronaut corps. She spoke to us from the training centre in Houston, where she has spent the past year preparing alongside her crewmates, the engineer Pavel Orlov and the physician Dr Kenji Mori.

Q: How do you feel, a month before launch?

A: Calm, mostly. Excited. Every now and then I wake up at 3am and think, this is really happening. Then I go back to sleep because I have another simulation at seven.

Q: What will you be doing up there?

A: A lot of biology. Kenji is leading a study of how bone density changes in long missions, and Pavel and I will be his test subjects. He likes to joke that we are his lab rats. I will also do two spacewalks to replace a solar array.

Q: Your father was a pilot. Did he push you towards this?

A: Never. He flew cargo planes for thirty years and he hated the idea of me doing anything dangerous. My mother was the one who bought me a telescope when I was eight. She is the reason I'm here. My father came around eventually. Now he tells everybody at his golf club.

Q: What about your family?

A: My husband, Luis, and our son will stay in Houston. Luis has already made a calendar counting down the days until I come home. Our son is twelve. He thinks it is very cool, but mostly he wants to know whether I can bring him back a moon rock. I have explained that I am not going to the moon.

Q: Your crewmate Dr Mori has said you are the calmest person he has ever trained with. Is that true?

A: Kenji is very kind. But he hasn't seen me try to assemble furniture.

Q: What will you miss most?

A: Rain. And my dog. Not in that order.

Colonel Sandoval's mission launches on 14 March from Kazakhstan.
"""),

dict(title="Lawyer Says Singer Was Unaware of Tax Scheme's Risks", text="""
The pop singer Danielle Marsh did not understand that a film investment scheme she joined in 2012 was designed to avoid tax, her lawyer told a tribunal in London on Monday.

Ms Marsh, 38, is appealing against a demand from HM Revenue and Customs for 1.9 million in unpaid tax, interest and penalties. The tax authority says the scheme, which promised investors large losses they could set against income, was an artificial arrangement with no genuine commercial purpose.

Her barrister, Anthony Greaves KC, said his client had relied entirely on advice from her former accountant and had no reason to doubt it. "She was 24 years old and had just had her first number one single," Mr Greaves said. "She trusted the professionals around her. That is what young artists do."

The accountant, Nigel Pemberton, who arranged for dozens of clients to join the scheme, was struck off by his professional body in 2019. He is not a party to the appeal.

For HMRC, Sarah Lindley argued that the singer had signed documents that clearly described the tax advantages. She told the tribunal that Ms Marsh's manager at the time, Gary Stone, had received a letter warning that the scheme might be challenged. "The warning was there in black and white," Ms Lindley said.

Mr Stone, giving evidence by video link from Los Angeles, said he could not remember receiving the letter. He said he and the singer had parted ways in 2015 and that he had not been involved in her financial affairs since.

Ms Marsh, who wore a dark trouser suit and sat beside her mother, Carol, in the public gallery, is expected to give evidence herself on Wednesday. Outside the tribunal, her spokesperson said the singer had always paid her taxes and was "confident that the tribunal will see the truth".

Judge Helen Rowe, who is hearing the case with a lay member, Dr Michael Farrow, said she expected to deliver her decision in the autumn.
"""),

dict(title="Brothers Share Podium in Historic Tour Stage Finish", text="""
For the first time in the race's history, two brothers finished first and second on a stage of the Tour of the Alps on Wednesday, when Matteo and Luca Rinaldi crossed the line together at the summit of Passo Rolle.

Matteo, 26, took the win by half a wheel after the pair had broken away on the final climb. Luca, two years younger, said afterwards that he had not eased off to let his older brother win. "I tried. He was just stronger today," Luca said. "But I am not going to let him forget that I led for the last two kilometres."

Their mother, Anna Rinaldi, watched from the roadside a few hundred metres from the finish, holding a hand-painted banner. She said she had not been able to decide whom to cheer for. "So I just screamed for both of them," she said.

The brothers ride for different teams, which made the finish all the more unusual. Matteo's team director, Giulia Ferraro, said the team had not planned for him to attack so early. "He ignored the radio," she said. "Sometimes the riders know better." Luca's director, Jens Hoffmann, was less amused. He said his rider should have waited for the team leader, who finished a minute behind.

The overall leader, the Australian Sam Kerr-Ashton, kept the pink jersey after finishing fourth. He praised the Rinaldis. "It's a beautiful story," he said. "I'm just glad they are not in my team. I'd never get a turn at the front."

The Rinaldis grew up in a village near Trento, where their father, Paolo, ran a bicycle repair shop. He died in 2019. Both brothers wore black armbands on Wednesday, which was the anniversary of his death. Matteo dedicated the win to him. "He built our first bikes," he said. "Everything started with him."

The race finishes on Friday in Lienz.
"""),

dict(title="Nation Mourns as Flagship Liner Makes Final Voyage", text="""
Thousands of people lined the harbour walls in Southampton on Sunday to watch the ocean liner Queen Adelaide leave port for the last time, bound for a breaker's yard in Turkey after 41 years at sea.

The ship, which carried more than two million passengers during her career, sounded her horn three times as she passed the Calshot Spit, drawing cheers and tears from the crowds. Many had sailed on her; some had worked aboard.

Her last master, Captain Fiona Drummond, said it was the hardest day of her career. "She is more than steel and rivets," Captain Drummond said as she prepared to hand over command to a delivery crew. "Every one of us who served on her feels we are losing a friend."

The liner was launched in 1984 by the then princess, and for two decades was the pride of the British merchant fleet. She was requisitioned briefly in 1991 to carry troops to the Gulf. Her owners announced last year that she would be retired because the cost of meeting new emissions rules was too high.

Among the onlookers was Harold Vance, 82, who served as chief engineer aboard for fourteen years. He said he knew every pipe in her engine room. "My wife used to say I spent more time with the Adelaide than with her," Mr Vance said. His wife, Margaret, standing beside him, nodded. "He did," she said. "And I didn't mind, most of the time."

A campaign to save the ship as a floating hotel failed to raise enough money. Its organiser, the local businessman Raj Patel, said he was bitterly disappointed. "Britain has let her go without a fight," he said. "That says something about how the country treats its history."

Drummond, who first joined the ship as a cadet in 1998, said she would keep the brass bell from the bridge, which the owners had given her as a gift.
"""),

dict(title="Sisters Open Bakery in Converted Fire Station", text="""
Two sisters who learned to bake in their grandmother's kitchen have opened a bakery in a converted Victorian fire station in Hebden Bridge, fulfilling a plan they hatched as children.

Rosie and Kate Ahmed, 31 and 28, spent eighteen months restoring the building, which had stood empty since 2009. The old engine bay now holds a wood-fired oven, and the brass pole that firefighters once slid down is still in place beside the counter.

"We used to walk past this building on the way to school and say, one day we'll have a shop in there," Rosie Ahmed said. Her sister added: "We didn't actually think it would happen. Then it came up for sale and we just looked at each other."

Their grandmother, Zainab Ahmed, who moved to Yorkshire from Lahore in 1968, taught both girls to make bread and sweets. She is 89 and still visits the bakery most mornings. "She tells us the naan is too thin," Kate said. "Every single day."

The sisters' father, Imran, a retired electrician, rewired the building himself. Their mother, Linda, does the accounts. "It's a proper family business," Imran Ahmed said. "I'm just the cheap labour."

The project was supported by a loan from the town council's high street fund. Councillor Tom Bairstow, who chairs the council's regeneration committee, said the bakery had already brought new life to the end of the main street. He said he had been in three times in the first week. "For research purposes," he said.

Local firefighters have also given their blessing. Station manager Debbie Kershaw, whose crew moved to a modern station in 2009, said she and her colleagues had been invited for a tasting. She said the cinnamon buns had won them over.

The bakery opens from Wednesday to Sunday.
"""),

dict(title="Nonbinary Artist Wins Turner Prize for Installation on Memory", text="""
The artist Sam Okafor-Reid has won this year's Turner Prize for an installation that fills a disused swimming pool with thousands of recorded voices describing their earliest memories.

Okafor-Reid, 35, who uses they/them pronouns, collected the recordings over four years from people in Liverpool, Lagos and Glasgow. Visitors walk along the bottom of the empty pool while the voices play from speakers hidden in the tiles. "I wanted people to feel that they were underwater in other people's pasts," they said after the ceremony at Tate Britain on Tuesday.

The chair of the jury, Alex Farquharson, praised the work as "generous, strange and unforgettable". He said the jury had been unanimous. The prize is worth 25,000, and each of the other three shortlisted artists receives 10,000.

The artist's mother, Grace Okafor, who was in the audience, said she had always known her child would do something unusual. "When they were five, they recorded the whole family talking at Christmas on an old cassette player," she said. "We still have it. It's in the pool."

The other shortlisted artists were the painter Jessica Holt, the sculptor Martin Blaine and the photographer Nia Roberts. Holt said she was thrilled for the winner. "Sam has been working towards this for years," she said. "Nobody deserves it more."

Not everyone was convinced. The critic Richard Dorment wrote that the installation was "moving but thin", and that he would have given the prize to Blaine. Blaine himself was gracious. He told reporters he had voted for Okafor-Reid in his head before the announcement.

Okafor-Reid said they would use the prize money to take the installation to a community centre in Lagos next year. "Half of these voices are from there," they said. "They should hear themselves."

The Turner Prize exhibition runs until January.
"""),

dict(title="Former Prime Minister and Wife Donate Papers to University", text="""
The former prime minister Sir Alan Prescott and his wife, Lady Margaret Prescott, have donated their personal papers to the University of Bristol, the institution announced on Thursday.

The archive, which fills more than 400 boxes, includes Sir Alan's handwritten diaries from his eight years in Downing Street, letters from foreign leaders and drafts of his most famous speeches. It also contains Lady Prescott's own papers from her long career as a children's rights campaigner and her years as chair of the National Adoption Council.

"We wanted everything to stay together," Lady Prescott said at a small ceremony at the university library. "People often forget that there were two careers in our house, not one." Her husband smiled. "She's quite right," Sir Alan said. "Mine was the less useful one."

The couple met at Bristol as students in 1961. The university's vice-chancellor, Professor Evelyn Welch, said the archive would be one of the most important collections of political papers outside London. She said it would be made available to researchers within two years, though some material will remain closed until 2040.

Historians welcomed the gift. Dr Michael Harding, who is writing a history of the Prescott government, said the diaries would transform understanding of the 1990s economic crisis. He said he had been waiting for access for a decade.

The couple's daughter, the broadcaster Claire Prescott, attended the ceremony with her two sons. She said her parents had spent months sorting through the boxes at their home in Somerset. "Dad wanted to throw out anything embarrassing," she said. "Mum wouldn't let him."

Sir Alan, 83, said he hoped young people would read the papers and draw their own conclusions. "Historians will judge us," he said. "I would like them to have the full story."

Lady Prescott, 82, said she was glad to see the boxes leave the house. "We have our spare room back," she said.
"""),

dict(title="Defendant's Mother Tells Court Her Son Was Bullied", text="""
The mother of a teenager accused of setting fire to his former school told a jury on Tuesday that her son had been bullied for years and that the school had ignored her repeated complaints.

Lisa Grant, 45, gave evidence at Newcastle Crown Court in the trial of Connor Grant, 17, who denies arson with intent to endanger life. The fire, in February last year, destroyed the science block at Heaton Park Academy. Nobody was injured.

Mrs Grant said she had written to the school at least six times. "I begged them to do something," she said, her voice breaking. "They told me boys will be boys." She said her son had become withdrawn and had stopped eating properly in the months before the fire.

Under cross-examination by the prosecutor, Andrew Fell, Mrs Grant accepted that she had not been with her son on the night of the fire. Mr Fell suggested that she could not know what he had done. "I know my son," she replied.

The school's former head teacher, Dr Patricia Boyle, told the court on Monday that she had no record of any complaint from the family. She said the school took bullying seriously and that she had personally met Mrs Grant once, in 2022, to discuss her son's attendance.

Connor Grant's defence is being led by Samantha Ito KC. She has told the jury that her client was at home playing video games with a friend, Liam Walsh, at the time of the fire. Mr Walsh is expected to give evidence later this week. The prosecution says CCTV shows a figure resembling the defendant near the school shortly before midnight.

The teenager's father, Steven Grant, sat in the public gallery throughout his wife's evidence. He is expected to give evidence himself on Thursday.

The judge, Mr Justice Harrow, reminded the jury that they must decide the case only on the evidence they heard in court.

The trial continues.
"""),

dict(title="Climate Scientists Clash Over Speed of Ice Sheet Collapse", text="""
Two of the world's leading glaciologists have clashed publicly over how quickly the West Antarctic ice sheet could collapse, in an unusually sharp exchange at an international conference in Vienna.

Professor Hannah Lindgren of the University of Copenhagen presented new modelling on Tuesday suggesting that warm ocean water could destabilise the Thwaites Glacier within decades rather than centuries. She said her team's results implied that sea levels could rise by more than a metre by 2100 under a high-emissions scenario.

Her former collaborator, Professor David Amundsen of the British Antarctic Survey, rose during the question session to challenge the findings. He said the model made assumptions about the shape of the sea bed that were not supported by recent surveys. "I have enormous respect for Hannah's work," Professor Amundsen said. "But I think this paper overstates the risk." Professor Lindgren replied that he was relying on surveys that covered only a small part of the glacier. "David and I have been arguing about this for fifteen years," she said. "We will probably argue about it for fifteen more."

Other scientists said the disagreement reflected genuine uncertainty. Dr Priya Raman, a glaciologist at the University of Washington, said both researchers were respected and both made reasonable points. She said the real lesson was that more observations were needed. Her colleague Dr Tom Becker agreed, adding that he hoped the row would encourage governments to fund a new generation of ocean-floor surveys.

The two scientists shared the Vega Medal in 2016 for work on ice-shelf melting. Asked afterwards whether the exchange had damaged their friendship, Amundsen laughed. "We are having dinner tonight," he said. "She is paying."

The conference, organised by the European Geosciences Union, ends on Friday. The final session will be chaired by the union's president, Professor Ana Morales, who said she welcomed vigorous debate. "That is how science moves forward," she said.
"""),

dict(title="Father and Daughter Elected to Same Town Council", text="""
When the results of the Ferndale town council election were announced on Friday, the returning officer had to read out the name Morgan twice. Gareth Morgan, 66, and his daughter Sian, 34, were both elected, making them the first father and daughter to sit on the council together.

Mr Morgan, a retired postman, has served on the council for twenty years. His daughter, a physiotherapist, stood for the first time. She topped the poll in the Maerdy ward, while he held his seat in Ferndale Central by a comfortable margin.

"I told her not to do it," Gareth Morgan said with a grin. "It's long meetings, no money and people shouting at you in the supermarket. She didn't listen. She never has." His daughter rolled her eyes. "He says that, but he drove me to every single door," Sian Morgan said.

The two stood as independents, though they insist they will not vote as a bloc. Sian Morgan said she disagreed with her father on several issues, including plans for a new car park. "We have already had that argument over Sunday dinner," she said. "Mum refereed."

Her mother, Eirlys Morgan, was in the hall for the count. She said she was proud of them both but would be setting rules. "No council business at the table," she said.

Other members welcomed the new arrival. The council's chair, Councillor Beverley Hughes, said it was good to see younger people getting involved. She said she had known Sian since she was a child. Councillor Dai Rees, who lost his seat to Ms Morgan in Maerdy, was gracious in defeat. He said she would be "a breath of fresh air" and that he would be happy to give her advice.

The council's first meeting is on Tuesday. Asked where they would sit, Gareth Morgan said he had already claimed the chair next to the radiator. "She can sit wherever she likes," he said. "As long as it's not there."
"""),

dict(title="Investigation Finds Failings in Care of Elderly Woman", text="""
An investigation has found serious failings in the care of a 91-year-old woman who died after being left on the floor of her care home room for more than six hours, the local authority said on Wednesday.

Dorothy Hale fell in her room at Oakwood Lodge in Kettering in the early hours of 3 January. Staff did not find her until the morning shift began, by which time she had developed hypothermia. She died in hospital four days later.

The report, commissioned by Northamptonshire's safeguarding board, found that night staff had failed to carry out hourly checks and that Mrs Hale's call alarm had been out of reach. It also found that the home had been short-staffed on the night in question, with two carers looking after 34 residents.

The board's independent chair, Dr Neil Ashworth, said Mrs Hale had been "let down badly". He said the home had since made changes but that the failings were "systemic rather than individual".

Mrs Hale's son, Richard, said the family had waited almost a year for answers. "My mother was a proud and independent woman," he said. "She deserved better than to die cold and alone on the floor." His sister, Ann Curtis, said the family was considering legal action.

Oakwood Lodge's owner, the care group Heritage Living, apologised to the family. Its chief operating officer, Marie Keegan, said the company had increased night staffing at all its homes and installed pendant alarms that residents wear around their necks. She said the two carers on duty that night had been retrained.

The care regulator has rated the home as requiring improvement. Its regional inspector, James Tully, said he would return for an unannounced visit in the spring.

Dorothy Hale, a former primary school teacher, had lived at the home for three years after the death of her husband, Frank. She had five grandchildren.
"""),

dict(title="Interview: Veteran Broadcaster on Forty Years Behind the Microphone", text="""
Martin Keogh has presented the breakfast show on Radio Clare since 1985. Next Friday he will present it for the last time. We met him at the station's studio in Ennis, where a cake in the shape of a microphone was already waiting in the kitchen.

Q: Forty years. How does it feel?

A: Strange. My body still wakes up at half four. I don't think it knows I'm retiring. My wife says she'll believe it when I stop setting the alarm.

Q: What's the story you remember most?

A: The floods in 2009. We stayed on air for thirty hours. People were ringing in to say where the water was rising, and the county council was listening to us to decide where to send the boats. My producer at the time, Mary Considine, slept under the desk. She was incredible. She still works here, actually. She's producing my last show.

Q: Any regrets?

A: I once told the whole county that a bishop had died when he hadn't. He rang in the next morning to tell me himself. He was very gracious about it. I was not.

Q: Who will replace you?

A: Aoife Brennan, who has been doing the weekend show for six years. She's sharper than I ever was, and she doesn't mumble. The listeners already love her.

Q: What will you do now?

A: My son, Declan, has a farm near Kilrush, and he keeps telling me he needs help with the calves. I think he's just trying to keep me out of trouble. My daughter lives in Boston, and she wants us to come over for the autumn. So, calves, then Boston.

Q: Any advice for Aoife?

A: Be kind to the callers. They are lonely, a lot of them. For some people, you are the only voice they hear all morning.

Martin Keogh's final show airs on Friday from 7am.
"""),
]
