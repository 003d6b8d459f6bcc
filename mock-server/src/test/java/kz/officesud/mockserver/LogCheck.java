package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * What a court's log must never hold: the secrets a test sent or was given (passwords, session and control tokens,
 * signature values, canary strings put into bodies and documents), a PEM private key, or a long run of base64 (100
 * characters or more, of more than 20 different ones) — the shape a key file, a certificate, a signature or a document
 * takes in text.
 */
final class LogCheck {
    /** 100 base64 characters: 75 bytes, longer than any id, hash or token the court logs. */
    private static final Pattern BASE64_RUN = Pattern.compile("[A-Za-z0-9+/=_-]{100,}");

    private LogCheck() {}

    static void assertClean(Collection<String> log, Collection<String> secrets, TestUser... users) {
        assertThat(log).as("the court wrote a log").isNotEmpty();
        for (String line : log) {
            for (String secret : secrets) {
                assertThat(line).as("a log line").doesNotContain(secret);
            }
            for (TestUser user : users) {
                assertThat(line).as("a log line").doesNotContain(user.password());
            }
            assertThat(line).as("a log line").doesNotContain("PRIVATE KEY");
            java.util.regex.Matcher run = BASE64_RUN.matcher(line);
            while (run.find()) {
                // encoded keys, signatures and documents use most of the alphabet; a test's own padding a few letters
                assertThat(run.group().chars().distinct().count())
                        .as("a log line with a long base64 run: %s", line)
                        .isLessThanOrEqualTo(20);
            }
        }
    }
}
