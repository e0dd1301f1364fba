// Four refused builds (see invoker.properties): every file of the project is still there and each
// refusal says why, before anything was written.
assert new File(basedir, 'pom.xml').isFile()
assert new File(basedir, 'invoker.properties').isFile()
assert new File(basedir, 'docs/index.md').text.contains('must survive')
assert new File(basedir, 'notes/todo.txt').text.contains('my notes')
assert !new File(basedir, 'target/site').exists()
def log = new File(basedir, 'build.log').text
assert log.contains('Invalid Docstack configuration: output folder')
assert log.contains('is the base folder')
assert log.contains('is the docs folder of project alpha 1.0')
assert log.contains('Docstack did not write')
assert log.contains('nothing was written or deleted')
return true
