package kz.officesud.mockserver.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKey_isTranslatedIntoKazakhRussianAndEnglish() throws IOException {
        Properties en = bundle("_en");

        assertThat(bundle("_ru").keySet()).isEqualTo(en.keySet());
        assertThat(bundle("_kk").keySet()).isEqualTo(en.keySet());
        assertThat(bundle("").keySet()).isEqualTo(en.keySet());
    }

    /** The problem codes the court's sources raise: {@code ProblemException(status, "code", ...)} and its factories. */
    private static java.util.Set<String> problemCodes() throws IOException {
        java.util.regex.Pattern raised = java.util.regex.Pattern.compile(
                "ProblemException(?:\\.\\w+)?\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"([a-z_]+)\"");
        java.util.Set<String> codes = new java.util.TreeSet<>();
        try (java.util.stream.Stream<java.nio.file.Path> files =
                java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher code = raised.matcher(java.nio.file.Files.readString(file));
                while (code.find()) {
                    codes.add(code.group(1));
                }
            }
        }
        return codes;
    }

    @Test
    void everyProblemTheCourtRaises_hasATitle_inEachLanguage() throws IOException {
        java.util.Set<String> codes = problemCodes();

        assertThat(codes)
                .as("codes found in the sources")
                .hasSizeGreaterThan(20)
                .contains("out_of_bounds");
        for (String suffix : java.util.List.of("", "_en", "_ru", "_kk")) {
            Properties bundle = bundle(suffix);
            assertThat(codes)
                    .as("problem titles in messages%s.properties", suffix)
                    .allSatisfy(code -> assertThat(bundle.getProperty("problem." + code))
                            .as("problem.%s", code)
                            .isNotBlank());
        }
    }

    @Test
    void negotiate_picksKazakhRussianOrEnglish() {
        assertThat(Messages.negotiate("kk-KZ,ru;q=0.8")).isEqualTo(Messages.KAZAKH);
        assertThat(Messages.negotiate("en-US")).isEqualTo(Messages.ENGLISH);
        assertThat(Messages.negotiate("fr")).isEqualTo(Messages.RUSSIAN);
        assertThat(Messages.negotiate(";;;")).isEqualTo(Messages.RUSSIAN);
        assertThat(Messages.negotiate(null)).isEqualTo(Messages.RUSSIAN);
    }

    @Test
    void text_formatsArguments() {
        assertThat(Messages.text(Messages.RUSSIAN, "registration.password.tooShort", 8))
                .isEqualTo("Пароль должен содержать не менее 8 символов");
        assertThat(Messages.text(Messages.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}
