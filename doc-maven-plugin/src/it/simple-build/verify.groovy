// Asserts on the site written by a real `doc:build` run. The build has an error and failOnError is
// on, so nothing is published: the site is left beside the output folder for inspection.
assert !new File(basedir, 'target/site').exists()
def site = new File(basedir, 'target/site.failed')
assert new File(site, '.docstack-site').isFile()
assert new File(site, 'index.html').isFile()
def alphaHome = new File(site, 'alpha/1.0/index.html').text
assert alphaHome.contains('href="guide/install.html#prerequisites"')
assert alphaHome.contains('href="../../beta/2.0/reference.html#options"')
assert alphaHome.contains('src="images/diagram.svg"')
assert new File(site, 'alpha/1.0/images/diagram.svg').isFile()
def beta = new File(site, 'beta/2.0/reference.html').text
assert beta.contains('href="../../alpha/1.0/guide/install.html#prerequisites"')
assert new File(site, 'sitemap.xml').text.contains('alpha/1.0/guide/install.html')
def log = new File(basedir, 'build.log').text
// <includes> took _collections/ in, <excludes> left drafts/ out, and both are counted.
assert new File(site, 'beta/2.0/_collections/post.html').isFile()
assert !new File(site, 'beta/2.0/drafts/wip.html').exists()
assert log.contains('other: info [source.skipped] 1 file is not read: 1 matched by <excludes>: drafts/ 1')
assert log.contains('from 2 projects (5 files read, 1 skipped) written to')
assert log.contains('docs/guide/install.md:5:60: error [link.broken]')
assert log.contains('Docstack found 1 error(s)')
assert log.contains('this build\'s site is in ' + site.canonicalPath + ' for inspection')
return true
