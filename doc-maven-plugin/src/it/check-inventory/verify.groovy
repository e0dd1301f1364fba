// Asserts on the three invocations of invoker.properties.
def log = new File(basedir, 'build.log').text

// 2: the outbound xref with a missing anchor, at its line and column, with a hint.
assert log.contains("docs/index.md:4:3: error [link.anchor] no anchor 'resize-a-volume' in storage/guide/volumes.md")
// 2: storage's link to a page alpha does not have, reported on the page it wants.
assert log.contains('docs/gone.md: error [link.broken] inbound link from storage@1.0 storage/src/docs/guide/volumes.md:4:1')
// 2: the good links pass: exactly two errors.
assert log.contains('2 errors, 0 warnings')

// 3: the unreachable inventory.
assert log.contains('http://127.0.0.1:9/docstack-inventory.json: error [inventory.load] cannot read the inventory')
return true
