// Asserts on the site a real `doc:build` writes for samples/cloud-suite: it builds clean (no
// error or warning diagnostics), every project is on the landing page, and every link works.
def project = new File(sampleDir)
def site = new File(project, 'target/site')
def log = new File(project, 'build.log').text
assert !(log =~ /: (error|warning) \[/) : 'the sample must build without diagnostics'
assert log.contains('BUILD SUCCESS')
def home = new File(site, 'index.html').text
['compute/2.4/', 'network/1.9/', 'identity/3.0/', 'image/2.1/', 'block-storage/1.2/', 'getting-started/2025.1/'].each {
    assert home.contains("href=\"${it}index.html\"") : "landing page lists ${it}"
}
// Every relative href and src of every page points at a file of the site.
def broken = []
site.eachFileRecurse { file ->
    if (!file.name.endsWith('.html')) return
    (file.text =~ /(?:href|src)="([^"#?:]+)(?:#[^"]*)?"/).each { m ->
        def target = new File(file.parentFile, m[1])
        if (!target.exists()) broken << "${site.toPath().relativize(file.toPath())} -> ${m[1]}"
    }
}
assert broken.isEmpty() : "broken links in the built site: ${broken.take(20)}"
def ports = new File(site, 'network/1.9/guide/ports.html').text
assert ports.contains('aria-current="page"')
assert ports.contains('rel="next"') && ports.contains('rel="prev"')
assert ports.contains('Edit this page')
assert new File(site, 'sitemap.xml').isFile() && new File(site, '404.html').isFile()
return true
