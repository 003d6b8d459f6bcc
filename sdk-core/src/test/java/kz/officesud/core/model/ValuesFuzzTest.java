package kz.officesud.core.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzzes the readers of the values a user types or a data file brings: {@link CaseNumber#parse}, {@link Iin#of},
 * {@link Bin#of}, {@link Tenge#parse} and {@link Courts#read}. Each reads the text, and what it read writes back as
 * it was read, or throws its own {@link InvalidValueException}, whose message reads in kk, ru and en — never a JDK exception.
 *
 * <p>The input: byte 0 picks the reader ({@code % 5}), the rest is the text (UTF-8) or the directory file.
 */
class ValuesFuzzTest {
    private static final java.util.List<java.util.Locale> LOCALES = java.util.List.of(
            java.util.Locale.forLanguageTag("kk"), java.util.Locale.forLanguageTag("ru"), java.util.Locale.ENGLISH);

    @FuzzTest
    void parse(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        String text = new String(bytes, StandardCharsets.UTF_8);
        try {
            switch ((input[0] & 0xFF) % 5) {
                case 0 -> {
                    CaseNumber number = CaseNumber.parse(text);
                    if (!CaseNumber.parse(number.toString()).equals(number)) {
                        throw new AssertionError("a case number that does not read back: " + number);
                    }
                }
                case 1 -> {
                    Iin iin = Iin.of(text);
                    if (!iin.value().equals(text) || !Iin.isValid(text)) {
                        throw new AssertionError("an IIN that is not what was read: " + iin);
                    }
                }
                case 2 -> {
                    Bin bin = Bin.of(text);
                    if (!bin.value().equals(text) || !Bin.isValid(text)) {
                        throw new AssertionError("a BIN that is not what was read: " + bin);
                    }
                }
                case 3 -> {
                    Tenge amount = Tenge.parse(text);
                    if (Tenge.parse(amount.toString()).compareTo(amount) != 0) {
                        throw new AssertionError("an amount that does not read back: " + amount);
                    }
                }
                default -> {
                    Courts courts = Courts.read(new ByteArrayInputStream(bytes), "fuzz.txt");
                    for (Court court : courts.all()) {
                        if (courts.byCode(court.code()) != court) {
                            throw new AssertionError("a court not found by its code: " + court);
                        }
                    }
                }
            }
        } catch (InvalidValueException refused) {
            for (java.util.Locale locale : LOCALES) {
                if (refused.message(locale).isBlank()) {
                    throw new AssertionError("a refusal without a " + locale + " message", refused);
                }
            }
        }
    }
}
