package io.docstack.convert;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.docstack.model.Diagnostic;
import io.docstack.model.Heading;
import io.docstack.model.Link;
import io.docstack.model.Severity;

/**
 * The gate cache's entries as plain binary: a 10,000-page cache loads in a fraction of the time
 * a JSON mapper needs in a fresh JVM, which is what a pull-request check pays on every run.
 * Strings are length-prefixed UTF-8 (no 64 KB limit); -1 stands for null.
 */
final class CacheCodec {

    private CacheCodec() {
    }

    static void write(DataOutputStream out, Conversion c) throws IOException {
        string(out, c.title());
        string(out, c.description());
        out.writeInt(c.order() == null ? Integer.MIN_VALUE : c.order());
        string(out, c.html());
        out.writeInt(c.headings().size());
        for (Heading h : c.headings()) {
            out.writeInt(h.level());
            string(out, h.text());
            string(out, h.id());
            out.writeInt(h.line());
        }
        out.writeInt(c.anchors().size());
        for (String anchor : c.anchors()) {
            string(out, anchor);
        }
        out.writeInt(c.links().size());
        for (Link l : c.links()) {
            out.writeByte(l.kind().ordinal());
            string(out, l.target());
            out.writeInt(l.line());
            out.writeInt(l.column());
            out.writeBoolean(l.html());
            string(out, l.file());
        }
        out.writeInt(c.diagnostics().size());
        for (Diagnostic d : c.diagnostics()) {
            out.writeByte(d.severity().ordinal());
            string(out, d.rule());
            string(out, d.file());
            out.writeInt(d.line());
            out.writeInt(d.column());
            string(out, d.message());
            string(out, d.hint());
        }
    }

    static Conversion read(DataInputStream in) throws IOException {
        String title = string(in);
        String description = string(in);
        int order = in.readInt();
        String html = string(in);
        List<Heading> headings = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            headings.add(new Heading(in.readInt(), string(in), string(in), in.readInt()));
        }
        Set<String> anchors = new HashSet<>();
        for (int i = count(in); i > 0; i--) {
            anchors.add(string(in));
        }
        List<Link> links = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            links.add(new Link(links.size(), Link.Kind.values()[in.readByte()], string(in), in.readInt(), in.readInt(),
                    in.readBoolean(), string(in)));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            diagnostics.add(new Diagnostic(Severity.values()[in.readByte()], string(in), string(in), in.readInt(),
                    in.readInt(), string(in), string(in)));
        }
        return new Conversion(title, description, order == Integer.MIN_VALUE ? null : order, html, headings, anchors,
                links, diagnostics);
    }

    static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > 64 << 20) {
            throw new IOException("damaged cache: a string of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1_000_000) {
            throw new IOException("damaged cache: a list of " + count + " items");
        }
        return count;
    }
}
