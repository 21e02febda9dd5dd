"""More engineering, construction, manufacturing, logistics, transport, energy and
agriculture skills."""

TABLE = """
[engineering]
mechanical design | machine design, mechanical design engineering,
    mechanism design | mechanical engineering, cad
heat transfer | thermal management, thermal design | thermodynamics
vibration analysis | vibrations, modal analysis, structural dynamics | mechanical engineering
stress analysis | strength of materials, fatigue analysis | finite element analysis
ansys | ansys mechanical, nastran, comsol | finite element analysis, cfd
creo | ptc creo, pro/engineer, pro engineer, proe | cad
siemens nx | unigraphics, nx cad | cad
fusion 360 | autodesk fusion 360, fusion360 | cad
autocad electrical | acad electrical | autocad, electrical engineering
autocad civil 3d |  | autocad, civil engineering
microstation | bentley microstation | cad
tolerance analysis | tolerance stack-up, tolerance stackups | gd&t
prototyping hardware | hardware prototyping, proof of concept builds | prototyping
design validation | design verification, dvp&r, design verification testing | test engineering
reliability engineering | reliability analysis, weibull analysis, mtbf | quality engineering
quality engineering | quality engineer practices, supplier quality | quality management
apqp | advanced product quality planning, control plans | ppap, quality engineering
iatf 16949 | ts 16949, automotive quality standards | iso 9001
as9100 | aerospace quality standards | iso 9001, aerospace engineering
iso 13485 | medical device quality, medical device qms | medical devices, iso 9001
design controls | design history file, dhf | medical devices, quality management
power systems | power distribution, power system analysis, grid integration,
    power grid | electrical engineering
electrical design | electrical schematics, wiring diagrams,
    electrical drawings | electrical engineering
motor control | servo motors | industrial automation
control systems | control theory, feedback control, pid control,
    control loops | electrical engineering, instrumentation
dcs | honeywell dcs, emerson deltav, deltav | scada, process control
process control | process automation | instrumentation
allen-bradley | rockwell automation, studio 5000, controllogix | plc programming
siemens plc | siemens s7, tia portal | plc programming
hmi | human machine interface, hmi development, wonderware, factorytalk | scada
electrical testing | multimeter, megger testing, insulation testing | electrical installation
high voltage | hv systems, medium voltage, switchgear | power systems
transformers electrical | power transformers | power systems
solar pv | solar photovoltaic, solar panels | renewable energy
wind energy | wind power | renewable energy
battery systems | battery management systems, bms, energy storage,
    lithium-ion batteries | power electronics
ev charging | electric vehicles, ev infrastructure,
    electric vehicle charging | automotive electronics
rf engineering | radio frequency, antenna design, microwave engineering,
    rf design | electronics
semiconductors | semiconductor manufacturing, wafer fabrication,
    semiconductor processing | electronics
microelectronics | integrated circuits, ic design | electronics, asic design
optics | optical engineering, photonics, lasers, optical design | physics
mems | microelectromechanical systems | microelectronics
bridge design | bridge engineering | structural engineering
transportation engineering | traffic engineering, highway design,
    roadway design | civil engineering
water resources engineering | stormwater management, stormwater,
    drainage design | civil engineering, hydrology
wastewater treatment | wastewater, sewage treatment | water treatment
geotechnical investigation | foundation design,
    soil testing geotechnical | geotechnical engineering
land development engineering | site development, grading plans,
    site grading | civil engineering
staad pro | staad, staad.pro, etabs, sap2000 | structural engineering
hec-ras | hec ras, hydraulic modeling | water resources engineering
environmental impact assessment | environmental assessments, nepa | environmental engineering
air quality | air permitting, emissions monitoring,
    air pollution control | environmental engineering
environmental remediation | site remediation, contaminated land,
    phase i esa | environmental engineering
sustainability | sustainable design, green building, leed, carbon footprint,
    net zero | environmental science
process design | pfd, p&id, p&ids | process engineering
process simulation | aspen plus, aspen hysys, hysys, chemcad | process engineering,
    chemical engineering
process safety | hazop, process hazard analysis, pha | health and safety, process engineering
pharmaceutical manufacturing | gmp manufacturing, drug manufacturing,
    biomanufacturing | good manufacturing practice
validation engineering | iq oq pq, equipment validation, process validation, csv,
    computer system validation | quality assurance, good manufacturing practice
metallurgy | metallurgical engineering, heat treatment, metallography | materials science
corrosion | corrosion engineering, cathodic protection | materials science
composites | composite materials, carbon fiber | materials science, aerospace engineering
non-destructive testing | ndt, ultrasonic testing, radiographic testing,
    magnetic particle testing, dye penetrant testing | quality control
aerodynamics | aerodynamic design, wind tunnel testing | aerospace engineering, fluid mechanics
propulsion | jet engines, rocket propulsion, gas turbines | aerospace engineering
flight testing | flight test, flight test engineering | aerospace engineering
systems integration | system integration, integration testing hardware | systems engineering
requirements engineering | requirements management, ibm doors,
    requirements traceability | systems engineering
mbse | model-based systems engineering, sysml | systems engineering
functional safety | iso 26262, iec 61508, sil | automotive electronics, process safety
do-178 | do-178c, do-254, avionics software | avionics
engineering calculations | hand calculations, engineering analysis | mechanical engineering
technical reports | engineering reports, test reports | technical writing
patents engineering | invention disclosures | intellectual property
engineering project management | engineering management | project management
field engineering | field service engineering, on-site engineering | equipment maintenance
commissioning | start-up and commissioning, system commissioning | systems engineering
naval architecture | marine engineering, ship design | mechanical engineering
acoustics | noise control, acoustic engineering | physics
surveying instruments | gps surveying, gnss | surveying
photogrammetry | drone mapping, aerial surveying | surveying, remote sensing
cartography | map making | gis
mining operations | mine planning, underground mining, open pit mining | mining
drilling | drilling operations, well drilling, directional drilling | oil and gas
petroleum engineering | reservoir engineering, well completions,
    production engineering oil | oil and gas
pipeline engineering | pipeline design, pipeline integrity | oil and gas
nuclear engineering | nuclear power, nuclear reactors,
    radiation protection | energy engineering
energy engineering | energy management, energy efficiency, energy audits | renewable energy
utility operations | electric utilities, water utilities | power systems

[construction]
project estimating | cost estimating construction, bid estimating | estimating
construction scheduling | construction schedules, lookahead schedules | project scheduling
submittals | rfis, submittal review, requests for information | construction management
change orders | change order management | construction management, contract management
punch lists | punch list, closeout, project closeout | construction management
subcontractor management | subcontractors, trade coordination | construction management,
    vendor management
construction safety | jobsite safety, toolbox talks | osha, health and safety
osha 30 | osha 30-hour, osha 10-hour | osha
procore | procore software, buildertrend, plangrid | construction management
bluebeam | bluebeam revu | blueprint reading
construction documents | construction drawings, design development | architecture
building information modeling tools | clash detection | bim
residential construction | home building, homebuilding, residential building | construction
commercial construction | commercial building projects | construction
renovation | remodeling, home renovation, refurbishment, remodels | construction
framing | wood framing, metal framing, rough framing | carpentry
finish carpentry | trim carpentry, millwork, cabinet installation | carpentry
formwork | concrete forms, shuttering | concrete
rebar | reinforcing steel, rebar installation | concrete
steel erection | ironwork, structural steel erection | metal fabrication
tiling | ceramic tile | flooring installation
painting commercial | spray painting, surface preparation, coatings | painting and decorating
glazing | glass installation, windows installation, window installation | construction
insulation installation | insulation, spray foam | construction
siding | exterior finishing, cladding | roofing
paving | asphalt paving, asphalt, road construction | excavation
pipe fitting | pipe installation | plumbing
backflow testing | backflow prevention | plumbing
sprinkler systems | fire sprinkler systems, fire protection systems | plumbing, fire safety
refrigeration | refrigeration systems, commercial refrigeration | hvac
boiler operation | boilers, steam systems, boiler maintenance | hvac
epa 608 | epa certification, epa 608 certification, refrigerant handling | hvac
ductwork | duct installation, sheet metal ductwork | hvac
building automation | bms systems, building management systems, bas,
    energy management systems | hvac, facilities management
low voltage systems | structured wiring, security systems installation, fire alarm systems,
    fire alarms | electrical installation
journeyman license | journeyman electrician license, master electrician license,
    trade license | electrical installation
blueprint interpretation | reading plans | blueprint reading
power tools | power tool operation | hand tools
crane operation | rigging, overhead cranes, rigging and lifting | heavy equipment operation
welding certification | aws certified welder, certified welder, aws d1.1 | welding
tig welding |  | welding
mig welding |  | welding
stick welding |  | welding
flux-cored welding | fcaw | welding
brazing | brazing and soldering | welding
plasma cutting | oxy-acetylene cutting, torch cutting, oxy-fuel cutting | welding,
    metal fabrication
sheet metal fabrication | press brake, metal forming | metal fabrication
facility maintenance | preventive maintenance buildings | facilities management
groundskeeping | turf management | landscaping
snow removal | snow plowing | groundskeeping
janitorial services | custodial services | cleaning
floor care | floor maintenance, floor buffing, floor stripping, carpet cleaning | cleaning
pest management | pest control services, extermination | pest control
property inspections | home inspections, building inspections | site inspections
urban design | placemaking, master planning | urban planning
landscape architecture | planting design | landscaping, architecture
space planning | office space planning, workplace design | interior design,
    facilities management
move management | office moves, relocations | facilities management

[manufacturing]
mrp | mrp ii | production planning, erp, demand planning
kanban systems | pull systems, kanban manufacturing | lean manufacturing
just-in-time | jit, just in time | lean manufacturing
oee | overall equipment effectiveness | tpm
smed | quick changeover, changeover reduction | lean manufacturing
poka-yoke | error proofing, mistake proofing | lean manufacturing
gemba | gemba walks | lean manufacturing
standard work | standard operating procedures, sops, work instructions | quality management
process engineering manufacturing | manufacturing process improvement | process engineering
machining | manual machining, milling, lathe operation, mill operation | cnc machining
cnc programming | cam programming, mastercam | cnc machining
precision measurement | height gauges | quality inspection tools
inspection | first article inspection, fai, incoming inspection,
    final inspection | quality inspection tools
product assembly | electro-mechanical assembly | assembly line work
soldering electronics | through-hole soldering, smt soldering, ipc-a-610,
    j-std-001 | electronics
surface mount technology | smt, pick and place | electronics, manufacturing
labeling | product labeling, label printing | packaging
palletizing | pallet building, palletising | material handling
food manufacturing |  | manufacturing, food safety
bakery production | commercial baking | baking, food manufacturing
meat processing | poultry processing | butchery, food manufacturing
beverage production | brewing, bottling, distilling | food manufacturing
textile manufacturing | weaving, knitting | garment production
printing production | digital printing, printing press, press operation | print production
plastics manufacturing | extrusion, blow molding, thermoforming | injection molding
metal casting | die casting, foundry | metal fabrication
metal stamping | progressive dies | metal fabrication
tool and die | tool making, die making, mold making | cnc machining
industrial painting | powder coating, paint line | painting and decorating
robotics operation | fanuc, abb robots, kuka, industrial robots | robotics
machine vision | vision systems, cognex, keyence | computer vision, industrial automation
mes | manufacturing execution systems | manufacturing, erp
traceability | lot traceability, product traceability, batch records | quality management
batch record review | ebr | good manufacturing practice
haccp manufacturing | food safety plans, sqf, brc, fssc 22000 | food safety
iso certification | iso standards, iso compliance | iso 9001
hazardous waste | hazardous materials handling, waste management,
    hazardous waste management | hazmat
lockout tagout | loto, lockout/tagout | osha
ppe | personal protective equipment | osha
confined space | confined space entry | osha
production reporting | production metrics, production reports | kpi tracking
yield improvement | scrap reduction, waste reduction | lean manufacturing
capacity planning manufacturing | line balancing, takt time | production planning
new product introduction | npi, product industrialization | product design, manufacturing

[logistics]
supply chain planning |  | supply chain management
inventory control | inventory audits | inventory management
inventory optimization | safety stock, reorder points, eoq | inventory management
picking and packing | picking, packing orders | order fulfillment
goods receiving | inbound receiving, receiving shipments | shipping and receiving
shipping | outbound shipping, shipment preparation,
    shipping operations | shipping and receiving
loading and unloading | loading trucks, unloading trucks, truck loading | material handling
pallet jack | electric pallet jack, pallet jacks | material handling, forklift operation
reach truck | order picker truck, cherry picker | forklift operation
wms | manhattan wms, sap ewm, highjump | warehouse management
tms | transportation management systems, oracle otm | transportation management
route planning | route optimization, delivery routes | transportation management
fleet management | fleet operations, vehicle fleet management | transportation management
freight management | freight operations, ltl, ftl, truckload | freight forwarding,
    transportation management
customs clearance | customs documentation | import/export
incoterms | international commercial terms | import/export
ocean freight | sea freight, container shipping | freight forwarding
air freight | air cargo | freight forwarding
3pl |  | logistics
reverse logistics | returns management, returns logistics | logistics
cross-docking | cross docking | warehouse management
courier services | parcel delivery, package delivery | last mile delivery
delivery driving | route delivery, multi-drop delivery | truck driving
cdl class a | cdl-a, class a license | truck driving
cdl class b | class b cdl, cdl-b | truck driving
dot regulations | dot compliance, fmcsa, hours of service, eld,
    electronic logging | truck driving
defensive driving | safe driving, clean driving record | truck driving
vehicle inspection | pre-trip inspections, pre-trip inspection, dvir | truck driving
bus driving | bus operation, transit operations, passenger transport | truck driving
chauffeuring | private driving, executive driving | customer service
rail operations | railway operations, train operations, railroad | transportation management
maritime operations | shipping operations maritime, vessel operations, seamanship | logistics
port operations | terminal operations, stevedoring | logistics
strategic sourcing | supplier sourcing, sourcing strategy | procurement
supplier negotiation | vendor negotiations, supplier negotiations | negotiation, procurement
spend analysis | spend analytics | procurement, data analysis
category management | category strategy | procurement, merchandising
contract management procurement | supplier contracts | contract management
e-procurement | coupa, jaggaer, procurement software | procurement
supplier evaluation | supplier audits, vendor evaluation,
    supplier qualification | vendor management
logistics kpis | otif, on-time delivery, fill rate | logistics
dangerous goods | iata dangerous goods, dangerous goods regulations, dgr | hazmat
cold storage | temperature-controlled logistics, refrigerated storage | cold chain

[automotive]
electrical diagnostics automotive | automotive electrical, auto electrical
suspension repair | steering and suspension, wheel alignment | automotive repair
transmission repair | transmissions, drivetrain | automotive repair
tire service | tire changes, tire rotation, tire installation, tires | automotive repair
hvac automotive | automotive ac, auto ac repair | automotive repair
preventive maintenance vehicles | fleet maintenance | automotive repair, oil changes
collision repair | collision, paintless dent repair, dent repair | auto body repair
automotive painting | auto painting, car painting, refinishing | auto body repair
car detailing | auto detailing, vehicle detailing, detailing | automotive repair
service advising | service advisor, service writing | customer service, automotive repair
parts management | auto parts, parts inventory, parts counter | inventory management
dealership operations | car dealership | automotive sales
f&i | finance and insurance, f&i products | automotive sales
heavy truck repair | truck repair, heavy-duty repair | diesel mechanics
small engine repair | small engines, outdoor power equipment | automotive repair
motorcycle repair | motorcycles | automotive repair
hybrid vehicles | hybrid and electric vehicles, ev repair | automotive repair, ev charging

[aviation]
commercial pilot license | cpl, commercial pilot certificate | piloting
airline transport pilot | atp, atpl, airline transport pilot license | piloting
instrument rating | ifr, instrument flight rules | piloting
private pilot license | ppl | piloting
multi-engine rating | mei | piloting
flight hours | flight time, pic time, total time | piloting
type rating | type ratings, boeing 737, airbus a320, a320, b737 | piloting
flight instruction | cfi, certified flight instructor, cfii | piloting
crew resource management | crm aviation | aviation safety
a&p license | a&p certificate | aircraft maintenance
aircraft inspection | 100-hour inspections, annual inspections,
    aircraft inspections | aircraft maintenance
aviation maintenance records | logbook entries,
    maintenance records aviation | aircraft maintenance
aircraft systems | hydraulic systems aircraft, landing gear,
    aircraft hydraulics | aircraft maintenance
sheet metal aircraft | aircraft structures, structural repair aircraft | aircraft maintenance
faa part 121 | part 91, part 145 | faa regulations
flight dispatch | aircraft dispatch, dispatcher license aviation | flight operations
ramp operations | aircraft marshalling, aircraft pushback | ground operations
airline customer service | ticketing, check-in, gate operations | customer service,
    airport operations
in-flight service | passenger safety, safety demonstrations | cabin crew
aviation security | airport security, passenger screening | aviation safety
air cargo handling | cargo operations, cargo handling | ground operations

[agriculture]
crop management | crop planning, crop rotation, crop scouting, field scouting | crop production
soil management | soil health, nutrient management | soil testing
fertilizer application | fertilizers, fertilization | crop production
pesticide application | pesticide applicator, spraying, pesticide license,
    herbicides | pest control
harvesting | harvest operations, crop harvesting, picking crops | crop production
greenhouse management | greenhouse operations, greenhouse production,
    hydroponics | horticulture
nursery management | plant nursery, propagation | horticulture
dairy farming | dairy, milking, dairy operations, dairy herd management | livestock management
poultry farming | poultry production, hatchery | livestock management
cattle management | beef cattle, cow-calf | livestock management
swine production | hog farming, pig farming, swine | livestock management
animal husbandry | husbandry, animal nutrition, feeding livestock | livestock management
equine management | horse care, horse handling, barn management,
    stable management | animal care
veterinary assistance farm | herd health, vaccinating livestock | livestock management
tractor operation | combine operation | farm equipment operation
agricultural equipment maintenance | farm equipment maintenance,
    equipment repair farm | farm equipment operation, equipment maintenance
farm management | ranch management, farm business management | agribusiness, agriculture
agricultural sales | agri sales, seed sales, crop inputs sales | sales, agribusiness
food safety agriculture | gap certification, good agricultural practices,
    primusgfs | food safety
forestry operations | timber harvesting, silviculture | forestry
arboriculture | tree trimming, tree climbing, isa certified arborist | horticulture
landscaping maintenance | lawn mowing, landscape maintenance, pruning | landscaping
floristry | flower arranging, floral design, florist | horticulture
viticulture operations | grape growing | viticulture
winemaking | cellar operations | viticulture, beverage production
beekeeping | apiculture, bee keeping | agriculture
fisheries | fishing, commercial fishing, fisheries management | aquaculture
agricultural research | agronomic research, field trials, plant breeding | agronomy, research
grain handling | grain elevator, grain storage | agriculture
"""
