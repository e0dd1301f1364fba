package io.docstack.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.docstack.config.ExternalOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExternalOptionsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        ExternalOptions d = ExternalOptions.DEFAULTS;
        assertThat(d.offline()).isFalse();
        assertThat(d.maxConcurrency()).isEqualTo(8);
        assertThat(d.maxPerHost()).isEqualTo(2);
        assertThat(d.perHostDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(d.retries()).isEqualTo(2);
        assertThat(d.retryBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(d.maxRetryAfter()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.maxRedirects()).isEqualTo(5);
        assertThat(d.exclude()).isEmpty();
        assertThat(d.cacheFile()).isNull();
        assertThat(d.cacheMaxAge()).isEqualTo(Duration.ofHours(24));
        assertThat(d.allowPrivate()).isFalse();
        assertThat(d.userAgent()).isEqualTo("Docstack link checker");
    }

    @Test
    void withChangesOneSettingOnly() {
        ExternalOptions changed = ExternalOptions.DEFAULTS.withMaxPerHost(1).withCacheFile(Path.of("c.json"));
        assertThat(changed.maxPerHost()).isEqualTo(1);
        assertThat(changed.cacheFile()).isEqualTo(Path.of("c.json"));
        assertThat(changed.withMaxPerHost(2).withCacheFile(null)).isEqualTo(ExternalOptions.DEFAULTS);
    }

    @Test
    void excludeIsCopied() {
        List<String> patterns = new ArrayList<>(List.of("example\\.org"));
        ExternalOptions options = ExternalOptions.DEFAULTS.withExclude(patterns);
        patterns.add("more");
        assertThat(options.exclude()).containsExactly("example\\.org");
    }

    @Test
    void nonsenseIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withMaxConcurrency(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withMaxPerHost(0));
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withRetries(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withRetries(11));
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withTimeout(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withPerHostDelay(Duration.ofMillis(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withExclude(List.of("(unclosed")));
        assertThatIllegalArgumentException().isThrownBy(() -> ExternalOptions.DEFAULTS.withUserAgent(" "));
    }
}
