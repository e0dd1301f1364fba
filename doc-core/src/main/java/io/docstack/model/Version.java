package io.docstack.model;

/** Docstack's version, from the jar's manifest; "dev" when run from classes. */
public final class Version {

    private Version() {
    }

    /**
     * What stands for the engine's code in a cache key: for snapshots, the jar's size and time,
     * since the version does not change between builds.
     */
    public static String engineStamp() {
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

    /** The version, as in the generator tag of every page and in reports. */
    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
