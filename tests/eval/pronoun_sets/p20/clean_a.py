ARTICLES = [
dict(title="Councillors clash over Island Bay cycleway as vote delayed again", text="""Wellington City Council has delayed a decision on the future of the Island Bay cycleway for a third time, after a heated debate on Thursday in which two councillors traded barbs across the chamber for almost an hour.

Councillor Sarah Fong, who chairs the transport committee, wants the lane rebuilt and extended to the city. Councillor Tom Blackwood wants it removed and the parking returned to shop owners on The Parade.

"We have spent eight years arguing about two kilometres of paint," Fong said. "Meanwhile people are getting hit by cars."

Blackwood said the shop owners had been ignored. "The businesses on that street were never asked," he said. "They were told."

Fong replied that there had been four rounds of consultation. "He keeps saying nobody was asked," she said. "I have the submissions here. There are 2,300 of them."

"And most of them were from people who don't live in Island Bay," Blackwood said.

"Cyclists are allowed to have opinions even if they live in Newtown," Fong said.

Mayor Tory Whanau-Riddell eventually intervened and asked both councillors to return to the report. She said officers needed more time to cost the two options, and moved that the decision be deferred until March. The motion passed eight votes to seven.

Outside the chamber, Island Bay butcher Frank Romano said he was losing patience. He said his takings had fallen by a fifth since the lane was built. "I don't care if it's a cycleway or a runway," he said. "I just want them to decide."

Cyclist and mother of two Emma Kerehoma, who rides her children to school along the lane, said she was frustrated by the delay. "I'd like my kids to get to school without being knocked off," she said.

Council officer Graham Pike said the extended route would cost about $14 million. He said removing the lane would cost around $2 million.

Fong said she was disappointed but would keep pushing. Blackwood said he was pleased the council had paused. Asked whether the two of them could work together, both laughed. "We get on fine outside this room," Fong said. "He makes a terrible cup of coffee, though."

"She's never tried it," Blackwood said.""" ),

dict(title="Painter's first solo show fills Cuba Street gallery", text="""The queue outside Toi Pōneke gallery on Friday night stretched halfway down Abel Smith Street, as several hundred people came to see the first solo exhibition by Wellington painter River Tamatea.

Tamatea, 29, who uses they/them pronouns, paints large canvases of the city's southern coast in thick layers of blue and ochre. The exhibition, Te Au, includes fourteen works, eleven of which had sold by the end of the opening.

"I honestly thought nobody would come," Tamatea said, standing beside a painting of the Red Rocks at dusk. "My mum said she'd bring a few friends. I think she brought the whole of Ōwhiro Bay."

Their mother, Huia Tamatea, a retired nurse, said she had always known her child would be an artist. "They drew on every wall in the house," she said. "I stopped painting over it in the end."

Gallery director Phil Carrington said the show was the most successful opening in the gallery's history. He said he had first seen Tamatea's work at an art school exhibition in 2019 and had waited four years for them to be ready. "River doesn't rush anything," he said. "They'd rather wait than show something half-finished."

Critic Annabel Stroud, who reviewed the show for an arts website, described the paintings as "weather you can stand inside". She said Tamatea had an unusual gift for light. "Most painters of the coast give you the postcard," she said. "River gives you the wind."

Tamatea studied at Massey University's School of Art and worked for several years as a kitchen hand in a Newtown café to pay for paint. The café's owner, Nick Papadakis, was at the opening. He said he had kept one of Tamatea's early paintings above the coffee machine since 2018. "I paid them in flat whites," he said. "I think I got the better deal."

Tamatea said they planned to spend the proceeds on a studio. They have been painting in a converted garage at a friend's house in Brooklyn. "It's freezing in winter," they said. "My hands shake, which might explain the brushwork."

Te Au runs until 30 November. Tamatea will give a free talk at the gallery on 12 November.""" ),

dict(title="Research ship returns from Antarctic with record ice cores", text="""The South African polar research vessel SA Agulhas II returned to Cape Town harbour on Sunday after four months in the Southern Ocean, carrying what scientists say is the longest set of ice cores ever collected by an African expedition.

The ship, which left Cape Town in December, spent six weeks off the coast of Dronning Maud Land while a team of glaciologists drilled into the ice sheet. She also resupplied the SANAE IV base and collected weather data along the way.

The master, Captain Knowledge Bengu, said it had been one of the roughest voyages of his career. "We hit a storm at 55 degrees south that lasted four days," he said. "She rolled so much that the cook gave up and served sandwiches." He said the ship had handled the conditions well. "She is built for this. The crew were more tired than she was."

Chief scientist Dr Marietjie Strydom, a glaciologist at Stellenbosch University, led the drilling. She said the team had extracted cores from more than 300 metres down, holding ice that could be up to 2,000 years old. "Every layer is a year of weather," she said. "We can read it like a diary."

Strydom said the cores would be kept frozen in a container on the quay until they could be moved to a laboratory. Her colleague Dr Thabo Nkosi, an atmospheric chemist, will analyse air bubbles trapped inside them. He said he hoped the results would help scientists understand how rainfall over southern Africa had changed. "The ice remembers things our weather stations never saw," he said.

Families waited on the quayside for the ship to dock. Amanda Bengu, the captain's wife, held a sign reading "Welcome home, Skipper". She said their two daughters had counted down the days on a calendar. "He has missed two birthdays," she said. "He owes us a very big cake."

Environment minister Dion George-Mahlangu, who met the ship, said the voyage showed that South Africa could lead polar science. He said the country's presence in Antarctica was a matter of national pride.

The Agulhas II will undergo maintenance in Cape Town before sailing to Marion Island in April. Bengu said the ship deserved a rest. "So do I," he said.""" ),

dict(title="Finance minister tells Parliament South Africa must 'trust her own strength'", text="""Finance Minister Enoch Godongwana-Ruiters told the National Assembly on Wednesday that South Africa must "trust her own strength" as he tabled a budget that cuts spending in most departments and raises taxes on fuel.

Delivering his speech in Cape Town, the minister said the country had spent too long waiting for rescue from outside. "South Africa has weathered worse storms than this," he said. "She has the people, the minerals and the institutions. What she needs now is discipline."

The budget reduces the deficit to 4.2 percent of GDP and freezes public service salaries for a year. The minister said he had not taken those decisions lightly. He said teachers and nurses would be protected from the worst of the cuts.

The Democratic Alliance's finance spokeswoman, Dr Dion Levine, said the budget did too little to grow the economy. She said the government was taxing people who were already struggling. "You cannot tax a country into prosperity," she said. "The minister knows this, and he has done it anyway."

Economic Freedom Fighters leader Floyd Shivambu-Dlamini said the speech was an insult to the poor. He said the fuel levy would push up the price of taxi fares. "The minister talks about her strength," he said, referring to the country. "Her strength is her workers, and he is making them pay."

Speaker Thoko Didiza-Mabena had to call the house to order several times during the debate. She warned members that heckling during a budget speech was not permitted and threatened to remove two members from the chamber.

Outside Parliament, economist Professor Amanda Venter of the University of Cape Town said the budget was more credible than last year's. She said the minister's numbers were realistic, although she doubted that the public wage freeze would survive negotiations with unions. "He has drawn a line," she said. "Whether the line holds is another matter."

Trade union federation Cosatu's spokesman, Sizwe Pamla-Nkosi, said the union would oppose the freeze. He said workers had been asked to sacrifice too often.

The minister said at a press conference later that he was confident the country would recover. "I have never bet against South Africa," he said. "She has always surprised the people who doubted her.\"""" ),

dict(title="Q&A: The harbourmaster who knows every boat in Lyttelton", text="""For twenty-two years Captain Ruth Ellery has been harbourmaster at Lyttelton Port, the first woman to hold the post. She retires next month. We talked to her in her office overlooking the inner harbour.

You grew up on a farm in Southland. How did you end up at sea?

My father kept a small fishing boat at Bluff. My brother Peter was supposed to be the sailor in the family, but he got seasick, so Dad took me instead. I was nine. I was hooked.

Was it hard to get a start?

Very. In 1981 the shipping companies didn't want girls. I wrote to eleven of them. One man wrote back to say he admired my spirit but his crews would not take orders from a woman. I kept that letter. I still have it.

Who gave you your first chance?

Captain Ian McLeod, on a coastal cargo ship called the Rangatira. He was a gruff old Scot. He said he didn't care if I was a woman or a walrus as long as I could read a chart. He taught me everything. He died in 2010 and I still think of him every time a big ship comes in.

What has changed most in the harbour?

The size of the ships. When I started, a big container ship was 200 metres. Now they're 300. My deputy, Mike Tarrant, says he sometimes feels like he's parking a skyscraper.

And the earthquakes?

The 2011 quake changed everything. Half the wharves were damaged. I slept in this office for a week. My husband, Alan, brought me soup every night. He still reminds me.

What will you miss?

The people. The pilots, the tug crews, the lines crew. Sophie Rangi on the tugs has been with me for fifteen years. She could handle a tug in her sleep. I'll miss the early mornings, too, when the harbour is flat and the only sound is the gulls.

Who is taking over?

Captain Jamal Idris, from Napier. He's very good. He'll do things differently, which is right. I told him not to change the coffee machine.

What will you do now?

Alan and I have bought a small yacht. We're going to sail her up to the Marlborough Sounds and not come back until we're bored. He thinks that will be a month. I think it will be a year.""" ),

dict(title="Alex Mabuza named head of Cape Town's new drought agency", text="""The City of Cape Town has appointed water engineer Alex Mabuza to lead its new drought resilience agency, three years after the city came within weeks of running out of water.

Mabuza, 44, has been deputy director of bulk water services since 2018. She was one of the officials who worked through the night during the 2018 crisis, when residents were limited to fifty litres a day and the city counted down to "Day Zero".

Mayor Geordin Hill-Lewis announced the appointment on Tuesday. He said Mabuza was the obvious choice. "Alex knows every pipe in this city," he said. "She was there when it mattered most."

Mabuza said the agency would focus on groundwater, desalination and the reuse of treated wastewater. "We were too reliant on six dams," she said. "If the rain fails again, we need other taps to turn on."

Her former colleague, retired engineer Deon Carstens, who ran the city's water department during the crisis, said he had hired Mabuza as a junior engineer in 2006. "She was the only graduate who asked to see the pump stations before her desk," he said. "I knew then she would end up running the place."

The agency will have a budget of R1.2 billion over five years and a staff of about sixty. Councillor Zahid Badroodien, the mayoral committee member for water, said he expected Mabuza to report to council every quarter. He said residents deserved regular updates after the shock of 2018.

Environmental activist Jessica Wentzel, who campaigned against a proposed desalination plant at Monwabisi, said she welcomed the appointment but would be watching closely. "Alex Mabuza has always been willing to meet us," she said. "I hope she keeps doing that in the big chair."

Mabuza grew up in Gugulethu and studied civil engineering at the Cape Peninsula University of Technology. Her father, Sipho Mabuza, was a plumber. She said he had taken her to work with him on weekends. "He used to say that water always finds a way out," she said. "I have spent my whole career proving him right."

She starts in the new role on 1 July. Her first task, she said, would be to visit every dam in the system, starting with Theewaterskloof.""" ),

dict(title="Lawyer says client 'deeply sorry' as sentencing for crash adjourned", text="""The lawyer for a 23-year-old man who killed a cyclist while driving at almost twice the speed limit in Karori has told the Wellington District Court that her client is deeply remorseful and has not driven since.

Liam Patterson pleaded guilty in August to dangerous driving causing death. The court heard that he was travelling at 94 km/h in a 50 km/h zone on Karori Road in March when his car struck Dr Helen Ashworth, 58, a university lecturer who was cycling home.

Defence lawyer Maria Castellano said Patterson had written a letter to Dr Ashworth's family. She said he had asked to meet them through a restorative justice process, but understood that they did not wish to. "My client does not ask for forgiveness," Castellano said. "He knows he has not earned it. He asks only that the court accept that his remorse is real."

Castellano said Patterson had been working two jobs to support his mother and had been driving home from a night shift. She told Judge Michael Sutcliffe that her client had sold his car and volunteered with a road safety charity since the crash.

Crown prosecutor Rebecca Tane said the speed was not a momentary lapse. She said Patterson had been seen overtaking cars on the wrong side of the road minutes before the crash. "This was a sustained course of driving," she said.

Dr Ashworth's husband, Professor Simon Ashworth, read a victim impact statement. He said his wife had been a careful cyclist who wore a helmet and lights. "Helen did everything right," he said. "She just happened to be on the road." Their daughter, Jessica Ashworth, said her mother had been due to retire next year. She said the family had planned a trip to Italy together.

Patterson sat with his head bowed throughout. His mother, Denise Patterson, wept in the public gallery.

Judge Sutcliffe said he needed more time to consider a pre-sentence report, which had arrived late. He adjourned sentencing until next Thursday. He told Patterson that he should expect a prison sentence.

Outside court, Castellano said her client accepted that. "He has told me he will take whatever the judge gives him," she said.""" ),

dict(title="Mother tells court of son's slide into gang life before Mitchells Plain shooting", text="""The mother of a 19-year-old convicted of a gang-related murder in Mitchells Plain wept in the Western Cape High Court on Monday as she described how her son had changed after leaving school.

Gadija Isaacs told Judge Mark Sher during pre-sentence proceedings that her son, Tauriq Isaacs, had been a quiet boy who loved football and wanted to be an electrician. She said he began staying out late at the age of fifteen, after his father left the family.

"I lost him to the street," she said. "I didn't know how to get him back."

Isaacs was convicted last month of murdering 22-year-old Nathan Jacobs outside a shebeen in Tafelsig in 2022. The state proved that he fired five shots at Jacobs in what police described as a revenge attack between rival gangs.

His mother said she had begged him to stop spending time with older gang members. She said one of them, a man she knew only by a nickname, used to wait for her son at the end of the road in a car. "He would honk and my child would go," she said. "I stood at the door and he didn't even look back."

Under questioning from defence advocate Shireen Moosa, Mrs Isaacs said her son had written to her from prison every week since his arrest. She said he had told her he was sorry and that he wanted to finish his schooling. Moosa said her client had passed two matric subjects in custody.

State advocate Bradley Fortuin asked Mrs Isaacs whether she had ever seen her son with a gun. She said she had not. Fortuin said that the court had to consider the victim's family, too.

The victim's sister, Chantal Jacobs, later told the court that Nathan had been supporting their elderly grandmother. She said her brother had never been in a gang. "He was a mechanic," she said. "He fixed cars. That's all he did."

The victim's grandmother, Rachel Jacobs, 81, sat beside her in the gallery. Outside court, Mrs Isaacs approached her and the two women spoke quietly for several minutes. Neither would say what had been said.

Judge Sher will hand down sentence on Friday. The state is asking for life imprisonment. Moosa said she would argue for a lesser sentence because of her client's age.""" ),

dict(title="Brother and sister behind Whanganui brewery scoop national trophy", text="""A small brewery run by a brother and sister in a former Whanganui bank building has won the champion brewery title at the New Zealand Beer Awards.

Jordan and Kate Whitfield opened Old Bank Brewing in 2019 with money borrowed from their parents. Their hazy pale ale, Deposit Slip, won a gold medal, and their dark lager took the trophy for best European-style beer.

Jordan Whitfield, 34, is the brewer. He trained as a chemist and worked at a dairy factory before quitting to make beer full-time. "Milk and beer aren't that different," he said. "Both of them go wrong if you look away."

Kate Whitfield, 31, runs the business side and the taproom. She said she had been in the middle of pulling pints when her brother rang from the awards dinner in Wellington. "He was shouting so loudly I thought something had gone wrong," she said. "I had to go outside to hear him."

The siblings say they rarely argue about beer but often argue about money. "Jordan would spend every cent on new tanks," Kate said. "I'd spend it on paying the power bill."

"She's usually right," he said. "Which is annoying."

Head judge Carolyn Brewer-Lee said the brewery's beers were remarkably consistent for such a small operation. She said the judges had tasted more than 700 beers over three days. "Their lager was the one everyone kept going back to," she said.

Their parents, Glen and Susan Whitfield, run a sheep farm near Fordell. Susan Whitfield said she had been nervous about lending her children the money. "I thought they'd lose it all," she said. "Now I tell everyone at the school gate." Glen Whitfield said he still preferred his beer from a can. His son said he was working on him.

Whanganui mayor Andrew Tripe said the brewery had brought life back to a quiet part of Victoria Avenue. He said he had visited the taproom more than once. "For research purposes," he said.

The Whitfields plan to start bottling next year. Kate said they had already had calls from bottle stores in Auckland. Jordan said he would need another tank, and his sister said they would talk about that.""" ),

dict(title="Profile: The Karoo vet who has driven a million kilometres", text="""Dr Willem Cloete has worn out four bakkies. The fifth, a white Toyota with a cracked windscreen and a dog box on the back, is parked outside his surgery in Beaufort West, where he has been the only large-animal vet for a territory the size of Belgium for thirty-one years.

He estimates he has driven more than a million kilometres in that time, most of them on gravel. "I once calculated it," he says. "Then I stopped because it made me tired."

Cloete, 63, was born in Oudtshoorn, the son of an ostrich farmer. He studied at Onderstepoort and worked in Pretoria for two years before a Karoo farmer, the late Hennie Theron, persuaded him to come west. "He said he'd pay me in mutton if I couldn't make a living," Cloete says. "There were a few months when he nearly had to."

His days begin before five. He treats sheep, cattle, horses and the occasional kudu, and on a recent morning he had already delivered a calf by caesarean on a farm near Merweville before most of the town was awake. The farmer, Elsabe Marais, said the vet had arrived within an hour of her call. "He always comes," she said. "Even at two in the morning. Even in the rain."

Cloete's wife, Anita, runs the surgery and answers the phone. She says she has learned to tell from the sound of a farmer's voice how far her husband will have to drive. "If they say 'hello doctor' quietly, it's close," she says. "If they shout, it's the other side of the mountains."

Their son, Jaco, is a vet in Cape Town and has tried to persuade his father to slow down. Their daughter, Marike Cloete, is a pilot with a regional airline. She has offered to fly him to emergencies. He says he does not trust anything without wheels.

Cloete worries about what will happen when he retires. Few young vets want to work in the Karoo, he says. A graduate, Dr Lindiwe Sithole, has been working with him for a year, and he hopes she will stay. Sithole says she might. "I came for six months," she says. "He keeps giving me reasons not to leave."

Asked what he has learned in thirty-one years, Cloete thinks for a long time. "Farmers don't call you for nothing," he says. "If they call, go."

Then his phone rings, and he goes.""" ),

dict(title="Mixed doubles pair claim national title in straight sets", text="""Wellington pair Ella Sutherland and Matiu Henare won the mixed doubles title at the New Zealand Tennis Championships in Auckland on Sunday, beating the top seeds in straight sets.

Sutherland, 24, and Henare, 26, who have played together for only six months, won 6-4, 6-3 against Canterbury's Grace Linton and Oliver Pratt. It was the first national title for either player.

"We didn't expect this," Sutherland said. "We entered because Matiu needed match practice."

Henare said his partner had carried him through the first set. "Ella was returning everything," he said. "I just tried to stay out of her way."

Sutherland said that was not true. "He won us the second set at the net," she said. "His volleys were unbelievable."

Henare admitted he had been nervous. "I double-faulted twice in the first game," he said. "She looked at me and said, 'Relax, it's only the national final.' That helped, actually."

Linton and Pratt, who won the title last year, said they had been outplayed. Linton said she had struggled with the wind on the centre court. "That's not an excuse," she said. "They handled it better than we did." Pratt said he had been impressed by Sutherland's returns. "She reads the serve very early," he said.

Sutherland's coach, former Fed Cup player Marina Erakovic-Hunt, watched from the stands. She said the pair had made huge progress. "They complement each other," she said. "She's steady, he's explosive."

Henare's father, Rewi Henare, drove up from Wellington for the final. He said his son had wanted to give up tennis at eighteen to play rugby. "I told him to stick with it," he said. "Today he told me I was right, which has never happened before."

Tennis New Zealand's high performance director, Daniel Cowie, said both players would be considered for the national squad. He said Sutherland, in particular, had shown she could compete internationally.

The pair will next play at a tournament in Noumea in December. Asked whether they would keep playing together, Sutherland grinned. "If he keeps volleying like that," she said.

"If she keeps returning like that," Henare said.""" ),

dict(title="Inquest told climber was warned about avalanche risk", text="""A mountaineer who died in an avalanche on Mount Ruapehu had been warned about the risk by a park ranger the day before, an inquest in Palmerston North heard on Monday.

Coroner Alison Mills is examining the death of 36-year-old Christchurch climber Joshua Kemp, who was swept off the Whakapapa Glacier in August last year. His climbing partner, Tessa Hanlon, survived with a broken arm.

Department of Conservation ranger Bruce Tamaki told the coroner that he had spoken to Mr Kemp in the car park at the Chateau. He said he had warned him that the avalanche danger was rated considerable and that fresh snow was sitting on ice. "He listened," Tamaki said. "He said they'd turn back if it looked bad."

The coroner asked whether the ranger had the power to stop climbers going up. Tamaki said he did not. "We give advice," he said. "We can't lock the mountain."

Ms Hanlon gave evidence by video link from Christchurch. She said the two had set out at six in the morning and that conditions had seemed stable until mid-morning. She said she heard a crack above them and then the slope moved. "I shouted to Josh," she said. "He turned around, and then he was gone."

Hanlon said she had been carried about eighty metres before coming to a stop against a rock. She said she dug herself out and called for help on her emergency beacon.

Rescue co-ordinator Sergeant Rachel Moana said a helicopter reached the scene within forty minutes. She said Mr Kemp's body was found two hours later under two metres of snow.

Avalanche expert Dr Martin Fischer, who reviewed the conditions for the coroner, said the slope had been loaded by wind overnight. He said even experienced climbers found such conditions difficult to judge.

Mr Kemp's mother, Carol Kemp, told the inquest that her son had climbed since he was a teenager. She said he was careful and had planned the trip for months. "He loved those mountains more than anything," she said. His father, Ian Kemp, sat beside her.

The coroner said she would consider whether to recommend changes to how avalanche warnings are communicated to climbers. She reserved her findings.""" ),

dict(title="Husband and wife team map hidden seagrass meadows in Saldanha Bay", text="""A husband-and-wife team of marine scientists has mapped the largest remaining seagrass meadows on the South African west coast, using a combination of drones, divers and a secondhand rubber duck.

Dr Karin Oosthuizen and Dr Neil Oosthuizen, of the University of the Western Cape, spent two years surveying Langebaan Lagoon and Saldanha Bay. Their study, published in the journal Estuarine, Coastal and Shelf Science, found that the meadows covered about 40 percent less area than in the 1960s.

Karin Oosthuizen, who led the diving work, said seagrass was one of the most overlooked habitats on the coast. "People walk past it and think it's weed," she said. "It's a nursery for half the fish we eat."

Her husband, who specialises in remote sensing, flew drones over the lagoon at low tide to photograph the meadows. He said the pictures were then checked by divers on the ground. "The drone tells you where to look," he said. "Karin tells you what you're looking at."

The couple met as students at the University of Cape Town in 1998. She said they had argued about methods on their first date. "He wanted satellites and I wanted snorkels," she said. "We compromised on drones twenty years later."

Neil Oosthuizen said the biggest losses had been near the port, where dredging and shipping traffic had stirred up sediment. He said the meadows in the inner lagoon, inside the national park, were in much better condition.

SANParks marine ranger Nobuhle Dube, who helped with fieldwork, said the survey would help rangers decide where to place moorings for boats. She said anchors were tearing up patches of seagrass every weekend in summer.

The Saldanha Bay Water Quality Forum's chairman, Andre du Toit, said the findings were worrying. He said the port authority should consider the meadows in its plans to expand the iron ore terminal.

Transnet National Ports Authority spokeswoman Zandile Ngema said the authority took environmental concerns seriously and would study the report.

The couple are now applying for funding to replant seagrass near Langebaan. Karin said she hoped to start next year. Neil said they would need more divers. "And a better boat," his wife added.""" ),
]
