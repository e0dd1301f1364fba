// The relative href and src targets of every HTML page under `siteDir` that point at no file,
// as "page -> target" lines. Evaluated by the verify scripts, which set `siteDir`.
def broken = []
siteDir.eachFileRecurse { file ->
    if (!file.name.endsWith('.html')) return
    (file.text =~ /(?:href|src)="([^"#?:]+)(?:#[^"]*)?"/).each { m ->
        if (!new File(file.parentFile, m[1]).exists()) broken << "${siteDir.toPath().relativize(file.toPath())} -> ${m[1]}"
    }
}
return broken
