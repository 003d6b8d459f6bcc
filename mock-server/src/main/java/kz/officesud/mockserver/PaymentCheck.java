package kz.officesud.mockserver;

import java.time.Instant;
import java.util.Objects;
import kz.officesud.core.model.Tenge;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the tax authority to the court's check of a state-fee payment from the registration card
 * («Электронный платеж» → «Проверить платеж», the 2014 instruction on filing through «Сот кабинеті», §32–35):
 * positive when the payment has reached the tax authority's account, negative otherwise — which is expected within
 * the three working days a payment may take to arrive.
 *
 * @param paymentCode the payment's unique code
 * @param checkedAt when the court asked
 * @param positive whether the tax authority confirms it
 * @param amount the amount confirmed
 * @param note the answer in words
 */
public record PaymentCheck(
        String paymentCode, Instant checkedAt, boolean positive, @Nullable Tenge amount, String note) {
    public PaymentCheck {
        Objects.requireNonNull(paymentCode, "paymentCode");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(note, "note");
    }
}
