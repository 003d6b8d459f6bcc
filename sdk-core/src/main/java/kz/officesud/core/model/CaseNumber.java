package kz.officesud.core.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A case number (номер дела) as the courts of Kazakhstan write it: {@code CCCC-YY-00-T/N}, e.g. {@code
 * 7517-21-00-2/6609}, {@code 7599-22-00-2а/1489}, {@code 6003-25-00-4к/1454(2)}.
 *
 * @param courtCode the 4-digit code of the court ({@link Court#code()})
 * @param year the registration year, two digits (21 = 2021)
 * @param caseType the case-type code: one or two digits, then up to three lowercase Cyrillic letters
 *     ({@code 2}, {@code 2а}, {@code 4к}, {@code 6ап})
 * @param sequence the case's number within the court, year and type (no leading zeros)
 * @param suffix the number in parentheses after it ({@code 2} in {@code 1454(2)}), if any
 */
public record CaseNumber(String courtCode, int year, String caseType, int sequence, @Nullable Integer suffix) {
    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");
    private static final Pattern CASE_TYPE = Pattern.compile("[0-9]{1,2}[а-яё]{0,3}");
    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,6}");

    public CaseNumber {
        Objects.requireNonNull(courtCode, "courtCode");
        Objects.requireNonNull(caseType, "caseType");
        if (!Court.isCourtCode(courtCode)) {
            throw new IllegalArgumentException("courtCode must be 4 digits, got '" + courtCode + "'");
        }
        if (year < 0 || year > 99) {
            throw new IllegalArgumentException("year must be two digits (0–99), got " + year);
        }
        if (!CASE_TYPE.matcher(caseType).matches()) {
            throw new IllegalArgumentException("not a case-type code: '" + caseType + "'");
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, got " + sequence);
        }
        if (suffix != null && suffix < 1) {
            throw new IllegalArgumentException("suffix must be positive, got " + suffix);
        }
    }

    /**
     * Parses {@code CCCC-YY-00-T/N} or {@code CCCC-YY-00-T/N(K)}; surrounding whitespace is ignored. Anything
     * else is an {@link InvalidCaseNumberException} whose message names the part that is wrong.
     */
    public static CaseNumber parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip();
        int slash = s.indexOf('/');
        if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
            throw error("caseNumber.slash", s, "a case number has exactly one '/' before the sequence number");
        }
        String[] groups = s.substring(0, slash).split("-", -1);
        if (groups.length != 4) {
            throw error(
                    "caseNumber.groups",
                    s,
                    "a case number has four groups separated by '-' before the '/' (CCCC-YY-00-T), found "
                            + groups.length);
        }
        if (!Court.isCourtCode(groups[0])) {
            throw error(
                    "caseNumber.courtCode",
                    s,
                    "the court code (first group) must be 4 digits, got '" + groups[0] + "'");
        }
        if (!TWO_DIGITS.matcher(groups[1]).matches()) {
            throw error("caseNumber.year", s, "the year (second group) must be 2 digits, got '" + groups[1] + "'");
        }
        if (!"00".equals(groups[2])) {
            throw error("caseNumber.zeros", s, "the third group must be 00, got '" + groups[2] + "'");
        }
        String type = groups[3];
        if (!CASE_TYPE.matcher(type).matches()) {
            boolean latin = type.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
            throw error(
                    latin ? "caseNumber.typeLatin" : "caseNumber.type",
                    s,
                    latin
                            ? "the case type '" + type + "' contains Latin letters; case types use Cyrillic (2а, 4к)"
                            : "the case type (fourth group) must be 1–2 digits and up to 3 lowercase Cyrillic"
                                    + " letters, got '" + type + "'");
        }
        String tail = s.substring(slash + 1);
        Integer suffix = null;
        int open = tail.indexOf('(');
        if (open >= 0) {
            String inner = tail.endsWith(")") ? tail.substring(open + 1, tail.length() - 1) : "";
            if (!NUMBER.matcher(inner).matches()) {
                throw error(
                        "caseNumber.suffix",
                        s,
                        "the part in parentheses must be a positive number closed by ')', got '" + tail.substring(open)
                                + "'");
            }
            suffix = Integer.valueOf(inner);
            tail = tail.substring(0, open);
        }
        if (!NUMBER.matcher(tail).matches()) {
            throw error(
                    "caseNumber.sequence",
                    s,
                    "the sequence number after '/' must be 1–7 digits without leading zeros, got '" + tail + "'");
        }
        return new CaseNumber(groups[0], Integer.parseInt(groups[1]), type, Integer.parseInt(tail), suffix);
    }

    /** True if {@code text} parses. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidCaseNumberException e) {
            return false;
        }
    }

    /** The four-digit year (2000 + {@link #year()}). */
    public int fullYear() {
        return 2000 + year;
    }

    /** The region of the court, from the code's first two digits (empty for the republican courts, 60xx). */
    public Optional<Region> region() {
        return Region.byCaseNumberPrefix(courtCode.substring(0, 2));
    }

    /** The canonical text: {@code 7599-22-00-2а/1489}, {@code 6003-25-00-4к/1454(2)}. */
    public String format() {
        String base = courtCode + "-" + (year < 10 ? "0" : "") + year + "-00-" + caseType + "/" + sequence;
        return suffix == null ? base : base + "(" + suffix + ")";
    }

    @Override
    public String toString() {
        return format();
    }

    private static InvalidCaseNumberException error(String key, String value, String message) {
        return new InvalidCaseNumberException(
                key, Map.of("value", value), "not a case number: '" + value + "': " + message);
    }
}
