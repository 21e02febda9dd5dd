"""Job-title families of technology, data, ~engineering, trades, industry and transport."""

TABLE = """
[technology]
software engineering | software engineer, software developer, developer, programmer,
    software programmer, application developer, applications developer, backend engineer,
    back end engineer, backend developer, back-end developer, programmer analyst,
    java developer, python developer, .net developer, c# developer, c++ developer,
    ruby developer, php developer, golang developer, go developer, scala developer,
    software development engineer, sde, coder, software architect, solutions architect,
    application architect, technical architect, development manager, computer programmer,
    systems developer,
    software development, software engineering intern, software engineer in test,
    firmware engineer, firmware developer, api developer, integration developer,
    salesforce developer, sap developer, sap abap developer, abap developer,
    erp developer, crm developer, blockchain developer, smart contract developer,
    rpa developer, automation developer | web development, mobile development,
    devops engineering, quality assurance testing, data engineering, embedded engineering,
    machine learning engineering, game development, technical support, it management,
    computer science research, developer relations
web development | web developer, frontend developer, front end developer, front-end developer,
    frontend engineer, front end engineer, ui developer, full stack developer,
    fullstack developer, full-stack developer, full stack engineer, javascript developer,
    react developer, angular developer, node developer, node.js developer, web programmer,
    wordpress developer, web engineer, web application developer, shopify developer,
    drupal developer, magento developer | software engineering, web design, mobile development
mobile development | mobile developer, ios developer, android developer, mobile engineer,
    ios engineer, android engineer, mobile application developer, app developer,
    flutter developer, react native developer | software engineering, web development
game development | game developer, game programmer, gameplay programmer, game designer,
    level designer, unity developer, unreal developer, game engineer | software engineering,
    animation, game testing
embedded engineering | embedded software engineer, embedded engineer, embedded developer,
    embedded systems engineer, fpga engineer, asic engineer, hardware engineer,
    hardware design engineer, silicon engineer, chip design engineer, vlsi engineer,
    rtl design engineer, verification engineer, design verification engineer
    | software engineering, electrical engineering, electronics technician
devops engineering | devops engineer, site reliability engineer, sre, platform engineer,
    cloud engineer, cloud architect, infrastructure engineer, build engineer,
    release engineer, release manager, devsecops engineer, cloud infrastructure engineer,
    kubernetes engineer, aws engineer, azure engineer, cloud consultant
    | software engineering, systems administration, network engineering, it management
systems administration | system administrator, systems administrator, sysadmin,
    linux administrator, windows administrator, unix administrator, server administrator,
    systems engineer, system engineer, it administrator, it systems administrator,
    vmware administrator, exchange administrator, office 365 administrator,
    sharepoint administrator, salesforce administrator, it infrastructure engineer,
    infrastructure analyst, data center technician, data centre technician,
    data center engineer, storage engineer, storage administrator, backup administrator
    | devops engineering, network engineering, technical support, database administration
network engineering | network engineer, network administrator, network architect,
    network analyst, network technician, network specialist, noc engineer, noc technician,
    network operations engineer, telecommunications engineer, telecom engineer,
    voip engineer, wireless engineer, rf engineer, fiber optic technician,
    telecommunications technician, cable technician, network manager, ccna, ccnp
    | systems administration, cybersecurity, technical support, devops engineering
cybersecurity | security engineer, security analyst, cybersecurity analyst,
    cyber security analyst, information security analyst, information security engineer,
    information security officer, ciso, chief information security officer,
    security architect, penetration tester, pentester, ethical hacker, soc analyst,
    security operations analyst, security consultant, cybersecurity engineer,
    cyber security engineer, cybersecurity specialist, incident responder,
    threat intelligence analyst, vulnerability analyst, iam engineer, iam analyst,
    application security engineer, network security engineer, information security manager,
    security operations center analyst, grc analyst | network engineering,
    systems administration, it audit
technical support | software support specialist,
    information technology technician, information technology specialist support,
    technical specialist, tech support, tech support agent, support technician,
    field support specialist, geek squad agent, it support specialist technician,
    application specialist, applications specialist,
    it support, help desk, helpdesk, help desk technician,
    help desk analyst, helpdesk analyst, service desk analyst, service desk technician,
    desktop support, desktop support technician, desktop support engineer,
    it support technician, it support specialist, it technician, computer technician,
    support engineer, technical support engineer, technical support specialist,
    technical support representative, it specialist, field service technician,
    field technician, pc technician, it analyst, application support analyst,
    application support engineer, production support engineer, it support analyst,
    technical support analyst, it helpdesk, tier 1 support, tier 2 support,
    computer support specialist | systems administration, customer service,
    network engineering, it management
it management | ~information technology, director of information technology,
    information technology director, information technology manager,
    information technology administrator, it administrator manager, technology director,
    chief digital officer, digital transformation director,
    it manager, information technology manager, it director, cio,
    chief information officer, cto, chief technology officer, it operations manager,
    infrastructure manager, it project manager,
    technical project manager, technical program manager, it program manager,
    it service manager, it consultant, technology consultant, it coordinator,
    information technology specialist, it business analyst,
    information systems manager, mis manager, it procurement specialist
    | project management, software engineering, systems administration, technical support,
    program management
quality assurance testing | qa engineer, qa analyst, qa tester, software tester, tester,
    test engineer, test analyst, quality assurance engineer, quality assurance analyst,
    automation engineer, test automation engineer, automation tester, qa automation engineer,
    sdet, qa lead, qa manager, test manager, manual tester, performance tester,
    performance test engineer, uat tester, software quality engineer,
    software quality assurance engineer, sqa engineer | software engineering, game testing
game testing | game tester, qa game tester, video game tester, playtester
    | quality assurance testing, game development
technical writing | technical writer, documentation writer, documentation specialist,
    api writer, technical editor, technical author, information developer,
    documentation engineer, technical communicator | content writing, developer relations,
    editing
developer relations | developer advocate, developer evangelist, technology evangelist,
    technical evangelist, devrel, developer relations engineer, community manager developer
    | software engineering, technical writing, sales engineering
sales engineering | field application specialist, field application engineer, partner engineer,
    ~partner engineering,
    sales engineer, solutions engineer, solution engineer, pre-sales engineer,
    presales engineer, pre sales consultant, presales consultant, technical account manager,
    solutions consultant, solution consultant, customer engineer, field engineer,
    technical sales engineer, technical solutions engineer, implementation engineer,
    implementation consultant, implementation specialist, integration engineer,
    deployment engineer, onboarding engineer, customer success engineer
    | software engineering, sales, developer relations, it management, account management
computer science research | research scientist, research engineer, computer scientist,
    research software engineer, ai researcher, applied scientist, postdoctoral researcher,
    postdoctoral fellow, research fellow, research associate | machine learning engineering,
    software engineering, data science, scientific research

[data]
data science | data scientist, machine learning scientist, decision scientist,
    quantitative analyst, quant, quantitative researcher, statistician, biostatistician,
    econometrician, data science manager, head of data science, chief data officer,
    statistical analyst, statistical programmer, sas programmer, operations research analyst,
    actuarial analyst data | data analysis, machine learning engineering, data engineering,
    computer science research, actuarial
machine learning engineering | machine learning engineer, ml engineer, ai engineer,
    deep learning engineer, computer vision engineer, nlp engineer, mlops engineer,
    artificial intelligence engineer, ai specialist, ai developer, machine learning developer,
    prompt engineer, llm engineer | data science, software engineering,
    computer science research, data engineering
data engineering | data engineer, big data engineer, etl developer, etl engineer,
    data warehouse engineer, data warehouse developer, data architect, analytics engineer,
    data platform engineer, hadoop developer, spark developer, data integration engineer,
    data integration developer, informatica developer, bi developer,
    business intelligence developer, bi engineer, data pipeline engineer, dataops engineer
    | data science, database administration, software engineering, data analysis
database administration | database administrator, dba, database engineer, database developer,
    sql developer, oracle developer, pl/sql developer, oracle dba, sql server dba,
    sql dba, database analyst, database manager, mongodb administrator, data modeler
    | data engineering, systems administration
data analysis | ~data analytics, data analytics manager, data management analyst,
    gis coordinator, ~gis, analytical lead,
    data analyst, business intelligence analyst, bi analyst, analytics manager,
    reporting analyst, report analyst, reporting specialist, insights analyst,
    analytics specialist, analytics consultant, data specialist, data coordinator,
    data manager, research analyst, marketing data analyst, product analyst, sql analyst,
    tableau developer, power bi developer, power bi analyst, mis analyst, mis executive,
    data quality analyst, master data analyst, data governance analyst, gis analyst,
    gis specialist, gis technician | data science, data engineering, business analysis,
    marketing analytics, financial analysis, data entry

[engineering]
mechanical engineering | mechanical engineer, mechanical design engineer, design engineer,
    product design engineer, hvac engineer, mechanical engineering technician,
    mechanical technician, cad designer, cad engineer, cad technician, cad drafter,
    drafter, draftsman, draughtsman, mechanical drafter, piping engineer, piping designer,
    thermal engineer, tooling engineer, tool engineer, r&d engineer, product engineer,
    product development engineer, mechanical project engineer, packaging engineer,
    automotive engineer, vehicle engineer, stress engineer, structural analyst engineer
    | manufacturing engineering, industrial engineering, aerospace engineering,
    electrical engineering, civil engineering, maintenance
electrical engineering | electrical engineer, electronics engineer, electrical design engineer,
    power engineer, power systems engineer, controls engineer, control engineer,
    control systems engineer, instrumentation engineer, i&c engineer,
    instrumentation and control engineer, plc engineer, plc programmer,
    automation controls engineer, electrical project engineer, substation engineer,
    protection engineer, test and measurement engineer, electronics design engineer,
    pcb designer, pcb design engineer, rf design engineer, power electronics engineer,
    electrical engineering technician, electronic engineer
    | mechanical engineering, embedded engineering, electronics technician, electrician,
    energy engineering
electronics technician | electronics technician, electronic technician, electronics assembler,
    electronics tester, avionics technician, instrument technician,
    instrumentation technician, calibration technician, test technician,
    engineering technician, lab technician electronics, bench technician,
    repair technician, field service engineer | electrical engineering,
    embedded engineering, maintenance, aircraft maintenance
civil engineering | civil engineer, structural engineer, geotechnical engineer,
    transportation engineer, traffic engineer, highway engineer, water resources engineer,
    hydraulic engineer, bridge engineer, site engineer, civil engineering technician,
    civil designer, municipal engineer, drainage engineer, surveyor, land surveyor,
    survey technician, building engineer, building surveyor, quantity surveyor,
    cost engineer, geomatics engineer | construction management, architecture,
    environmental engineering, mechanical engineering
environmental engineering | water resources specialist, natural resource specialist,
    environmental engineer, environmental scientist,
    environmental specialist, environmental consultant, environmental technician,
    environmental compliance specialist, ehs specialist, ehs manager, ehs engineer,
    hse officer, hse manager, environmental health and safety manager, sustainability manager,
    sustainability consultant, sustainability analyst, water engineer,
    wastewater engineer, water treatment operator, wastewater operator
    | civil engineering, health and safety, chemical engineering, energy engineering
chemical engineering | chemical engineer, process engineer, chemical process engineer,
    process development engineer, process technician, chemical operator,
    chemical plant operator, refinery operator, polymer engineer, materials engineer,
    metallurgist, metallurgical engineer, materials scientist, corrosion engineer
    | manufacturing engineering, environmental engineering, scientific research, chemistry lab
aerospace engineering | aerospace engineer, aeronautical engineer, avionics engineer,
    flight test engineer, propulsion engineer, aircraft engineer, satellite engineer,
    spacecraft engineer, aerodynamics engineer, flight controls engineer
    | mechanical engineering, aircraft maintenance, electrical engineering
industrial engineering | ~continuous improvement,
    industrial engineer, manufacturing systems engineer,
    operations engineer, continuous improvement engineer, lean engineer,
    continuous improvement manager, lean manager, lean six sigma black belt,
    six sigma black belt, six sigma green belt, process improvement engineer,
    process improvement specialist, efficiency engineer, methods engineer,
    reliability engineer, production engineer | manufacturing engineering,
    mechanical engineering, quality engineering, operations management, supply chain
manufacturing engineering | manufacturing engineer, manufacturing process engineer,
    production engineer manufacturing, manufacturing engineering manager,
    npi engineer, new product introduction engineer, assembly engineer, welding engineer,
    cnc programmer, robotics engineer, automation engineer manufacturing, mechatronics engineer
    | industrial engineering, mechanical engineering, production management, quality engineering
quality engineering | quality engineer, quality manager, quality assurance manager,
    quality control manager, qa qc manager, quality inspector, qc inspector, quality technician,
    quality control inspector, quality control technician, quality analyst manufacturing,
    supplier quality engineer, quality assurance specialist, quality control analyst,
    quality auditor, quality specialist, qc analyst, inspector, validation engineer,
    validation specialist, compliance engineer, metrology technician
    | manufacturing engineering, industrial engineering, production management,
    regulatory affairs, quality assurance testing
energy engineering | radiological control technician,
    energy engineer, solar engineer, wind engineer, renewable energy engineer,
    energy analyst, energy consultant, energy manager, energy auditor, solar installer,
    solar technician, wind turbine technician, nuclear engineer, power plant operator,
    petroleum engineer, drilling engineer, reservoir engineer, mining engineer, geologist,
    geophysicist, oil and gas engineer | electrical engineering, environmental engineering,
    chemical engineering, mechanical engineering
biomedical engineering | biomedical engineer, clinical engineer, biomedical technician,
    biomedical equipment technician, medical device engineer, bioengineer,
    biomedical engineering technician | mechanical engineering, electrical engineering,
    scientific research, regulatory affairs
architecture | architect, architectural designer, project architect, design architect,
    architectural technologist, architectural technician, architectural drafter,
    landscape architect, urban designer, urban planner, town planner, city planner,
    planning officer, bim manager, bim coordinator, bim modeler, revit technician
    | civil engineering, interior design, construction management

[construction]
construction management | ~construction, construction intern, construction project engineer,
    construction engineering supervisor,
    construction manager, construction project manager,
    site manager, site supervisor, superintendent, construction superintendent,
    general contractor, contractor, project engineer construction, construction engineer,
    construction coordinator, construction supervisor, foreman, general foreman,
    construction foreman, clerk of works, construction estimator, estimator,
    cost estimator, preconstruction manager, building inspector, construction inspector,
    code enforcement officer, construction administrator, field engineer construction,
    construction director, project superintendent | civil engineering, construction trades,
    architecture, facilities management, project management
construction trades | landscape technician,
    construction work, installer, cable installer, satellite installer,
    journeyman, apprentice,
    construction worker, laborer, labourer, general laborer,
    construction laborer, carpenter, joiner, framer, finish carpenter, cabinet maker,
    mason, bricklayer, stonemason, concrete finisher, concrete worker, drywall installer,
    drywaller, plasterer, painter, house painter, decorator, roofer, glazier, tiler,
    tile setter, flooring installer, insulation installer, ironworker, steel erector,
    scaffolder, handyman, handyperson, renovator, apprentice carpenter,
    heavy equipment operator, equipment operator, excavator operator, crane operator,
    bulldozer operator, backhoe operator, demolition worker, road worker, paver, landscaper,
    groundskeeper, gardener | construction management, electrician, plumber,
    hvac technician, maintenance, agriculture
electrician | electrician, journeyman electrician, master electrician, apprentice electrician,
    electrical technician, electrical installer, industrial electrician,
    maintenance electrician, lineman, line worker, lineworker, electrical apprentice,
    electrical contractor, electrical foreman, low voltage technician,
    security systems installer, alarm technician | construction trades,
    electrical engineering, maintenance, hvac technician
plumber | plumber, pipefitter, pipe fitter, steamfitter, journeyman plumber,
    master plumber, apprentice plumber, plumbing technician, gas fitter, sprinkler fitter,
    pipe layer | construction trades, hvac technician, maintenance
hvac technician | hvac technician, hvac installer, hvac mechanic, hvac service technician,
    refrigeration technician, refrigeration mechanic, air conditioning technician,
    heating engineer, boiler technician, boiler operator, hvac apprentice, hvac-r technician,
    hvacr technician, building automation technician | maintenance, electrician, plumber,
    construction trades, facilities management
maintenance | maintenance technician, maintenance worker, maintenance mechanic,
    maintenance engineer, maintenance supervisor, maintenance manager,
    maintenance planner, industrial maintenance technician, industrial mechanic,
    millwright, building maintenance technician, building maintenance worker,
    maintenance man, maintenance person, facilities technician, facility technician,
    building engineer maintenance, stationary engineer, plant maintenance technician,
    equipment technician, machine repair technician, apartment maintenance technician,
    janitor maintenance | facilities management, hvac technician, electrician,
    production operations, construction trades, automotive technician, electronics technician
facilities management | ~facilities, director of facilities,
    facilities manager, facility manager, facilities coordinator,
    facilities director, building manager, property manager, site services manager,
    workplace manager, workplace services manager, office services manager,
    facilities supervisor, facility director, facilities specialist, estates manager,
    real estate manager, space planner, workplace coordinator, physical security manager,
    security manager facilities | maintenance, construction management, property management,
    office administration, security services

[manufacturing]
production operations | production worker, production operator, production associate,
    production technician, machine operator, machinist, cnc machinist, cnc operator,
    assembler, assembly worker, assembly line worker, line operator, packer, packager,
    packaging operator, factory worker, manufacturing associate, manufacturing technician,
    manufacturing operator, process operator, plant operator, welder, fabricator,
    metal fabricator, welder fabricator, tig welder, mig welder, press operator,
    injection molding technician, forklift operator production, sewing machine operator,
    seamstress, tailor, upholsterer, printing press operator, press technician,
    lathe operator, tool and die maker, toolmaker, mold maker, quality operator,
    food production worker, food processing worker, meat cutter, butcher
    | production management, maintenance, warehouse operations, quality engineering
production management | production manager, production supervisor, manufacturing manager,
    plant manager, operations manager manufacturing, shift supervisor production,
    production planner, production scheduler, production coordinator, production lead,
    manufacturing supervisor, plant supervisor, plant director, general manager manufacturing,
    factory manager, works manager, materials manager, mrp controller, production control manager
    | production operations, manufacturing engineering, supply chain, operations management,
    industrial engineering, quality engineering

[logistics]
supply chain | logistics technician, material control specialist, materials analyst,
    logistics management specialist,
    inventory coordinator, supply manager, sourcing and supply manager,
    supply chain manager, supply chain analyst, supply chain planner,
    supply chain specialist, supply chain coordinator, supply chain director,
    demand planner, supply planner, inventory planner, materials planner, inventory analyst,
    inventory manager, inventory control specialist, inventory specialist, inventory controller,
    logistics manager, logistics coordinator, logistics analyst, logistics specialist,
    logistics director, logistics planner, logistics officer, import export coordinator,
    import coordinator, export coordinator, customs broker, customs specialist,
    freight forwarder, freight broker, freight agent, traffic manager, transportation manager,
    transportation planner, transportation coordinator, transportation analyst,
    load planner, operations manager logistics, fulfillment manager, distribution manager,
    distribution center manager, global commodity manager | procurement, warehouse operations,
    delivery driving, production management, operations management, industrial engineering
procurement | buyer, purchaser, purchasing agent, purchasing manager, purchasing officer,
    purchasing coordinator, purchasing assistant, procurement manager, procurement specialist,
    procurement officer, procurement analyst, procurement coordinator, strategic sourcing manager,
    sourcing manager, sourcing specialist, category manager procurement, commodity manager,
    contracts administrator, contract administrator, contracts manager, contract manager,
    contract specialist, vendor manager, supplier manager, expediter, senior buyer,
    assistant buyer, retail buyer, merchandise buyer, fashion buyer | supply chain,
    merchandising, contract law
warehouse operations | mover, ~receiving, receiving manager, shipper, storekeeper, store keeper,
    ~warehouse, warehouse management specialist, ~fulfillment, fulfillment lead,
    warehouse worker, warehouse associate, warehouse operative,
    warehouse supervisor, warehouse manager, warehouse clerk, warehouse lead,
    forklift operator, forklift driver, reach truck operator, order picker, picker,
    picker packer, stocker, stock clerk, stockroom clerk, shipping clerk, receiving clerk,
    shipping and receiving clerk, shipping coordinator, receiving coordinator,
    material handler, materials handler, inventory associate, inventory clerk, loader,
    unloader, package handler, fulfillment associate, fulfilment associate,
    distribution associate, dock worker, mail handler, mailroom clerk, courier sorter
    | supply chain, delivery driving, retail sales, production operations
delivery driving | postal support employee, route manager,
    city carrier, city carrier assistant, mail carrier, letter carrier,
    postal carrier, postal worker,
    driver, delivery driver, truck driver, cdl driver, cdl a driver,
    class a driver, class a cdl driver, lorry driver, hgv driver, van driver,
    courier, bus driver, school bus driver, coach driver, taxi driver, chauffeur,
    rideshare driver, route driver, route sales driver, tow truck driver,
    dump truck driver, tanker driver, owner operator, long haul driver,
    local driver, delivery associate, delivery person, dispatcher, fleet manager,
    fleet coordinator, transport manager, transportation supervisor, train conductor,
    train operator, locomotive engineer, ship captain, deckhand, marine engineer,
    sailor, boat captain, ferry operator | warehouse operations, supply chain,
    automotive technician, aviation

[transport]
aviation | line service technician,
    passenger service, passenger service manager,
    pilot, airline pilot, commercial pilot, first officer, captain pilot,
    co-pilot, copilot, flight instructor, helicopter pilot, drone pilot, uav operator,
    air traffic controller, flight attendant, cabin crew, cabin crew member, steward,
    stewardess, flight dispatcher, aircraft dispatcher, ground crew, ramp agent,
    ramp service agent, airport operations agent, airport operations manager,
    gate agent, ticket agent airline, customer service agent airline, baggage handler,
    aviation safety inspector, aviation manager, flight operations manager,
    crew scheduler, load controller, loadmaster, aviation specialist | aircraft maintenance,
    delivery driving, travel services
aircraft maintenance | aircraft hydraulics,
    aircraft mechanic, aircraft maintenance technician, a&p mechanic,
    a&p technician, aviation maintenance technician, airframe mechanic, powerplant mechanic,
    aircraft technician, aircraft maintenance engineer, aircraft inspector,
    aircraft structures technician, aircraft painter, line maintenance technician
    | aviation, aerospace engineering, electronics technician, automotive technician
automotive technician | ~automobile, ~automotive, automobile service manager, automobile technician,
    automobile mechanic,
    automotive technician, auto mechanic, car mechanic, mechanic,
    diesel mechanic, diesel technician, heavy equipment mechanic, fleet mechanic,
    auto technician, service technician automotive, lube technician, tire technician,
    collision technician, auto body technician, body shop technician, auto body repairer,
    painter automotive, mechanic apprentice, motorcycle mechanic, small engine mechanic,
    truck mechanic, service advisor, service writer, service manager automotive,
    parts counter, parts specialist, parts advisor, parts manager, auto detailer,
    car detailer, car wash attendant, automotive service manager, quick lube technician
    | automotive sales, maintenance, aircraft maintenance, delivery driving
automotive sales | car salesman, car salesperson, car sales executive, auto sales,
    automotive sales consultant, automotive salesperson, automotive sales manager,
    dealership manager, car dealer, finance and insurance manager, f&i manager,
    used car manager, new car manager, sales consultant automotive, dealership sales
    | sales, automotive technician, retail sales

[agriculture]
agriculture | garden associate, garden center associate,
    extension agent, extension specialist, agricultural extension,
    farmer, farm worker, farm hand, farmhand, farm manager, agricultural worker,
    agricultural technician, agronomist, agricultural engineer, crop consultant,
    crop specialist, grower, rancher, ranch hand, dairy farmer, dairy worker,
    livestock manager, herdsman, poultry worker, farm laborer, harvester, orchard worker,
    vineyard worker, vineyard manager, greenhouse worker, greenhouse manager, nursery worker,
    horticulturist, arborist, tree surgeon, forester, forestry worker, forest ranger,
    park ranger, agricultural inspector, agricultural specialist, agriculture specialist,
    soil scientist, fishery worker, fisherman, aquaculture technician, beekeeper,
    groom, stable hand, tractor driver, agricultural manager, farm supervisor
    | construction trades, veterinary, scientific research, food science

[science]
scientific research | weather forecaster, meteorologist,
    scientist, research scientist biology, biologist, chemist,
    physicist, microbiologist, biochemist, molecular biologist, geneticist,
    immunologist, neuroscientist, pharmacologist, toxicologist, ecologist, zoologist,
    marine biologist, botanist, astronomer, mathematician, laboratory manager, lab manager,
    principal investigator, research assistant, lab assistant, laboratory assistant,
    research technician, laboratory technician, lab technician, research coordinator,
    scientific officer, senior scientist, staff scientist, postdoc | chemistry lab,
    clinical research, computer science research, medical laboratory, food science,
    environmental engineering
chemistry lab | analytical chemist, quality control chemist, qc chemist, lab chemist,
    formulation chemist, formulation scientist, synthetic chemist, organic chemist,
    chemistry technician, chemical technician, laboratory analyst, lab analyst
    | scientific research, chemical engineering, quality engineering, medical laboratory
food science | food scientist, food technologist, food safety specialist,
    food safety manager, food quality manager, food quality assurance specialist,
    nutrition scientist, sensory scientist, product developer food, food microbiologist
    | scientific research, agriculture, quality engineering, culinary

[engineering]
engineering management | engineering manager, director of engineering, vp of engineering,
    vice president of engineering, head of engineering, engineering director, chief engineer,
    engineering supervisor, engineering team lead, engineering lead, engineering program manager,
    engineering project manager, engineering services manager
    | software engineering, general engineering, mechanical engineering, electrical engineering,
    civil engineering, manufacturing engineering, industrial engineering, it management,
    project management
general engineering | engineer, ~engineering, engineering intern, engineering assistant,
    engineering aide, engineering technologist, engineering specialist, engineering associate,
    engineering coordinator, graduate engineer, project engineer general, design engineer general,
    engineering co-op, engineering officer
    | mechanical engineering, electrical engineering, civil engineering, industrial engineering,
    manufacturing engineering, chemical engineering, engineering management, quality engineering,
    electronics technician, software engineering
business internship | business intern, mba intern, management intern, management internship,
    management trainee, graduate trainee, business trainee, rotational program associate
    | management consulting, business analysis, operations management, marketing, sales,
    financial analysis
"""
