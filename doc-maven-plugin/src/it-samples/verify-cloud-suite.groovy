// Asserts on the site a real `doc:build` writes for samples/cloud-suite: it builds clean (see
// verify-clean.groovy), every project is on the landing page, and the page furniture is there.
// Its warnings are intended: one deprecated operation documented, four services below minApiCoverage.
allowedWarnings = ['api.coverage', 'api.deprecated']
evaluate(new File(basedir, 'verify-clean.groovy'))
def site = new File(projectDir, 'target/site')
def home = new File(site, 'index.html').text
['compute/2.4/', 'network/1.9/', 'identity/3.0/', 'image/2.1/', 'block-storage/1.2/', 'getting-started/2025.1/'].each {
    assert home.contains("href=\"${it}index.html\"") : "landing page lists ${it}"
}
def ports = new File(site, 'network/1.9/guide/ports.html').text
assert ports.contains('aria-current="page"')
assert ports.contains('rel="next"') && ports.contains('rel="prev"')
assert ports.contains('Edit this page')
assert new File(site, 'sitemap.xml').isFile() && new File(site, '404.html').isFile()
// API references link to the generated reference, which has every operation at its anchor.
assert ports.contains('href="../api/ports.html#createPort"')
def servers = new File(site, 'compute/2.4/api/servers.html').text
assert servers.contains('id="listServers"') && servers.contains('class="api-method')
assert !servers.contains('Edit this page')
def coverage = new groovy.json.JsonSlurper().parse(new File(site, 'api-coverage.json'))
assert coverage.services.find { it.service == 'compute' }.percent == 100.0
assert coverage.services.find { it.service == 'network' }.undocumented.size() == 12
assert new File(site, 'api-coverage.html').text.contains('below 80%')
assert new File(projectDir, 'target/doc-check/api-coverage.json').isFile()
return true
