"""Engineering, construction, manufacturing, logistics, automotive, aviation and farming."""

TABLE = """
[engineering]
mechanical engineering | mechanical engineer | autocad, solidworks
electrical engineering | electrical systems,
    electrical engineer | circuit design, power electronics
civil engineering | civil engineer | structural engineering, construction management
structural engineering | structural analysis, structural design,
    structural engineer | civil engineering
chemical engineering | chemical engineer | process engineering
process engineering | process engineer | chemical engineering, manufacturing
industrial engineering | industrial engineer, time and motion study,
    time studies | lean manufacturing
aerospace engineering | aeronautical engineering, aerospace engineer | mechanical engineering
systems engineering | systems engineer | project management
environmental engineering | environmental compliance, environmental management,
    eia | health and safety
geotechnical engineering | soil mechanics, geotechnics | civil engineering
materials science | materials engineering | mechanical engineering
circuit design | printed circuit board, pcb layout, schematic design, schematics,
    analog design, digital design | electrical engineering
power electronics | motor drives, vfd, vfds, variable frequency drives,
    inverters | electrical engineering
pspice | spice simulation, ltspice | circuit design
electronics | electronic repair, electronics repair, soldering, electronic assembly,
    circuit board repair | circuit design
instrumentation | instrumentation and control, i&c,
    calibration | plc programming
plc programming | plc, plcs, programmable logic controllers, programmable logic controller,
    ladder logic, rslogix, siemens step 7, step 7 | scada, industrial automation
scada | distributed control systems | plc programming
industrial automation | automation, factory automation | plc programming, robotics
robotics | robot programming, industrial robotics, robotic systems | industrial automation
autocad | auto cad, civil 3d, autocad lt | revit, solidworks
revit | autodesk revit, revit architecture, revit mep | autocad, bim
bim | building information modeling, building information modelling, navisworks | revit
solidworks | solid works | autocad, catia
catia | | solidworks
autodesk inventor | ?Inventor | solidworks
sketchup | sketch up, google sketchup | autocad
cad | cad design, computer-aided design, computer aided design, cad drafting, cad/cam | autocad
blueprint reading | blueprints, reading blueprints, blueprint, technical drawings,
    engineering drawings, technical drawing | cad
gd&t | geometric dimensioning and tolerancing, gdt | blueprint reading
finite element analysis | fea, fem, abaqus, finite element | structural engineering
cfd | computational fluid dynamics, ansys fluent | finite element analysis
thermodynamics | thermal analysis | mechanical engineering
fluid mechanics | fluid dynamics | thermodynamics
hydraulics and pneumatics | hydraulics, hydraulic systems, pneumatics,
    pneumatic systems | fluid mechanics
design for manufacturing | dfm, dfma | product design
product design | product development, industrial design,
    product designer | design for manufacturing
test engineering | test engineer, validation testing, verification and validation,
    v&v | quality assurance
3d printing | additive manufacturing | prototyping
renewable energy | solar energy, solar power, photovoltaics,
    solar installation, wind turbines | electrical engineering
oil and gas | oil & gas, upstream oil and gas, oilfield
mining | mine operations, mineral exploration, mining engineering
water treatment | water quality, water resources | environmental engineering
gis | geographic information systems, geospatial | surveying

[construction]
construction | building construction, construction industry,
    construction work, construction labor,
    construction labour | construction management
construction management | construction manager, construction project management, site management,
    site supervision, general contracting, general contractor | project management, construction
estimating | cost estimating, construction estimating, quantity surveying, quantity takeoff,
    takeoffs, estimator, bidding | construction management
surveying | land surveying, surveyor, topographic survey, total station | civil engineering
architecture | architectural design, building design, architect, architectural drafting | revit,
    autocad
urban planning | town planning, city planning, land use planning | architecture
interior design | interior designer, interior decorating | architecture
landscaping | landscape design, grounds maintenance, lawn care,
    landscaper | horticulture
carpentry | carpenter, joinery, cabinetry,
    cabinet making | construction
masonry | bricklaying, mason, stonework, brick laying | construction, concrete
concrete | concrete work, concrete finishing, concrete pouring | masonry
roofing | roofer, roof installation | construction
drywall | drywall installation, plastering, sheetrock, drywall finishing | carpentry
painting and decorating | house painting, commercial painting, decorating | drywall
flooring installation | flooring, tile setting, tile installation,
    floor installation | carpentry
plumbing | plumber, pipefitting, pipefitter | hvac
hvac | heating ventilation and air conditioning, hvac systems, hvac/r, hvacr, air conditioning,
    hvac technician | plumbing, electrical installation
electrical installation | electrician, electrical wiring, wiring, electrical maintenance,
    electrical work, electrical troubleshooting, journeyman electrician | electrical engineering,
    electrical codes
electrical codes | nec, national electrical code | electrical installation, building codes
building codes | building regulations, code compliance, ibc,
    international building code | construction
site inspections | construction inspection, building inspection, building inspector,
    site inspection | building codes
heavy equipment operation | heavy equipment, excavator, backhoe, bulldozer,
    crane operator, loader operation, equipment operator | construction
excavation | earthmoving, earthworks, grading, trenching | heavy equipment operation
demolition | demolition work | construction
scaffolding | scaffold erection, scaffolder | construction
osha | osha 10, osha compliance, osha regulations, osha certified | health and safety
health and safety | occupational health and safety, workplace safety, ehs, hse, safety management,
    site safety, safety compliance, safety inspections, safety training | osha
hand tools | hand and power tools | carpentry
facilities management | facility management, facilities maintenance, building maintenance,
    property maintenance, facilities operations | equipment maintenance
property management | property manager, real estate management | real estate
real estate | realtor, real estate agent, property sales,
    real estate brokerage | property management

[manufacturing]
manufacturing | manufacturing operations, manufacturing processes,
    factory work | lean manufacturing
production planning | production scheduling, production control,
    production planning and control | demand planning, manufacturing
production supervision | production supervisor, shift supervision, line supervision,
    shift supervisor, production management | manufacturing, team leadership
lean manufacturing | lean principles, lean production,
    lean methodology | six sigma, process improvement
root cause analysis | rca, 5 whys, fishbone, fishbone diagram, ishikawa, 8d, corrective action,
    corrective and preventive action | quality control, six sigma
spc | statistical process control, control charts | quality control, six sigma
tpm | total productive maintenance | lean manufacturing
fmea | failure mode and effects analysis, pfmea, dfmea | root cause analysis
ppap | | quality management
assembly line work | assembly line, mechanical assembly, assembler,
    assembly work | manufacturing
machine operation | machine operator, operating machinery, production machinery,
    equipment operation | manufacturing
cnc machining | cnc, cnc operation, machinist, lathe, g-code, gcode,
    cnc machinist | manufacturing
welding | welder, arc welding, smaw, gmaw,
    gtaw | metal fabrication
metal fabrication | fabrication, sheet metal, steel fabrication, fabricator | welding
injection molding | injection moulding, plastic molding, plastic moulding | manufacturing
packaging | packing, packaging operations, packaging line | order fulfillment
quality inspection tools | calipers, micrometers, cmm, coordinate measuring machine,
    gauges | quality control
equipment maintenance | preventive maintenance, preventative maintenance, machine maintenance,
    equipment repair, maintenance technician | troubleshooting
sewing | sewing machine operation, stitching, tailoring,
    seamstress | pattern making
pattern making | patternmaking, pattern drafting, pattern cutting | sewing
garment production | apparel production, garment manufacturing, apparel manufacturing | sewing,
    manufacturing

[logistics]
supply chain management | scm, supply chain, supply chain operations | logistics, procurement
logistics | logistics management, logistics coordination, logistics operations,
    third-party logistics | supply chain management, transportation management
procurement | purchasing, purchasing management,
    purchase order processing, buyer | vendor management, supply chain management
inventory management | stock control, inventory, stock management,
    cycle counting, cycle counts, inventory tracking, inventory planning | warehouse management
warehouse management | warehouse operations, warehousing, warehouse management systems,
    warehouse | inventory management, forklift operation
distribution management | distribution center, distribution operations,
    distribution centre | warehouse management
forklift operation | forklift, forklift operator, forklift certified, forklift certification,
    order picker | warehouse management
shipping and receiving | shipping & receiving, shipping/receiving | warehouse management
order fulfillment | order picking, pick and pack,
    order fulfilment | shipping and receiving
material handling | materials handling, manual handling,
    heavy lifting | warehouse management
rf scanning | rf scanner, rf scanners, barcode scanning, handheld scanners,
    barcode scanner | inventory management
transportation management | freight,
    transportation planning, load planning | logistics
dispatch | dispatching, dispatcher, fleet dispatch | transportation management
truck driving | cdl, commercial driving, commercial driver's license, class a cdl, truck driver,
    delivery driver | transportation management
last mile delivery | last-mile delivery, final mile | logistics
import/export | import export, customs brokerage, international trade,
    customs compliance | logistics, freight forwarding
freight forwarding | freight forwarder | import/export
cold chain | cold chain logistics | logistics
hazmat | hazardous materials, hazmat handling | health and safety
demand planning | demand forecasting, supply planning, s&op, sales and operations planning,
    material requirements planning | inventory management, forecasting

[automotive]
automotive repair | auto repair, automotive technician, auto mechanic, car repair, vehicle repair,
    automotive service, mechanic, automotive maintenance, vehicle maintenance | engine diagnostics
engine diagnostics | vehicle diagnostics, automotive diagnostics, obd, obd-ii, obd2,
    engine repair | automotive repair
auto body repair | body shop, auto body, panel beating | automotive repair
brake repair | brakes, brake systems, brake service | automotive repair
oil changes | oil change, lube technician, lube tech | automotive repair
ase certification | ase, ase certified | automotive repair
diesel mechanics | diesel engines, diesel mechanic, diesel technician,
    diesel repair | automotive repair
automotive sales | car sales, auto sales, vehicle sales, dealership | sales

[aviation]
aircraft maintenance | aircraft mechanic, aviation maintenance, a&p, airframe and powerplant,
    a&p mechanic, airframe | avionics
avionics | avionics systems, avionics technician | aircraft maintenance
piloting | commercial pilot, airline pilot, private pilot, pilot license, pilot licence,
    multi-engine,
    flight instructor | flight operations
flight operations | flight planning, aviation operations,
    airline operations | piloting
air traffic control | atc, air traffic controller | flight operations
aviation safety | flight safety, tsa | health and safety
cabin crew | flight attendant, inflight service, cabin service,
    flight attendants | customer service
ground operations | ground handling, ramp agent, baggage handling,
    aircraft fueling, ground crew | flight operations
faa regulations | faa, federal aviation regulations, part 121, part 135, easa | aviation safety
airport operations | airport management | ground operations
uav operation | drones, drone piloting, uav, uas, drone operation,
    unmanned aerial vehicles | piloting

[agriculture]
agriculture | agricultural, farming, farm operations, farm work,
    farmer | crop production
agronomy | agronomist, soil science, soil fertility | crop production
crop production | crops, planting, crop protection,
    crop science | agriculture
livestock management | livestock, cattle, poultry,
    herd management, ranching | animal care
animal care | animal welfare, kennel, pet care,
    dog grooming | veterinary care
horticulture | gardening, greenhouse, plant propagation,
    gardener | landscaping
irrigation | irrigation systems, drip irrigation | horticulture
pest control | pesticides, integrated pest management, ipm,
    exterminator | crop production
farm equipment operation | tractor, tractors, farm machinery,
    agricultural machinery | heavy equipment operation
food science | food technology, food processing | food safety
forestry | forest management, arborist, tree care | agriculture
agribusiness | agricultural economics, agricultural business | agriculture
precision agriculture | precision farming | agronomy
viticulture | vineyard, vineyard management, enology, oenology | horticulture
aquaculture | fish farming | livestock management
soil testing | soil sampling, soil analysis | agronomy
organic farming | organic agriculture, sustainable agriculture | agriculture
"""
