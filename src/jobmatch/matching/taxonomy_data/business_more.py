"""More finance, accounting, banking, insurance, sales, marketing, people, management,
office, legal, public-sector and real-estate skills."""

TABLE = """
[accounting]
intercompany accounting | intercompany reconciliations,
    intercompany transactions | account reconciliation
consolidation | financial consolidation, consolidations,
    consolidated financial statements | financial reporting
revenue recognition | asc 606, ifrs 15, rev rec | gaap
lease accounting | asc 842, ifrs 16 | gaap, fixed assets
fund accounting | nav calculation, net asset value, fund administration | accounting,
    investment management
project accounting | job costing, project costing | cost accounting
inventory accounting | inventory valuation, inventory costing | cost accounting
variance analysis | budget variance, variance reports, budget vs actual | budgeting,
    financial analysis
balance sheet | balance sheets, balance sheet preparation | financial reporting
income statement | profit and loss statement, p&l statement,
    income statements | financial reporting
cash flow statement | statement of cash flows, cash flow statements | financial reporting
trial balance | trial balances | general ledger
chart of accounts | coa setup | general ledger
cash management | cash handling accounting, cash positioning, petty cash | treasury,
    cash handling
bank statements | bank statement reconciliation | account reconciliation
1099 reporting | 1099 forms, form 1099, w-9 | tax compliance
sales and use tax | use tax, sales tax returns | tax compliance
payroll tax | payroll taxes, payroll tax filings, w-2 | payroll, tax compliance
corporate tax returns | form 1120, corporate income tax | tax preparation
individual tax returns | form 1040, personal tax returns | tax preparation
transfer pricing | transfer pricing documentation | tax compliance
audit preparation | audit support, audit schedules, pbc lists | auditing
external audit coordination | auditor liaison | auditing
forensic accounting | fraud examination, forensic audit, cfe,
    certified fraud examiner | auditing
government accounting | governmental accounting, fund accounting government, gasb | accounting
nonprofit accounting | not-for-profit accounting, fasb nonprofit | accounting
accounting software | accounting systems, accounting packages | quickbooks, sage
freshbooks | wave accounting | quickbooks
myob |  | quickbooks
tally erp | !Tally, tally prime | accounting software
netsuite financials | netsuite accounting | netsuite
blackline | black line | account reconciliation
hyperion | oracle hyperion, hyperion planning, essbase, oracle epm | financial planning
adaptive insights | workday adaptive planning, anaplan | financial planning
cma | certified management accountant | cost accounting
cia certification | certified internal auditor | auditing
enrolled agent | irs enrolled agent | tax preparation
bookkeeping certification | certified bookkeeper | bookkeeping

[finance]
fp&a reporting | management accounts, monthly reporting package | financial analysis
capital expenditure | capex, capital expenditures, capex planning | budgeting
working capital | working capital management, cash conversion cycle | treasury
credit risk | credit risk management | risk management, credit analysis
market risk | value at risk, market risk management | risk management
operational risk | operational risk management, rcsa | risk management
liquidity risk | liquidity risk management, alm, asset liability management | treasury,
    risk management
stress testing | ccar, dfast, scenario analysis | risk management
financial regulation | dodd-frank, mifid, mifid ii, solvency ii | regulatory compliance
portfolio analysis | portfolio construction, asset allocation,
    portfolio optimization | investment management
wealth management | wealth planning, private wealth | investment management, financial planning
retirement planning | 401k, 401(k), pension planning, retirement plans,
    ira | financial planning
estate planning | trusts and estates, estate administration | financial planning,
    legal research
securities licenses | series 7, series 63, series 65, series 66,
    finra licenses | investment management
private equity | pe investing, buyouts, leveraged buyouts, lbo | investment banking,
    due diligence
venture capital | vc investing, startup investing | private equity
hedge funds | hedge fund | investment management
equity trading | equities, equities trading | trading
fixed income trading | rates trading | fixed income, trading
commodities trading | commodity trading, commodities | trading
options trading | futures and options | derivatives, trading
algorithmic trading | algo trading, quantitative trading, high frequency trading,
    hft | trading, quantitative analysis
quantitative analysis | quantitative finance, quant analysis,
    quantitative modeling | statistics, financial modeling
capital markets | dcm, ecm | investment banking
credit underwriting | commercial underwriting | underwriting, credit analysis
loan origination | originations, loan originator | mortgage lending, consumer lending,
    loan processing
commercial lending | commercial loans, business lending, sba loans | commercial banking
trade finance | letters of credit, documentary credit | commercial banking
cryptocurrency | crypto, bitcoin, digital assets | blockchain, trading
fintech | financial technology | payment processing
investor relations | shareholder communications | corporate finance
business valuation certification | asa, cva | valuation
frm | financial risk manager | risk management
caia | chartered alternative investment analyst | investment management
cfp | certified financial planner | financial planning
economic analysis | economics, macroeconomics, microeconomics, economic research | research
revenue management | yield management, revenue optimization
cost benefit analysis | cost-benefit analysis, roi analysis,
    business case development | financial analysis
grant management | grant administration, grant compliance | grant writing
credit management | credit control, credit collections | collections, credit analysis
financial compliance | finance compliance | regulatory compliance

[banking]
retail banking | consumer banking, branch banking | banking operations
investment operations | trade settlement, clearing and settlement,
    trade support | banking operations
custody services | custody, securities custody | investment operations
loan servicing | mortgage servicing | loan processing
cash handling banking | vault management, cash vault | teller operations
bank secrecy act |  | anti-money laundering
fraud prevention | fraud detection, fraud investigation, fraud analysis | anti-money laundering
credit cards | credit card operations, card services | consumer lending
debt restructuring | loan restructuring, workouts | credit analysis
financial products | banking products | retail banking
escrow | escrow accounts, escrow services | mortgage lending
nmls | nmls licensed, safe act | mortgage lending

[insurance]
property and casualty insurance | p&c insurance, property & casualty, p&c | insurance
life insurance | life and health insurance, life & health | insurance
health insurance | medical insurance, health plans, managed care | insurance
commercial insurance | business insurance, commercial lines | insurance
personal lines insurance | personal lines, auto insurance, homeowners insurance | insurance
reinsurance | reinsurance treaties | insurance
claims adjusting | claims adjustment, claims investigation | claims processing
policy administration | policy servicing, policy issuance | insurance
actuarial modeling | actuarial models, reserving, loss reserving,
    pricing models insurance | actuarial science
insurance licensing | insurance license, licensed insurance agent,
    producer license | insurance sales
workers compensation claims | wc claims | workers compensation, claims processing
guidewire | guidewire policycenter, guidewire claimcenter | insurance

[sales]
sales prospecting | pipeline generation | lead generation
sales pipeline management | pipeline management, sales pipeline,
    funnel management | sales management
sales operations | sales ops, revenue operations, revops | sales management, crm
sales enablement | sales training, sales playbooks | sales management
spin selling | challenger sale, sandler selling, meddic, meddpicc | solution selling
enterprise sales | enterprise selling, large account sales | b2b sales
saas sales | cloud sales | software sales
field sales | outside sales | sales
telesales |  | inside sales, cold calling
door-to-door sales | canvassing | field sales
quota attainment | sales quotas, quota achievement, exceeding quota | sales
contract negotiation | negotiating contracts, deal negotiation | negotiation
closing deals | closing sales, deal closing, closing techniques | sales
rfp responses | rfq, tenders | proposal writing
sales presentations software | demo delivery | sales presentations
partner management | channel partner management, alliance management | channel sales
distributor management | distribution partners, dealer management | channel sales
wholesale | wholesale sales, wholesale accounts | b2b sales
medical device sales |  | pharmaceutical sales
real estate sales | residential sales | real estate
advertising sales | ad sales, media sales | advertising
retail merchandising sales | in-store sales | retail sales
sales reporting | sales reports, sales analysis, sales analytics | sales forecasting
salesforce sales cloud |  | salesforce
outreach.io | salesloft, sales engagement platforms | sales prospecting
gong | gong.io, call recording analytics | sales enablement
zoominfo | zoom info, apollo.io, linkedin sales navigator, sales navigator | sales prospecting
customer retention | churn reduction, churn management | customer success
upsell strategy | account expansion, expansion revenue | upselling
commission structures | sales compensation, incentive compensation | sales management

[marketing]
go-to-market strategy | gtm strategy, market entry strategy,
    launch strategy | product marketing
brand identity | brand guidelines | brand management, graphic design, logo design
integrated marketing | integrated marketing campaigns, 360 marketing,
    omnichannel marketing | marketing communications
demand generation | demand gen | lead generation, marketing automation
account-based marketing | abm, account based marketing | demand generation
growth marketing | growth hacking | digital marketing
performance marketing | paid media, paid acquisition | sem, facebook ads
programmatic advertising | demand-side platforms, the trade desk, dv360 | media buying
display advertising | display ads, banner ads | advertising
video marketing | youtube marketing, video advertising | content marketing
mobile marketing | app marketing, sms marketing, push notifications | digital marketing
local seo | google my business, google business profile | seo
technical seo | site audits, schema markup | seo
keyword research | keyword analysis | seo, sem
link building | backlinks, backlink building | seo
semrush | ahrefs, moz, screaming frog | seo
linkedin marketing | linkedin ads | social media marketing
tiktok marketing | tiktok ads | social media marketing
instagram marketing |  | social media marketing
twitter marketing | x ads, twitter ads | social media marketing
hootsuite | sprout social
content strategy | editorial strategy, content planning | content marketing
editorial calendar | content calendar | content strategy
blogging | blog posts | content marketing, copywriting, writing
lifecycle marketing | crm marketing, retention marketing | email marketing
customer journey mapping | customer journeys, journey mapping | customer insights
personas | buyer personas, customer personas | market segmentation
competitive analysis | competitive intelligence, market intelligence | market research
focus groups |  | market research
trade marketing | shopper marketing, channel marketing | marketing
loyalty programs | customer loyalty, loyalty marketing | customer retention
public relations strategy | pr strategy, media strategy | public relations
media relations | journalist relations | public relations
press releases | press release writing, news releases | public relations, copywriting
crisis communications | issues management | public relations, communications strategy
internal communications | employee communications, internal comms | communications strategy
corporate communications | corporate affairs | public relations, communications strategy
speech writing | speechwriting | writing
event marketing | experiential marketing, field marketing | event planning
sponsorship sales | sponsorship activation | sponsorships
cause marketing | cause-related marketing | nonprofit management
product launches | launch management | go-to-market strategy, product marketing
pricing and promotions | promotional campaigns, promotional strategy | pricing strategy
marketing budget | marketing budgets, budget allocation marketing | budgeting
marketing strategy | marketing planning, strategic marketing | marketing
attribution modeling | marketing attribution, multi-touch attribution, mmm,
    marketing mix modeling | marketing analytics
conversion tracking | pixel tracking, utm tracking, utm parameters | web analytics
landing pages | landing page optimization, landing page design | conversion rate optimization
marketing copy | ad copywriting | copywriting
nielsen data | nielsen, iri data, syndicated data | market research
adobe campaign | salesforce marketing cloud, marketing cloud, braze, iterable,
    klaviyo | marketing automation
amazon advertising | amazon ads, amazon seller central, amazon marketplace | e-commerce
marketplace management | marketplace sales, ebay selling, etsy | e-commerce

[hr]
technical recruiting | tech recruiting, it recruiting, engineering recruiting | recruiting
executive search | executive recruiting | recruiting
sourcing candidates | boolean search, talent sourcing | recruiting
campus recruiting | university recruiting, graduate recruitment | recruiting
high-volume recruiting | volume hiring, mass recruitment | recruiting
candidate experience | candidate engagement | recruiting
job descriptions | job description writing, job postings | job analysis
offer negotiation | offer management, offer letters | recruiting
pre-employment screening | drug screening, reference checks | background checks
i-9 compliance | i-9, e-verify, form i-9 | employment law
hr policies | employee handbook, hr policy, policy development hr | employment law
hr compliance | ada compliance, affirmative action | employment law
workplace investigations | employee investigations, hr investigations | employee relations
disciplinary procedures | disciplinary actions | employee relations
conflict mediation | workplace mediation | conflict resolution
compensation analysis | salary benchmarking, market pricing,
    pay equity | compensation and benefits
benefits administration | benefits enrollment, open enrollment,
    cobra | compensation and benefits
employee wellness | wellness programs, employee wellbeing | employee engagement
employee surveys | engagement surveys, pulse surveys | employee engagement
retention strategies hr | turnover reduction | employee engagement
talent management | talent development, high potential programs | succession planning
learning management | l&d programs | training and development
leadership development | leadership training, leadership programs | training and development,
    leadership
goal setting | smart goals | performance management
competency frameworks | competency models, competency mapping | job analysis
organizational design | org design, organisational design,
    restructuring | organizational development
culture building | company culture, organizational culture,
    culture change | employee engagement
hr business partnering | hrbp, hr business partner | human resources management
hr generalist duties |  | human resources management
offboarding | exit interviews | hr administration
time and attendance | timekeeping, attendance tracking, time tracking | payroll
shrm certification | shrm | hr certification
phr | hrci | hr certification
cipd | cipd qualification | hr certification
global mobility | relocation, expatriate management, immigration hr | hr administration
contingent workforce | contractors management, staffing agencies,
    vendor management system | workforce planning
diversity recruiting | inclusive hiring | diversity and inclusion
employer of record | peo, professional employer organization | hr administration

[management]
operational excellence | operational efficiency, business excellence | process improvement
process mapping | process flows, process flow diagrams,
    swimlane diagrams | business process modeling
kaizen | kaizen events | lean manufacturing, process improvement
5s | 5s methodology, workplace organization | lean manufacturing
value stream mapping | vsm | lean manufacturing
pmi-acp | agile certified practitioner | agile, pmp
csm certification | psm, professional scrum master | scrum
capm | certified associate in project management | pmp
project planning | project plans, work breakdown structure, wbs | project management
project budgeting | project budgets, project cost management | project management, budgeting
resource planning | resource allocation, resource management,
    capacity planning | project management
portfolio management projects | project portfolio management, ppm | program management
pmo | project management office, pmo governance | program management
gantt charts |  | project scheduling
primavera | oracle primavera | project scheduling
critical path method | cpm scheduling, critical path | project scheduling
earned value management | earned value | project management
change management process | organizational change management, ocm, prosci,
    adkar | change management
business development strategy | growth strategy, expansion strategy | business development
market analysis | market sizing, tam analysis, market assessment | market research
swot analysis | swot | strategic planning
balanced scorecard | scorecards | kpi tracking
benchmarking | best practices benchmarking | process improvement
executive leadership | c-suite leadership, executive management | leadership
people management | direct reports | team leadership
cross-functional collaboration | cross-functional teams, cross functional teams | teamwork
remote team management | distributed teams, managing remote teams | people management
delegation | delegating | people management
board relations | board reporting, board presentations,
    board of directors | executive leadership
mergers integration | post-merger integration, pmi,
    integration management | mergers and acquisitions
outsourcing management | outsourcing, offshoring, bpo management | vendor management
service delivery | service management, service delivery management | operations management
customer experience management | cx strategy | customer satisfaction
franchise management | franchising, franchise operations | operations management
multi-site management | multi-unit management,
    multi-location management | operations management
p&l ownership | profit and loss responsibility | p&l management
business continuity | bcp, continuity planning | risk management
corporate governance | governance, board governance | regulatory compliance, corporate law
esg | environmental social governance, sustainability reporting,
    corporate social responsibility | corporate governance
startup experience | startups, early-stage startups, founding team | entrepreneurship
product strategy | product vision, roadmaps | product management
product discovery | customer discovery, problem discovery | product management, user research
product lifecycle management | plm, product lifecycle | product management
prioritization frameworks | rice scoring, moscow prioritization,
    feature prioritization | product management
okr planning |  | okrs
design thinking | human-centered design, human centred design | ux design, product discovery
iso 14001 | environmental management system, ems iso | iso 9001, environmental science
iso 45001 | ohsas 18001 | health and safety, iso 9001
quality audits | internal quality audits, iso audits | quality management, auditing
capa | corrective actions | quality management, root cause analysis
8d problem solving | 8 disciplines, a3 problem solving | root cause analysis
total quality management |  | quality management

[admin]
calendar management | calendar scheduling | scheduling
meeting coordination | meeting planning, meeting logistics | scheduling
office administration tasks | office support | office management
filing | paper filing | records management
data entry accuracy | high-speed data entry, keying | data entry
visitor management | visitor reception, guest check-in | reception
switchboard | switchboard operation, multi-line phone systems | telephone etiquette, reception
dictation | shorthand, audio typing | transcription
expense tracking | expense claims, expense processing | expense reports
purchase orders | po processing | procurement
office supplies | supply ordering, office inventory, stationery ordering | office management
vendor coordination | supplier coordination | vendor management
document preparation | document formatting, report preparation | document management
confidentiality | discretion, confidential information,
    handling confidential information | records management
bilingual administrative support | bilingual support | bilingual
virtual assistance | remote administrative support, virtual assistant | administrative support
mail merge | mass mailings | microsoft word
court filing | e-filing, court filings | legal research
clerical skills | clerical support, clerical duties | administrative support

[legal]
legal drafting | drafting legal documents | legal writing
contract review | contract analysis, contract redlining, redlining | contract drafting
commercial contracts | commercial agreements, nda, ndas, msa,
    master service agreements | contract law
legal compliance | compliance law | regulatory compliance
corporate governance law | corporate secretarial, company secretarial,
    board minutes | corporate law
securities law | securities regulation, sec filings, sec reporting, 10-k, 10-q | corporate law
mergers and acquisitions law | m&a law, m&a transactions | corporate law,
    mergers and acquisitions
employment litigation |  | employment law, litigation
civil litigation | civil procedure, lawsuits | litigation
trial preparation | trial advocacy, trial support | litigation
legal discovery | depositions, interrogatories | litigation, e-discovery
case management legal | case files, caseload management legal, docketing | paralegal
legal citation | bluebook, citations | legal research
westlaw |  | legal research
clio | legal practice management, practice management software | paralegal
real estate transactions | real estate closings, title work | real estate law, real estate
bankruptcy law | insolvency, chapter 7, chapter 11, restructuring law | litigation
tax law | tax controversy | tax compliance, corporate law
environmental law | environmental regulations | regulatory compliance
healthcare law | health law, healthcare compliance, stark law, anti-kickback | hipaa,
    regulatory compliance
privacy law | data privacy law, privacy compliance | gdpr
patent prosecution | patent applications, patent drafting | intellectual property
trademark law | trademark registration, trademark prosecution | intellectual property
licensing agreements | licensing, ip licensing | intellectual property, commercial contracts
arbitration | mediation legal, alternative dispute resolution, adr | litigation
legal translation | legal interpreting | translation
bar admission | licensed attorney, bar license, member of the bar, juris doctor,
    jd | litigation
paralegal certification | certified paralegal, paralegal certificate | paralegal
anti-bribery | fcpa, anti-corruption, uk bribery act | regulatory compliance
export controls | itar, export compliance, trade compliance | import/export,
    regulatory compliance
policy analysis |  | public policy
legislative affairs | legislation, legislative process, bill tracking | government relations
lobbying | advocacy campaigns | government relations

[public sector]
grants administration | federal grants, government grants | grant management
public procurement | government contracting, government procurement,
    federal acquisition regulation | procurement
public finance | government budgeting, municipal finance | budgeting
community development | urban development, economic development | urban planning,
    community outreach
social policy | welfare policy | public policy
elections administration | voter registration, election management | public administration
diplomacy | diplomatic relations, foreign affairs,
    international relations | government relations
intelligence analysis | all-source analysis, osint, open source intelligence | research
military leadership | military operations, military training | leadership, military service
combat experience | deployments, combat operations | military service
counterterrorism | counter-terrorism | law enforcement, intelligence analysis
criminal investigations | criminal investigation, homicide investigation | law enforcement
patrol | patrol operations, patrolling | law enforcement, physical security
report writing police | incident reports, incident report writing,
    police reports | law enforcement
use of force | defensive tactics, firearms training, firearms | law enforcement
crowd control | crowd management | physical security
access control | access control systems, badge systems, key control | physical security
cctv monitoring | video surveillance | physical security
emergency response | disaster response | emergency management
hazard mitigation | fema, nims, incident command system, ics | emergency management
fire safety | fire prevention, fire inspections, fire codes | firefighting
search and rescue | rescue operations | firefighting, emergency response
dispatching emergency | 911 dispatch, emergency dispatch, cad dispatch | dispatch
inmate supervision | inmate management, jail operations | corrections
probation supervision | parole supervision, offender management | corrections
court procedures | courtroom procedures, judicial process | legal research
census operations | enumeration, census | public administration
postal services | mail delivery, usps | mail processing

[customer service]
customer support | client support | customer service
technical customer support | product support, tier 1 support,
    tier 2 support | customer support, technical support
inbound calls | inbound call handling, handling inbound calls, answering calls | call center
outbound calls | outbound calling campaigns | call center, cold calling
live chat support | chat support, live chat | customer support
email support | ticket handling, email correspondence | customer support
de-escalation | escalation management, handling escalations, escalations | complaint handling,
    crisis intervention
customer feedback | voice of the customer | customer satisfaction
service recovery |  | complaint handling
client onboarding | customer onboarding, account setup | customer success
order processing | order entry, order management | customer service, order fulfillment
returns processing | returns and exchanges, refunds | customer service
billing inquiries | billing support, payment inquiries | customer service, billing
appointment scheduling | booking appointments, appointment booking | scheduling
reservations handling | booking management | reservations
customer retention calls | save desk, retention calls | customer retention
quality monitoring | call monitoring, call quality assurance, qa monitoring | call center
workforce management | wfm, workforce scheduling, shift scheduling | call center, scheduling
first call resolution | fcr, average handle time, aht | call center

[real estate]
property valuation | property appraisal, real estate appraisal, appraisals | real estate
leasing | lease negotiation, lease administration, lease agreements | property management
tenant relations | tenant screening, resident relations,
    tenant management | property management
rent collection | rent roll, rental payments | property management
commercial real estate | cre, commercial property | real estate
residential real estate | residential property, homes sales | real estate
real estate development | property development, land development | real estate
real estate investment | reits, real estate investing, income property | real estate,
    investment management
mls listings | mls, multiple listing service, property listings | real estate
open houses | showings, property showings | real estate sales
real estate license | licensed realtor, real estate salesperson license | real estate
title insurance | title search, title examination | real estate law
zoning | land use, zoning regulations | urban planning
yardi | appfolio, mri software, realpage | property management
hoa management | homeowners association, condo association,
    community association | property management
"""
