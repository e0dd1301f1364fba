package io.docstack.spec;

import java.util.Set;

/** URL-safe names for anchors and page files, made unique by a {@code -2}, {@code -3} … suffix. */
final class Slugs {
    private Slugs() {
    }

    /**
     * {@code text} with every character outside {@code [A-Za-z0-9_.-]} replaced by '-', runs of
     * '-' collapsed and leading or trailing '-' removed; possibly empty. One pass, no regex: it
     * runs once per operation of specs with thousands.
     */
    static String urlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
            char next = safe ? c : '-';
            boolean dashRun = next == '-' && (out.length() == 0 || out.charAt(out.length() - 1) == '-');
            if (!dashRun) {
                out.append(next);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3} … not in {@code used}; adds it to {@code used}. */
    static String unique(String base, Set<String> used) {
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
