// Asserts that a real `doc:build` and `doc:check` of the project in `projectDir` built clean: no error
// diagnostics, no warnings but those of the rules in `allowedWarnings` (when the caller sets it), and
// every relative href and src of every written page points at a file of the site.
def project = new File(projectDir)
def site = new File(project, 'target/site')
def log = new File(project, 'build.log').text
def allowed = binding.hasVariable('allowedWarnings') ? allowedWarnings : []
assert !(log =~ /: error \[/) : "${project.name} must build without errors"
def warned = (log =~ /: warning \[([a-z.-]+)\]/).collect { it[1] } as Set
assert allowed.containsAll(warned) : "${project.name} must build without warnings other than ${allowed}: ${warned}"
assert log.contains('BUILD SUCCESS')
binding.setVariable('siteDir', site)
def broken = evaluate(new File(basedir, 'broken-links.groovy'))
assert broken.isEmpty() : "broken links in the built site: ${broken.take(20)}"
// The gate (doc:check) ran after the build and found nothing else either: SARIF without other results
// (notes are information, such as source.skipped counting the _partials/ folders, not problems).
def sarif = new groovy.json.JsonSlurper().parse(new File(project, 'target/doc-check/results.sarif'))
assert sarif.runs[0].results.findAll { it.level != 'note' }.every { it.level == 'warning' && allowed.contains(it.ruleId) }
if (allowed.isEmpty()) {
    assert log.contains('No problems found')
}
// Every build writes the link inventory other projects validate against.
def inventory = new groovy.json.JsonSlurper().parse(new File(site, 'docstack-inventory.json'))
assert inventory.format == 1 && !inventory.projects.isEmpty()
return true
