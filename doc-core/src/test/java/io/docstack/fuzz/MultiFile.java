package io.docstack.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A fuzz input that stands for several files, readable in a corpus: the first file, then each
 * other one after a line {@code ==> name <==} (as {@code head} prints several files). Immutable.
 *
 * @param first  the bytes before the first marker line
 * @param others the files after it, in order; names as written (a harness makes them safe)
 */
record MultiFile(byte[] first, List<Part> others) {

    /** One file after a marker line. */
    record Part(String name, byte[] content) {
    }

    private static final byte[] MARKER = "==> ".getBytes(StandardCharsets.US_ASCII);
    private static final String END = " <==";
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._/-]");

    MultiFile {
        others = List.copyOf(others);
    }

    static MultiFile parse(byte[] input) {
        List<Part> parts = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        byte[] first = null;
        String name = null;
        int start = 0;
        while (start < input.length) {
            int end = start;
            while (end < input.length && input[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, input.length);
            String marker = marker(input, start, end);
            if (marker != null) {
                if (first == null) {
                    first = current.toByteArray();
                } else {
                    parts.add(new Part(name, current.toByteArray()));
                }
                current.reset();
                name = marker;
            } else {
                current.write(input, start, next - start);
            }
            start = next;
        }
        if (first == null) {
            return new MultiFile(current.toByteArray(), parts);
        }
        parts.add(new Part(name, current.toByteArray()));
        return new MultiFile(first, parts);
    }

    private static String marker(byte[] input, int start, int end) {
        if (end - start < MARKER.length + END.length()) {
            return null;
        }
        for (int i = 0; i < MARKER.length; i++) {
            if (input[start + i] != MARKER[i]) {
                return null;
            }
        }
        String line = new String(input, start + MARKER.length, end - start - MARKER.length, StandardCharsets.UTF_8);
        return line.endsWith(END) ? line.substring(0, line.length() - END.length()) : null;
    }

    /**
     * {@code name} as a relative path that stays in its folder: only letters, digits, '.', '_',
     * '-' and '/', no empty, '.' or '..' segment; {@code fallback} when nothing is left.
     */
    static String safeName(String name, String fallback) {
        List<String> segments = new ArrayList<>();
        for (String segment : UNSAFE.matcher(name).replaceAll("_").split("/")) {
            if (!segment.isEmpty() && !segment.equals(".") && !segment.equals("..")) {
                segments.add(segment);
            }
        }
        return segments.isEmpty() ? fallback : String.join("/", segments);
    }
}
