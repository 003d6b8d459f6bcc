package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.mockserver.internal.store.UserRecord;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.testnca.TestNca;

/** Makes test users: a key from the court's own test NCA and a registered account with a random password. */
public final class TestUserFactory {
    private static final List<String> SURNAMES =
            List.of("ТЕСТОВ", "ТЕСТОВА", "АХМЕТОВ", "СЕРИКОВА", "ЖУМАБАЕВ", "ОМАРОВА", "ИВАНОВ", "КИМ");
    private static final List<String> GIVEN_NAMES =
            List.of("ТЕСТ", "АЙГУЛЬ", "ЕРЛАН", "ДАНИЯР", "АСЕЛЬ", "МАРАТ", "САУЛЕ", "АННА");
    private static final List<String> PATRONYMICS =
            List.of("ТЕСТОВИЧ", "СЕРИКОВНА", "ЕРЛАНОВИЧ", "МАРАТОВНА", "БОЛАТОВИЧ", "ИВАНОВНА");
    private static final List<String> ORGANISATIONS =
            List.of("ТОО «ТЕСТ-АЛЬФА»", "АО «ТЕСТ-БЕТА»", "ТОО «ТЕСТ-ГАММА»", "ТОО «ТЕСТ-ДЕЛЬТА»", "ИП «ТЕСТ-ОМЕГА»");
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Registrar registrar;
    private final TestNca nca;
    private final CourtPki pki;
    private final RandomGenerator random = new SecureRandom();

    public TestUserFactory(Registrar registrar, CourtPki pki) {
        this.registrar = registrar;
        this.pki = pki;
        this.nca = pki.nca();
    }

    /** A test user as issued: the account, the key, the password (shown to the test, never logged). */
    public record Issued(UserRecord user, NcaKey key, String password) {
        public Issued {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Issued[" + user.login() + "]";
        }
    }

    public TestNca nca() {
        return nca;
    }

    public Issued individual() throws IOException {
        Iin iin = Iin.random(random);
        String surname = pick(SURNAMES);
        String given = pick(GIVEN_NAMES);
        String patronymic = pick(PATRONYMICS);
        NcaKey key = Bridge.issueIndividual(nca, iin, surname, given, patronymic);
        return register(key);
    }

    public Issued legalEntity() throws IOException {
        Iin iin = Iin.random(random);
        Bin bin = Bin.random(random);
        NcaKey key = Bridge.issueLegalEntity(nca, iin, bin, pick(ORGANISATIONS), pick(SURNAMES), pick(GIVEN_NAMES));
        return register(key);
    }

    private Issued register(NcaKey key) throws IOException {
        pki.remember(key.certificate());
        Signer signer = Bridge.signerOf(key, true);
        String password = password();
        UserRecord user = registrar.create(signer, password, signer.login() + "@test.officesud.kz");
        return new Issued(user, key, password);
    }

    private String password() {
        StringBuilder password = new StringBuilder("Test-");
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
