package kz.officesud.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The electronic check (электронный чек) of a state fee paid through the e-government payment gateway, found by its
 * unique payment code («Проверка чека оплаты», the 2014 instruction on filing through «Сот кабинеті», §36).
 *
 * @param paymentCode the payment's unique code
 * @param paidAt when it was paid
 * @param amount the amount paid
 * @param payerIin the payer's IIN
 * @param payerBin the BIN of the legal entity that paid, if any
 * @param payerName the payer's name
 * @param recipient who received it (the tax authority's budget account)
 * @param purpose what was paid for
 */
public record PaymentReceipt(
        String paymentCode,
        Instant paidAt,
        Tenge amount,
        Iin payerIin,
        @Nullable Bin payerBin,
        String payerName,
        String recipient,
        String purpose) {
    public PaymentReceipt {
        Objects.requireNonNull(paymentCode, "paymentCode");
        Objects.requireNonNull(paidAt, "paidAt");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payerIin, "payerIin");
        Objects.requireNonNull(payerName, "payerName");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
    }
}
