package kz.officesud.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.CourtKind;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.RefusalGround;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kk/ru/en bundles: complete, consistent, UTF-8. */
class MessagesTest {
    private static final String BASE = "/kz/officesud/core/validation/Messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void everyKey_isTranslated_withTheSamePlaceholders(String lang) throws IOException {
        Properties base = load(BASE + ".properties");
        Properties translated = load(BASE + "_" + lang + ".properties");
        assertThat(translated.stringPropertyNames()).isEqualTo(base.stringPropertyNames());
        for (String key : base.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as(key).isNotBlank().isNotEqualTo(base.getProperty(key));
            assertThat(placeholders(text)).as(key).isEqualTo(placeholders(base.getProperty(key)));
        }
    }

    @Test
    void bundles_areUtf8_andKazakhUsesKazakhLetters() {
        ResourceBundle kk =
                ResourceBundle.getBundle("kz.officesud.core.validation.Messages", Locale.forLanguageTag("kk"));
        assertThat(kk.getString("party.iin.required")).contains("ЖСН").contains("ң");
        ResourceBundle ru =
                ResourceBundle.getBundle("kz.officesud.core.validation.Messages", Locale.forLanguageTag("ru"));
        assertThat(ru.getString("court.required")).isEqualTo("Не выбран суд.");
    }

    @Test
    void bundles_holdEveryKeyTheCodeUses() throws IOException {
        Properties base = load(BASE + ".properties");
        Set<String> used = new TreeSet<>(Set.of(
                "court.required",
                "court.unknown",
                "proceedings.required",
                "claim.category.required",
                "category.format",
                "claim.plaintiff.required",
                "claim.defendant.required",
                "claim.statement.required",
                "claim.claimAmount.required",
                "claim.stateFee.required",
                "stateFee.amount.required",
                "stateFee.amount.positive",
                "stateFee.receipt.required",
                "stateFee.exemptionCategory.required",
                "party.name.required",
                "party.iin.required",
                "party.bin.required",
                "iin.format",
                "iin.checksum",
                "bin.format",
                "bin.checksum",
                "document.fileName.required",
                "document.fileName.duplicate",
                "document.fileName.tooLong",
                "document.fileName.character",
                "document.fileName.trailing",
                "document.fileName.reserved",
                "tenge.negative",
                "tenge.scale",
                "tenge.format",
                "tenge.tooLarge",
                "idempotencyKey.format",
                "caseNumber.required",
                "caseNumber.otherCourt",
                "stateFee.required",
                "statement.required",
                // the services' own fields (ServiceRules)
                "instance.required",
                "instance.notYetOffered",
                "instance.notOffered",
                "documentKind.required",
                "hearingRecord.side.required",
                "hearingRecord.plaintiffs.required",
                "applicant.phone.required",
                "applicant.phone.format",
                "applicant.postalAddress.required",
                "remarks.recordDate.required",
                "date.afterFiling",
                "petition.description.required",
                "letter.subject.required",
                "apostille.acts.required",
                "apostille.act.title.required",
                "sha256.format",
                "caseNumber.slash",
                "caseNumber.groups",
                "caseNumber.courtCode",
                "caseNumber.year",
                "caseNumber.zeros",
                "caseNumber.type",
                "caseNumber.typeLatin",
                "caseNumber.sequence",
                "caseNumber.suffix",
                // the civil proceedings' own rules (CivilRules)
                "caseNumber.notFirstInstance",
                "circumstances.required",
                "setAsideDefaultJudgment.defendant.required",
                "cancelCourtOrder.debtor.required",
                "claim.applicant.required",
                "claim.plaintiffOrApplicant.required",
                "claim.creditor.required",
                "claim.debtor.required",
                "claim.side.special",
                "claim.side.courtOrder",
                "claim.side.creditorOrDebtor",
                "claim.courtOrder.claimAmount.positive",
                // sdk-filing's signature check: one per VerificationProblem.Code (its SignatureCheckTest holds
                // the codes to this list); and one per refusal of the rule of who may sign for an account
                "signature.MALFORMED",
                "signature.NO_SIGNER",
                "signature.CONTENT_MISSING",
                "signature.DIGEST_MISMATCH",
                "signature.SIGNATURE_INVALID",
                "signature.SIGNER_CERTIFICATE_MISSING",
                "signature.SIGNING_CERTIFICATE_MISMATCH",
                "signature.UNSUPPORTED_ALGORITHM",
                "signature.UNTRUSTED_CHAIN",
                "signature.EXPIRED",
                "signature.NOT_YET_VALID",
                "signature.WRONG_PURPOSE",
                "signature.CONTENT_TYPE_MISMATCH",
                "signature.REVOKED",
                "signature.REVOCATION_UNKNOWN",
                "signature.TIMESTAMP_INVALID",
                "signature.TIMESTAMP_UNTRUSTED",
                "signature.TIMESTAMP_MISSING"));
        for (kz.officesud.core.contract.SigningAuthority.Refusal refusal :
                kz.officesud.core.contract.SigningAuthority.Refusal.values()) {
            used.add(refusal.messageKey());
        }
        for (RefusalGround ground : RefusalGround.values()) {
            used.add(ground.messageKey());
        }
        // the court's jurisdiction, the category's fit, the data files; the enum texts those messages name
        used.addAll(Set.of("court.notHearing", "category.proceedings", "dataFile.line", "dataFile.file"));
        for (Class<? extends Enum<?>> type : List.of(
                ProceedingsForm.class, CourtInstance.class, CourtKind.class, Proceedings.class, PartySide.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                used.add("enum." + type.getSimpleName() + "." + constant.name());
            }
        }
        assertThat(base.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void englishLocale_resolvesToEnglish_whateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertThat(Violation.of("court", null, "court.required").message(Locale.ENGLISH))
                    .isEqualTo("Choose the court.");
            assertThat(Violation.of("court", null, "court.required").message(Locale.CHINESE))
                    .isEqualTo("Choose the court.");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
