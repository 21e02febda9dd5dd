"""Design, media, arts, fashion, hospitality, retail, languages and transferable skills."""

TABLE = """
[design]
graphic design | graphic designer, graphics design, graphic arts,
    visual designer | adobe photoshop, adobe illustrator
adobe photoshop | photoshop | adobe illustrator, photo editing
adobe illustrator | ?Illustrator | adobe photoshop, adobe indesign
adobe indesign | indesign | adobe illustrator, layout design
adobe creative suite | creative suite, adobe creative cloud, creative cloud, adobe cc, adobe cs,
    adobe cs6 | adobe photoshop
adobe xd | | figma
figma | | adobe xd, ui design
canva | | graphic design
ui design | user interface design, ui, gui design, interface design | ux design, figma
ux design | user experience design, ux, user experience, ux/ui, ui/ux, ux designer, ui/ux design,
    ux/ui design | ui design, user research
user research | ux research, user testing, user interviews | ux design
wireframing | wireframes, wireframe, mockups, mock-ups | ux design, prototyping
prototyping | rapid prototyping, prototypes, prototype | wireframing
web design | web designer, website design, responsive web design | ui design,
    html
typography | type design, lettering, font design | graphic design
layout design | page layout, print layout, desktop publishing, dtp,
    publication design | graphic design, adobe indesign
print production | pre-press, print design, offset printing, print management,
    printing | layout design
logo design | logos, visual identity, identity design | graphic design,
    brand management
illustration | illustrating, children's book illustration | graphic design,
    drawing
storyboarding | storyboards, storyboard | animation, illustration
motion graphics | motion design, motion graphics design | after effects
animation | 2d animation, 3d animation, animator, character animation | motion graphics,
    3d modeling
3d modeling | 3d modelling, 3d design | animation
art direction | art director, creative direction, creative director | graphic design

[media]
adobe premiere pro | premiere pro, adobe premiere, ?Premiere | video editing, final cut pro
after effects | adobe after effects | motion graphics, adobe premiere pro
final cut pro | final cut, final cut pro x | video editing
davinci resolve | da vinci resolve | video editing
lightroom | adobe lightroom | photo editing
photo editing | image editing, retouching, photo manipulation | adobe photoshop,
    photography
photography | photographer, photo shoots, product photography, portrait photography,
    commercial photography, digital photography | photo editing
videography | videographer, filming, video shooting,
    camera operator | video editing, photography
video editing | video editor, editing video, post-production, post production,
    film editing | videography
film production | filmmaking, film making, movie production, cinematography, cinematographer,
    film director | videography
audio production | sound engineering, audio engineering,
    pro tools, logic pro, ableton, sound mixing,
    sound engineer | music production
music production | music producer, beat making | audio production
podcast production | podcasting, podcasts, podcast | audio production
broadcasting | broadcast, television production, tv production,
    radio production, on-air, broadcast media | journalism
journalism | journalist, news reporting, reporter,
    broadcast journalism, newsroom | writing, editing
writing | content writing, writer, feature writing, blog writing,
    article writing, blogger | copywriting, editing
editing | editor, copy editing, copyediting, copy editor, line editing,
    manuscript editing | proofreading, writing
technical writing | technical writer, documentation writing,
    user manuals, api documentation | writing
publishing | book publishing, publishing industry, publisher | editing
digital media | new media, multimedia, digital content | content marketing,
    video editing

[arts]
painting | painter, oil painting, acrylic painting, watercolor, watercolour, acrylics | drawing
drawing | figure drawing, life drawing, charcoal, sketching | painting, illustration
sculpture | sculpting, sculptor | ceramics
ceramics | pottery, ceramic arts, wheel throwing | sculpture
fine arts | fine art, studio art, visual arts, visual artist | painting
art history | | fine arts
gallery management | art gallery, curating, curator, exhibition management, museum,
    exhibitions | fine arts
arts administration | arts management | gallery management
art education | art teacher, art instruction | teaching, fine arts
arts and crafts | crafts, crafting, handicrafts | fine arts
jewelry making | jewellery making, jewellery design | arts and crafts
music | musician, music performance, musical performance | music education
music education | music teacher, music instruction, music lessons | music, teaching
singing | vocals, vocalist, singer, voice training, choir | music
piano | pianist | music
guitar | guitarist | music
theatre | theater, stage performance, drama, stagecraft, theatre production, theater production,
    actor, actress | stage management
stage management | stage manager | theatre
dance | dancer, ballet, choreographer, contemporary dance | theatre

[fashion]
fashion design | fashion designer, apparel design, clothing design, garment design | sewing,
    textile design
textile design | textiles, textile, textile designer | fashion design
fashion merchandising | apparel merchandising, fashion buyer | merchandising,
    fashion design
trend forecasting | fashion trends, trend analysis | fashion design
fashion styling | personal styling, wardrobe styling, stylist, wardrobe | fashion design

[hospitality]
cooking | cook, culinary, culinary arts, culinary skills, line cook, sous chef, chef, cuisine,
    executive chef, head chef | food preparation, menu development
food preparation | food prep, prep cook, meal preparation, food production | cooking, food safety
baking | baker, pastry arts, bread making, cake decorating, pastry chef | cooking
menu development | menu planning, menu design, menu creation, recipes | cooking
knife skills | | cooking
butchery | butcher, meat cutting | cooking
food safety | food hygiene, food handling, haccp, servsafe, serv safe, food safety standards,
    food safety certification, food handler, food handlers card | food preparation
kitchen management | kitchen operations, back of house, kitchen supervision,
    kitchen manager | food preparation, inventory management
food cost control | food costing, food cost, food cost management | cost control,
    kitchen management
catering | catering services, banquets, banquet, banquet service | event planning, food service
food service | food and beverage, f&b, food & beverage, food service operations,
    foodservice | catering, customer service
restaurant management | restaurant operations, front of house, restaurant manager | food service
waiting tables | waiter, waitress, table service, waitstaff, wait staff, food server,
    restaurant server | food service, customer service
bartending | bartender, mixology, cocktails, bar service | food service,
    alcohol service
alcohol service | tips certification, responsible beverage service,
    responsible service of alcohol, alcohol awareness | bartending
barista | espresso, coffee making, latte art | food service
wine knowledge | sommelier, wine service, wine pairing, wine | bartending
hospitality | hospitality industry, hospitality services | hotel management, guest services
hotel management | hotel operations, hospitality management, lodging management,
    hotel manager | hospitality
guest services | guest relations, guest service, guest experience, concierge,
    hotel reception | customer service, hotel management
housekeeping | housekeeper, room attendant, laundry | hotel management, cleaning
cleaning | janitorial, custodial, janitor, custodian, cleaning services,
    commercial cleaning | housekeeping
reservations | reservation systems, booking systems, opera pms | guest services
tourism | travel and tourism, tour guide, travel industry,
    travel agent | hotel management
casino operations | casino, table games, casino dealer | hospitality

[retail]
point of sale | pos, pos systems, pos system, point-of-sale, cash register, square pos, toast pos,
    micros pos | cash handling
cash handling | handling cash, cash drawer, cash counting | point of sale
cashiering | cashier, cashier duties, checkout | cash handling, point of sale
store management | retail management, store operations, store manager | retail sales
stocking | shelf stocking, restocking, stock replenishment, replenishment,
    merchandise stocking | inventory management, merchandising

[languages]
english | english language, fluent english, english proficiency, native english
spanish | spanish language, fluent spanish, castilian, espanol, español
french | french language, fluent french, français
german | german language, fluent german, deutsch
italian | italian language, fluent italian
portuguese | portuguese language, brazilian portuguese
mandarin | mandarin chinese, chinese, putonghua, chinese language | cantonese
cantonese | | mandarin
japanese | japanese language
korean | korean language
arabic | arabic language, modern standard arabic
hindi | hindi language | urdu
urdu | | hindi
russian | russian language
dutch | dutch language, flemish
polish | polish language
vietnamese |
tagalog | filipino language
turkish |
greek | greek language
hebrew |
farsi | persian language
sign language | american sign language, british sign language, bsl
translation | translator, translating, document translation | interpreting
interpreting | interpreter, interpretation services | translation
bilingual | bilingual communication, multilingual, bilingual skills | translation

[soft skills]
communication | communication skills, verbal communication, oral communication,
    interpersonal communication, excellent communication | written communication, public speaking
written communication | written communication skills, business writing | communication, writing
interpersonal skills | people skills, interpersonal, relationship skills | communication
public speaking | presentations, presentation skills, presenting, speaking engagements,
    public presentation | communication
teamwork | team player, collaboration, team work, teamworking | team building
team building | team-building | teamwork, team leadership
problem solving | problem-solving, problem solver, solving problems, complex problem solving,
    problem resolution | critical thinking
critical thinking | analytical thinking, analytical skills, critical-thinking | problem solving
decision making | decision-making, sound judgment, sound judgement | critical thinking
time management | managing time, prioritization, prioritisation, prioritizing,
    deadline management, meeting deadlines | organizational skills
organizational skills | organization skills, organisational skills,
    highly organized, well organized | time management
attention to detail | detail oriented, detail-oriented, detail orientation, meticulous
multitasking | multi-tasking, multi tasking, multitask | time management
adaptability | flexibility, adaptable
creativity | creative thinking, innovative thinking
conflict resolution | conflict management, dispute resolution, mediation,
    resolving conflicts | negotiation
emotional intelligence | emotional awareness | interpersonal skills
work ethic | strong work ethic, reliability, dependable
self-motivation | self motivated, self-motivated, self starter, self-starter,
    proactive | work ethic
active listening | listening skills | communication
cultural awareness | cultural competence, cross-cultural communication, cultural sensitivity,
    intercultural communication | diversity and inclusion
stress management | working under pressure, stress tolerance
"""
