package kz.officesud.core.model;

import java.util.Objects;

/** The court's id of a filing (assigned on sending; stands in «Мои дела»). */
public record FilingId(String value) {
    public FilingId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a filing id cannot be blank");
        }
    }

    public static FilingId of(String value) {
        return new FilingId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
