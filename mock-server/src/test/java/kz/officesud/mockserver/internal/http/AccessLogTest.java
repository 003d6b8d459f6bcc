package kz.officesud.mockserver.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The access log writes what a client chose (method, path) as one short printable line. */
class AccessLogTest {
    @Test
    void aLongPath_isCut_withItsLength() {
        String path = "/api/v1/" + "a".repeat(20_000);

        assertThat(AccessLog.printable(path))
                .hasSizeLessThan(AccessLog.MAX_FIELD + 30)
                .startsWith("/api/v1/aaa")
                .endsWith("...(20008 characters)");
    }

    @Test
    void lineBreaksControlsAndNonAscii_areEscaped_soNoLineCanBeForged() {
        assertThat(AccessLog.printable("/x\r\n[main] INFO forged\u0000\u202e\\"))
                .isEqualTo("/x\\u000d\\u000a[main] INFO forged\\u0000\\u202e\\u005c");
    }

    @Test
    void anOrdinaryPath_isWrittenAsItIs() {
        assertThat(AccessLog.printable("/api/v1/filings/F-1/talon.pdf")).isEqualTo("/api/v1/filings/F-1/talon.pdf");
    }
}
