package io.docstack.spec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed {@code $ref}: an optional relative file and a JSON pointer into it, both
 * percent-decoded, pointer segments unescaped ({@code ~1} is '/', {@code ~0} is '~').
 *
 * @param text    the reference as written
 * @param file    the relative file part, "" for a reference into the same document
 * @param pointer the pointer's segments; empty for the whole document
 * @param problem why the reference cannot be followed (remote, malformed), or null
 */
record Ref(String text, String file, List<String> pointer, String problem) {

    static Ref parse(String text) {
        if (isRemote(text)) {
            return invalid(text, "remote $ref '" + text + "' is not followed: builds must not depend on the network");
        }
        int hash = text.indexOf('#');
        String file = hash < 0 ? text : text.substring(0, hash);
        String fragment = hash < 0 ? "" : text.substring(hash + 1);
        String decodedFile = percentDecode(file);
        String decodedFragment = percentDecode(fragment);
        if (decodedFile == null || decodedFragment == null) {
            return invalid(text, "$ref '" + text + "' has a malformed percent-escape");
        }
        String unusable = unusableInPath(decodedFile);
        if (unusable != null) {
            return invalid(text, "$ref '" + text + "' names a file with " + unusable + ", which no path can hold");
        }
        if (!decodedFragment.isEmpty() && !decodedFragment.startsWith("/")) {
            return invalid(text, "$ref '" + text + "' has a fragment that is not a JSON pointer (it must start with '#/')");
        }
        List<String> segments = new ArrayList<>();
        if (!decodedFragment.isEmpty()) {
            for (String segment : decodedFragment.substring(1).split("/", -1)) {
                segments.add(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return new Ref(text, decodedFile, List.copyOf(segments), null);
    }

    /** The component name a reader sees: the last pointer segment, else the file name without extension. */
    String name() {
        if (!pointer.isEmpty()) {
            return pointer.get(pointer.size() - 1);
        }
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    /** {@code #/a/b} for the first {@code count} segments, escaped again, for messages. */
    String pointerText(int count) {
        StringBuilder out = new StringBuilder("#");
        for (String segment : pointer.subList(0, count)) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static Ref invalid(String text, String problem) {
        return new Ref(text, "", List.of(), problem);
    }

    /** {@code http:}, {@code https:}, {@code file:}, any scheme, or a network path {@code //host}. */
    private static boolean isRemote(String text) {
        if (text.startsWith("//")) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i > 1; // "c:" would be a drive letter, not a scheme; refuse it as a path later
            }
            boolean schemeChar = Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.';
            if (!schemeChar || i == 0 && !Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Why {@code file} cannot be a relative path on every system, or null: NUL and other control
     * characters (a {@code %00} decodes to one and makes {@code Path.of} throw), a backslash (a
     * separator on Windows only, so the same spec would resolve differently), a drive letter.
     */
    private static String unusableInPath(String file) {
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (c == 0) {
                return "a NUL character";
            }
            if (c < 0x20 || c == 0x7f) {
                return "a control character (U+" + String.format("%04X", (int) c) + ")";
            }
            if (c == '\\') {
                return "a backslash (use '/' between folders)";
            }
        }
        if (file.length() >= 2 && file.charAt(1) == ':' && Character.isLetter(file.charAt(0))) {
            return "a drive letter";
        }
        return null;
    }

    /** Decodes {@code %XX} escapes as UTF-8 ('+' stays '+'), or null when an escape is malformed. */
    private static String percentDecode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                bytes.write(raw[i]);
                continue;
            }
            int high = i + 2 < raw.length ? Character.digit(raw[i + 1], 16) : -1;
            int low = i + 2 < raw.length ? Character.digit(raw[i + 2], 16) : -1;
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high << 4 | low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
