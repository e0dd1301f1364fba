package io.docstack.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.docstack.model.Rules;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the checker refuses to fetch; literals only, so no name is ever looked up. */
class ExternalAddressPolicyTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
            "10.1.2.3, private", "172.16.0.1, private", "172.31.255.255, private", "192.168.1.1, private",
            "fc00::1, private", "fd12:3456::1, private", "::ffff:10.0.0.1, private", "::10.0.0.1, private",
            "169.254.169.254, link-local", "fe80::1, link-local",
            "0.0.0.0, wildcard", "::, wildcard", "0.1.2.3, unspecified",
            "224.0.0.1, multicast", "ff02::1, multicast",
            "100.64.0.1, shared (CGNAT)", "100.127.255.255, shared (CGNAT)"})
    void internalAddressesAreClassified(String literal, String kind) throws UnknownHostException {
        assertThat(AddressPolicy.internalKind(InetAddress.getByName(literal))).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "172.32.0.1", "172.15.255.255", "192.169.0.1", "100.63.255.255",
            "100.128.0.1", "203.0.113.7", "2001:4860:4860::8888", "fbff::1", "fe00::1"})
    void publicAddressesAreNot(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.internalKind(InetAddress.getByName(literal))).isEmpty();
    }

    @Test
    void anyInternalAddressOfAHostRefusesIt() {
        AddressPolicy policy = new AddressPolicy(false, host -> new InetAddress[] {
                InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34}),
                InetAddress.getByAddress(host, new byte[] {(byte) 192, (byte) 168, 0, 1})});
        assertThat(policy.refusal("mixed.test")).hasValueSatisfying(broken -> {
            assertThat(broken.rule()).isEqualTo(Rules.EXTERNAL_PRIVATE);
            assertThat(broken.detail()).isEqualTo("host 'mixed.test' resolves to private address 192.168.0.1, which is not checked");
        });
    }

    @Test
    void allowPrivateStillReportsUnknownHosts() {
        AddressPolicy policy = new AddressPolicy(true, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(policy.refusal("nowhere.test")).hasValueSatisfying(broken ->
                assertThat(broken.rule()).isEqualTo(Rules.EXTERNAL_UNREACHABLE));
        assertThat(AddressPolicy.system(true).refusal("127.0.0.1")).isEmpty();
        assertThat(AddressPolicy.system(false).refusal("127.0.0.1")).isPresent();
    }
}
