package kz.officesud.examples;

import java.net.URI;
import java.nio.file.Path;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Talon;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.PreparedFiling;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;

/**
 * The application of {@link ResumeFromAnotherProcessTest}, run in a JVM of its own. {@code send}: prepares a
 * claim, signs it, saves the prepared filing, submits it — and dies at once, before it can record the talon.
 * {@code resume}: a new process reads the saved filing and submits it again, printing the talon it gets.
 *
 * <p>Arguments: {@code send|resume <court URL> <key.p12> <key password> <prepared file> <documents dir>}.
 */
final class ResumeChild {
    private ResumeChild() {}

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        URI court = URI.create(args[1]);
        Path keyFile = Path.of(args[2]);
        char[] password = args[3].toCharArray();
        Path saved = Path.of(args[4]);
        Path documents = Path.of(args[5]);
        try (NcaKeyStore store = NcaKeyStore.open(keyFile, password);
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(court)
                        .allowPlainHttp(true)
                        .build();
                CourtSession session = office.login(store.signingKey())) {
            NcaKey key = store.signingKey();
            if (mode.equals("send")) {
                Claim claim =
                        Demo.claim(documents, key.profile(), key.profile().iin().orElseThrow());
                PreparedFiling prepared = session.prepare(claim);
                prepared = prepared.withSignature(kz.officesud.signing.Cms.signDetached(key, prepared.dataToSign()));
                prepared.save(saved);
                session.submit(prepared);
                // the submission reached the court; the process dies before it can record the talon
                Runtime.getRuntime().halt(0);
            }
            Talon talon = session.submit(PreparedFiling.load(saved));
            System.out.println(
                    "talon " + talon.number() + " " + talon.filingId().value());
        }
    }
}
