// Asserts on samples/assembled-site: two services built and published their docs bundles in
// separate Maven builds, and the site job assembled them with two release branches of a git
// repository into one site that builds and passes the gate without a problem.
def sample = new File(projectDir)
def log = new File(sample, 'build.log').text
assert !(log =~ /: (error|warning) \[/) : 'the three builds report no problem'
assert log.contains('Docstack: bundle of compute 2.1.0') && log.contains('Docstack: bundle of network 1.4.0')
assert (log =~ /BUILD SUCCESS/).count == 3
assert log.contains('No problems found')

// The bundles are attached with classifier docs, and installed where any site job resolves them.
def repo = new File(localRepositoryPath)
def computeZip = new File(repo, 'io/docstack/samples/compute-docs/2.1.0/compute-docs-2.1.0-docs.zip')
assert computeZip.isFile()
def entries = new java.util.zip.ZipFile(computeZip).withCloseable { z -> z.entries().collect { it.name } }
assert entries.containsAll(['docstack-bundle.json', 'docstack-inventory.json', 'docs/index.md', 'docs/nav.yml',
                            'docs/guide/servers.md', 'openapi/compute.yaml'])

def site = new File(sample, 'site/target/site')
def home = new File(site, 'index.html').text
['overview/2026.1/', 'compute/2.1.0/', 'network/1.4.0/', 'storage/2.0/'].each {
    assert home.contains("href=\"${it}index.html\"") : "landing page lists ${it}"
}
// Bundled pages, with their API references generated from the bundled specs.
def servers = new File(site, 'compute/2.1.0/guide/servers.html').text
assert servers.contains('href="../api/servers.html#createServer"')
assert new File(site, 'compute/2.1.0/api/servers.html').text.contains('id="deleteServer"')
assert new File(site, 'network/1.4.0/ports.html').text.contains('href="../../compute/2.1.0/guide/servers.html#create-a-server"')
// Each release branch is a version, read from the git objects: main's work in progress is not there.
assert new File(site, 'storage/1.0/index.html').text.contains('Block storage 1.0')
assert new File(site, 'storage/2.0/snapshots.html').isFile()
assert !new File(site, 'storage/1.0/snapshots.html').exists()
assert !new File(site, 'storage/2.0/index.html').text.contains('Work in progress')
def oldVolumes = new File(site, 'storage/1.0/volumes.html').text
assert oldVolumes.contains('ds-version-banner') && oldVolumes.contains('../2.0/volumes.html')
assert new File(site, 'storage/latest/index.html').isFile()
def overview = new File(site, 'overview/2026.1/index.html').text
assert overview.contains('href="../../storage/2.0/snapshots.html"') && overview.contains('href="../../storage/1.0/volumes.html"')
// Every relative link of the assembled site resolves.
binding.setVariable('siteDir', site)
def broken = evaluate(new File(basedir, 'broken-links.groovy'))
assert broken.isEmpty() : "broken links in the assembled site: ${broken.take(20)}"
return true
