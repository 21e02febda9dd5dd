"""More software, data, cloud, infrastructure and security skills."""

TABLE = """
[software]
webassembly | wasm, web assembly | rust, javascript
solidity | solidity programming, solidity language | blockchain, ethereum
ethereum | ether, eth blockchain, evm | blockchain, solidity
smart contracts | smart contract, smart contract development | solidity, blockchain
web3 | web 3.0, web3.js, decentralized applications, dapps | blockchain, ethereum
nestjs | nest.js, nest js | node.js, typescript
koa | koa.js, koajs | node.js, express.js
deno | deno runtime | node.js, typescript
bun runtime | bun.js | node.js
gatsby | gatsbyjs, gatsby.js, !Gatsby | react, static site generators
static site generators | static site generator, jamstack, jekyll | html, web development
ember.js | ember, emberjs | javascript
backbone.js | backbonejs | javascript
knockout.js | knockoutjs, knockout js | javascript
polymer web components | polymer.js, lit element | web components
web components | custom elements, shadow dom | javascript, html
webpack | webpack 5, webpack config | javascript, vite
vite | vitejs, vite.js | webpack, javascript
babel | babel.js, babeljs, !Babel | javascript, webpack
npm | npm packages, node package manager, yarn, pnpm | node.js
gulp | gulp.js, gulpjs, grunt.js | javascript, webpack
material ui | material-ui, mui, material design | react, css
chakra ui |  | react, css
storybook | storybook.js | react, frontend development
three.js | threejs, three js, webgl | javascript, 3d modeling
d3.js | d3, d3js, data-driven documents | javascript, data visualization
chart.js | chartjs | javascript, data visualization
rxjs | reactive extensions, reactivex | angular, javascript
ngrx | ngrx store | angular, redux
mobx | mobx state tree | react, redux
zustand | zustand store | react
jotai | recoil, recoil.js | react
htmx | htmx.org | html, django
alpine.js | alpinejs | javascript
electron | electron.js, electronjs, !Electron | javascript, node.js
tauri | tauri apps | rust, electron
xamarin | xamarin forms, xamarin.forms | c#, mobile development
.net maui | net maui | c#, xamarin
ionic | ionic framework, !Ionic | angular, mobile development
cordova | apache cordova, phonegap | javascript, mobile development
swiftui framework | swift ui | swift, ios
uikit | ui kit ios | swift, ios
jetpack compose | android jetpack compose, compose multiplatform | kotlin, android
xcode | x code | ios, swift
core data | coredata | ios, swift
cocoa | cocoa touch, cocoapods, !Cocoa | objective-c, ios
kotlin multiplatform | kmm, kmp | kotlin, mobile development
wpf | windows presentation foundation | c#, .net
winforms | windows forms | c#, .net
blazor | blazor server, blazor webassembly | c#, asp.net
entity framework | ef core, entity framework core, ef6 | c#, .net
linq | language integrated query | c#
razor | razor pages, cshtml, !Razor | asp.net
wcf | windows communication foundation | .net, web services
nuget | nuget packages | .net
qt | qt framework, qt5, qt6, pyqt, pyside | c++, python
gtk | gtk+, gtk3 | c
boost c++ libraries | boost libraries, boost c++ | c++
stl | standard template library, c++ stl | c++
cmake | cmake lists, cmakelists | c++, gnu make
gnu make | makefiles, makefile | cmake, c
gradle | gradle build | java, maven
maven | apache maven, maven build | java, gradle
apache ant | ?Ant | java
sbt | scala build tool | scala
jvm | java virtual machine, jvm tuning | java, kotlin
jakarta ee | jakarta, jakarta enterprise edition | java
jsp | java server pages, jstl | java, servlets
servlets | java servlets, servlet | java, jsp
struts | apache struts, struts 2 | java
jsf | javaserver faces, java server faces | java
micronaut | micronaut framework | java, spring
quarkus | quarkus framework | java, spring
vert.x | vertx | java
akka | akka actors | scala
play framework | play! framework | scala, java
ktor | ktor framework | kotlin
spring cloud | spring cloud netflix | spring, microservices
spring security | spring-security | spring, oauth
junit 5 |  | junit
mockito | mockito framework | junit
testng | test ng | java, unit testing
cucumber | gherkin, bdd testing, behavior driven development, bdd | test automation
robot framework | robotframework | test automation, python
appium | appium testing | mobile development, test automation
postman | postman api testing, !Postman | rest api, api testing
api testing | api tests, rest assured, soapui, soap ui | rest api, software testing
load testing | performance testing, jmeter, apache jmeter, gatling, locust,
    k6 | software testing
mocha | mocha.js, !Mocha | javascript, unit testing
jasmine | jasmine testing, !Jasmine | javascript, unit testing
karma | karma runner, !Karma | angular, unit testing
vitest | vi test | unit testing, vite
testing library | react testing library, rtl | react, unit testing
puppeteer | puppeteer.js | javascript, test automation
webdriverio | webdriver.io, wdio | selenium, test automation
tdd practice | red green refactor | test-driven development
manual testing | manual qa, manual test cases, test case design, test cases | software testing
regression testing | regression tests, regression suite | software testing
integration testing | integration tests | software testing, unit testing
end-to-end testing | e2e testing, end to end testing, e2e tests | test automation
user acceptance testing | uat, acceptance testing | software testing
test planning | test plans, test plan, test strategy | software testing
defect tracking | bug tracking, bug reports, defect management | software testing, jira
testrail | test rail | software testing
sonarqube | sonarcloud | code review, ci/cd
static analysis | static code analysis, linters, linting, eslint, pylint | code review
prettier | code formatting | javascript
design patterns | software design patterns, gang of four,
    gof patterns | object-oriented programming
solid principles | solid design principles | object-oriented programming, design patterns
domain-driven design | ddd, domain driven design | software architecture, microservices
software architecture | application architecture, architecture design | system design,
    microservices
event-driven architecture | event driven architecture, event sourcing, cqrs | microservices,
    apache kafka
clean architecture | hexagonal architecture, ports and adapters,
    onion architecture | software architecture
concurrency | multithreading, multi-threading, parallel programming,
    concurrent programming | algorithms
asynchronous programming | async programming, async/await, asyncio | concurrency, python
memory management | garbage collection, memory leaks | c++, c
performance optimization | performance tuning, code optimization, profiling | debugging
refactoring | code refactoring, legacy code | code review
pair programming | mob programming | agile
extreme programming | xp programming | agile, test-driven development
safe agile | scaled agile framework, scaled agile, safe framework | agile, scrum
sprint planning | sprint reviews, retrospectives, backlog grooming, backlog refinement | scrum,
    agile
user stories | user story, story mapping, acceptance criteria | agile, product management,
    business analysis
requirements gathering | requirements elicitation, functional requirements | business analysis
technical documentation | software documentation, swagger docs | technical writing
openapi | swagger, open api, openapi specification | rest api, api development
grpc | protocol buffers, protobuf, grpc services | microservices, api development
soap | soap api, !SOAP | web services, xml
websockets | websocket, socket.io, real-time communication | javascript, node.js
jwt | json web tokens, json web token | oauth, api development
api gateway | api gateways, apigee, aws api gateway | microservices, api development
message queues | message queue, message broker, message brokers, mq | rabbitmq, apache kafka
rabbitmq | rabbit mq, amqp | message queues
activemq | apache activemq, active mq | message queues
ibm mq | websphere mq, mqseries | message queues
nats | nats messaging | message queues
celery | celery workers, !Celery | python, rabbitmq
sidekiq | resque | ruby on rails
pydantic | pydantic models | python, fastapi
sqlalchemy | sql alchemy | python, sql
django orm | django models | django
pandas profiling |  | pandas
python poetry |  | python
pip | pypi, virtualenv, venv, conda | python
tkinter | tk gui | python
pygame | py game | python, game development
beautifulsoup | bs4 | python, web scraping
scrapy | scrapy framework | python, web scraping
regular expressions | regex, regexes, regexp | bash, perl
unix shell tools | awk, sed, grep | bash, linux
vim | vi editor, neovim | linux
visual studio code | vs code, vscode | software development
visual studio | visual studio ide, ms visual studio | c#, .net
intellij idea | intellij, jetbrains ides, pycharm, webstorm | java, software development
eclipse ide | !Eclipse | java
object-relational mapping | orm, orms | sqlalchemy, hibernate, entity framework
erlang otp | otp | erlang, elixir
phoenix framework | elixir phoenix | elixir
ocaml | o caml | functional programming, haskell
f# | fsharp, f sharp | .net, functional programming
racket | ?Scheme, lisp, common lisp, !Racket | functional programming, clojure
prolog |  | artificial intelligence
zig | zig lang | c, rust
nim | nim lang | python, c
crystal language | crystal lang | ruby
apex | salesforce apex, ?Apex | salesforce development
visualforce | visual force | salesforce development
lightning web components | lwc, salesforce lightning,
    lightning components | salesforce development
abap | sap abap, abap programming | sap
sap fiori | fiori, sapui5, sap ui5 | sap, abap
sap hana | hana database, s4hana | sap, database management
sap basis | basis administration | sap, system administration
sap fico | sap fi, sap co, sap fi/co, sap finance | sap, accounting
sap mm | sap materials management | sap, procurement
sap sd | sap sales and distribution | sap, sales
sap hcm | sap hr, sap human capital management | sap, hris
sap ariba | ariba | procurement, sap
oracle ebs | oracle e-business suite, oracle applications, oracle financials | erp,
    oracle database
oracle fusion | oracle cloud erp, oracle fusion cloud | erp
peoplesoft | oracle peoplesoft | erp, hris
jd edwards | jde, jd edwards enterprise one | erp
infor | infor erp, infor m3, infor ln | erp
epicor | epicor erp | erp
microsoft dynamics 365 | d365 | microsoft dynamics, crm
odoo | openerp | erp
power apps | powerapps, microsoft power apps | power automate, sharepoint
power automate | microsoft flow, power automate flows | power apps, rpa
power platform | microsoft power platform | power apps, power bi
uipath | ui path | rpa
automation anywhere |  | rpa
blue prism | blueprism | rpa
low-code development | low code, no-code, no code, low-code platforms, outsystems,
    mendix | power apps
wordpress development | wordpress themes, wordpress plugins | wordpress, php
drupal | drupal cms | php, content management systems
joomla | joomla cms | php, content management systems
magento | adobe commerce, magento 2 | php, e-commerce, shopify
bigcommerce | big commerce | e-commerce, shopify
wix | wix websites, squarespace | web design, wordpress
webflow | web flow | web design
contentful | headless cms, strapi, sanity cms | content management systems
adobe experience manager | aem, adobe aem | content management systems, java
sitecore | sitecore cms | content management systems, .net
liferay | liferay portal | content management systems, java
godot | godot engine | game development
game design | level design, game mechanics, gameplay design | game development
opengl | open gl, glsl | c++, 3d modeling
vulkan | vulkan api | c++, opengl
directx | direct x, direct3d | c++, game development
shaders | shader programming, hlsl, shader development | opengl, game development
augmented reality | ar development, arkit, arcore, ar | virtual reality, unity
virtual reality | vr development, vr, oculus, openxr | augmented reality, unity
computer graphics | graphics programming, ray tracing | opengl
embedded linux | yocto, buildroot, embedded linux development | embedded systems, linux
rtos | real-time operating systems, freertos, real time operating system,
    zephyr rtos | embedded systems
device drivers | driver development, kernel drivers, linux drivers | embedded systems, c
linux kernel | kernel development, kernel programming | linux, device drivers
firmware development | firmware engineering | embedded systems, c
stm32 | stm32 microcontrollers, arm cortex-m | microcontrollers
arm architecture | arm processors, arm cortex | embedded systems
bluetooth | ble, bluetooth low energy | wireless networking, embedded systems
iot | internet of things, iot devices, iiot, industrial iot | embedded systems, mqtt
mqtt | mqtt protocol | iot
can bus | controller area network, can protocol, j1939 | embedded systems,
    automotive electronics
automotive electronics | autosar, automotive embedded, ecu development | embedded systems
signal processing | dsp, digital signal processing | matlab, electronics
image processing | image analysis | computer vision, opencv
systemverilog | uvm | verilog, fpga
asic design | asic, vlsi, rtl design, vlsi design, physical design | verilog, fpga
pcb design | printed circuit board design, altium, altium designer, eagle pcb, kicad,
    orcad | circuit design, electronics
hardware testing | hardware validation, board bring-up, bring-up | electronics,
    test engineering
quantum computing | quantum algorithms, qiskit | physics, algorithms
compilers | compiler design, llvm, compiler development | c++, algorithms
distributed systems | distributed computing, distributed architecture | system design,
    microservices
high availability | fault tolerance, business continuity planning,
    failover | site reliability engineering
scalability | scalable systems, horizontal scaling, load balancing | system design,
    distributed systems
caching | cache design, cdn, content delivery network, cloudflare, akamai | redis, memcached
search engines | full-text search, solr, apache solr, lucene, algolia | elasticsearch

[data]
data pipelines | data ingestion | etl, data engineering
apache flink | flink | apache kafka, apache spark
apache beam |  | apache spark
google dataflow | dataflow, cloud dataflow | apache beam, google cloud
apache nifi | nifi | etl
apache hive | !Hive, hive sql | hadoop, sql
apache pig | pig latin | hadoop
hbase | apache hbase | hadoop, nosql
presto | prestodb, trino, !Presto | sql, big data
apache impala | !Impala, cloudera impala | hadoop, sql
cloudera | cloudera cdh, hortonworks | hadoop
delta lake | delta tables, lakehouse, data lakehouse | databricks, apache spark
apache iceberg | iceberg tables | data lake
data lake | data lakes, azure data lake | data warehousing
azure data factory | adf, data factory | etl, azure
azure synapse | synapse analytics, azure synapse analytics,
    azure sql data warehouse | data warehousing, azure
aws glue | glue etl, glue jobs | etl, aws
amazon athena |  | aws, sql
amazon emr | elastic mapreduce | apache spark, aws
amazon kinesis | kinesis, kinesis streams | apache kafka, aws
informatica | informatica powercenter, informatica cloud, iics | etl
talend | talend open studio | etl
ibm datastage | datastage, infosphere datastage | etl
ssas | sql server analysis services, analysis services, olap cubes | microsoft sql server,
    business intelligence
fivetran | stitch data, airbyte | etl, data pipelines
dagster | luigi | apache airflow, data pipelines
great expectations | data validation, data quality checks | data quality
data quality | data cleansing, data cleaning, data validation rules,
    data profiling | data governance
master data management | mdm, master data, reference data | data governance
data lineage | data catalog, data catalogue, collibra, alation | data governance
metadata management | metadata | data governance
data privacy | pii handling, data anonymization | gdpr
dimensional modeling | snowflake schema, kimball, fact tables | data warehousing, data modeling
olap | online analytical processing, oltp | data warehousing
feature engineering | feature selection, feature extraction | machine learning
model deployment | model serving, ml deployment, model monitoring | mlops
mlflow | ml flow | mlops
kubeflow | kube flow | mlops, kubernetes
sagemaker | amazon sagemaker, aws sagemaker | mlops, aws
vertex ai | google vertex ai, ai platform | mlops, google cloud
azure machine learning | azure ml | mlops, azure
langchain | lang chain, llamaindex, llama index | large language models
retrieval augmented generation | retrieval-augmented generation | large language models,
    vector databases
vector databases | vector database, pinecone, weaviate, milvus, faiss, pgvector,
    chroma db | large language models
prompt engineering | prompt design, prompting | large language models
openai api | openai, gpt-4, gpt, chat gpt | large language models
transformer models | attention mechanisms | natural language processing, deep learning
generative ai | generative models, diffusion models, stable diffusion | large language models,
    deep learning
fine-tuning | model fine-tuning, fine tuning llms | large language models
reinforcement learning | deep reinforcement learning | machine learning
neural networks | artificial neural networks, cnn, convolutional neural networks,
    recurrent neural networks | deep learning
supervised learning | classification models | machine learning
unsupervised learning | clustering, k-means, dimensionality reduction, pca,
    principal component analysis | machine learning
anomaly detection | outlier detection, fraud detection models | machine learning
recommender systems | recommendation engines, recommendation systems,
    collaborative filtering | machine learning
speech recognition | automatic speech recognition, asr,
    speech to text | natural language processing
text analytics | sentiment analysis, named entity recognition,
    ner | natural language processing
spacy | spa cy | natural language processing, python
nltk | natural language toolkit | natural language processing, python
gensim | word2vec, word embeddings | natural language processing
lightgbm | light gbm | xgboost
statsmodels | stats models | statistics, python
seaborn |  | matplotlib, data visualization
plotly | plotly dash | data visualization, python, matplotlib
ggplot2 | ggplot | r, data visualization
tidyverse | dplyr, tidyr, data.table | r
shiny | rshiny, !Shiny | r, data visualization
sas enterprise miner | sas miner | sas, data mining
eviews | e views | statistics
hypothesis testing | statistical testing, t-tests, anova, chi-square tests,
    statistical significance | statistics
experimental design | design of experiments | statistics, a/b testing
bayesian statistics | bayesian inference, bayesian methods | statistics
econometrics | econometric modeling | statistics, regression analysis
forecasting models | forecasting algorithms, demand forecasting models | time series analysis
mathematical optimization | linear programming, operations research,
    integer programming | mathematics
survival analysis | kaplan-meier, cox regression | statistics, biostatistics
monte carlo simulation | monte carlo, monte carlo methods | statistics, risk management
data storytelling | storytelling with data, data presentation | data visualization
dashboards | dashboarding, kpi dashboards | data visualization, business intelligence
excel reporting | excel dashboards, excel models | excel, reporting
google data studio |  | data visualization, google analytics, looker
sisense | domo, microstrategy, cognos, ibm cognos, spotfire,
    tibco spotfire | business intelligence
dax | data analysis expressions, m language | power bi
mdx | multidimensional expressions | ssas
mariadb | maria db | mysql
couchbase | couchdb, apache couchdb | nosql
neo4j | graph databases, graph database, cypher | nosql
firebase | firestore, firebase realtime database | nosql, google cloud
supabase | supa base | postgresql
cosmos db | azure cosmos db, cosmosdb | nosql, azure
amazon rds | rds, amazon aurora | aws, relational databases
ibm db2 | db2 | relational databases
teradata | teradata sql | data warehousing, sql
sybase | sap ase, sybase ase | relational databases
microsoft azure sql | azure sql, azure sql database | microsoft sql server, azure
clickhouse | click house | data warehousing, sql
timescaledb | time series databases, influxdb, time-series database | postgresql
query optimization | sql tuning, query tuning, sql performance tuning,
    indexing strategies | sql, database management
stored procedures | stored procedure, sql functions | sql, t-sql
database migration | data migration, schema migration, data conversion | database management
database administration | db administration, dba work | database management
backup and recovery | database backups, backup and restore, rman | database administration
replication | database replication, sharding | database administration, distributed systems
geospatial analysis | spatial analysis, geospatial data | gis
arcgis | esri arcgis, arcmap, arcgis pro | gis
qgis | quantum gis | gis
remote sensing | satellite imagery, lidar | gis
web analytics tools | omniture, mixpanel, heap analytics | web analytics
google tag manager | tag management | google analytics, web analytics
segment cdp | customer data platform, cdp, segment.io | marketing analytics
survey analysis | survey design, qualtrics, surveymonkey | market research, statistics
spss modeler | ibm spss modeler | spss, data mining
knime | knime analytics | data mining, alteryx
rapidminer | rapid miner | data mining
excel power pivot | power pivot, powerpivot | excel, dax

[devops]
amazon eks | eks, elastic kubernetes service | kubernetes, aws
azure kubernetes service | aks | kubernetes, azure
google kubernetes engine | gke | kubernetes, google cloud
amazon ecs | ecs, elastic container service, fargate, aws fargate | docker, aws
rancher | rancher kubernetes | kubernetes
istio | service mesh, linkerd, envoy proxy | kubernetes, microservices
argo cd | argocd, argo workflows, gitops, flux cd, fluxcd | kubernetes, ci/cd
kustomize |  | kubernetes, helm
nomad | hashicorp nomad | kubernetes
consul | hashicorp consul, service discovery, !Consul | microservices
vault | hashicorp vault, secrets management, !Vault | terraform
packer | hashicorp packer, !Packer | terraform
vagrant | hashicorp vagrant | virtualization
pulumi | pulumi iac | terraform
infrastructure as code | iac, infrastructure-as-code | terraform, ansible
aws cdk | cdk, cloud development kit | aws, infrastructure as code
bicep | azure bicep, arm templates | azure, infrastructure as code
chef infra | chef cookbooks, opscode chef | puppet, ansible
saltstack | salt stack | ansible
configuration management | config management, configuration management tools | ansible, puppet
circleci | circle ci | ci/cd
travis ci | travis | ci/cd
teamcity | team city | ci/cd
bamboo | atlassian bamboo | ci/cd
tekton | tekton pipelines | ci/cd, kubernetes
spinnaker |  | ci/cd
octopus deploy |  | ci/cd
artifactory | jfrog artifactory, jfrog, nexus repository, sonatype nexus | ci/cd
build automation | build systems | ci/cd
release management | release engineering, deployment management | ci/cd
blue-green deployment | canary releases, canary deployments, feature flags,
    feature toggles | ci/cd
system monitoring | infrastructure monitoring, application monitoring | observability
observability | o11y, distributed tracing, opentelemetry, jaeger | system monitoring
datadog | data dog | system monitoring
new relic | newrelic | system monitoring
dynatrace | appdynamics, app dynamics | system monitoring
nagios | zabbix, icinga | system monitoring
elk stack | elk, elastic stack, logstash, efk | elasticsearch, log management
log management | centralized logging, fluentd, fluent bit | system monitoring
pagerduty | opsgenie | incident management
incident management | incident response management, postmortems,
    post-mortems | site reliability engineering
chaos engineering | chaos monkey, gremlin | site reliability engineering
amazon ec2 | elastic compute cloud | aws
amazon s3 | s3 buckets, simple storage service | aws
amazon vpc | vpc, virtual private cloud | aws, networking
aws iam | iam policies | aws, identity and access management
amazon cloudwatch | cloudwatch | aws, system monitoring
amazon sqs | sqs, sns, amazon sns | aws, message queues
amazon dynamodb streams | dynamodb streams | dynamodb
aws step functions | step functions | aws, serverless
aws certified solutions architect | aws certification, aws certified,
    aws solutions architect | aws
azure functions | azure function apps | azure, serverless
azure app service | app service, azure web apps | azure
azure active directory | azure ad, entra id, microsoft entra | active directory, azure
google cloud functions | cloud functions, cloud run | google cloud, serverless
google compute engine | gce, compute engine | google cloud
google app engine | app engine | google cloud
firebase hosting | firebase auth, firebase authentication | firebase
heroku |  | cloud computing
digitalocean | digital ocean, linode, vultr | cloud computing
oracle cloud | oci, oracle cloud infrastructure | cloud computing
ibm cloud | bluemix, ibm bluemix | cloud computing
openstack | open stack | cloud computing, virtualization
multi-cloud | hybrid cloud, multicloud | cloud computing
cloud migration | migration to cloud, lift and shift | cloud computing
cloud security | cloud security posture, cspm | cybersecurity, cloud computing
finops | cloud cost optimization, cloud cost management | cloud computing
red hat enterprise linux | red hat | linux
ubuntu | ubuntu linux | linux
linux administration | linux system administration, linux sysadmin | linux,
    system administration
windows administration | windows system administration | windows server
systemd | init systems | linux
apache tomcat |  | java, web servers, apache http server
iis | internet information services, microsoft iis | windows server, web servers
web servers | web server, lighttpd | nginx, apache http server
haproxy | ha proxy, load balancers, f5 load balancer, f5 big-ip | networking, scalability

[it]
microsoft 365 administration | office 365 administration, m365 admin, o365 admin,
    exchange online | microsoft office, active directory
microsoft exchange | exchange server, ms exchange | windows server
group policy | gpo, group policies | active directory
sccm | microsoft endpoint configuration manager, mecm, system center, intune,
    microsoft intune | windows administration, endpoint management
endpoint management | mdm solutions, mobile device management, jamf | it service management
desktop support | desktop support services, pc support, end user support,
    end-user computing | technical support
help desk support | helpdesk support, it helpdesk | technical support, itil
hardware installation | hardware setup, pc builds, computer assembly | computer hardware
printer support | printers, printer maintenance | technical support
imaging | os imaging, system imaging, ghost imaging | desktop support
remote desktop support | remote support, teamviewer, remote desktop, rdp | technical support
ticketing systems | ticketing system, !Remedy, bmc remedy, jira service management,
    jira service desk | itil, servicenow
it asset management | asset management it, itam, hardware asset management,
    software asset management | it service management
it procurement | technology procurement | procurement, it asset management
change management itil | change advisory board, change control | itil
problem management | root cause problem management | itil
service level agreements | sla, slas, service levels | it service management
lan/wan | local area network, wide area network | networking
network administration | network management, network maintenance | networking
network design | network architecture, network planning | networking
firewalls | palo alto firewalls, fortinet, fortigate, checkpoint firewall,
    pfsense | network security
cisco ios | cisco routers, cisco switches, ios xe | cisco, routing and switching
juniper | junos, juniper networks, !Juniper | routing and switching
bgp | border gateway protocol | routing and switching
vlan | vlans, virtual lans | networking, routing and switching
sd-wan | sdwan, software-defined wan | networking
mpls | multiprotocol label switching | networking
dhcp | dynamic host configuration protocol | dns, networking
ipv6 | ip addressing, subnetting, ipv4 | tcp/ip
network monitoring tools | solarwinds, prtg, wireshark, packet analysis | networking,
    system monitoring
ccna certification | cisco certified | cisco
comptia a+ | comptia a plus | comptia certification, technical support
comptia network+ |  | comptia certification, networking
comptia security+ |  | comptia certification, cybersecurity
structured cabling | cabling, network cabling, cat6, fiber optic cabling | networking
telecommunications | telecom, telecoms, telephony | voip, networking
pbx | pbx systems, avaya, cisco call manager, cucm | voip, telecommunications
unified communications | video conferencing, zoom administration | voip, microsoft teams
citrix | citrix xenapp, citrix xendesktop, vdi, virtual desktop infrastructure | virtualization
hyper-v | hyperv, microsoft hyper-v | virtualization
vmware vsphere | vcenter, vmware esxi | vmware, virtualization
storage area networks | storage administration, netapp, emc storage | system administration
backup solutions | veeam, commvault, backup administration, data backup | backup and recovery
data center operations | data centre operations, datacenter,
    data center management | system administration
server administration | server management, server maintenance | system administration
scripting | automation scripting, scripts automation | bash, powershell, python
it security policies | security policies, information security policies | cybersecurity
it governance | cobit, it governance frameworks | itil, risk management
it project management | technology project management | project management
erp implementation | erp rollout, erp migration | erp
crm administration | crm management | crm, salesforce
salesforce administration | salesforce admin, salesforce administrator, sfdc admin | salesforce
zoho | zoho crm, zoho books | crm
pipedrive | pipedrive crm | crm
marketo | adobe marketo | marketing automation
pardot | salesforce pardot, account engagement | marketing automation, salesforce
google workspace administration | g suite admin, google admin console | google workspace
slack | slack administration, !Slack | microsoft teams
zoom | zoom meetings, !Zoom | unified communications
asana | monday.com, clickup, smartsheet, basecamp | project management, trello
notion | notion workspace, !Notion | confluence
airtable | air table | spreadsheets
docusign | e-signature, adobe sign | document management
sap concur | !Concur, concur expense | expense reports
workday financials | workday finance | workday, accounting
kronos | ukg, ukg pro, kronos workforce | hris, payroll
paychex | paycom, paylocity | payroll, adp
icims | greenhouse ats, lever ats, jobvite, smartrecruiters | applicant tracking systems
linkedin recruiter | linkedin recruiting | recruiting

[security]
soc operations | soc monitoring, security monitoring | siem, incident response
threat intelligence | cyber threat intelligence, threat hunting, cti | incident response
malware analysis | reverse engineering malware, malware reverse engineering | incident response
digital forensics | computer forensics, forensic analysis, dfir | incident response
ethical hacking | white hat hacking, red team | penetration testing
application security | appsec, secure coding, secure software development | owasp
owasp | owasp top 10 | application security, web security
web security | xss, csrf, sql injection | owasp
devsecops | security automation, shift left security | devops, application security
sast | static application security testing, checkmarx, veracode, fortify | application security
dast | dynamic application security testing, burp suite, owasp zap | application security,
    penetration testing
vulnerability management | qualys, rapid7, tenable | vulnerability assessment
patch management | security patching, wsus | vulnerability management
endpoint security | edr, endpoint detection and response, crowdstrike, carbon black, antivirus,
    sentinelone | cybersecurity
network security monitoring | intrusion prevention, snort, suricata | network security
zero trust | zero trust architecture, zero-trust | network security,
    identity and access management
privileged access management | cyberark, privileged access | identity and access management
single sign-on | okta, ping identity, saml | identity and access management
multi-factor authentication | mfa, 2fa,
    two-factor authentication | identity and access management
public key infrastructure | certificates management, ssl, ssl certificates | encryption
cryptography | cryptographic algorithms, applied cryptography | encryption
security risk assessment | cyber risk assessment, security assessments | risk management,
    cybersecurity
security compliance | nist, nist 800-53, nist csf, fedramp, fisma, pci dss, pci compliance,
    hitrust | regulatory compliance, iso 27001
security awareness training | phishing awareness, security training | cybersecurity
data loss prevention | dlp | cybersecurity, data privacy
cloud security tools | prisma cloud, aws security hub, guardduty | cloud security
cism | certified information security manager | cissp
ceh | certified ethical hacker | penetration testing
oscp | offensive security certified professional | penetration testing
cisa certification | certified information systems auditor | auditing, it governance
gdpr compliance | data protection compliance | gdpr, data privacy
kali linux | metasploit, nmap | penetration testing, linux
security architecture | security design, secure architecture | cybersecurity,
    software architecture
"""
