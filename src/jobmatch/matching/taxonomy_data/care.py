"""Healthcare, science, fitness, education, social care and beauty skills."""

TABLE = """
[healthcare]
patient care | direct patient care, patient care services, bedside care,
    patient support | nursing, caregiving
nursing | registered nurse, rn, r.n., licensed practical nurse, lpn, lvn, nurse, nursing care,
    bsn | patient care, cna
cna | certified nursing assistant, certified nurse assistant, nursing assistant, nurse aide,
    patient care technician | patient care, nursing
medical assisting | medical assistant, clinical assistant | patient care, medical records
cpr | cardiopulmonary resuscitation, cpr certified, cpr certification, cpr/aed, aed | first aid,
    bls
bls | basic life support, bls certification, bls certified | cpr, acls
acls | advanced cardiac life support | bls, pals
pals | pediatric advanced life support | acls
first aid | first-aid, first aid certified, first aid certification | cpr
emt | emergency medical technician, paramedic, ems, emergency medical services | first aid,
    emergency medicine
phlebotomy | phlebotomist, venipuncture, blood draws, blood drawing, drawing blood,
    blood collection | medical laboratory
vital signs | vitals, taking vital signs, blood pressure monitoring,
    monitoring vital signs | patient care
medication administration | administering medication, administering medications,
    medication management, med pass, dispensing medication, medication distribution | nursing,
    pharmacy
iv therapy | iv insertion, intravenous therapy, iv starts, iv administration | nursing
wound care | wound dressing, dressing changes, wound management | nursing
infection control | infection prevention, sterilization,
    aseptic technique | patient care
patient assessment | nursing assessment, health assessment, patient assessments,
    physical assessment, clinical assessment, health assessments | nursing
patient education | patient teaching | nursing
triage | patient triage | emergency medicine
emergency medicine | emergency room, emergency department, emergency care, trauma care | triage
intensive care | icu, critical care, intensive care unit, ccu, nicu | nursing
pediatrics | paediatrics, pediatric care, pediatric nursing, paediatric, pediatric | nursing
obstetrics | labour and delivery, ob/gyn, obgyn, gynecology, gynaecology,
    maternity care | midwifery
midwifery | midwife | obstetrics
surgery | surgical, operating room, perioperative, surgical procedures, surgical nursing,
    scrub nurse, surgical technologist | anesthesia
anesthesia | anaesthesia, anesthesiology, anaesthesiology | surgery
cardiology | cardiac care, cardiac monitoring, cardiovascular | ekg
ekg | ecg, electrocardiogram, electrocardiography, 12-lead ecg, 12-lead ekg | cardiology
oncology | cancer care, chemotherapy | nursing
dialysis | hemodialysis, renal care | nursing
radiology | diagnostic imaging, medical imaging, x-ray, xray, ct scan, ct scans,
    radiologic technology | sonography
sonography | ultrasound, diagnostic medical sonography, sonographer | radiology
electronic health records | ehr, emr, electronic medical records, electronic medical record,
    electronic health record | medical records, epic systems
epic systems | !Epic, epic emr, epic ehr | electronic health records, cerner
cerner | cerner millennium, oracle cerner | electronic health records, epic systems
meditech | | electronic health records
medical records | health records, medical record keeping, health information management,
    patient records, medical charting, clinical documentation | electronic health records
medical billing | medical billing and coding, healthcare billing, insurance billing,
    medical claims | medical coding, billing
medical coding | icd coding, clinical coding, medical coder | medical billing
insurance verification | benefits verification, eligibility verification, prior authorization,
    prior authorizations, pre-authorization | medical billing
medical terminology | medical vocabulary | medical records
medical transcription | medical transcriptionist | transcription, medical terminology
hipaa | hipaa compliance, patient confidentiality | regulatory compliance
healthcare administration | health administration, hospital administration, healthcare management,
    health services administration, medical office administration,
    medical office management | medical records
pharmacy | pharmacist, pharmacy technician, pharmaceutical dispensing, prescription processing,
    pharmacy operations | medication administration, pharmacology
pharmacology | pharmacokinetics, pharmacotherapy | pharmacy
physical therapy | physiotherapy, physical therapist, physiotherapist | rehabilitation,
    occupational therapy
occupational therapy | occupational therapist | physical therapy
rehabilitation | rehab, rehabilitation services | physical therapy
speech therapy | speech-language pathology, speech language pathology, speech pathology, slp,
    speech therapist | occupational therapy
mental health | behavioral health, behavioural health, psychiatric care,
    psychiatry | counseling
psychology | psychologist, clinical psychology | mental health,
    counseling
cognitive behavioral therapy | cbt, cognitive behavioural therapy | counseling
dialectical behavior therapy | dialectical behaviour therapy | cognitive behavioral therapy
substance abuse counseling | addiction counseling, substance abuse, chemical dependency,
    addiction treatment, substance use disorder, drug and alcohol counseling | counseling
dental care | dentistry, dental assistant,
    dental hygienist | patient care
veterinary care | veterinary, vet tech, veterinary technician, veterinary assistant,
    veterinarian | animal care
home health | home health care, home healthcare, home health aide, hha | caregiving
nutrition | dietetics, dietitian, dietician, nutritional counseling, nutrition counseling,
    diet planning | meal planning
meal planning | meal plans, menu planning for clients | nutrition
public health | population health, health promotion | epidemiology
epidemiology | epidemiologist | public health, biostatistics
biostatistics | | statistics, epidemiology
clinical research | clinical trials, clinical trial, clinical studies,
    clinical research coordinator | research
fda regulations | fda, fda compliance, 21 cfr, cfr part 11 | regulatory compliance
good manufacturing practice | gmp, cgmp, current good manufacturing practice | fda regulations,
    quality assurance
medical devices | medical device, medical equipment | fda regulations
anatomy and physiology | anatomy, physiology | medical terminology
optometry | optometrist, optician, eye care | patient care

[science]
research | research skills, researching, research and development, r&d, r & d,
    research & development, research methods, research methodology, qualitative research,
    quantitative research, scientific research | data analysis
laboratory techniques | lab techniques, laboratory skills, lab work, laboratory procedures,
    wet lab, laboratory experience | medical laboratory
medical laboratory | clinical laboratory, lab testing, laboratory testing, medical lab,
    specimen processing, medical technologist | phlebotomy,
    laboratory techniques
pcr | polymerase chain reaction, qpcr, rt-pcr | molecular biology
cell culture | tissue culture, cell cultures | laboratory techniques
chromatography | liquid chromatography, gc-ms, lc-ms | chemistry
microbiology | microbiological, microbiologist | laboratory techniques
molecular biology | dna extraction, gel electrophoresis, western blot | pcr, biochemistry
biochemistry | biochemist | molecular biology, chemistry
chemistry | chemist | biochemistry
biology | life sciences, cell biology, biologist | microbiology
physics | physicist, applied physics | mathematics
mathematics | math, maths, mathematical, applied mathematics, mathematician | statistics, physics
environmental science | environmental studies, conservation | environmental engineering

[fitness]
personal training | personal trainer, one-on-one training, 1-on-1 training, fitness training,
    fitness coaching | exercise programming, strength and conditioning
personal trainer certification | nasm, acsm, nasm-cpt, issa, certified personal trainer,
    ace certified personal trainer | personal training
group fitness | group fitness instruction, group exercise, fitness classes, group classes,
    fitness instructor | personal training, cardio training
exercise programming | exercise prescription, workout programming, workout plans,
    exercise planning, fitness programs | personal training
strength and conditioning | strength training, weight training, resistance training, cscs,
    conditioning, weightlifting | personal training
cardio training | cardio, cardiovascular training, high intensity interval training,
    aerobics, spin classes, indoor cycling | group fitness
yoga | yoga instruction, yoga teacher, yoga instructor, ryt, vinyasa, hatha yoga | pilates
pilates | mat pilates, reformer pilates | yoga
fitness assessment | fitness assessments, body composition,
    fitness testing | personal training
athletic training | athletic trainer | physical therapy,
    strength and conditioning
sports coaching | athletic coaching, sports coach, team coaching, head coach,
    assistant coach | coaching, athletic training
kinesiology | exercise science, exercise physiology | personal training
lifeguarding | lifeguard, lifeguard certification, water safety | first aid, swimming instruction
swimming instruction | swim instruction, swim coach, swimming lessons, swim lessons | lifeguarding
martial arts | karate, taekwondo, jiu jitsu, jiu-jitsu, judo, kickboxing, boxing, mma
gym management | fitness center management, gym operations,
    fitness club management | personal training
weight loss coaching | weight management, weight loss | nutrition, personal training

[education]
teaching | teacher, classroom teaching, instructional delivery, teaching experience, educator,
    classroom instruction | lesson planning, curriculum development
lesson planning | lesson plans, lesson plan, lesson preparation | teaching, curriculum development
curriculum development | curriculum design, curriculum planning, curriculum,
    curriculum writing | lesson planning, instructional design
instructional design | instructional designer, elearning development,
    addie, learning design | curriculum development, e-learning
e-learning | elearning, online learning, distance learning, virtual learning,
    online instruction | instructional design, learning management systems
learning management systems | lms, moodle, blackboard learn, canvas lms | e-learning
classroom management | behaviour management, student discipline,
    classroom discipline | teaching
special education | sped, special needs, special needs education, iep, ieps,
    individualized education programs, individualized education program,
    learning disabilities | teaching
early childhood education | early childhood, preschool, pre-k, kindergarten, early years,
    early childhood development | child care, teaching
child development | childhood development, developmental psychology | early childhood education
esl | english as a second language, tesol, celta, ell, english language learners,
    esol | teaching, english
tutoring | tutor, private tutoring, homework help, academic tutoring | teaching
student assessment | assessment design, student evaluation, formative assessment,
    summative assessment, student assessments | teaching
differentiated instruction | differentiation, differentiated learning | teaching
literacy | reading instruction, literacy instruction, guided reading | teaching
stem education | !STEM | teaching
educational technology | edtech, ed tech, classroom technology, technology integration,
    interactive whiteboards, smart board | e-learning
higher education | university teaching, college teaching, lecturer, adjunct professor,
    professor | teaching
academic advising | student advising, academic counseling, college advising,
    student counseling | counseling, career counseling
career counseling | career guidance, career advising, career services | academic advising
admissions | student admissions, enrollment management, enrolment management,
    student recruitment | academic advising
school administration | education administration, educational leadership,
    school leadership | teaching
parent communication | parent engagement, parent communications | teaching
substitute teaching | substitute teacher, supply teaching | teaching
adult education | adult learning, continuing education, andragogy | teaching
test preparation | test prep, sat prep, exam preparation | tutoring
common core | common core standards, state standards | curriculum development

[social care]
social work | social worker, social services, casework, caseworker, case worker | case management,
    counseling
case management | case manager, caseload management, care coordination,
    care management | social work
counseling | counselling, mental health counseling, counselor, counsellor,
    therapist | social work, psychology
crisis intervention | crisis counseling, deescalation, crisis support | counseling
advocacy | community advocacy, client advocacy,
    advocate | social work
community outreach | outreach, community engagement, community relations,
    community organizing | advocacy, public relations
volunteer management | volunteer coordination, volunteer recruitment | community outreach
child care | childcare, child-care, babysitting, daycare, day care,
    nanny | early childhood education
elderly care | elder care, eldercare, senior care, aged care, geriatric care, gerontology,
    geriatrics | caregiving
caregiving | caregiver, care giving, home care, personal care, personal care assistance,
    adls, adl | elderly care, patient care
disability support | disability services, support worker,
    direct support professional | caregiving, special education
youth work | youth development, youth programs, youth worker | mentoring
art therapy | art therapist | counseling

[beauty]
hairdressing | hairstylist, hair stylist, cosmetology, barber,
    hair cutting, hair colouring |
makeup artistry | makeup, make-up, makeup artist, cosmetics, special effects makeup | hairdressing
esthetics | esthetician, aesthetician, skin care, skincare | makeup artistry
nail care | pedicures, nail technician, manicurist | esthetics
massage therapy | massage, massage therapist, lmt,
    swedish massage | physical therapy
"""
