"""Software, data, infrastructure, security and office-tool skills."""

TABLE = """
[software]
python | py, python3, python 3, cpython | django, flask, pandas, fastapi
java | java se, java ee, j2ee, jee, core java, java 8 | kotlin, scala, spring
javascript | js, ecmascript, es6, es2015, java script, vanilla js | typescript, node.js, react
typescript | | javascript, angular
c++ | cpp, cplusplus, c plus plus, visual c++ | c, c#, rust
c | ?C, c programming, c language, ansi c, embedded c | c++, embedded systems
c# | csharp, c sharp, visual c#, c#.net | .net, java
.net | dotnet, dot net, .net framework, .net core, dotnet core, .net 6 | c#, asp.net, vb.net
asp.net | asp.net mvc, asp.net core, asp.net web api | .net, c#
vb.net | visual basic .net | .net, visual basic
visual basic | vb, vb6, visual basic 6 | vba, vb.net
vba | excel vba, visual basic for applications, excel macros, macros | excel, visual basic
go | golang, go lang, go programming, go language, ?Go | rust
rust | rust lang, rustlang, ?Rust | c++, go
ruby | ?Ruby, ruby programming | ruby on rails, python
ruby on rails | ror, ?Rails | ruby
php | php7, php 7, php8 | laravel, wordpress
laravel | | php, symfony
symfony | | php, laravel
perl | perl scripting | bash, python
swift | ?Swift, swiftui, swift programming | ios, objective-c
objective-c | objective c, objc, obj-c | swift, ios
kotlin | | java, android
scala | | java, apache spark
dart | ?Dart | flutter
flutter | | dart, react native
elixir | | erlang
erlang | | elixir
haskell | | functional programming
clojure | | java, functional programming
lua | | c
julia | ?Julia, julia language | python
fortran | | c
cobol | | mainframe
mainframe | ibm mainframe, z/os, jcl | cobol
assembly language | assembly programming, asm, x86 assembly, ?Assembly | c, embedded systems
groovy | ?Groovy | java, jenkins
bash | ?Bash, bash scripting, shell scripting, shell script, shell scripts, unix shell,
    zsh | linux, powershell
powershell | power shell, powershell scripting | bash, windows server
html | html5, html 5, xhtml | css, javascript
css | css3, css 3, scss, sass, less css | html, tailwind css
tailwind css | tailwind, tailwindcss | css
bootstrap | !Bootstrap, twitter bootstrap | css, html
react | !React, reactjs, react.js, react js, react hooks | javascript, redux, vue.js, angular
react native | | react, flutter
angular | ?Angular, angularjs, angular.js, angular 2 | typescript, react
vue.js | vue, vuejs, vue 3, nuxt, nuxt.js | react, javascript
svelte | sveltekit | react
next.js | nextjs | react, node.js
redux | redux toolkit | react
jquery | | javascript
node.js | nodejs, node js, ?node | javascript, express.js
express.js | expressjs, ?Express, express js | node.js
django | django rest framework, drf | python, flask
flask | ?Flask | python, django, fastapi
fastapi | fast api | python, flask
spring | ?Spring, spring framework, spring boot, springboot, spring mvc | java, hibernate
hibernate | ?Hibernate, jpa | java, spring
graphql | apollo graphql | rest api
rest api | restful api, restful apis, restful, restful services, restful web services,
    ?REST | graphql, api development, web services
api development | api design, ?API, api integration, api integrations | rest api
web services | soap web services, wsdl, web service | rest api
microservices | microservice architecture, micro services, microservice | docker, kubernetes
object-oriented programming | oop, object oriented programming, object oriented design, ood,
    ooad | java, c++
functional programming | | haskell, scala
data structures | data structures and algorithms, dsa | algorithms
algorithms | algorithm design, algorithm development | data structures
software development | software engineering, software design, sdlc,
    software development life cycle, programming, software developer,
    software engineer | system design
system design | systems design, solution architecture,
    solutions architecture, software architect, solutions architect, solution architect,
    enterprise architecture, enterprise architect, technical architect | microservices
frontend development | frontend, front end development, front-end developer, frontend developer,
    front end developer, client-side development | javascript, react, backend development
backend development | backend, back-end development, back end development, backend developer,
    back-end developer, server-side development | python, node.js, java, frontend development
full stack development | full stack, full-stack, fullstack,
    full stack developer | frontend development, backend development
web development | web developer, web applications, web application development,
    website development, web apps | html, javascript
mobile development | mobile app development, mobile applications, mobile apps,
    app development | ios, android
ios | ios development, iphone development, ios developer | swift, android
android | android development, android sdk, android developer | kotlin, java, ios
software testing | qa testing, software quality assurance, software qa | test automation,
    unit testing
test automation | automated testing, automation testing, test automation frameworks | selenium,
    software testing
unit testing | unit tests, unit test | pytest, junit, test-driven development
test-driven development | tdd, test driven development | unit testing
selenium | selenium webdriver, webdriver | test automation, cypress
cypress | ?Cypress | selenium, playwright
playwright | | selenium, cypress
junit | junit5 | java, unit testing
pytest | py.test | python, unit testing
jest | ?Jest | javascript, unit testing
debugging | debug | troubleshooting
code review | code reviews, peer code review | software development
git | git version control | github, gitlab
github | | git, gitlab
gitlab | gitlab ci | git, github
bitbucket | | git
svn | subversion, apache subversion | git
version control | source control, version control systems | git
jira | atlassian jira | confluence, agile
confluence | ?Confluence | jira
trello | | jira
agile | agile methodology, agile methodologies, agile development,
    agile software development | scrum, kanban
scrum | scrum methodology, certified scrum master, scrum master | agile, kanban
kanban | kanban boards | agile, scrum
waterfall | waterfall methodology | agile
embedded systems | embedded software, firmware, embedded programming | c, microcontrollers
microcontrollers | microcontroller, mcu, pic microcontroller | embedded systems, arduino
arduino | | microcontrollers, raspberry pi
raspberry pi | | arduino, linux
fpga | fpgas | vhdl, verilog
vhdl | | fpga, verilog
verilog | system verilog | vhdl, fpga
labview | lab view | matlab
game development | game dev, video game development, game programming | unity, unreal engine
unity | ?Unity, unity3d, unity 3d | c#, game development
unreal engine | unreal, ue4, ue5 | c++, game development
blockchain
xml | xslt, xpath | json
json | json schema | rest api
yaml | yml | json
saas | software as a service | cloud computing
web scraping | scraping, web crawling, beautiful soup | python
rpa | robotic process automation
salesforce development | | salesforce

[data]
sql | structured query language, sql queries, sql programming | mysql, postgresql, t-sql
t-sql | tsql, transact-sql | sql, microsoft sql server
pl/sql | plsql | oracle database, sql
mysql | my sql | postgresql, sql
postgresql | postgres, postgre sql, psql, postgre, postgis | mysql, sql
microsoft sql server | sql server, mssql, ms sql, ms sql server, ssms | t-sql, sql
oracle database | oracle db, oracle rdbms, oracle 11g, oracle 12c, oracle, oracle apex,
    oracle application express | pl/sql, sql
sqlite | sqlite3 | sql
mongodb | mongo, mongo db | nosql
nosql | no sql, nosql databases | mongodb, cassandra
cassandra | apache cassandra, ?Cassandra | nosql
redis | | memcached
memcached | memcache | redis
elasticsearch | elastic search, opensearch, kibana
dynamodb | dynamo db, amazon dynamodb | aws, nosql
database management | databases, database, database systems, dbms,
    dba | sql, database design
database design | schema design, relational modeling | database management, data modeling
relational databases | rdbms, relational database, relational database management systems | sql
data analysis | data analytics, analytics, analyzing data, analysing data, data analyst,
    data interpretation | statistics, excel, sql
data science | data scientist | machine learning, statistics
machine learning | machine-learning, statistical learning, ml engineering, ?ML | deep learning,
    data science, artificial intelligence
deep learning | neural network, deep neural networks, rnn,
    lstm | machine learning, tensorflow, pytorch
artificial intelligence | ai, a.i | machine learning
natural language processing | nlp, text mining, computational linguistics | machine learning
computer vision | image recognition, object detection | deep learning, opencv
large language models | llm, llms, genai, gen ai, chatgpt | natural language processing
mlops | ml ops | machine learning, devops
opencv | open cv | computer vision
tensorflow | tensor flow | pytorch, keras
pytorch | | tensorflow
keras | | tensorflow
scikit-learn | sklearn, scikit learn, scikit | python, machine learning
xgboost | gradient boosting, catboost | scikit-learn
hugging face | huggingface | natural language processing
pandas | ?pandas | numpy, python
numpy | num py | pandas, python
scipy | | numpy
matplotlib | | python, data visualization
jupyter | jupyter notebook, jupyter notebooks, ipython, jupyterlab | python
r | ?R, r programming, r language, rstudio, r studio, cran, r shiny | python,
    sas, statistics
sas | !SAS, sas programming, base sas, sas enterprise guide | spss, r, stata
spss | ibm spss, spss statistics | sas, stata
stata | | sas, spss
matlab | | python, simulink
simulink | | matlab
minitab | | statistics, six sigma
statistics | statistical analysis, statistical modeling, statistical modelling, stats,
    statistical methods, inferential statistics | data analysis, r
regression analysis | linear regression, logistic regression, multivariate regression | statistics
time series analysis | time series, time-series forecasting, arima | statistics, forecasting
a/b testing | ab testing, split testing, a/b tests, multivariate testing | statistics,
    conversion rate optimization
predictive modeling | predictive modelling, predictive analytics,
    predictive models | machine learning
data mining | | machine learning
data visualization | data visualisation, dataviz, data viz,
    dashboard development | tableau, power bi
tableau | tableau desktop, tableau server | power bi
power bi | powerbi, microsoft power bi, ms power bi, power query | tableau, excel
looker | ?Looker, looker studio, data studio | tableau
qlik | qlikview, qlik sense | tableau
business intelligence | ?BI, bi tools, bi reporting | power bi, tableau
sap businessobjects | business objects, businessobjects, sap bo,
    crystal reports | business intelligence
ssis | sql server integration services | etl, microsoft sql server
ssrs | sql server reporting services | microsoft sql server, business intelligence
alteryx | | etl
etl | extract transform load, elt, etl pipelines, etl development | data warehousing
data warehousing | data warehouse, dwh, edw, data marts | etl, snowflake
data engineering | data pipeline, data engineer | etl, apache spark
big data | | hadoop, apache spark
hadoop | apache hadoop, hdfs, mapreduce, map reduce, hiveql | big data, apache spark
apache spark | ?Spark, pyspark, spark sql, spark streaming | hadoop, scala, databricks
apache kafka | ?Kafka, kafka streams | apache spark
apache airflow | ?Airflow | etl
snowflake | ?Snowflake | data warehousing
databricks | | apache spark
bigquery | big query, google bigquery | google cloud, sql
amazon redshift | redshift | data warehousing
dbt | ?dbt, data build tool | sql, etl
data modeling | data modelling, dimensional modelling, star schema,
    data architecture, data architect | database design
data governance | data stewardship | data management
data management | data administration, data handling | data governance
data entry | data input, data capture, data entry clerk | typing
typing | typing speed, touch typing, keyboarding, wpm | data entry
10-key | ten key, 10 key by touch | data entry

[devops]
devops | dev ops, devops engineering | ci/cd, docker
ci/cd | cicd, continuous integration, continuous delivery, continuous deployment,
    build pipelines | jenkins, github actions, devops
jenkins | ?Jenkins | ci/cd
github actions | | ci/cd, github
azure devops | vsts, tfs, team foundation server | ci/cd, azure
docker | docker compose, docker-compose, dockerfile, containerization,
    containerisation | kubernetes
kubernetes | k8s, kube, kubectl | docker, helm, openshift
openshift | red hat openshift | kubernetes
helm | ?Helm, helm charts | kubernetes
terraform | | ansible, aws, cloudformation
cloudformation | aws cloudformation | terraform, aws
ansible | | terraform, puppet
puppet | ?Puppet | ansible
aws | amazon web services, amazon aws, ec2, s3, aws cloud | azure,
    google cloud
azure | microsoft azure, ms azure, azure cloud | aws, google cloud
google cloud | gcp, google cloud platform | aws, azure
aws lambda | | aws, serverless
serverless | serverless computing, serverless architecture | aws lambda
cloud computing | cloud infrastructure, cloud services, cloud platforms, cloud technologies,
    cloud architect, cloud architecture | aws, azure
site reliability engineering | sre | devops
prometheus | ?Prometheus | grafana
grafana | | prometheus
nginx | | apache http server
apache http server | apache httpd, apache web server, httpd, tomcat | nginx
linux | gnu/linux, debian, centos, red hat linux, rhel, redhat, fedora | unix, bash
unix | solaris, aix, hp-ux | linux
windows server | windows server 2012, windows server 2016, windows server 2019,
    windows server 2008 | active directory
macos | mac os, os x, osx, mac os x
system administration | systems administration, sysadmin, system administrator,
    systems administrator | linux, windows server

[it]
technical support | tech support, it support, help desk, helpdesk, service desk,
    user support | troubleshooting
troubleshooting | trouble shooting, troubleshoot, problem diagnosis | technical support
computer hardware | hardware troubleshooting, pc repair, computer repair,
    pc hardware | technical support
networking | ?networking, computer networking, lan, wan,
    network configuration, network engineering | tcp/ip, cisco
tcp/ip | tcp | networking
dns | domain name system | networking
routing and switching | routers, routing protocols, ospf, eigrp, network switches | cisco,
    networking
cisco | ccna, ccnp, ccie, cisco networking | networking
wireless networking | wifi, wi-fi, wlan | networking
voip | voice over ip, cisco unity | networking
vpn | virtual private network, vpns | network security
active directory | ldap | windows server
vmware | vsphere, esxi | virtualization
virtualization | virtualisation, virtual machines | vmware
itil | itil v3, itil v4, itil foundation | it service management
it service management | itsm | itil, servicenow
servicenow | service now | it service management
sap | !SAP, sap erp, sap r/3, sap s/4hana, s/4hana | erp
erp | erp systems, enterprise resource planning, erp software | sap, netsuite, microsoft dynamics
netsuite | oracle netsuite | erp
microsoft dynamics | dynamics 365, ms dynamics, dynamics crm, dynamics ax, dynamics gp,
    dynamics nav | erp, crm
salesforce | sfdc, salesforce.com, salesforce crm, sales cloud, service cloud | crm, hubspot
crm | customer relationship management, crm software, crm systems, crm tools | salesforce, hubspot
hubspot | hub spot, hubspot crm | crm, marketing automation
zendesk | freshdesk | customer service
wordpress | word press | php, content management systems
content management systems | content management system, ?CMS | wordpress
shopify | woocommerce | e-commerce
e-commerce | ecommerce, online retail, ecommerce platforms, online sales | shopify

[security]
cybersecurity | cyber security, information security, infosec, it security,
    computer security | network security, penetration testing
network security | firewall, firewall configuration, ids/ips,
    intrusion detection | cybersecurity, vpn
penetration testing | pen testing, pentesting, pentest,
    red teaming | cybersecurity
vulnerability assessment | vulnerability scanning,
    nessus | penetration testing
incident response | security incident response, incident handling,
    security operations center | siem
siem | security information and event management, qradar, arcsight | splunk, incident response
splunk | | siem
encryption | pki, ssl/tls, tls | cybersecurity
identity and access management | iam, identity management, access management,
    sso | active directory, oauth
oauth | oauth2, oauth 2.0, openid connect, oidc | identity and access management
iso 27001 | iso/iec 27001, iso27001 | cybersecurity, soc 2
soc 2 | soc2, soc ii, soc 2 type ii | iso 27001
cissp | cisa | cybersecurity
comptia certification | comptia | technical support

[office]
excel | !Excel, ms excel, microsoft excel, excel spreadsheets, advanced excel, pivot tables,
    pivot table, vlookup, xlookup | spreadsheets, google sheets
spreadsheets | spreadsheet | excel, google sheets
google sheets | | excel
microsoft office | ms office, office 365, microsoft 365, ms office suite, microsoft office suite,
    o365, m365, microsoft office 365 | excel, microsoft word, powerpoint
microsoft word | ms word, ?Word, word processing | microsoft office, google workspace
powerpoint | power point, ms powerpoint, microsoft powerpoint, ms power point | microsoft office,
    public speaking
microsoft outlook | ms outlook, ?Outlook, outlook calendar | microsoft office
microsoft access | ms access, ?Access | microsoft office, sql
microsoft teams | ms teams | microsoft office
microsoft project | ms project | project management, project scheduling
sharepoint | share point, microsoft sharepoint | microsoft office
visio | microsoft visio, ms visio | microsoft office
google workspace | g suite, gsuite, google apps, google suite, google docs, google drive,
    google slides | microsoft office, google sheets
adobe acrobat | acrobat, adobe acrobat pro, pdf editing | microsoft office
computer literacy | computer skills, basic computer skills, computer proficiency,
    computer literate | microsoft office
"""
