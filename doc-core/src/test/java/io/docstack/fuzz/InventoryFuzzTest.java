package io.docstack.fuzz;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes a link inventory: the input is {@code inventory.json}, named by the configuration, for a
 * project whose page {@code uses.md} links into project {@code ext} of the inventory. Beside the
 * good page ({@link FuzzSite#build}).
 */
@Tag("fuzz")
class InventoryFuzzTest {

    static final FuzzSite.Setup SETUP = (site, input) -> {
        site.write("docs/uses.md", ("# Uses\n\nSee [ext](xref:ext:index.md#a), [op](xref:ext@2.0:guide/b.md) "
                + "and api:ext:getA[].\n").getBytes(StandardCharsets.UTF_8));
        site.write("inventory.json", input);
        return site.withDocs().inventory("inventory.json").build();
    };

    @BeforeAll
    static void warmUp() {
        FuzzSite.warmUp(SETUP, "{\"format\":1,\"source\":\"warm\",\"projects\":[]}");
    }

    @FuzzTest
    void fuzz(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        FuzzSite.check("inventory", input, SETUP);
    }
}
