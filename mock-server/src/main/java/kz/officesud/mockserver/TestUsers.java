package kz.officesud.mockserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.mockserver.internal.court.Bridge;
import kz.officesud.mockserver.internal.court.TestUserFactory;
import kz.officesud.mockserver.internal.store.UserRecord;

/** Makes registered test users, each with a fresh key of the court's own test NCA. Thread-safe. */
public final class TestUsers {
    private final TestUserFactory factory;

    TestUsers(TestUserFactory factory) {
        this.factory = factory;
    }

    /** An individual (физическое лицо): login = IIN, a valid random IIN. */
    public TestUser individual() {
        return wrap(() -> factory.individual());
    }

    /** A legal entity's first head: login = BIN, valid random IIN and BIN. */
    public TestUser legalEntity() {
        return wrap(() -> factory.legalEntity());
    }

    /** The user's key as an NCA-format PKCS#12 file's bytes, under {@code password}. */
    public byte[] toPkcs12(TestUser user, char[] password) {
        return Bridge.toPkcs12(factory.nca(), user.key(), password);
    }

    private interface Issue {
        TestUserFactory.Issued issue() throws IOException;
    }

    private static TestUser wrap(Issue issue) {
        TestUserFactory.Issued issued;
        try {
            issued = issue.issue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the test user", e);
        }
        UserRecord user = issued.user();
        return new TestUser(
                user.login(),
                issued.password(),
                issued.key(),
                Iin.ofUnverified(user.iin()),
                user.bin() == null ? null : Bin.ofUnverified(user.bin()),
                user.fullName(),
                user.organisation());
    }
}
