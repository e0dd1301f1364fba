package io.docstack.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ExternalHostGateTest {

    @Test
    void startsToOneHostAreSpacedByTheDelay() {
        HostGate gate = new HostGate(2, Duration.ofMillis(100));
        long first = gate.reserve("a.example");
        long second = gate.reserve("a.example");
        long third = gate.reserve("a.example");
        assertThat(second - first).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
        assertThat(third - second).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
    }

    @Test
    void hostsAreIndependent() {
        HostGate gate = new HostGate(2, Duration.ofHours(1));
        long before = System.nanoTime();
        gate.reserve("a.example");
        assertThat(gate.reserve("b.example")).isLessThan(before + Duration.ofMinutes(1).toNanos());
    }

    @Test
    void deferPushesTheNextStartBack() {
        HostGate gate = new HostGate(1, Duration.ZERO);
        long before = System.nanoTime();
        gate.defer("a.example", Duration.ofSeconds(30));
        assertThat(gate.reserve("a.example") - before).isGreaterThanOrEqualTo(Duration.ofSeconds(30).toNanos());
    }

    @Test
    void permitsAreReleased() throws InterruptedException {
        HostGate gate = new HostGate(1, Duration.ZERO);
        for (int i = 0; i < 3; i++) {
            gate.acquire("a.example"); // would block forever on the second round if release leaked
            gate.release("a.example");
        }
    }
}
