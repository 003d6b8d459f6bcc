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
