package kz.officesud.core.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state fee (государственная пошлина) step of a filing: exempt, paid online through the
 * e-government payment gateway, or paid with an uploaded receipt. Amounts and the receipt may be missing
 * in a draft; validation reports them.
 */
public sealed interface StateFee permits StateFee.Exempt, StateFee.PaidOnline, StateFee.Receipt {

    /** The amount paid, if this is a payment and it is known. */
    Optional<Tenge> paidAmount();

    /** «Не оплачивать»: exempt under the Tax Code, naming the exemption category. */
    static Exempt exempt(String exemptionCategory) {
        return new Exempt(exemptionCategory);
    }

    /** Paid online; the amount to be entered. */
    static PaidOnline paidOnline() {
        return new PaidOnline(null);
    }

    /** Paid online, {@code amount}. */
    static PaidOnline paidOnline(Tenge amount) {
        return new PaidOnline(Objects.requireNonNull(amount, "amount"));
    }

    /**
     * Paid online, {@code amount}, under the payment's unique code from the e-government payment gateway's check: the
     * court checks the payment by it with the tax authority.
     */
    static PaidOnline paidOnline(Tenge amount, String paymentCode) {
        return new PaidOnline(
                Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(paymentCode, "paymentCode"));
    }

    /** Paid, proven by a scan of the receipt. */
    static Receipt receipt(Tenge amount, Attachment receipt) {
        return new Receipt(Objects.requireNonNull(amount, "amount"), Objects.requireNonNull(receipt, "receipt"));
    }

    /** @param exemptionCategory the exemption category under the Tax Code, as text */
    record Exempt(String exemptionCategory) implements StateFee {
        public Exempt {
            Objects.requireNonNull(exemptionCategory, "exemptionCategory");
        }

        @Override
        public Optional<Tenge> paidAmount() {
            return Optional.empty();
        }
    }

    /**
     * @param amount the amount paid; absent in a draft that has not entered it
     * @param paymentCode the payment's unique code (the electronic check's), if the filing names it
     */
    record PaidOnline(@Nullable Tenge amount, @Nullable String paymentCode) implements StateFee {
        /** Paid online without naming the payment's code. */
        public PaidOnline(@Nullable Tenge amount) {
            this(amount, null);
        }

        @Override
        public Optional<Tenge> paidAmount() {
            return Optional.ofNullable(amount);
        }
    }

    /**
     * @param amount the amount paid
     * @param receipt the scan of the receipt (чек / квитанция)
     */
    record Receipt(@Nullable Tenge amount, @Nullable Attachment receipt) implements StateFee {
        @Override
        public Optional<Tenge> paidAmount() {
            return Optional.ofNullable(amount);
        }
    }
}
