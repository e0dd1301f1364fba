package io.docstack.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the versions of one project are ordered: release versions by their numbers
 * ({@code 1.10} after {@code 1.9}), a prerelease ({@code 2.0-rc1}, {@code 2.0-SNAPSHOT}) just before
 * its release, and names that are not numbers ({@code main}, {@code next}) after every number, as
 * the work in progress they usually are. The latest version is the newest release; without one,
 * the newest version. Stateless.
 */
public final class Versions {

    private static final Pattern NUMBERED = Pattern.compile("v?(\\d+(?:\\.\\d+)*)(?:[-.+]?(.*))?");

    /** Oldest first. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    /** {@code versions}, newest first. */
    public static List<String> newestFirst(List<String> versions) {
        List<String> sorted = new ArrayList<>(versions);
        sorted.sort(ORDER.reversed());
        return sorted;
    }

    /** The newest release of {@code versions}, else the newest version; null for none. */
    public static String latest(List<String> versions) {
        return newestFirst(versions).stream().filter(Versions::isRelease).findFirst()
                .orElse(versions.isEmpty() ? null : newestFirst(versions).get(0));
    }

    /** Numbers only ({@code 2.4}, {@code v3.0.1}): not a prerelease and not a branch name. */
    public static boolean isRelease(String version) {
        Matcher m = NUMBERED.matcher(version);
        return m.matches() && (m.group(2) == null || m.group(2).isEmpty());
    }

    private static int compare(String a, String b) {
        Matcher x = NUMBERED.matcher(a);
        Matcher y = NUMBERED.matcher(b);
        boolean xNumbered = x.matches();
        boolean yNumbered = y.matches();
        if (!xNumbered || !yNumbered) {
            return xNumbered ? -1 : yNumbered ? 1 : a.compareTo(b);
        }
        int byNumbers = compareNumbers(x.group(1).split("\\."), y.group(1).split("\\."));
        if (byNumbers != 0) {
            return byNumbers;
        }
        String xRest = x.group(2) == null ? "" : x.group(2);
        String yRest = y.group(2) == null ? "" : y.group(2);
        if (xRest.isEmpty() != yRest.isEmpty()) {
            return xRest.isEmpty() ? 1 : -1; // the release after its prereleases
        }
        return xRest.compareTo(yRest);
    }

    private static int compareNumbers(String[] a, String[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? parse(a[i]) : 0;
            long y = i < b.length ? parse(b[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    private static long parse(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
