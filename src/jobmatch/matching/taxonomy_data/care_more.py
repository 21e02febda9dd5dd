"""More healthcare, science, education, social care, fitness and beauty skills."""

TABLE = """
[healthcare]
acute care | acute care nursing, acute care setting | nursing, intensive care
emergency nursing | er nursing, emergency department nursing, ed nursing | emergency medicine,
    triage
medical-surgical nursing | med-surg, med surg, medical surgical nursing | nursing
telemetry | telemetry monitoring | cardiology, ekg
labor and delivery | l&d, labor & delivery, perinatal nursing | obstetrics, midwifery
neonatal care | neonatal intensive care, newborn care | pediatrics, intensive care
palliative care | hospice care, end-of-life care, end of life care, hospice | home health
long-term care | ltc, skilled nursing, skilled nursing facility, snf,
    nursing home care | elderly care
perioperative nursing | operating room nursing, or nursing, circulating nurse | surgery
post-anesthesia care | pacu, recovery room | anesthesia
psychiatric nursing | mental health nursing, behavioral health nursing | mental health, nursing
care planning | care plans, nursing care plans, plan of care | patient care, case management
discharge planning | transitions of care, care transitions | case management
charting | nursing documentation, patient charting | electronic health records, medical records
catheterization | foley catheter, urinary catheter, catheter care | nursing
blood glucose monitoring | glucose monitoring, diabetic care, diabetes management,
    fingersticks | patient care
tracheostomy care | trach care, airway management | respiratory therapy
ventilator management | mechanical ventilation, ventilators | respiratory therapy,
    intensive care
respiratory therapy | respiratory care, pulmonary function testing, rrt | intensive care
infusion therapy | infusions, picc lines, central lines | iv therapy
pain management | pain assessment | medication administration
patient safety | fall prevention, patient safety protocols | infection control
sterile technique | sterile field | infection control, surgery
specimen collection | specimen handling, lab specimens, sample collection | phlebotomy,
    medical laboratory
point of care testing | poct, point-of-care testing | medical laboratory
ecg interpretation | ekg interpretation, rhythm interpretation, arrhythmia recognition | ekg
nrp | neonatal resuscitation program, neonatal resuscitation | pals, neonatal care
tncc | trauma nursing core course, trauma nursing | emergency medicine
nclex | nclex-rn, nclex-pn | nursing
nursing license | rn license, registered nurse license, lpn license, compact license | nursing
bsn degree | bachelor of science in nursing | nursing
msn degree | master of science in nursing | nursing
nurse practitioner practice | np practice, advanced practice nursing, aprn practice | nursing
prescribing | prescriptive authority, e-prescribing | pharmacology
diagnosis | differential diagnosis, clinical diagnosis, diagnosing | patient assessment
physical examination | physical exams, physical assessments | patient assessment
history taking | patient history, medical history taking, patient intake | patient assessment
chronic disease management | chronic care management, chronic conditions | patient care
primary care | family medicine, general practice, primary healthcare | patient care
internal medicine | internal medicine practice | primary care
urgent care | walk-in clinic, immediate care | emergency medicine
telehealth | telemedicine, virtual care, remote patient monitoring | patient care
family planning | reproductive health, sexual health | public health
women's health | womens health | obstetrics
orthopedics | orthopaedics, orthopedic care, musculoskeletal | physical therapy, surgery
neurology | neurological care, neuro, stroke care | patient care
dermatology | skin care medical, dermatological | patient care
ophthalmology | ophthalmic, vision care | optometry
ent | otolaryngology, ear nose and throat | surgery
urology | urological care | surgery
nephrology | kidney care | dialysis
gastroenterology | endoscopy, colonoscopy | surgery
pulmonology | pulmonary medicine, lung care | respiratory therapy
endocrinology | endocrine care | blood glucose monitoring
rheumatology | rheumatology care | internal medicine
hematology | blood disorders | oncology
infectious disease | infectious diseases | infection control
immunizations | vaccinations, vaccine administration, immunization | public health
wound vac | negative pressure wound therapy | wound care
ostomy care | colostomy care, stoma care | wound care
dental hygiene | teeth cleaning, dental prophylaxis, scaling and root planing | dental care
dental assisting | chairside assisting, dental radiography, dental x-rays | dental care
orthodontics | orthodontic treatment | dental care
dental practice software | dentrix, eaglesoft, open dental | dental care
radiography | x-rays, x-ray imaging | radiology
mri | magnetic resonance imaging, mri scanning | radiology
ct scanning | computed tomography, cat scan | radiology
mammography | breast imaging | radiology
nuclear medicine | pet scan, pet/ct | radiology
radiation therapy | radiotherapy, radiation oncology | oncology
cardiac catheterization | cath lab, interventional cardiology | cardiology
stress testing cardiac | cardiac stress tests, treadmill stress test | cardiology, ekg
holter monitoring | holter, event monitors | ekg
sleep studies | polysomnography, sleep medicine, rpsgt | respiratory therapy
audiology | hearing tests, hearing aids, audiometry | speech therapy
vision screening | eye exams, refraction | optometry
hearing screening | audiometric screening | audiology
occupational health | employee health, occupational medicine | public health
surgical assisting | first assist, surgical first assistant | surgery
surgical technology | scrub technician, surgical instruments,
    instrument sterilization | surgery, sterile technique
anesthesia care | anesthesia administration, sedation, conscious sedation | anesthesia
medical devices usage | infusion pumps, patient monitors | medical devices
healthcare quality | quality improvement healthcare, clinical quality, core measures,
    hedis | healthcare administration
utilization review | utilization management | insurance verification, case management
revenue cycle management | revenue cycle, rcm, charge capture | medical billing
icd-10 | icd-10-cm, icd10, icd-9 | medical coding
cpt coding | cpt, hcpcs, cpt codes | medical coding
medical coding certification | cpc, ccs, certified professional coder, rhit,
    rhia | medical coding
claims submission | claims billing, electronic claims, cms-1500, ub-04 | medical billing
denials management | claim denials, denial management | medical billing
medicare | medicare billing, medicare guidelines | medical billing, health insurance
medicaid | medicaid eligibility, medicaid billing | medical billing, health insurance
patient registration | patient intake registration, admissions registration | medical records
patient scheduling | scheduling patients, patient appointments | appointment scheduling
athenahealth | athena health, athenanet | electronic health records
eclinicalworks | ecw, allscripts, practice fusion | electronic health records
pyxis | pyxis medstation, omnicell | medication administration
kardex | medication administration record | medication administration
health informatics | clinical informatics, nursing informatics | electronic health records
hl7 | fhir, hl7 interfaces, healthcare interoperability | health informatics
good clinical practice | ich gcp, ich-gcp | clinical research
informed consent | consent process | clinical research
irb | institutional review board, ethics committee | clinical research
pharmacovigilance | drug safety, adverse event reporting, adverse events | clinical research
regulatory submissions | ind, nda submissions, 510(k), fda submissions, ectd | fda regulations
medical writing | clinical writing, regulatory writing,
    clinical study reports | technical writing
medical affairs | medical science liaison, kol management | pharmaceutical sales
drug development | pharmaceutical development, preclinical | clinical research
compounding | sterile compounding, usp 797, iv compounding | pharmacy
pharmacy technician certification | cpht certification, ptcb | pharmacy
medication reconciliation | med rec, medication review | pharmacology
pharmacy inventory | drug inventory | pharmacy, inventory management
controlled substances | dea regulations, narcotics handling, narcotic counts | pharmacy
clinical pharmacy | pharmaceutical care | pharmacy
patient transport | patient transfers, patient lifting | patient care
activities of daily living | bathing and grooming, toileting, feeding assistance | caregiving
companionship | companion care | caregiving, elderly care
dementia care | alzheimer's care, memory care, dementia | elderly care
hoyer lift | mechanical lifts, gait belt | patient transport
restorative care | restorative nursing, range of motion exercises | rehabilitation
hospital experience | hospital setting, inpatient care, inpatient | patient care
outpatient care | outpatient clinic, ambulatory care, outpatient | patient care
patient advocacy | patient advocate, patient rights | advocacy, patient care
patient navigation | care navigation, patient navigator | case management
health coaching | health coach, wellness coaching | patient education, nutrition
clinical nutrition | medical nutrition therapy, enteral nutrition, parenteral nutrition,
    tube feeding | nutrition
food allergies | allergen awareness, allergen management | nutrition, food safety
applied behavior analysis | aba, aba therapy, behavior analysis, bcba | psychology,
    autism support
autism support | autism spectrum disorder, asd, autism services | special education
psychotherapy | talk therapy, individual therapy, psychotherapeutic | counseling
group therapy | group counseling, group facilitation therapy | counseling
family therapy | marriage and family therapy, couples therapy | counseling
trauma-informed care | trauma informed care, trauma informed, ptsd treatment | mental health
motivational interviewing | mi counseling | counseling, substance abuse counseling
psychological assessment | psychological testing, psychometric testing,
    neuropsychological testing | psychology
psychiatric assessment | mental status exam, psychiatric evaluation | mental health
suicide prevention | suicide risk assessment, crisis assessment | crisis intervention
medication-assisted treatment | opioid treatment, methadone,
    suboxone | substance abuse counseling
harm reduction | needle exchange, naloxone | substance abuse counseling, public health
peer support | peer counseling, peer recovery | mental health
health education | community health education | patient education, public health
community health | community health work, chw | public health
epidemiological surveillance | disease surveillance, outbreak investigation,
    contact tracing | epidemiology
global health | international health | public health
environmental health | environmental health and safety | public health, health and safety
biosafety | bsl-2, biosafety cabinets, biohazard handling | laboratory techniques
veterinary technology | veterinary nursing, animal nursing | veterinary care
animal handling | animal restraint, handling animals | animal care
pet grooming | grooming pets | animal care
kennel management | boarding kennels, kennel care | animal care
small animal medicine | companion animals, small animals | veterinary care
large animal medicine | equine care, large animals, equine | veterinary care,
    livestock management
animal training | dog training, obedience training | animal care

[science]
analytical chemistry | chemical analysis, quantitative analysis chemistry | chemistry
organic chemistry | organic synthesis, synthetic chemistry | chemistry
inorganic chemistry | inorganic synthesis | chemistry
physical chemistry | chemical kinetics | chemistry, physics
polymer science | polymer chemistry, polymers | chemistry, materials science
hplc | high performance liquid chromatography, uplc | chromatography
gas chromatography | gcms | chromatography
mass spectrometry | ms analysis, lc-ms/ms, mass spec | chromatography
spectroscopy | uv-vis, ftir, infrared spectroscopy, nmr, nmr spectroscopy,
    raman spectroscopy | analytical chemistry, chromatography
titration | titrations, karl fischer | analytical chemistry
wet chemistry | bench chemistry | chemistry
elisa | immunoassays, immunoassay, western blotting, !ELISA | molecular biology
flow cytometry | facs, cell sorting | cell culture, immunology
immunology | immunological assays | biology
genetics | genetic analysis, genetic testing | biology, molecular biology
genomics | next generation sequencing, ngs, dna sequencing, sequencing | genetics,
    bioinformatics
bioinformatics | computational biology, biological data analysis | genomics, python
crispr | gene editing, genome editing | molecular biology
cloning | molecular cloning, plasmid cloning, gene cloning | molecular biology
protein purification | protein expression, protein biochemistry,
    chromatography purification | biochemistry
microscopy | confocal microscopy, electron microscopy, fluorescence microscopy,
    light microscopy | laboratory techniques
histology | tissue processing, immunohistochemistry, ihc | pathology
pathology | anatomic pathology, clinical pathology | medical laboratory
hematology lab | cbc, blood smears, coagulation testing | medical laboratory
clinical chemistry | chemistry analyzers, blood chemistry | medical laboratory
blood banking | transfusion services, blood typing, crossmatching | medical laboratory
microbiology lab | culture and sensitivity, bacterial culture, gram staining | microbiology
aseptic processing | cleanroom, clean room, cleanroom operations | good manufacturing practice
glp | good laboratory practice | laboratory techniques
lims | laboratory information management system,
    laboratory information system | laboratory techniques
lab safety | laboratory safety, chemical safety, chemical hygiene | laboratory techniques, osha
lab equipment maintenance | instrument maintenance,
    instrument calibration | laboratory techniques
sample preparation | sample prep | laboratory techniques
assay development | method development, assay optimization | laboratory techniques
method validation | analytical method validation, validation protocols | analytical chemistry,
    quality assurance
stability testing | stability studies | quality control
toxicology | toxicological studies | pharmacology
neuroscience | neurobiology, electrophysiology | biology
ecology | ecological surveys, field ecology, wildlife biology | environmental science, biology
botany | plant biology, plant science | biology, horticulture
zoology | animal biology | biology
marine biology | marine science, oceanography | biology, environmental science
geology | geological mapping, geoscience | environmental science
hydrology | hydrogeology, groundwater | environmental science, water treatment
meteorology | weather forecasting, atmospheric science, climate science | environmental science
astronomy | astrophysics | physics
field research | fieldwork, field work, field sampling | research
scientific writing | research papers, manuscript preparation,
    peer-reviewed publications | research, writing
grant proposals research | research grants, nih grants, nsf grants | grant writing, research
literature review | systematic reviews, meta-analysis, literature search | research
lab notebook | laboratory notebooks, eln, electronic lab notebook | laboratory techniques
scientific presentations | poster presentations, conference presentations | public speaking,
    research
data collection | data gathering, field data collection | research
calculus | linear algebra, differential equations | mathematics
probability | probability theory, stochastic processes | statistics, mathematics

[education]
teaching certification | teaching license, teacher certification, state teaching license,
    qualified teacher status, qts | teaching
elementary education | primary education, elementary school teaching, k-5 | teaching
secondary education | high school teaching, middle school teaching, 6-12 | teaching
mathematics instruction | math instruction, teaching math, math teaching | teaching,
    mathematics
science instruction | science teaching, teaching science | teaching, stem education
english language arts | ela, reading and writing instruction | literacy, teaching
social studies instruction | history teaching, social studies | teaching
foreign language instruction | language teaching, world languages instruction | teaching, esl
physical education | pe instruction, physical education teaching | teaching, sports coaching
phonics | phonemic awareness, reading intervention | literacy
project-based learning | pbl, inquiry-based learning,
    experiential learning | curriculum development
montessori | montessori method, montessori education | early childhood education
reggio emilia | reggio approach | early childhood education
iep development | 504 plans | special education
behavior management | positive behavior support, pbis,
    classroom behavior | classroom management
inclusive education | inclusive classroom | special education
gifted education | gifted and talented, advanced learners | teaching
response to intervention | rti, mtss, intervention strategies | special education,
    student assessment
standardized testing | state testing, test administration, proctoring | student assessment
data-driven instruction | student data analysis, progress monitoring | student assessment
google classroom | !Blackboard, schoology, !Canvas | learning management systems
smartboard | interactive whiteboard, promethean | educational technology
online teaching | remote teaching, virtual teaching | e-learning
course design | course development, syllabus design, course creation | curriculum development
e-learning development | articulate storyline, articulate 360, adobe captivate,
    elearning authoring | instructional design
student engagement | student motivation, engaging students | teaching
parent-teacher conferences | parent teacher conferences, parent conferences,
    family engagement | parent communication
college admissions | admissions counseling, college applications | admissions
financial aid | student financial aid, fafsa, scholarships | higher education
student affairs | student services, residence life, student life | higher education
academic research | university research | research, higher education
lecturing | lectures, delivering lectures | teaching, public speaking, higher education
dissertation supervision | thesis supervision, graduate supervision | higher education
library science | librarianship, cataloging, library management | research
archiving | archives management, archival processing | records management
tutoring services | one-on-one tutoring | tutoring
sat preparation | act preparation, gre preparation, gmat preparation | test preparation
tefl | teaching english as a foreign language | esl
early intervention | early intervention services, birth to three | early childhood education,
    special education
child safeguarding | safeguarding, child protection | child care, social work
youth mentoring | mentoring youth | youth work, mentoring
camp counseling | summer camp, camp activities | youth work
coaching students | student coaching, academic coaching | coaching

[social care]
case planning | service planning, individual service plans | case management
needs assessment | needs assessments, client assessment, intake assessment | case management
resource referral | community resources, resource navigation | case management
housing assistance | housing services, homeless services, homelessness | social work
benefits eligibility | eligibility determination, public benefits, tanf | social work
child welfare | child protective services, cps, foster care | social work
family support | family services, family preservation | social work
domestic violence services | domestic violence, dv advocacy,
    intimate partner violence | advocacy, crisis intervention
victim advocacy | victim services, victim support, survivor support | advocacy
youth services | juvenile justice, at-risk youth | youth work
reentry services | offender reentry, reentry programs | case management
developmental disabilities | intellectual disabilities, idd,
    developmental disability services | disability support
independent living skills | life skills training, life skills | disability support
supported employment | job coaching, vocational rehabilitation,
    employment support | disability support
residential care | group homes, residential treatment, residential services | social work
refugee services | resettlement, immigrant services, refugee resettlement | social work
advocacy campaigns social | policy advocacy, systems advocacy | advocacy
outreach programs | street outreach | community outreach
program coordination | program planning, program implementation,
    program development | program management
donor relations | donor stewardship, donor cultivation, major gifts | fundraising
event fundraising | fundraising events, galas, charity events | fundraising, event planning
faith-based ministry | ministry, pastoral care, chaplaincy, church ministry | counseling
mandated reporting | mandatory reporting, mandated reporter | child welfare
documentation social work | progress notes, case notes, case documentation | case management
motivational support | client motivation | counseling
cultural competency |  | cultural awareness
de-escalation techniques | cpi training, nonviolent crisis intervention,
    mandt | crisis intervention

[fitness]
personal training programs | program design fitness | exercise programming
functional training | functional fitness, functional movement | personal training
hiit | circuit training, bootcamp classes | group fitness, cardio training
crossfit | cross fit, crossfit coaching | strength and conditioning
spinning | cycling classes | group fitness
zumba | dance fitness | group fitness
kettlebell training | kettlebells | strength and conditioning
olympic weightlifting | powerlifting | strength and conditioning
bodybuilding | physique training | personal training
sports nutrition | nutrition coaching, meal plans fitness | nutrition
body composition analysis | body fat testing, inbody | fitness assessment
injury prevention | prehab, corrective exercise | athletic training
sports medicine | sports injuries, sports injury rehabilitation | athletic training,
    physical therapy
stretching | flexibility training, mobility training | personal training
yoga certification | ryt-200, ryt 200, yoga alliance | yoga
nasm certification | ace certification, acsm certification,
    nsca | personal trainer certification
aquatics | aquatic fitness, water aerobics, aquatics programming | swimming instruction
outdoor recreation | hiking, camping, outdoor education, outdoor leadership | sports coaching
team sports coaching | basketball coaching, soccer coaching, football coaching,
    baseball coaching, volleyball coaching | sports coaching
tennis | tennis coaching, tennis instruction | sports coaching
golf | golf instruction, golf coaching, pga | sports coaching
climbing | rock climbing, climbing instruction | outdoor recreation
dance instruction | hip hop dance, ballroom dance, dance teaching | dance
recreation programming | recreation programs, recreational activities,
    activity planning | group fitness
membership sales | gym memberships, membership consulting | sales, gym management
meditation | mindfulness, mindfulness meditation | yoga, stress management
sports officiating | refereeing, umpiring | sports coaching
athletic administration | athletics administration, sports administration | sports coaching,
    operations management
equipment setup fitness | gym equipment, fitness equipment | gym management

[beauty]
haircutting | haircuts, precision cutting | hairdressing
hair coloring | color correction, balayage, hair color | hairdressing
hair styling | blowouts, updos, bridal hair, styling hair | hairdressing
barbering | fades, shaving, beard trimming, hot towel shave | hairdressing
hair extensions | wigs | hairdressing
chemical treatments hair | perms, relaxers, keratin treatments | hairdressing
facials | facial treatments, skin treatments, chemical peels | esthetics
waxing | hair removal, body waxing | esthetics
eyelash extensions | lash extensions, lash lifts, brow shaping, microblading | esthetics
manicures | gel nails, acrylic nails, nail art | nail care
bridal makeup | sfx makeup, theatrical makeup, airbrush makeup | makeup artistry
cosmetology license | licensed cosmetologist | hairdressing
esthetician license | licensed esthetician | esthetics
salon management | salon operations, spa management | store management
spa services | spa treatments, body wraps, hydrotherapy | massage therapy
deep tissue massage | sports massage, hot stone massage, prenatal massage | massage therapy
reflexology | aromatherapy, reiki | massage therapy
tattooing | tattoo artistry, tattoo design, body piercing, piercing | drawing
product knowledge cosmetics | beauty products, skincare products | retail sales
client consultation | beauty consultations, consultations | customer service
"""
