package kz.officesud.examples;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.filing.CourtOffice;
import kz.officesud.filing.CourtSession;
import kz.officesud.filing.FilingDetails;
import kz.officesud.signing.NcaKey;
import kz.officesud.signing.NcaKeyStore;

/**
 * The README's quick start, compiled (a test checks that the README shows this code and runs it against
 * the reference court). The documents are looked up in {@code documents}.
 */
public final class QuickStart {
    private QuickStart() {}

    public static Talon fileClaim(Path keyFile, char[] password, URI courtOffice, Path documents) {
        // README:BEGIN
        try (NcaKeyStore store = NcaKeyStore.open(keyFile, password);
                CourtOffice office = CourtOffice.builder()
                        .baseUrl(courtOffice) // https://office.sud.kz
                        .locale(Locale.forLanguageTag("kk"))
                        .build()) {
            NcaKey key = store.signingKey();

            Claim claim = Claim.builder()
                    .court("7517") // the court's 4-digit code: a district court that hears civil cases
                    .proceedings(Proceedings.ACTION)
                    .category("142030001200070000") // «По договору подряда», a category of action proceedings
                    .nature("о взыскании задолженности по договору подряда")
                    .plaintiff(Party.individual(key.profile().iin().orElseThrow(), "Асанов Болат Серикович"))
                    .defendant(Party.legalEntity(Bin.of("190440012341"), "ТОО «Курылыс Сервис»"))
                    .claimAmount(Tenge.of(1_500_000))
                    .stateFee(StateFee.paidOnline(Tenge.of(15_000)))
                    .summary("Взыскать задолженность за выполненные работы")
                    .document(documents.resolve("Исковое заявление.docx")) // streamed, hashed, never held in memory
                    .attachment(documents.resolve("Акт выполненных работ.docx"))
                    .build();

            office.check(claim).orThrow(); // the court's own rules, before sending

            try (CourtSession session = office.login(key)) { // log in by NCA signature
                Talon talon = session.file(claim, key); // upload, sign the manifest, file: exactly once
                System.out.println(talon.number() + " " + talon.sentAt());
                FilingDetails details = session.myCases().filing(talon.filingId()); // «Мои дела»
                System.out.println(details.status());
                return talon;
            }
        }
        // README:END
    }
}
