package kz.officesud.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * A case category (категория дела) as office.sud.kz codes it: 18 digits, e.g. {@code 142030001200070000}
 * «По договору подряда». {@link #of(String)} is strict; the canonical constructor keeps any text so a
 * submitted form can be validated and its problems reported ({@link #isWellFormed()}).
 */
public record CaseCategory(String code) {
    public CaseCategory {
        Objects.requireNonNull(code, "code");
    }

    /** The category with the 18-digit {@code code}. */
    public static CaseCategory of(String code) {
        CaseCategory category = new CaseCategory(code);
        if (!category.isWellFormed()) {
            throw new InvalidValueException(
                    "category.format",
                    Map.of("value", code),
                    "a case category is an 18-digit code, got '" + code + "'");
        }
        return category;
    }

    /** True if the code is 18 ASCII digits. */
    public boolean isWellFormed() {
        return code.length() == 18 && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    @Override
    public String toString() {
        return code;
    }
}
