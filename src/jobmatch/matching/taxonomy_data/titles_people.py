"""Job-title families of care, education, hospitality, creative work, beauty and fitness."""

TABLE = """
[healthcare]
nursing | nurse, registered nurse, rn, staff nurse, charge nurse, head nurse,
    nurse manager, nurse supervisor, nursing supervisor, nursing director,
    director of nursing, don, assistant director of nursing, nurse educator,
    nurse practitioner, np, family nurse practitioner, fnp, advanced practice nurse,
    aprn, clinical nurse specialist, nurse anesthetist, crna, nurse midwife,
    certified nurse midwife, midwife, licensed practical nurse, lpn,
    licensed vocational nurse, lvn, er nurse, icu nurse, emergency room nurse,
    travel nurse, home health nurse, hospice nurse, school nurse, public health nurse,
    psychiatric nurse, pediatric nurse, oncology nurse, surgical nurse, or nurse,
    operating room nurse, perioperative nurse, labor and delivery nurse, nicu nurse,
    telemetry nurse, med surg nurse, medical surgical nurse, dialysis nurse,
    infusion nurse, wound care nurse, case manager nurse, nurse case manager, triage nurse,
    clinical nurse, nurse consultant, occupational health nurse, nurse navigator,
    nurse coordinator, nursing instructor, new grad nurse, graduate nurse, student nurse,
    nursing, nurse aide registered | nursing assistance, physicians, allied health,
    healthcare administration, emergency medical, mental health
nursing assistance | certified nursing assistant, cna, nursing assistant, nurse aide,
    nurses aide, patient care technician, pct, patient care assistant, patient care associate,
    home health aide, hha, personal care aide, personal care assistant, caregiver,
    care giver, care assistant, care worker, support worker, direct support professional,
    dsp, resident assistant care, orderly, hospital attendant, healthcare assistant,
    health care aide, hospice aide, companion caregiver, sitter, patient sitter,
    residential aide, medication aide, certified medication aide, qmap,
    behavioral health technician, mental health technician, psychiatric technician,
    psychiatric aide | nursing, social services, medical assisting, elder care
medical assisting | medical assistant, certified medical assistant, cma,
    clinical medical assistant, medical office assistant, physician assistant medical office,
    ophthalmic assistant, optometric assistant, ophthalmic technician,
    podiatry assistant, chiropractic assistant, patient service representative,
    patient services coordinator, patient coordinator, patient registrar,
    patient access representative,
    patient access specialist, medical receptionist, medical front desk, front desk medical,
    unit secretary, unit clerk, health unit coordinator, ward clerk, medical scheduler,
    medical office manager, practice manager, clinic manager, clinic coordinator
    | nursing assistance, health information, healthcare administration, office administration
physicians | physician, doctor, medical doctor, md, general practitioner, gp,
    family physician, family medicine physician, internist, hospitalist, surgeon,
    general surgeon, orthopedic surgeon, neurosurgeon, cardiologist, anesthesiologist,
    anaesthetist, radiologist, pathologist, pediatrician, paediatrician, psychiatrist,
    dermatologist, neurologist, oncologist, obstetrician, gynecologist, ob/gyn,
    emergency physician, er doctor, resident physician, medical resident, intern physician,
    attending physician, medical director, chief medical officer, physician assistant,
    pa-c, physician associate, clinical officer, ophthalmologist, urologist,
    gastroenterologist, endocrinologist, nephrologist, pulmonologist, rheumatologist,
    locum tenens physician, medical officer, house officer, registrar doctor
    | nursing, allied health, dentistry, healthcare administration
dentistry | dentist, dental surgeon, orthodontist, periodontist, endodontist,
    oral surgeon, prosthodontist, dental hygienist, hygienist, registered dental hygienist,
    rdh, dental assistant, certified dental assistant, dental nurse, dental technician,
    dental lab technician, dental receptionist, dental office manager, dental therapist
    | physicians, medical assisting, allied health
pharmacy | pharmacist, clinical pharmacist, staff pharmacist, retail pharmacist,
    hospital pharmacist, pharmacy manager, pharmacist in charge, pharmacy technician,
    certified pharmacy technician, cpht, pharmacy tech, pharmacy assistant,
    pharmacy intern, pharmacy clerk, dispensing technician, compounding technician,
    compounding pharmacist, pharmacy buyer, pharmacy specialist | physicians, nursing,
    regulatory affairs, clinical research, medical laboratory
allied health | physical therapist, physiotherapist, pt, physical therapy assistant,
    physical therapist assistant, pta, physical therapy aide, occupational therapist, ot,
    certified occupational therapy assistant, cota, occupational therapy assistant,
    speech language pathologist, speech therapist, slp, speech pathologist, audiologist,
    respiratory therapist, rrt, respiratory care practitioner, radiologic technologist,
    radiology technician, radiographer, x-ray technician, x-ray tech, mri technologist,
    ct technologist, ultrasound technician, ultrasound technologist, sonographer,
    diagnostic medical sonographer, cardiac sonographer, echocardiographer,
    nuclear medicine technologist, radiation therapist, cardiovascular technologist,
    ekg technician, ecg technician, eeg technician, surgical technologist,
    surgical technician, scrub tech, sterile processing technician, central sterile technician,
    anesthesia technician, dialysis technician, optician, optometrist, chiropractor,
    podiatrist, dietitian, registered dietitian, nutritionist, dietetic technician,
    diet technician, athletic trainer, recreational therapist, music therapist,
    art therapist, massage therapist clinical, orthotist, prosthetist, perfusionist
    | nursing, physicians, medical laboratory, fitness, mental health
medical laboratory | medical laboratory scientist, medical technologist, mt,
    clinical laboratory scientist, cls, medical laboratory technician, mlt,
    clinical laboratory technician, lab tech medical, histotechnologist, histotechnician,
    cytotechnologist, phlebotomist, phlebotomy technician, certified phlebotomist,
    specimen processor, laboratory assistant medical, pathology assistant,
    blood bank technologist, microbiology technologist, laboratory supervisor
    | allied health, scientific research, chemistry lab, nursing assistance, pharmacy
emergency medical | emt, emergency medical technician, emt-b, emt basic, paramedic,
    flight paramedic, first responder, ambulance driver, ambulance technician,
    emergency care technician, ems supervisor, ems coordinator, lifeguard emergency
    | nursing, firefighting, allied health, physicians
mental health | therapist, psychotherapist, counselor, counsellor, licensed counselor,
    licensed professional counselor, lpc, mental health counselor, mental health therapist,
    mental health clinician, clinical therapist, marriage and family therapist, mft, lmft,
    psychologist, clinical psychologist, school psychologist, counseling psychologist,
    neuropsychologist, behavior analyst, bcba, board certified behavior analyst,
    behavior technician, registered behavior technician, rbt, aba therapist,
    substance abuse counselor, addiction counselor, drug and alcohol counselor,
    chemical dependency counselor, recovery coach, peer support specialist,
    crisis counselor, crisis worker, psychiatric nurse practitioner, clinician,
    mental health specialist, mental health worker, behavioral health specialist,
    behavioral health counselor, grief counselor, rehabilitation counselor,
    vocational rehabilitation counselor | social services, nursing, allied health,
    education counseling, nursing assistance
healthcare administration | healthcare administrator, health care administrator,
    hospital administrator, health services manager, healthcare manager, health care manager,
    medical director administrative, director of patient services, patient services manager,
    nursing home administrator, long term care administrator, assisted living administrator,
    assisted living director, clinical operations manager, clinical manager,
    clinical director, care manager, care coordinator, care navigator, patient navigator,
    patient advocate, patient experience manager, patient liaison, utilization review nurse,
    utilization review coordinator, utilization management specialist,
    quality improvement coordinator,
    infection preventionist, clinical coordinator, health program manager,
    public health manager, public health specialist, public health analyst,
    health educator, community health worker, epidemiologist, health policy analyst,
    healthcare consultant, healthcare analyst, population health manager
    | nursing, health information, medical assisting, physicians, social services,
    mental health, clinical research
health information | health information technician, health information manager,
    health information management, him specialist, medical records clerk,
    medical records technician, medical records specialist, medical records coordinator,
    release of information specialist, cancer registrar, tumor registrar,
    clinical documentation specialist, clinical documentation improvement specialist,
    cdi specialist, coding auditor, medical transcriptionist, health informatics specialist,
    clinical informatics specialist, nurse informaticist, ehr specialist, epic analyst,
    epic consultant, cerner analyst | billing, medical assisting, healthcare administration,
    data entry
clinical research | clinical research coordinator, crc, clinical research associate, cra,
    clinical research assistant, clinical research manager, clinical trial manager,
    clinical trial coordinator, clinical trial associate, clinical project manager,
    clinical data manager, clinical data coordinator, clinical scientist, medical science liaison,
    msl, medical writer, pharmacovigilance specialist, drug safety specialist,
    drug safety associate, study coordinator, research nurse, clinical operations associate
    | scientific research, healthcare administration, regulatory affairs, pharmacy, nursing
veterinary | veterinarian, vet, veterinary surgeon, veterinary technician, vet tech,
    veterinary nurse, veterinary assistant, vet assistant, animal care technician,
    animal caretaker, animal care attendant, kennel attendant, kennel assistant,
    dog groomer, pet groomer, groomer, dog walker, pet sitter, animal trainer, dog trainer,
    zookeeper, animal control officer, veterinary receptionist, laboratory animal technician
    | agriculture, allied health, scientific research

[education]
teaching | teacher, classroom teacher, elementary teacher, elementary school teacher,
    primary teacher, primary school teacher, middle school teacher, high school teacher,
    secondary teacher, secondary school teacher, math teacher, mathematics teacher,
    science teacher, english teacher, history teacher, social studies teacher,
    art teacher, music teacher, pe teacher, physical education teacher, spanish teacher,
    french teacher, language teacher, foreign language teacher, chemistry teacher,
    biology teacher, physics teacher, computer science teacher, special education teacher,
    sped teacher, special needs teacher, resource teacher, esl teacher, esol teacher,
    efl teacher, tefl teacher, ell teacher, bilingual teacher, reading teacher,
    reading specialist, literacy specialist, literacy coach, math specialist,
    math coach, instructional coach, lead teacher, head teacher, co-teacher,
    student teacher, substitute teacher, supply teacher, teacher assistant,
    teaching assistant, teacher aide, teachers aide, paraprofessional, paraeducator,
    classroom aide, instructional aide, instructional assistant, educational assistant,
    learning support assistant, learning support teacher, tutor, private tutor,
    online tutor, math tutor, writing tutor, homeschool teacher, kindergarten teacher,
    pre-k teacher, preschool teacher, early childhood teacher, early childhood educator,
    early years teacher, nursery teacher, montessori teacher, daycare teacher,
    child care teacher, infant teacher, toddler teacher, educator, instructor,
    teacher intern, intervention specialist, interventionist, gifted teacher,
    stem teacher, vocational teacher, career and technical education teacher, cte teacher,
    drama teacher, dance teacher, teaching fellow, faculty member school
    | higher education, education administration, child care, training and development,
    education counseling, fitness
higher education | professor, assistant professor, associate professor, full professor,
    adjunct professor, adjunct instructor, adjunct faculty, lecturer, senior lecturer,
    college instructor, university lecturer, faculty, faculty member, visiting professor,
    clinical professor, research professor, teaching professor, graduate teaching assistant,
    graduate assistant, teaching assistant university, department chair, dean,
    associate dean, assistant dean, provost, chancellor, university president,
    academic advisor, academic adviser, academic coordinator, registrar,
    admissions counselor, admissions officer, admissions coordinator, admissions director,
    enrollment counselor, enrollment advisor, financial aid advisor, financial aid officer,
    financial aid counselor, student affairs coordinator, student services coordinator,
    resident director, residence hall director, career services advisor,
    career services coordinator, librarian, academic librarian, reference librarian,
    library assistant, library technician, library clerk, archivist, curator academic
    | teaching, education administration, scientific research, education counseling
education administration | principal, school principal, assistant principal,
    vice principal, deputy head, headteacher, headmaster, headmistress, head of school,
    superintendent of schools, school superintendent, assistant superintendent,
    director of education, education director, education manager, education coordinator,
    education specialist, education consultant, education administrator, school administrator,
    curriculum coordinator, curriculum specialist, curriculum developer, curriculum director,
    instructional specialist, dean of students, program director education,
    education program manager, early childhood director, preschool director,
    daycare director, child care director, center director, site director education,
    education officer, school business manager, testing coordinator, title i coordinator
    | teaching, higher education, education counseling, nonprofit management
education counseling | school counselor, guidance counselor, school guidance counselor,
    college counselor, career counselor, career advisor, career adviser, student advisor,
    student counselor, school social worker, attendance officer, youth counselor,
    transition specialist, college and career counselor | teaching, mental health,
    social services, higher education
child care | child care worker, childcare worker, child care provider, childcare provider,
    child care assistant, childcare assistant, nanny, au pair, babysitter, daycare worker,
    daycare assistant, preschool assistant, nursery assistant, nursery nurse,
    early years practitioner, early childhood assistant, before and after school counselor,
    camp counselor, youth worker, youth leader, youth program coordinator,
    after school teacher, child care specialist, family child care provider
    | teaching, social services, nursing assistance, elder care

[social care]
social services | social worker, licensed social worker, clinical social worker, lcsw,
    lmsw, msw, medical social worker, child welfare worker, child protective services worker,
    cps worker, case worker, caseworker, case manager, case management specialist,
    family support worker, family advocate, child advocate, victim advocate,
    patient advocate social,
    client advocate, advocate, community advocate, youth advocate, legal advocate,
    housing advocate, domestic violence advocate, residential counselor, house parent,
    family service worker, eligibility worker, eligibility specialist, benefits counselor,
    welfare officer, human services worker, human services specialist, social services assistant,
    social services coordinator, social services director, intake coordinator,
    intake specialist, intake worker, outreach worker, outreach specialist,
    community support worker, housing specialist, housing coordinator,
    resettlement caseworker, refugee caseworker, foster care worker, adoption specialist,
    reentry specialist, program coordinator social services, direct care worker,
    independent living specialist, job coach, employment counselor | mental health,
    community outreach, nursing assistance, child care, elder care, education counseling,
    healthcare administration, nonprofit management
community outreach | community outreach coordinator, community outreach specialist,
    community organizer, community engagement coordinator, community engagement manager,
    community development officer, community liaison, community relations manager,
    community relations coordinator, community health advocate, outreach coordinator,
    volunteer program coordinator, civic engagement coordinator, neighborhood coordinator
    | social services, nonprofit management, public relations, government affairs
elder care | activities director, activity coordinator, activities coordinator,
    activities assistant, recreation coordinator senior, life enrichment coordinator,
    memory care director, memory care coordinator, senior care coordinator,
    geriatric care manager, eldercare worker, companion | nursing assistance,
    social services, healthcare administration, child care
religious ministry | pastor, minister, priest, chaplain, youth pastor, worship leader,
    rabbi, imam, clergy, deacon, missionary, ministry leader, church administrator
    | social services, community outreach, mental health

[hospitality]
culinary | chef, executive chef, head chef, sous chef, chef de cuisine, chef de partie,
    line cook, cook, prep cook, kitchen cook, short order cook, grill cook, fry cook,
    pastry chef, pastry cook, baker, head baker, bakery assistant, cake decorator,
    private chef, personal chef, kitchen manager, kitchen supervisor, kitchen assistant,
    kitchen porter, commis chef, junior sous chef, banquet chef, catering chef,
    culinary manager, culinary director, food production manager, cafeteria cook,
    school cook, institutional cook, chef manager, chef instructor, culinary instructor,
    pizza cook, sushi chef, corporate chef, food prep, food preparation worker,
    dishwasher, dish washer, steward kitchen, chef assistant
    | food service, hospitality management, food science, production operations
food service | server, waiter, waitress, waitstaff, food server, restaurant server,
    banquet server, cocktail server, busser, busboy, food runner, host restaurant,
    hostess, restaurant host, bartender, barback, mixologist, barista, coffee barista,
    crew member, team member restaurant, fast food worker, fast food crew member,
    cashier restaurant, counter attendant, food service worker, food service assistant,
    food service associate, food service manager, food service director,
    food service supervisor, restaurant manager, assistant restaurant manager,
    restaurant general manager, restaurant supervisor, shift leader restaurant, shift manager,
    bar manager, beverage manager, food and beverage manager, f&b manager,
    food and beverage supervisor, food and beverage director, dining room manager,
    catering manager, catering assistant, caterer, sommelier, cafe manager, canteen assistant,
    cafeteria worker, lunch lady, deli clerk, deli worker, concession worker
    | culinary, hospitality management, retail sales, events
hospitality management | hotel manager, hotel general manager, general manager hotel,
    assistant hotel manager, front office manager, front desk manager, front desk agent,
    front desk associate, guest service agent, guest services agent, guest services associate,
    guest services manager, guest relations manager, night auditor, night manager,
    reservations agent, reservations manager, reservation agent, reservations coordinator,
    concierge, hotel concierge, bellman, bellhop, bell attendant, porter, valet,
    valet attendant, valet parker, doorperson, housekeeper, housekeeping attendant,
    room attendant, chambermaid, executive housekeeper, housekeeping manager,
    housekeeping supervisor, laundry attendant, resort manager, lodge manager,
    hospitality manager, hospitality associate, hospitality assistant, hospitality supervisor,
    revenue manager hotel, rooms division manager, guest experience manager,
    casino dealer, dealer casino, croupier, pit boss, casino host, casino manager,
    slot attendant, cruise ship staff, spa manager, spa coordinator, spa receptionist
    | food service, culinary, travel services, events, customer service, cleaning
travel services | travel agent, travel consultant, travel advisor, travel coordinator,
    travel manager, tour guide, tour operator, tour leader, tour manager,
    reservations specialist travel, ticketing agent, travel specialist, travel counselor,
    holiday representative, visitor services assistant, museum guide, docent
    | hospitality management, aviation, customer service
cleaning | cleaner, janitor, custodian, custodial worker, janitorial worker,
    housekeeping aide, cleaning operative, cleaning supervisor, cleaning manager,
    commercial cleaner, office cleaner, domestic cleaner, house cleaner, maid,
    environmental services technician, environmental services aide, evs technician,
    floor technician, window cleaner, carpet cleaner, pest control technician,
    exterminator, sanitation worker, waste collector, refuse collector, garbage collector,
    recycling worker, street cleaner | hospitality management, maintenance, facilities management

[creative]
graphic design | graphic designer, senior graphic designer, junior graphic designer,
    visual designer, graphic artist, graphics designer, production artist,
    digital designer, designer, creative designer, brand designer, marketing designer,
    print designer, packaging designer, publication designer, layout artist,
    presentation designer, logo designer, design intern, graphic design intern,
    art director, associate art director, creative director, executive creative director,
    design director, head of design, design manager, creative lead, design lead,
    creative services manager, studio manager, prepress technician, desktop publisher,
    sign maker, illustrator, medical illustrator, technical illustrator, graphic design
    | web design, ux design, animation, marketing, photography, fine arts, fashion
web design | web designer, website designer, web design intern, web producer,
    webmaster, web content manager, email designer, digital designer web,
    landing page designer, wordpress designer, web designer developer | graphic design,
    ux design, web development, digital marketing
ux design | ux designer, ui designer, ui/ux designer, ux/ui designer, ux researcher,
    user researcher, user experience designer, user experience researcher,
    user interface designer, interaction designer, product designer, service designer,
    experience designer, information architect, usability analyst, usability specialist,
    ux architect, ux lead, ux manager, ux writer designer, design researcher,
    conversational designer, design technologist, ux engineer, ux strategist, ux
    | graphic design, web design, product management, web development, industrial design
industrial design | industrial designer, product designer industrial, furniture designer,
    toy designer, footwear designer, exhibition designer, display designer,
    lighting designer, set designer, production designer, model maker
    | mechanical engineering, ux design, graphic design, interior design, fashion
interior design | interior designer, interior design assistant, interior decorator,
    interior architect, kitchen designer, space designer, home stager, design consultant interior,
    cad designer interior, showroom designer | architecture, industrial design, graphic design
animation | animator, 3d animator, 2d animator, motion designer, motion graphics designer,
    motion graphics artist, vfx artist, visual effects artist, compositor, 3d artist,
    3d modeler, 3d generalist, character artist, environment artist, concept artist,
    storyboard artist, texture artist, rigger, technical artist, cg artist, character animator
    | graphic design, media production, game development, fine arts
photography | photographer, photojournalist, wedding photographer, portrait photographer,
    commercial photographer, product photographer, fashion photographer, photo editor,
    photo retoucher, retoucher, photography assistant, photo studio manager,
    image editor, photo lab technician | media production, graphic design, journalism,
    fine arts
media production | video producer, producer, executive producer, associate producer,
    assistant producer, line producer, segment producer, content producer video,
    video editor, film editor, editor video, videographer, camera operator, cameraman,
    cinematographer, director of photography, film director, director film,
    television director, assistant director, production assistant, production coordinator media,
    production manager media, post production supervisor, post-production coordinator,
    broadcast technician, broadcast engineer, audio engineer, sound engineer,
    sound designer, recording engineer, mixing engineer, audio technician,
    av technician, audio visual technician, audiovisual technician, lighting technician,
    stagehand, gaffer, grip, boom operator, floor manager, studio technician,
    multimedia specialist, multimedia designer, multimedia producer, podcast producer,
    radio producer, radio host, radio presenter, dj, disc jockey, tv presenter,
    television presenter, news anchor, anchor, host, presenter, youtuber, streamer,
    digital content creator video | journalism, animation, photography, digital marketing,
    performing arts, editing
journalism | journalist, reporter, news reporter, correspondent, foreign correspondent,
    news editor, editor in chief, editor-in-chief, managing editor, assignment editor,
    city editor, sports reporter, sportswriter, columnist, critic, broadcast journalist,
    investigative reporter, data journalist, freelance journalist, stringer,
    news producer, newsroom assistant, fact checker, researcher journalism
    | editing, content writing, media production, public relations
editing | editor, copy editor, copyeditor, sub-editor, subeditor, proofreader,
    line editor, developmental editor, acquisitions editor, associate editor,
    assistant editor, senior editor, contributing editor, production editor,
    editorial assistant, editorial coordinator, editorial manager, editorial director,
    publisher, publishing assistant, publishing coordinator, literary agent, translator,
    interpreter, localization specialist, localization manager, indexer
    | journalism, content writing, technical writing
fine arts | artist, visual artist, fine artist, painter artist, sculptor, printmaker,
    muralist, ceramicist, potter, glassblower, jewelry designer, jeweler, jeweller,
    goldsmith, silversmith, tattoo artist, calligrapher, art handler, art teacher private,
    gallery assistant, gallery manager, gallery director, curator, assistant curator,
    museum curator, museum collections manager, registrar museum, conservator, art conservator,
    art restorer, museum educator, art consultant, art dealer, auctioneer, framer picture,
    picture framer, arts administrator, arts manager, arts coordinator, crafts instructor,
    craftsperson, artisan | graphic design, animation, photography, performing arts,
    teaching
performing arts | actor, actress, performer, dancer, choreographer, singer, vocalist,
    musician, guitarist, pianist, drummer, violinist, cellist, bassist, composer,
    songwriter, music producer, conductor music, music director, band director,
    choir director, orchestra member, session musician, music teacher private,
    voice teacher, piano teacher, guitar teacher, dance instructor, ballet teacher,
    theater director, theatre director, stage manager, stage director, playwright,
    comedian, magician, entertainer, circus performer, model, fashion model,
    voice actor, voiceover artist, extras performer, talent agent, booking agent,
    artist manager, tour manager music, box office manager, box office associate,
    theater manager, venue coordinator, usher | media production, fine arts, teaching,
    events
fashion | fashion designer, apparel designer, clothing designer, textile designer,
    costume designer, technical designer apparel, pattern maker, patternmaker,
    sample maker, garment technician, fashion stylist, stylist fashion, wardrobe stylist,
    wardrobe assistant, personal stylist, image consultant, fashion merchandiser,
    fashion buyer assistant, apparel merchandiser, fashion assistant, fashion consultant,
    fashion coordinator, product developer apparel, apparel production manager,
    fashion illustrator, fashion intern, dressmaker, milliner, alterations specialist
    | merchandising, retail sales, graphic design, industrial design, production operations

[wellbeing]
fitness | personal trainer, certified personal trainer, fitness trainer, fitness instructor,
    fitness coach, fitness specialist, fitness consultant, fitness manager,
    fitness director, fitness coordinator, fitness attendant, gym instructor, gym manager,
    gym attendant, group fitness instructor, group exercise instructor, aerobics instructor,
    spin instructor, cycling instructor, yoga instructor, yoga teacher, pilates instructor,
    pilates teacher, barre instructor, zumba instructor, crossfit coach, strength coach,
    strength and conditioning coach, conditioning coach, exercise physiologist,
    health coach, wellness coach, wellness coordinator, wellness director,
    wellness consultant, nutrition coach, weight loss consultant, swim instructor,
    swimming instructor, swim coach, lifeguard, aquatics director, aquatics coordinator,
    martial arts instructor, karate instructor, boxing coach, coach, sports coach,
    head coach, assistant coach, athletic coach, athletic director, sports director,
    recreation director, recreation coordinator, recreation leader, recreation assistant,
    referee, umpire, golf professional, golf instructor, tennis coach, tennis instructor,
    ski instructor, climbing instructor, outdoor instructor, camp director,
    membership consultant gym, front desk gym, club manager fitness, sports massage therapist
    | allied health, teaching, beauty, hospitality management, mental health
beauty | hairdresser, hair stylist, hairstylist, stylist, barber, master barber,
    colorist, hair colorist, salon manager, salon owner, salon assistant, salon receptionist,
    cosmetologist, esthetician, aesthetician, beauty therapist, skin care specialist,
    skincare specialist, makeup artist, make-up artist, mua, nail technician, nail tech,
    manicurist, pedicurist, lash technician, lash artist, brow artist, waxing specialist,
    massage therapist, licensed massage therapist, lmt, masseuse, spa therapist,
    beauty consultant, beauty advisor salon, cosmetics consultant, barber apprentice,
    electrologist, tanning consultant | fitness, retail sales, hospitality management,
    fashion
"""
