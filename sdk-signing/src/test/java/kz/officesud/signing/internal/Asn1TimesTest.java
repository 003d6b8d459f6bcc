package kz.officesud.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.junit.jupiter.api.Test;

class Asn1TimesTest {
    @Test
    void utcTime_pivotsAt1950() {
        assertThat(Asn1Times.instant(new ASN1UTCTime("491231235959Z")))
                .isEqualTo(Instant.parse("2049-12-31T23:59:59Z"));
        assertThat(Asn1Times.instant(new ASN1UTCTime("500101000000Z")))
                .isEqualTo(Instant.parse("1950-01-01T00:00:00Z"));
    }

    @Test
    void generalizedTime_inDerForm_andWithFractions() throws Exception {
        assertThat(Asn1Times.instant(new ASN1GeneralizedTime("20260229120000Z")))
                .as("not a leap year: BC's parser rolls over, the fast path refuses and falls back")
                .isEqualTo(new ASN1GeneralizedTime("20260229120000Z").getDate().toInstant());
        assertThat(Asn1Times.instant(new ASN1GeneralizedTime("20241103101112Z")))
                .isEqualTo(Instant.parse("2024-11-03T10:11:12Z"));
        assertThat(Asn1Times.instant(new ASN1GeneralizedTime("20241103101112.25Z")))
                .isEqualTo(Instant.parse("2024-11-03T10:11:12.250Z"));
    }

    @Test
    void anythingElse_isRefused() {
        assertThatThrownBy(() -> Asn1Times.instant(new ASN1Integer(5))).isInstanceOf(IllegalArgumentException.class);
    }
}
