// Asserts on what the four invocations of invoker.properties left behind.
def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target/doc-check')

// 1: every problem with file:line:col, rule and hint, then a summary.
assert log.contains('docs/index.md:4:3: error [link.broken] \'guide/instal.md\' does not exist (did you mean \'guide/install.md\'?)')
assert log.contains('docs/guide/install.md:5:49: error [link.anchor] no anchor \'beta\' in alpha/index.md')
assert log.contains('2 errors')
assert log.contains('Docstack check: 2 pages of 1 project (2 files read, 0 skipped) in ')

// 2: the baseline holds both problems.
def baseline = new groovy.json.JsonSlurper().parse(new File(basedir, 'baseline.json'))
assert baseline.problems.size() == 2

// 1: as on GitHub Actions, annotations with repository-relative paths.
assert log.contains('docs/index.md,line=4,col=3,title=link.broken::')

// 4: a broken baseline is reported by name.
assert log.contains('pom.xml:1:1: error [check.baseline] the baseline is not valid JSON')

// Reports of the last run: SARIF 2.1.0 and JUnit XML.
def sarif = new groovy.json.JsonSlurper().parse(new File(target, 'results.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'Docstack'
def junit = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(target, 'junit.xml'))
assert junit.documentElement.tagName == 'testsuites'
return true
