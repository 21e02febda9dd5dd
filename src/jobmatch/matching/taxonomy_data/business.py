"""Finance, banking, people, sales, marketing, management, office, legal and public work."""

TABLE = """
[accounting]
accounting | accountancy, accounting principles, financial accounting, accountant | bookkeeping,
    financial reporting
bookkeeping | book keeping, book-keeping, bookkeeper | accounting, quickbooks
accounts payable | a/p, accounts payables, payables, ap processing,
    vendor payments | accounts receivable, invoicing, expense reports
accounts receivable | a/r, receivables, accounts receivables, ar processing | accounts payable,
    billing, collections
general ledger | gl, g/l, general ledger accounting, gl accounting,
    gl reconciliation | account reconciliation, journal entries
journal entries | journal entry, adjusting entries, accruals, accrual accounting | general ledger
account reconciliation | reconciliation, reconciliations, bank reconciliation,
    bank reconciliations, account reconciliations, balance sheet reconciliation | general ledger
financial reporting | financial statements, financial statement preparation, financial reports,
    financial statement analysis | gaap, accounting
gaap | us gaap, generally accepted accounting principles | ifrs, financial reporting
ifrs | international financial reporting standards | gaap
month-end close | month end close, month-end closing, month end closing, year-end close,
    year end close, period close | general ledger
payroll | payroll processing, payroll administration, payroll management | adp, accounting
adp | adp workforce now, adp payroll | payroll
tax preparation | tax returns, tax return preparation, income tax, taxation, tax filing,
    tax accounting | tax compliance
tax compliance | tax planning, corporate tax, sales tax, vat, indirect tax | tax preparation
auditing | audit, audits, internal audit, external audit, internal auditing, financial audit,
    auditor | sox compliance, internal controls
sox compliance | sox, sarbanes-oxley, sarbanes oxley, sox 404 | auditing, internal controls
internal controls | internal control | sox compliance
cost accounting | costing, standard costing, cost analysis, product costing | accounting,
    cost control
fixed assets | fixed asset accounting, depreciation, fixed asset management | general ledger
expense reports | expense reporting, expense management, travel and expense | accounts payable
invoicing | invoices, invoice processing, invoice | accounts receivable, billing
billing | billing operations, billing specialist | invoicing
collections | debt collection, collections management, debt recovery | accounts receivable
cpa | certified public accountant | accounting, auditing
acca | chartered accountant, chartered accountancy | accounting
quickbooks | quick books, quickbooks online, qbo, intuit quickbooks | bookkeeping, xero
xero | | quickbooks
sage | ?Sage, sage 50, sage accounting, peachtree | quickbooks

[finance]
budgeting | budget management, budget planning, budgets, budget preparation, budget development,
    budget control | forecasting, financial analysis
forecasting | financial forecasting, forecasts, forecast, financial projections | budgeting,
    financial modeling
financial analysis | financial analyst, fp&a, financial planning and analysis,
    ratio analysis | financial modeling, budgeting
financial modeling | financial modelling, financial models, dcf,
    discounted cash flow | financial analysis, excel, valuation
valuation | business valuation, valuations, company valuation | financial modeling
cost control | cost reduction, cost savings, cost management, cost containment | budgeting,
    cost accounting
treasury | treasury management, cash flow management, liquidity management,
    cash forecasting | financial analysis
corporate finance | capital budgeting, capital structure | financial analysis
investment management | portfolio management, asset management, fund management,
    investment analysis | financial planning, equity research
financial planning | financial planner, personal financial planning,
    financial advising, financial advisor | investment management
cfa | chartered financial analyst | investment management
risk management | risk assessment, risk analysis, enterprise risk management, erm,
    risk mitigation | regulatory compliance
credit analysis | credit risk analysis, credit assessment,
    credit evaluation | risk management, underwriting
underwriting | underwriter, loan underwriting, insurance underwriting | credit analysis
equity research | stock analysis, securities analysis | investment management
trading | securities trading, stock trading, derivatives trading,
    trader | derivatives
derivatives | futures trading, swaps | trading
fixed income | bond trading, fixed income securities | trading
foreign exchange | forex, currency exchange, fx trading | trading
bloomberg terminal | bloomberg | financial analysis
mergers and acquisitions | m&a, mergers & acquisitions | investment banking, due diligence
due diligence | financial due diligence | mergers and acquisitions
investment banking | ipo, debt capital markets,
    equity capital markets | mergers and acquisitions
actuarial science | actuarial, actuarial analysis, actuary | statistics, insurance
insurance | insurance industry, insurance products, property and casualty | underwriting,
    claims processing
claims processing | claims handling, insurance claims, claims adjuster,
    claims management | insurance, medical billing
p&l management | p&l, profit and loss, p&l responsibility, profit & loss | budgeting

[banking]
banking operations | bank operations, branch operations,
    banking | customer service, cash handling
commercial banking | corporate banking, business banking | credit analysis
loan processing | loans, loan administration, lending | underwriting,
    mortgage lending
mortgage lending | mortgages, mortgage, mortgage loans, mortgage processing,
    mortgage origination | loan processing
consumer lending | personal loans, auto loans, consumer loans | loan processing
anti-money laundering | aml, anti money laundering, bsa/aml, bsa | know your customer,
    regulatory compliance
know your customer | kyc, customer due diligence, cdd,
    enhanced due diligence | anti-money laundering
ofac | ofac compliance, sanctions screening, sanctions compliance | anti-money laundering
basel | basel iii, basel ii, capital adequacy | risk management
teller operations | teller, bank teller, teller transactions | cash handling, banking operations
branch management | branch manager, bank branch management | banking operations
deposit operations | deposits, new accounts, account opening, opening accounts | banking operations
check processing | cheque processing, check clearing, item processing | banking operations
payment processing | ach, ach processing, card payments, payment systems,
    wire transfers, wire transfer | banking operations
private banking | private banker, high net worth clients, hnw clients | financial planning

[hr]
human resources management | !HR, human resources, hrm, hr management, personnel management,
    people operations | employee relations, hr administration
hr administration | hr operations, personnel administration, hr generalist, employee records,
    personnel files | human resources management
recruiting | recruitment, talent acquisition, candidate sourcing,
    full-cycle recruiting, full cycle recruiting, headhunting, recruiter, staffing | interviewing,
    onboarding
applicant tracking systems | ats, taleo, applicant tracking system | recruiting
interviewing | interviews, candidate interviews, behavioral interviewing,
    behavioural interviewing, interview skills | recruiting
onboarding | employee onboarding, new hire orientation, new hire onboarding,
    orientation programs | recruiting
background checks | background screening, background check, employment verification | recruiting
employee relations | employee relationship management,
    grievance handling, grievances | human resources management
labor relations | labour relations, union relations, collective bargaining | employee relations
hris | human resources information system, hr information systems, hr systems,
    hr software | human resources management
workday | ?Workday, workday hcm | hris
successfactors | sap successfactors | hris
bamboohr | bamboo hr | hris
compensation and benefits | total rewards, compensation planning,
    compensation management, employee benefits, comp and ben | payroll
job analysis | job evaluation, job design | compensation and benefits
performance management | performance reviews, performance appraisal, performance appraisals,
    performance evaluations, performance evaluation | employee relations
training and development | learning and development, employee training, staff training,
    corporate training, employee development, training delivery | onboarding, coaching
coaching | career coaching, executive coaching, life coaching, coach | training and development,
    mentoring
mentoring | mentorship, mentor | coaching
succession planning | | performance management
workforce planning | headcount planning, manpower planning | succession planning
employment law | labor law, labour law, employment legislation, flsa, fmla, eeo,
    eeoc | human resources management
leave management | leave administration, absence management, leave of absence | hr administration
workers compensation | workers comp, workman's comp, workmans comp | health and safety
diversity and inclusion | d&i, diversity equity and inclusion, diversity & inclusion
organizational development | organisational development,
    organization development | training and development, change management
change management | organizational change, organisational change,
    change leadership | organizational development, project management
employee engagement | staff engagement, employee retention,
    retention strategies | employee relations
employer branding | employer brand | recruiting, brand management
hr analytics | people analytics, workforce analytics | data analysis
hr certification | shrm-cp, shrm cp, shrm-scp, sphr | human resources management

[sales]
sales | selling, sales experience, salesperson, sales representative,
    sales rep | business development
b2b sales | b2b, business to business, business-to-business | sales
b2c sales | b2c, business to consumer | sales
business development | biz dev, bizdev, new business development, business developer | sales,
    lead generation
lead generation | lead gen, generating leads, prospecting,
    lead qualification | business development, cold calling
cold calling | cold calls, cold call, outbound calling | lead generation,
    inside sales
account management | key account management, client account management, account manager,
    key accounts | client relations, sales
client relations | client relationship management, client relationships, relationship management,
    customer relations, relationship building, client management | account management,
    customer service
negotiation | negotiating, negotiation skills, negotiations,
    contract negotiations | sales
sales management | sales leadership, sales team management, sales manager | sales
retail sales | retail, retail experience, retail store | sales, merchandising
inside sales | telemarketing, phone sales | sales, cold calling
territory management | territory sales, territory planning | sales
sales forecasting | | forecasting, sales
upselling | cross-selling, cross selling, upsell, up-selling, suggestive selling | sales
solution selling | consultative selling, consultative sales, value selling | sales
sales presentations | product demonstrations, product demos, sales pitches, product demo | sales,
    public speaking
proposal writing | rfp, rfps, bid writing, tender writing, tendering,
    bid management, request for proposal | grant writing, sales
channel sales | channel partners, channel management, reseller management,
    partnerships | sales
software sales | technology sales, tech sales | sales
pharmaceutical sales | pharma sales, medical sales | sales
insurance sales | selling insurance, insurance agent, life insurance sales,
    insurance broker | insurance, sales
customer acquisition | client acquisition, user acquisition | business development
customer success | customer success management, client success | account management

[marketing]
marketing | marketing plans, marketing management,
    marketing plan | digital marketing
digital marketing | online marketing, internet marketing, digital marketing strategy | marketing,
    seo, social media marketing
social media marketing | social media, smm, social media management,
    social media strategy | digital marketing, content marketing
facebook ads | meta ads, facebook advertising, instagram ads, paid social,
    social media advertising | social media marketing
content marketing | content creation, content development | copywriting,
    social media marketing
email marketing | email campaigns, e-mail marketing, newsletters,
    email newsletters | marketing automation, mailchimp
mailchimp | mail chimp, constant contact | email marketing
marketing automation | eloqua | hubspot, email marketing
seo | search engine optimization, search engine optimisation | sem,
    content marketing
sem | search engine marketing, ppc, pay per click, pay-per-click, paid search | google ads, seo
google ads | adwords, google adwords | sem
google analytics | ga4, google analytics 4 | web analytics
web analytics | website analytics, adobe analytics | google analytics
marketing analytics | marketing metrics, campaign analytics, campaign analysis,
    marketing reporting | web analytics, data analysis
campaign management | marketing campaigns, campaign planning, campaign execution,
    marketing campaign | marketing
market research | marketing research, competitor analysis,
    market studies | marketing, customer insights
customer insights | consumer insights, consumer behavior, consumer behaviour,
    consumer research | market research
market segmentation | customer segmentation, audience segmentation | market research
brand management | branding, brand strategy, brand development, brand awareness,
    brand marketing | marketing
product marketing | go-to-market, go to market, gtm,
    product launch | marketing, product management
pricing strategy | pricing, price analysis, pricing analysis | product marketing
public relations | !PR, press relations, publicity,
    press release | communications strategy
communications strategy | strategic communications, external communications | public relations
marketing communications | marcom, marcomm, marketing collateral | marketing
event planning | event management, event coordination, event planning and management,
    conference planning, events management, event coordinator | marketing
trade shows | trade show, trade show management, expos | event planning
sponsorships | sponsorship, sponsorship management | event planning
advertising | ad campaigns, advertising campaigns | marketing
media buying | programmatic | advertising
affiliate marketing | affiliate programs, affiliate management | digital marketing
influencer marketing | influencer relations | social media marketing
conversion rate optimization | cro, conversion optimization,
    conversion rate optimisation | a/b testing
copywriting | copy writing, copywriter, ad copy | content marketing, writing
merchandising | merchandiser, planograms, planogram | retail sales
fundraising | fund raising, donor management, capital campaigns | grant writing,
    nonprofit management
grant writing | grant proposals, grants management,
    grant applications | fundraising
nonprofit management | non-profit, nonprofit, not-for-profit, non-profit management | fundraising

[customer service]
customer service | client service, customer care, customer-service, customer service skills,
    client services | client relations, customer satisfaction
customer satisfaction | csat, customer experience, cx, nps, net promoter score | customer service
call center | call centre, contact center, contact centre,
    call center operations | customer service
complaint handling | complaints handling, resolving complaints, customer complaints,
    complaint resolution | customer service, conflict resolution

[management]
project management | project manager, project coordination, managing projects,
    project delivery | pmp, agile
pmp | project management professional | project management
prince2 | prince 2 | project management
project scheduling | primavera p6, gantt chart,
    gantt | project management, microsoft project
program management | programme management, program manager | project management
product management | product manager, product owner, product roadmap,
    roadmapping | product marketing, agile
operations management | business operations, operational management,
    operations manager | process improvement
process improvement | continuous improvement, business process improvement, process optimization,
    process optimisation, process re-engineering | lean manufacturing, six sigma
business analysis | business analyst, requirements analysis,
    business requirements, brd | business process modeling
business process modeling | bpmn, business process mapping,
    process modeling | business analysis
six sigma | lean six sigma, six sigma green belt, six sigma black belt,
    dmaic | process improvement, lean manufacturing
strategic planning | business strategy, corporate strategy, strategy development,
    strategic management | business development
management consulting | management consultant, business consulting,
    strategy consulting | strategic planning
team leadership | team management, staff management, managing teams,
    team leading, supervising staff, supervision, supervisory skills, team lead | leadership
leadership | leadership skills, leading teams | team leadership
vendor management | supplier management, vendor relations, supplier relationship management,
    vendor relationships, third party management | procurement
contract management | contract administration, contracts management | vendor management,
    negotiation
kpi tracking | kpis, kpi, key performance indicators, kpi reporting,
    performance metrics | reporting
okrs | okr, objectives and key results | kpi tracking
reporting | management reporting, business reporting, reports preparation | data analysis
business planning | business plans, business plan | strategic planning
entrepreneurship | startup, start-up, entrepreneur, small business ownership,
    small business owner | business development
stakeholder management | stakeholder engagement, stakeholder communication,
    stakeholder relations | project management
quality management | quality management systems, qms,
    tqm | quality assurance, iso 9001
iso 9001 | iso 9000, iso9001 | quality management
quality assurance | qa, qa/qc, quality assurance processes | quality control, software testing
quality control | qc, quality inspection, quality checks | quality assurance

[admin]
administrative support | administrative assistance, admin support, office administration,
    clerical, clerical work, administrative duties, administrative tasks,
    administrative assistant | office management, data entry
office management | office manager, office operations,
    office administrator | administrative support
executive assistance | executive assistant, personal assistant, c-level support,
    executive support | administrative support, scheduling
scheduling | calendaring, diary management,
    scheduling appointments, schedule management | administrative support
records management | record keeping, recordkeeping, filing systems, file management,
    records retention | administrative support, document management
document management | document control, document controller, edms | records management
reception | receptionist, front desk, front desk operations, greeting visitors | customer service,
    telephone etiquette
telephone etiquette | phone etiquette, telephone skills, answering phones, multi-line phones,
    multi-line phone system, phone skills | reception
transcription | transcribing, audio transcription | typing
proofreading | proof reading, proofreader | editing
travel arrangements | travel booking, travel coordination, travel planning,
    travel management | scheduling
meeting minutes | minute taking, taking minutes | administrative support
correspondence | business correspondence, letter writing | administrative support
mail processing | mail sorting, mailroom, mail handling | administrative support
office equipment | fax, photocopying, copiers, copy machines | administrative support

[legal]
legal research | case law research, lexisnexis, lexis nexis, lexis | legal writing
legal writing | drafting pleadings, brief writing, legal documents,
    legal correspondence | legal research, contract drafting
contract drafting | drafting contracts, contract preparation | legal writing,
    contract law
contract law | contracts law | contract drafting
litigation | litigation support, pleadings,
    motions practice | legal research
corporate law | company law, corporate legal | contract law,
    mergers and acquisitions
intellectual property | ip law, patents, patent law, trademarks, copyright law |
paralegal | paralegal skills, legal assistant, legal assisting | legal research
e-discovery | ediscovery, electronic discovery | litigation
criminal law | criminal defense, criminal defence, criminal justice, prosecution | litigation
family law | divorce law, child custody law | litigation
real estate law | conveyancing, property law | contract law
immigration law | immigration, visa applications
regulatory compliance | compliance, compliance management, regulatory affairs,
    regulatory requirements, compliance monitoring | risk management, anti-money laundering
gdpr | general data protection regulation, data protection,
    ccpa | regulatory compliance
notary public | notary, notarization | legal writing

[public sector]
public policy | policy development, policy research,
    legislative analysis | government relations
government relations | public affairs | public policy
public administration | government administration, civil service, local government,
    municipal government | public policy
law enforcement | policing, police, police officer | criminal law, physical security
corrections | correctional officer, corrections officer,
    detention | law enforcement
physical security | security officer, security guard, cctv, surveillance,
    security patrols | loss prevention
loss prevention | asset protection, shrinkage control, theft prevention | physical security,
    retail sales
emergency management | disaster management, emergency preparedness,
    crisis management, disaster recovery | public administration
firefighting | firefighter, fire fighting, fire suppression | emergency management
military service | military experience, armed forces, army, navy, air force, marine corps,
    marines, usmc, veteran |
security clearance | secret clearance, top secret clearance, ts/sci, top secret
"""
