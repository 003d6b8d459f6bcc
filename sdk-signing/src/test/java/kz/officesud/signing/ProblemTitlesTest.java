package kz.officesud.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.officesud.signing.container.ContainerProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemTitlesTest {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void everyVerificationCode_hasATitleInEachLanguage_andTheyDiffer() {
        for (VerificationProblem.Code code : VerificationProblem.Code.values()) {
            assertThreeTitles(code.name(), code.title(KK), code.title(RU), code.title(Locale.ENGLISH));
        }
    }

    @Test
    void everyContainerCode_hasATitleInEachLanguage_andTheyDiffer() {
        for (ContainerProblem.Code code : ContainerProblem.Code.values()) {
            assertThreeTitles(code.name(), code.title(KK), code.title(RU), code.title(Locale.ENGLISH));
        }
    }

    @Test
    void everyFormatReason_hasATitleInEachLanguage_andTheyDiffer() {
        for (SignatureFormatException.Reason reason : SignatureFormatException.Reason.values()) {
            assertThreeTitles(reason.name(), reason.title(KK), reason.title(RU), reason.title(Locale.ENGLISH));
        }
    }

    @Test
    void everyKeyReason_hasATitleInEachLanguage_andTheyDiffer() {
        for (NcaKeyException.Reason reason : NcaKeyException.Reason.values()) {
            assertThreeTitles(reason.name(), reason.title(KK), reason.title(RU), reason.title(Locale.ENGLISH));
        }
        NcaKeyException wrong = new NcaKeyException(NcaKeyException.Reason.WRONG_PASSWORD, "mac check failed");
        assertThat(wrong.title(RU)).isEqualTo("Пароль не подходит к файлу ключа.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_kk", "_ru"})
    void eachBundle_holdsExactlyTheCodes(String suffix) throws IOException {
        Properties bundle = new Properties();
        String name = "/kz/officesud/signing/ProblemTitles" + suffix + ".properties";
        try (InputStream in = VerificationProblem.class.getResourceAsStream(name);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        Set<String> expected = Stream.concat(
                        Arrays.stream(VerificationProblem.Code.values()).map(c -> "verification." + c.name()),
                        Stream.concat(
                                Arrays.stream(ContainerProblem.Code.values()).map(c -> "container." + c.name()),
                                Stream.concat(
                                        Arrays.stream(SignatureFormatException.Reason.values())
                                                .map(r -> "format." + r.name()),
                                        Arrays.stream(NcaKeyException.Reason.values())
                                                .map(r -> "key." + r.name()))))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(bundle.stringPropertyNames())).isEqualTo(expected);
    }

    @Test
    void otherLanguagesGetEnglish_whateverTheJvmDefault() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(RU);
            VerificationProblem problem = new VerificationProblem(VerificationProblem.Code.REVOKED, "serial 1f", 0);
            assertThat(problem.title(Locale.GERMAN)).isEqualTo(problem.title(Locale.ENGLISH));
            assertThat(problem.title(Locale.ENGLISH)).isEqualTo("the certificate was revoked");
            assertThat(problem.title(Locale.forLanguageTag("kz"))).isEqualTo(problem.title(KK));
            assertThat(problem.title(Locale.forLanguageTag("ru-KZ"))).isEqualTo("сертификат отозван");
        } finally {
            Locale.setDefault(saved);
        }
    }

    private static void assertThreeTitles(String code, String kk, String ru, String en) {
        assertThat(Set.of(kk, ru, en)).as(code).hasSize(3);
        assertThat(kk).as(code).containsPattern("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]|[а-яА-Я]");
        assertThat(ru).as(code).containsPattern("[а-яА-Я]");
        assertThat(en).as(code).matches("[\\x20-\\x7E]+");
    }
}
