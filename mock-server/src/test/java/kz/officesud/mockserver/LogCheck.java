package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * What a court's log must never hold: the secrets a test sent or was given (passwords, session and control tokens,
 * signature values, canary strings put into bodies and documents), a PEM private key, or a long run of base64 (100
 * characters or more, with 60 or more between two slashes, of more than 20 different characters) — the shape a key
 * file, a certificate, a signature or a document takes in text.
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
                // encoded keys, signatures and documents use most of the alphabet and run on between slashes; a
                // test's own padding uses a few letters, and a path's ids are short segments between slashes
                String longest = java.util.Arrays.stream(run.group().split("/"))
                        .max(java.util.Comparator.comparingInt(String::length))
                        .orElse("");
                assertThat(longest.length() >= 60 && longest.chars().distinct().count() > 20)
                        .as("a log line with a long base64 run: %s", line)
                        .isFalse();
            }
        }
    }
}
