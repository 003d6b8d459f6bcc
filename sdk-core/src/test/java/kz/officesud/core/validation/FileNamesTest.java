package kz.officesud.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import kz.officesud.core.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document's file name is one every system of the parties and the court can keep as it is; the filing's local check
 * refuses the others with the key the court answers (and with a message in kk, ru and en).
 */
class FileNamesTest {
    private static final FilingValidator VALIDATOR = FilingValidator.standard();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CON",
                "con",
                "PRN.pdf",
                "aux.docx",
                "NUL.pdf",
                "nul.tar.gz",
                "Nul",
                "COM1",
                "com9.pdf",
                "COM0.txt",
                "LPT1",
                "lpt9.docx",
                "COM¹.pdf",
                "LPT³",
                "CONIN$.pdf",
                "conout$",
                "AUX .pdf",
                "NUL  .docx"
            })
    void windowsDeviceNames_withOrWithoutAnExtension_inAnyCase_areRefused(String name) {
        assertThat(FileNames.problem(name)).hasValue("document.fileName.reserved");
        assertThat(keys(name)).containsExactly("annexes[1].fileName:document.fileName.reserved");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON.", "NUL ", "nul.pdf.", "COM1 "})
    void aDeviceNameWithATrailingDotOrSpace_isRefused(String name) {
        assertThat(FileNames.problem(name)).isPresent();
        assertThat(FileNames.isValid(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CONSOLE.pdf",
                "console",
                "NULL.pdf",
                "auxiliary.docx",
                "COM10.pdf",
                "LPT.pdf",
                "COMA.pdf",
                "договор.NUL",
                "claim.con",
                "a.aux.pdf",
                "исковое заявление.pdf",
                "Талап арыз (қазақша).docx",
                "акт №12 от 01.02.2026.pdf",
                ".hidden",
                "a..b.pdf",
                " leading space.pdf",
                "#1 [копия] {v2} 100% & co; done!.pdf",
                "😀 emoji.pdf"
            })
    void namesThatOnlyLookLikeDevicesOrAreUnusual_areAccepted(String name) {
        assertThat(FileNames.problem(name)).isEmpty();
        assertThat(keys(name)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "a<b.pdf=>document.fileName.character",
                "a>b.pdf=>document.fileName.character",
                "claim.pdf:Zone.Identifier=>document.fileName.character",
                "C:boot.ini=>document.fileName.character",
                "\"quoted\".pdf=>document.fileName.character",
                "a/b.pdf=>document.fileName.character",
                "..\\..\\x.pdf=>document.fileName.character",
                "a|b.pdf=>document.fileName.character",
                "what?.pdf=>document.fileName.character",
                "*.pdf=>document.fileName.character",
                "claim.pdf.=>document.fileName.trailing",
                "claim.pdf...=>document.fileName.trailing",
                ".=>document.fileName.trailing",
                "..=>document.fileName.trailing"
            })
    void reservedCharacters_andATrailingDot_areRefused(String name, String key) {
        assertThat(FileNames.problem(name)).hasValue(key);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a\u0000.pdf",
                "a\tb.pdf",
                "a\r\nb.pdf",
                "a\u001fb.pdf",
                "a\u007f.pdf",
                "a\u0085.pdf",
                "a\u009f.pdf",
                "invoice\u202Efdp.exe",
                "a\u202Ab.pdf",
                "a\u2066b.pdf",
                "a\u2069b.pdf",
                "a\u200Fb.pdf",
                "a\u061Cb.pdf",
                "lone \uD800 high.pdf",
                "lone \uDC00 low.pdf",
                "ends high\uD83D"
            })
    void controlCharacters_directionMarks_andLoneSurrogates_areRefused(String name) {
        assertThat(FileNames.problem(name)).hasValue("document.fileName.character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"claim.pdf ", "claim.pdf\u0020\u0020"})
    void aTrailingSpace_isRefused(String name) {
        assertThat(FileNames.problem(name)).hasValue("document.fileName.trailing");
    }

    @org.junit.jupiter.api.Test
    void theLength_isCountedInUtf8Bytes() {
        String latin = "a".repeat(251) + ".pdf";
        String cyrillic = "д".repeat(125) + ".pdf"; // 250 + 4 bytes
        String cyrillicTooLong = "д".repeat(126) + ".pdf"; // 252 + 4 bytes, 130 characters
        String kazakhTooLong = "қ".repeat(126) + ".pdf";

        assertThat(FileNames.problem(latin)).isEmpty();
        assertThat(FileNames.problem("a" + latin)).hasValue("document.fileName.tooLong");
        assertThat(FileNames.problem(cyrillic)).isEmpty();
        assertThat(FileNames.problem(cyrillicTooLong)).hasValue("document.fileName.tooLong");
        assertThat(FileNames.problem(kazakhTooLong)).hasValue("document.fileName.tooLong");
        assertThat(FileNames.problem("😀".repeat(62) + ".pdf")).isEmpty();
        assertThat(FileNames.problem("😀".repeat(63) + ".pdf")).hasValue("document.fileName.tooLong");
    }

    @org.junit.jupiter.api.Test
    void theFilingsLocalCheck_saysWhyInEveryLanguage_withoutShowingAControlCharacter() {
        for (String name : List.of("NUL.pdf", "a\u0007b.pdf", "claim.pdf.", "д".repeat(200) + ".pdf")) {
            Violation v = VALIDATOR
                    .validate(FilingValidatorTest.validClaim()
                            .attachment(FilingValidatorTest.file(name))
                            .build())
                    .violations()
                    .get(0);
            for (Locale locale : List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"), Locale.ENGLISH)) {
                assertThat(v.message(locale))
                        .as(v.messageKey() + " in " + locale)
                        .doesNotContain("{")
                        .doesNotContain(v.messageKey())
                        .doesNotContain("\u0007");
            }
        }
    }

    @org.junit.jupiter.api.Test
    void twoNamesThatDifferOnlyInUnicodeNormalization_areTheSameDocument() {
        String composed = "отчёт.pdf";
        String decomposed = "отче\u0308т.pdf"; // as macOS writes it
        Claim claim = FilingValidatorTest.validClaim()
                .attachment(FilingValidatorTest.file(composed))
                .attachment(FilingValidatorTest.file(decomposed))
                .build();

        assertThat(VALIDATOR.validate(claim).violations())
                .extracting(Violation::messageKey)
                .containsExactly("document.fileName.duplicate");
    }

    /** The violations of a valid claim with one more annex named {@code name}, as {@code path:key}. */
    private static List<String> keys(String name) {
        Claim claim = FilingValidatorTest.validClaim()
                .attachment(FilingValidatorTest.file(name))
                .build();
        return VALIDATOR.validate(claim).violations().stream()
                .map(v -> v.path() + ":" + v.messageKey())
                .filter(key -> key.contains("fileName"))
                .toList();
    }
}
