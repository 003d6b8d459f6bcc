package kz.officesud.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategories;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseKind;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.InvalidDataFileException;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.samples.SampleFilings;
import org.junit.jupiter.api.Test;

class FilingValidatorTest {
    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    private static final SplittableRandom RANDOM = new SplittableRandom(11);
    private static final Iin IIN = Iin.random(RANDOM);
    private static final Bin BIN = Bin.random(RANDOM);

    private final FilingValidator validator = FilingValidator.standard();

    static Attachment file(String name) {
        return Attachment.of(name, ContentSource.ofBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** A claim that passes every rule. */
    static Claim.Builder validClaim() {
        return Claim.builder()
                .court(Courts.standard().byCode("7517"))
                .proceedings(Proceedings.ACTION)
                .category(CaseCategory.of("142030001200070000"))
                .plaintiff(Party.legalEntity(BIN, "ТОО «Альфа»"))
                .defendant(Party.individual(IIN, "Иванов Иван Иванович"))
                .claimAmount(Tenge.of(1_500_000))
                .stateFee(StateFee.paidOnline(Tenge.of(45_000)))
                .statement(file("исковое заявление.docx"))
                .attachment(file("договор подряда.pdf"));
    }

    /** A claim in {@code proceedings} with the sides they take: a creditor and a debtor, an applicant… */
    static Claim.Builder validClaimOf(Proceedings proceedings) {
        Claim.Builder claim = validClaim().proceedings(proceedings).clearParticipants();
        Party company = Party.legalEntity(BIN, "ТОО «Альфа»");
        Party person = Party.individual(IIN, "Иванов Иван Иванович");
        return switch (proceedings) {
            case ACTION, SPECIAL_ACTION -> claim.plaintiff(company).defendant(person);
            case COURT_ORDER -> claim.creditor(company).debtor(person);
            case SPECIAL -> claim.applicant(person);
        };
    }

    @Test
    void validate_whenClaimComplete_isValid() {
        ValidationReport report = validator.validate(validClaim().build());
        assertThat(report.violations()).isEmpty();
        assertThat(report.isValid()).isTrue();
        assertThat(report.orThrow()).isSameAs(report);
    }

    @Test
    void validate_whenEmptyDraft_reportsEveryMissingPartAtOnce() {
        ValidationReport report = validator.validate(Claim.builder().build());
        assertThat(report.violations())
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("court", "court.required"),
                        tuple("proceedings", "proceedings.required"),
                        tuple("category", "claim.category.required"),
                        tuple("participants", "claim.plaintiff.required"),
                        tuple("participants", "claim.defendant.required"),
                        tuple("stateFee", "claim.stateFee.required"),
                        tuple("statement", "claim.statement.required"));
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void validate_collectsMultipleViolations_withMessagesInAllThreeLanguages() {
        Claim claim = validClaim()
                .category(new CaseCategory("1420300012"))
                .participant(PartySide.THIRD_PARTY, Party.individual(Iin.ofUnverified("123456789011"), " "))
                .stateFee(new StateFee.Receipt(Tenge.ZERO, null))
                .attachment(file("Договор подряда.PDF"))
                .build();
        ValidationReport report = validator.validate(claim);
        assertThat(report.violations())
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .containsExactly(
                        tuple("category", "1420300012", "category.format"),
                        tuple("participants[2].party.fullName", " ", "party.name.required"),
                        tuple("participants[2].party.iin", "********9011", "iin.checksum"),
                        tuple("stateFee.amount", "0.00", "stateFee.amount.positive"),
                        tuple("stateFee.receipt", null, "stateFee.receipt.required"),
                        tuple("annexes[1].fileName", "Договор подряда.PDF", "document.fileName.duplicate"));

        Violation iin = report.at("participants[2].party.iin").get(0);
        assertThat(iin.message(RU)).isEqualTo("ИИН ********9011 указан неверно: не сходится контрольная цифра.");
        assertThat(iin.message(KK)).isEqualTo("ЖСН ********9011 қате: бақылау цифры сәйкес келмейді.");
        assertThat(iin.message(EN)).isEqualTo("The IIN ********9011 is wrong: its check digit does not match.");

        Violation duplicate = report.at("annexes[1].fileName").get(0);
        assertThat(duplicate.args()).containsEntry("first", "annexes[0]");
        assertThat(duplicate.message(RU)).contains("Договор подряда.PDF");
        assertThat(duplicate.message(KK)).contains("Договор подряда.PDF");
        assertThat(duplicate.message(EN)).contains("Договор подряда.PDF");

        for (Violation v : report.violations()) {
            String kk = v.message(KK);
            String ru = v.message(RU);
            String en = v.message(EN);
            assertThat(List.of(kk, ru, en)).as(v.messageKey()).doesNotHaveDuplicates();
            assertThat(List.of(kk, ru, en))
                    .allSatisfy(
                            m -> assertThat(m).doesNotContain(v.messageKey()).doesNotContain("{"));
        }
        assertThat(report.messages(RU)).hasSize(6).first().asString().startsWith("category: ");
    }

    @Test
    void validate_neverShowsDocumentContentsOrWholeIins() {
        Claim claim = validClaim()
                .participant(PartySide.THIRD_PARTY, Party.individual(Iin.ofUnverified("123456789012"), "X"))
                .attachment(file(""))
                .build();
        ValidationReport report = validator.validate(claim);
        assertThat(report.violations()).extracting(Violation::rejectedValue).doesNotContain("123456789012");
        assertThat(report.toString()).doesNotContain("123456789012");
        assertThat(report.at("annexes[1].fileName"))
                .extracting(Violation::messageKey)
                .containsExactly("document.fileName.required");
    }

    @Test
    void ncaTestIdentities_areRejected_unlessUnverifiedAllowed() {
        Claim claim = validClaim()
                .participant(PartySide.REPRESENTATIVE, Party.individual(Iin.ofUnverified("123456789011"), "Тест"))
                .participant(PartySide.THIRD_PARTY, Party.legalEntity(Bin.ofUnverified("123456789021"), "ТОО «Тест»"))
                .build();
        ValidationReport strict = validator.validate(claim, ValidationOptions.defaults());
        assertThat(strict.violations())
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .containsExactly(
                        tuple("participants[2].party.iin", "********9011", "iin.checksum"),
                        tuple("participants[3].party.bin", "123456789021", "bin.checksum"));
        ValidationOptions lenient =
                ValidationOptions.builder().allowUnverifiedIdentities(true).build();
        assertThat(validator.validate(claim, lenient).isValid()).isTrue();
    }

    @Test
    void residents_needAnIdentity_nonResidentsMayLackOne() {
        Claim claim = validClaim()
                .participant(PartySide.THIRD_PARTY, Party.nonResidentIndividual(null, "John Smith"))
                .participant(PartySide.THIRD_PARTY, Party.nonResidentLegalEntity(null, "Acme GmbH"))
                .participant(
                        PartySide.THIRD_PARTY,
                        new Party.Individual(null, "Резидент", true, kz.officesud.core.model.Contacts.none()))
                .participant(
                        PartySide.THIRD_PARTY,
                        new Party.LegalEntity(null, "ТОО", true, kz.officesud.core.model.Contacts.none()))
                .build();
        assertThat(validator.validate(claim).violations())
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(
                        tuple("participants[4].party.iin", "party.iin.required"),
                        tuple("participants[5].party.bin", "party.bin.required"));
    }

    @Test
    void claimAmount_requiredWhereTheProceedingsNeedIt() {
        // a classifier in which the category belongs to every kind of proceedings: only the amount is judged here
        ValidationOptions anyProceedings = SampleFilings.CATEGORIES_OF_EVERY_PROCEEDINGS;
        Claim courtOrder = validClaim()
                .proceedings(Proceedings.COURT_ORDER)
                .clearParticipants()
                .creditor(Party.legalEntity(BIN, "ТОО «Альфа»"))
                .debtor(Party.individual(IIN, "Иванов Иван Иванович"))
                .build();
        Claim action = new Claim(
                courtOrder.court(),
                courtOrder.proceedings(),
                courtOrder.category(),
                null,
                courtOrder.participants(),
                null,
                courtOrder.stateFee(),
                null,
                courtOrder.statement(),
                courtOrder.annexes(),
                List.of());
        assertThat(validator.validate(action, anyProceedings).violations())
                .extracting(Violation::path, Violation::messageKey)
                .containsExactly(tuple("claimAmount", "claim.claimAmount.required"));
        Claim special = new Claim(
                action.court(),
                Proceedings.SPECIAL,
                action.category(),
                null,
                List.of(new kz.officesud.core.model.Participant(
                        PartySide.APPLICANT, Party.individual(IIN, "Иванов Иван Иванович"))),
                null,
                action.stateFee(),
                null,
                action.statement(),
                action.annexes(),
                List.of());
        assertThat(validator.validate(special, anyProceedings).isValid()).isTrue();
        // zero is a valid amount (a non-property claim)
        assertThat(validator
                        .validate(validClaim().claimAmount(Tenge.ZERO).build())
                        .isValid())
                .isTrue();
    }

    @Test
    void stateFee_mustBeConsistent() {
        assertThat(keys(validClaim().stateFee(StateFee.paidOnline()).build()))
                .containsExactly("stateFee.amount:stateFee.amount.required");
        assertThat(keys(validClaim().stateFee(StateFee.exempt(" ")).build()))
                .containsExactly("stateFee.exemptionCategory:stateFee.exemptionCategory.required");
        assertThat(keys(validClaim().stateFee(new StateFee.Receipt(null, null)).build()))
                .containsExactly(
                        "stateFee.amount:stateFee.amount.required", "stateFee.receipt:stateFee.receipt.required");
        assertThat(keys(validClaim()
                        .stateFee(StateFee.receipt(Tenge.of(45_000), file("чек.jpg")))
                        .build()))
                .isEmpty();
        assertThat(keys(validClaim().stateFee(StateFee.exempt("участники ВОВ")).build()))
                .isEmpty();
    }

    @Test
    void receiptFile_takesPartInFileNameChecks() {
        Claim claim = validClaim()
                .stateFee(StateFee.receipt(Tenge.of(45_000), file("договор подряда.pdf")))
                .build();
        assertThat(keys(claim)).containsExactly("stateFee.receipt.fileName:document.fileName.duplicate");
        assertThat(claim.documents())
                .extracting(FilingDocument::path)
                .containsExactly("statement", "annexes[0]", "stateFee.receipt");
    }

    @Test
    void extensionPoint_runsPluggedRulesAfterTheStandardOnes() {
        FilingRule maxTwoFiles = (filing, options) -> filing.documents().size() > 1
                ? List.of(new Violation("annexes", null, "test.tooMany", Map.of("max", 1)))
                : List.of();
        FilingValidator extended = validator.withRules(maxTwoFiles);
        assertThat(extended.rules()).hasSize(validator.rules().size() + 1).endsWith(maxTwoFiles);
        ValidationReport report =
                extended.validate(validClaim().category(new CaseCategory("x")).build());
        assertThat(report.violations())
                .extracting(Violation::messageKey)
                .containsExactly("category.format", "test.tooMany");
        // an unknown key falls back to the key itself rather than failing
        assertThat(report.violations().get(1).message(RU)).isEqualTo("test.tooMany");
        // the standard validator is unchanged
        assertThat(validator.validate(validClaim().build()).isValid()).isTrue();
        assertThat(FilingValidator.of(List.of(maxTwoFiles))
                        .validate(Claim.builder().build())
                        .isValid())
                .isTrue();
    }

    @Test
    void orThrow_carriesTheWholeReport() {
        ValidationReport report = validator.validate(Claim.builder().build());
        assertThatThrownBy(report::orThrow)
                .isInstanceOfSatisfying(
                        ValidationException.class, e -> assertThat(e.report()).isEqualTo(report))
                .hasMessageStartingWith("the filing fails the court's rules: 7 violations: court: Choose the court.");
    }

    @Test
    void report_plusAndAt() {
        ValidationReport a = new ValidationReport(List.of(Violation.of("court", null, "court.required")));
        ValidationReport b = new ValidationReport(List.of(Violation.of("category", null, "claim.category.required")));
        assertThat(a.plus(b).violations()).extracting(Violation::path).containsExactly("court", "category");
        assertThat(a.plus(b).at("category")).hasSize(1);
        assertThat(ValidationReport.valid().isValid()).isTrue();
        assertThat(a).isEqualTo(new ValidationReport(List.of(Violation.of("court", null, "court.required"))));
    }

    @Test
    void options_equalityAndDefaults() {
        assertThat(ValidationOptions.defaults().allowUnverifiedIdentities()).isFalse();
        assertThat(ValidationOptions.defaults().filingDate()).isEmpty();
        ValidationOptions lenient =
                ValidationOptions.builder().allowUnverifiedIdentities(true).build();
        assertThat(lenient)
                .isEqualTo(ValidationOptions.defaults().toBuilder()
                        .allowUnverifiedIdentities(true)
                        .build());
        assertThat(lenient)
                .hasSameHashCodeAs(ValidationOptions.builder()
                        .allowUnverifiedIdentities(true)
                        .build());
        assertThat(lenient).isNotEqualTo(ValidationOptions.defaults());
        assertThat(lenient.toBuilder()
                        .filingDate(java.time.LocalDate.of(2025, 6, 16))
                        .build()
                        .filingDate())
                .contains(java.time.LocalDate.of(2025, 6, 16));
    }

    @Test
    void violation_messageFallsBackToEnglish_forOtherLanguages() {
        Violation v = Violation.of("court", null, "court.required");
        assertThat(v.message(Locale.GERMAN)).isEqualTo("Choose the court.");
        assertThat(v.message(Locale.forLanguageTag("kz"))).isEqualTo("Сот таңдалмаған.");
        assertThat(v.message(Locale.forLanguageTag("ru-KZ"))).isEqualTo("Не выбран суд.");
    }

    private List<String> keys(Claim claim) {
        return validator.validate(claim).violations().stream()
                .map(v -> v.path() + ":" + v.messageKey())
                .toList();
    }

    @Test
    void category_thatDoesNotFitTheProceedings_isAViolation_inThreeLanguages() {
        Claim courtOrder = validClaimOf(Proceedings.COURT_ORDER).build();
        List<Violation> violations = validator.validate(courtOrder).violations();
        assertThat(violations)
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .containsExactly(tuple("category", "142030001200070000", "category.proceedings"));
        Violation v = violations.get(0);
        assertThat(v.message(RU))
                .isEqualTo("Категория дела 142030001200070000 «По договору подряда» не относится к виду производства"
                        + " «приказное»: выберите категорию этого производства или производство этой категории.");
        assertThat(v.message(KK)).contains("«бұйрық ісін жүргізу»", "142030001200070000");
        assertThat(v.message(EN)).contains("does not belong to court-order proceedings");
        assertThat(validator.validate(validClaimOf(Proceedings.SPECIAL).build()).violations())
                .extracting(Violation::messageKey)
                .containsExactly("category.proceedings");
    }

    @Test
    void category_ofAnotherFormOfProceedings_doesNotFitAClaim() {
        CaseCategories administrative = CaseCategories.of(List.of(new CaseCategories.Entry(
                CaseCategory.of("999999999999999999"),
                ProceedingsForm.ADMINISTRATIVE,
                EnumSet.noneOf(Proceedings.class),
                "Тестовая административная категория",
                null,
                null)));
        ValidationOptions options = ValidationOptions.builder()
                .caseCategories(CaseCategories.standard().plus(administrative))
                .build();
        Claim claim = validClaim().category("999999999999999999").build();
        assertThat(validator.validate(claim, options).violations())
                .extracting(Violation::messageKey)
                .containsExactly("category.proceedings");
        // the standard classifier does not list the code: not judged
        assertThat(validator.validate(claim).isValid()).isTrue();
    }

    @Test
    void caseCategories_usersAddTheirOwnCodes_fromAFile() {
        String file = "# our categories\n"
                + "142030001200070000|CIVIL|ACTION,COURT_ORDER|По договору подряда||Under a works contract\n"
                + "111111111111111111|CIVIL|SPECIAL|Об установлении факта, имеющего юридическое значение||\n";
        CaseCategories ours = CaseCategories.standard()
                .plus(CaseCategories.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "ours"));
        assertThat(ours.all()).hasSize(2);
        assertThat(ours.find(CaseCategory.of("142030001200070000"))
                        .orElseThrow()
                        .name(EN))
                .isEqualTo("Under a works contract");
        ValidationOptions options =
                ValidationOptions.builder().caseCategories(ours).build();
        assertThat(validator
                        .validate(validClaimOf(Proceedings.COURT_ORDER).build(), options)
                        .isValid())
                .isTrue();
        assertThat(validator
                        .validate(validClaim().category("111111111111111111").build(), options)
                        .violations())
                .extracting(Violation::messageKey)
                .containsExactly("category.proceedings");

        String bad = "142030001200070000|CIVIL||По договору подряда||\n";
        assertThatThrownBy(() ->
                        CaseCategories.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), "bad"))
                .isInstanceOfSatisfying(InvalidDataFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo(InvalidDataFileException.Reason.INVALID_VALUE);
                    assertThat(e.getMessage()).contains("belongs to no proceedings");
                });
        String shortCode = "14203000120007000|CIVIL|ACTION|По договору подряда||\n";
        assertThatThrownBy(() -> CaseCategories.read(
                        new ByteArrayInputStream(shortCode.getBytes(StandardCharsets.UTF_8)), "bad"))
                .hasMessageContaining("18-digit");
    }

    @Test
    void courtJurisdiction_aClaimToACourtThatDoesNotHearCivilCasesAtFirstInstance_isAViolation() {
        Claim toAdministrativeCourt = validClaim().court("7594").build();
        Claim toAppealCourt = validClaim().court("7599").build();
        Claim toDistrictCourt = validClaim().build();
        assertThat(toDistrictCourt.caseKind()).contains(CaseKind.CIVIL_FIRST_INSTANCE);

        assertThat(CourtJurisdiction.check(toDistrictCourt)).isEmpty();
        List<Violation> wrong = CourtJurisdiction.check(toAdministrativeCourt);
        assertThat(wrong)
                .extracting(Violation::path, Violation::rejectedValue, Violation::messageKey)
                .containsExactly(tuple("court", "7594", "court.notHearing"));
        assertThat(wrong.get(0).message(RU))
                .startsWith("Суд 7594 «Специализированный межрайонный административный суд города Алматы»"
                        + " (специализированный межрайонный административный суд) не рассматривает гражданские"
                        + " дела в первой инстанции")
                .contains("основание 4");
        assertThat(wrong.get(0).message(KK)).contains("бірінші сатыда азаматтық істерді қарамайды");
        assertThat(wrong.get(0).message(EN)).contains("does not hear civil cases at first instance");
        assertThat(CourtJurisdiction.check(toAppealCourt))
                .extracting(Violation::messageKey)
                .containsExactly("court.notHearing");
        assertThat(CourtJurisdiction.check(validClaim().build().toBuilder().build()))
                .isEmpty();

        // not a form rule (the court's intake takes it and the clerk refuses it), but a rule to add before sending
        assertThat(validator.validate(toAdministrativeCourt).isValid()).isTrue();
        assertThat(validator
                        .withRules(CourtJurisdiction.rule())
                        .validate(toAdministrativeCourt)
                        .violations())
                .isEqualTo(wrong);
        // an incomplete claim without a court: the form rules say so, the jurisdiction rule is silent
        assertThat(CourtJurisdiction.check(Claim.builder().build())).isEmpty();
        assertThat(new CaseKind(ProceedingsForm.CIVIL, CourtInstance.FIRST)).isEqualTo(CaseKind.CIVIL_FIRST_INSTANCE);
    }
}
