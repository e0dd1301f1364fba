package io.docstack;

/** Docstack's version, from the jar's manifest; "dev" when run from classes. */
final class Version {

    private Version() {
    }

    /**
     * What makes cached conversions of one run valid in another: the engine that made them (for
     * snapshots, the jar's size and time, since the version does not change between builds), the
     * limits, and each project's heading-id style.
     */
    static String cacheSalt(io.docstack.config.SiteConfig config) {
        StringBuilder salt = new StringBuilder(current()).append('|').append(engineStamp()).append('|')
                .append(config.limits());
        config.projects().forEach(p -> salt.append('|').append(p.id()).append('=').append(p.anchors())
                .append(p.trusted() ? "" : ",untrusted"));
        // Untrusted pages convert differently (sanitized, secure mode): a change of trust must not reuse them.
        config.gitSources().forEach(g -> salt.append("|git=").append(g.trusted()));
        config.bundles().forEach(b -> salt.append("|bundle=").append(b.trusted()));
        return salt.toString();
    }

    private static String engineStamp() {
        try {
            var location = Version.class.getProtectionDomain().getCodeSource().getLocation();
            java.nio.file.Path path = java.nio.file.Path.of(location.toURI());
            if (java.nio.file.Files.isRegularFile(path)) {
                return java.nio.file.Files.size(path) + "@" + java.nio.file.Files.getLastModifiedTime(path).toMillis();
            }
            // Running from a classes folder (tests, IDE): the newest class file stands for the engine.
            try (var files = java.nio.file.Files.walk(path)) {
                return "classes@" + files.filter(java.nio.file.Files::isRegularFile)
                        .mapToLong(Version::modified).max().orElse(0);
            }
        } catch (Exception e) {
            return "unknown@" + System.nanoTime();
        }
    }

    private static long modified(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return System.nanoTime();
        }
    }

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
