"""More design, media, arts, fashion, hospitality, retail and language skills."""

TABLE = """
[design]
visual design | visual communication, visual design principles | graphic design
brand design | branding design, brand collateral | brand identity, graphic design
packaging design | package design, label design | graphic design
editorial design | magazine layout | layout design, print production
infographics | infographic design, information design | graphic design, data visualization
iconography | icon design, icons | graphic design, ui design
design systems | design system, component libraries, style guides | ui design, figma
interaction design | ixd, microinteractions | ux design
information architecture | site maps, sitemaps, card sorting | ux design
usability testing | usability studies, usability research | user research
accessibility | web accessibility, wcag, a11y, section 508, ada accessibility | ux design,
    frontend development
responsive design | mobile-first design | web design, css
sketch | sketch app, bohemian sketch, !Sketch | ui design, figma
invision | invision app, marvel app, principle app, protopie | prototyping
zeplin | design handoff | ui design
adobe after effects animation |  | motion graphics
adobe animate | flash animation, adobe flash | animation
blender | blender 3d, ?Blender | 3d modeling
autodesk maya | ?Maya | 3d modeling, animation
3ds max | 3d studio max, autodesk 3ds max, 3d max | 3d modeling
cinema 4d | c4d | 3d modeling, motion graphics
zbrush | digital sculpting | 3d modeling
substance painter | texturing, substance designer | 3d modeling
rendering visualization | 3d rendering, architectural visualization, archviz, v-ray, vray,
    keyshot, lumion | 3d modeling
character design | character art, concept art | illustration
digital illustration | digital painting, procreate, vector illustration | illustration
capture one | capture one pro | photo editing
affinity designer | affinity photo, affinity publisher | graphic design
coreldraw | corel draw | graphic design
quarkxpress | quark | layout design
prepress | preflight, color separation | print production
color theory | colour theory, color management | graphic design
signage design | wayfinding, signage | graphic design
exhibition design | exhibit design, trade show booth design | graphic design
presentation design | pitch decks, slide design, keynote presentations | powerpoint,
    graphic design
design critique | design reviews, design feedback | ux design
design portfolio | creative portfolio | graphic design

[media]
video production | video creation, video content | videography
color grading | color correction video, colour grading | video editing, davinci resolve
avid media composer | avid | video editing
camera operation |  | videography
lighting design | stage lighting, lighting setup, film lighting | film production
sound design | sound effects, foley | audio production
audio editing | audacity, adobe audition, ableton live | audio production
mixing and mastering | audio mixing, audio mastering | audio production, music production
live sound | live audio, foh, sound reinforcement | audio production
broadcast production | live broadcast, broadcast operations, master control | broadcasting
radio broadcasting | radio hosting | broadcasting
scriptwriting | screenwriting, script writing, screenplays | writing
storytelling | narrative storytelling, brand storytelling | writing, content marketing
creative writing | fiction writing, poetry | writing
news writing | beat reporting | journalism
investigative journalism | investigative reporting | journalism, research
interviewing journalism | conducting interviews, source development | journalism
fact-checking | fact checking | journalism, editing
ap style | associated press style, chicago manual of style, style guides writing | editing,
    journalism
proofreading and editing |  | editing, proofreading
content editing | developmental editing | editing
publishing production | book production, editorial production | publishing
social media content creation | ugc, short-form video | social media marketing
youtube | youtube channel, youtube content | video production, social media marketing
live streaming | twitch, obs studio | video production
digital asset management | asset libraries | content management systems
media planning | media plans, media strategy planning | media buying
multimedia production | multimedia design | digital media
photojournalism | documentary photography, news photography | photography, journalism
studio photography | fashion photography | photography
event photography | wedding photography | photography
photo retouching | image retouching, photo restoration | photo editing
drone videography | aerial photography, aerial video | videography
translation and localization | localization, l10n, internationalization, i18n,
    software localization | translation
subtitling | captioning, closed captioning, subtitles | transcription, translation
voice over | voiceover, voice acting, narration | audio production

[arts]
stage acting | theatre acting, film acting | theatre
directing theatre | stage direction, play directing | theatre, stage management
choreography | dance choreography | dance
set design | scenic design, production design, set construction | theatre, interior design
costume design | costume making, wardrobe design | fashion design, theatre
music composition | songwriting, music arranging, orchestration | music
music theory | sight reading, ear training | music
music conducting | choir conducting, orchestral conducting, band directing | music
violin | viola, cello, string instruments | music
drums | percussion, drumming | music
vocal performance | vocal coaching, voice lessons | singing
printmaking | screen printing, screenprinting, lithography | fine arts
woodworking | woodcraft, furniture making, wood carving | carpentry, arts and crafts
glassblowing | glass art, stained glass | arts and crafts
textile arts | embroidery, quilting, weaving art | arts and crafts
calligraphy | hand lettering | drawing, typography
art curation | curatorial, exhibition curation | gallery management
art conservation | restoration art | art history
museum education | museum programs, docent tours | art education
arts programming | cultural programming, arts programs | arts administration
art therapy techniques | expressive arts | art therapy

[fashion]
technical design apparel | tech packs, garment specs, fit sessions | fashion design,
    pattern making
fashion illustration | fashion sketching | fashion design, illustration
draping | garment draping | pattern making
garment construction | sewing construction, dressmaking | sewing
alterations | garment alterations, hemming | sewing
fabric knowledge | textiles knowledge, fabric sourcing,
    materials sourcing fashion | textile design
fashion buying | apparel buying, buying and merchandising | fashion merchandising
visual merchandising | window displays, store displays, visual displays | merchandising
styling |  | fashion styling
jewelry design | jewelry making design | jewelry making
footwear design | shoe design | fashion design
gerber accumark | lectra, optitex | pattern making
clo 3d | browzwear, 3d fashion design | fashion design

[hospitality]
front desk hotel | hotel front desk, check-in check-out | guest services
hotel reservations | property management systems hotel, hotel pms | reservations
revenue management hotel | hotel revenue management, room pricing | hotel management
concierge services |  | guest services
housekeeping management | room inspections, housekeeping supervision | housekeeping
laundry operations | linen management | housekeeping
banquet operations | banquet setup | catering
fine dining | fine dining service, silver service, white glove service | waiting tables
upselling food and beverage |  | upselling, waiting tables
pos systems restaurant | aloha pos | point of sale
food and beverage management | f&b management,
    food & beverage operations | restaurant management
cocktail making | craft cocktails, cocktail recipes | bartending
beer knowledge | craft beer, cicerone | alcohol service
food handler certification | servsafe certified, food hygiene certificate | food safety
line cooking | sauté, saute, fry station, broiler | cooking
pastry | pastries, desserts | baking
bread baking | artisan bread, sourdough | baking
recipe development | recipe creation, recipe testing | menu development
plating | food presentation, food plating | cooking
sanitation | kitchen sanitation, cleaning and sanitizing, sanitation standards | food safety,
    cleaning
inventory ordering kitchen | food ordering, kitchen inventory,
    food purchasing | food cost control
portion control | portioning | food cost control
catering operations | off-site catering, event catering | catering
institutional food service | school food service, hospital food service,
    cafeteria operations | food service
quick service restaurant | qsr, fast food, fast casual | food service
ethnic cuisines | italian cuisine, french cuisine, asian cuisine, mexican cuisine,
    sushi | cooking
dietary accommodations | special diets, gluten-free cooking,
    allergen-free cooking | meal planning
event management hospitality | venue management, function management | event planning
tour guiding | guided tours | tourism
cruise operations | cruise ship, cruise lines | tourism, hospitality
resort operations | resort management, leisure operations | hotel management
casino dealing | blackjack dealing, card dealing | casino operations
gaming regulations | gaming compliance, gaming license | casino operations
timeshare sales | vacation ownership sales | sales, tourism

[retail]
retail operations | retail store operations | store management
opening and closing | store opening, store closing,
    opening and closing procedures | store management
cash reconciliation | balancing cash drawer, cash counts, till balancing | cash handling
customer assistance retail | helping customers, assisting customers, sales floor | retail sales
product knowledge | product expertise | retail sales
price changes | price tags, pricing labels, markdowns | merchandising
inventory counts | physical inventory, stock counts, stocktaking | inventory management
shrink reduction | shrinkage, loss prevention strategies | loss prevention
store layout | floor sets, merchandise layout | visual merchandising
e-commerce operations | online store management, ecommerce operations | e-commerce
order fulfillment retail | buy online pick up in store, bopis,
    click and collect | order fulfillment
grocery | grocery store, produce department, deli | retail sales
pharmacy retail | retail pharmacy | pharmacy
luxury retail | luxury goods, clienteling | retail sales
key holder | keyholder, key holder responsibilities | store management
team member training | training new employees, training staff | training and development
scheduling staff | staff scheduling, employee scheduling, rota management | scheduling
coupons and promotions | coupons, loyalty cards | pricing and promotions

[languages]
swahili | kiswahili | translation
bengali | bangla | translation
punjabi | panjabi | hindi
tamil |  | translation
telugu |  | translation
gujarati |  | hindi
marathi |  | hindi
thai | thai language | translation
indonesian | bahasa indonesia, bahasa | malay
malay | bahasa melayu | indonesian
swedish | svenska | translation
norwegian | norsk | swedish
danish | dansk | swedish
finnish | suomi | translation
czech | czech language | polish
slovak | slovak language | czech
hungarian | magyar | translation
romanian | romanian language | italian
ukrainian | ukrainian language | russian
serbian | croatian, bosnian, serbo-croatian | translation
bulgarian | bulgarian language | russian
haitian creole | kreyol, creole | french
amharic |  | translation
somali | somali language | translation
yoruba | igbo, hausa | translation
pashto | dari | farsi
armenian | armenian language | translation
georgian language | georgian speaker | translation
khmer | cambodian | translation
burmese | myanmar language | translation
nepali | nepalese | hindi
latin | latin language | translation
asl |  | sign language
braille | braille transcription | translation
medical interpreting | healthcare interpreting, medical interpreter | interpreting
court interpreting | legal interpreting court | interpreting
simultaneous interpretation | consecutive interpretation,
    conference interpreting | interpreting
language proficiency | fluent, fluency, native speaker, trilingual | bilingual

[soft skills]
customer focus | customer-focused, customer orientation, client focus | customer service
results orientation | results-driven, results oriented, goal-oriented,
    target driven | self-motivation
initiative |  | self-motivation
accountability |  | work ethic
resilience | perseverance, grit | stress management
patience | calm under pressure, composure | stress management
empathy | compassion, compassionate, caring | emotional intelligence
professionalism | professional demeanor, professional conduct | work ethic
integrity | honesty, ethics, ethical conduct | work ethic
strategic thinking | big picture thinking, strategic mindset | critical thinking
innovation | innovative | creativity
curiosity | eagerness to learn, quick learner, fast learner,
    willingness to learn | adaptability
planning skills | planning and organizing | organizational skills
storytelling skills | narrative skills | communication
facilitation | workshop facilitation, facilitating meetings,
    facilitating workshops | public speaking
diplomacy skills | tact, diplomatic | interpersonal skills
work under pressure | fast-paced environment, high-pressure environment | stress management
independent work | work independently, working independently, autonomous | self-motivation
judgment | good judgment, judgement | decision making
numeracy | numerical skills, math skills, numerical ability | mathematics
"""
