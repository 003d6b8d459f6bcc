package kz.officesud.core.fee;

import java.util.Objects;

/**
 * A category of applicants or cases exempt from the state fee in the courts (the «не оплачивать» box of the form,
 * which names the category under the Tax Code).
 *
 * @param code the category's code in this data ({@code LABOUR}, {@code ALIMONY}, …)
 * @param nameRu the category as the Tax Code words it
 * @param basis the article that grants it
 */
public record FeeExemption(String code, String nameRu, String basis) {
    public FeeExemption {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameRu, "nameRu");
        Objects.requireNonNull(basis, "basis");
    }
}
