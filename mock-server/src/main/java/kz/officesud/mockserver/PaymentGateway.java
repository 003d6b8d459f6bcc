package kz.officesud.mockserver;

import java.util.Objects;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.PaymentReceipt;
import kz.officesud.core.model.Tenge;
import kz.officesud.mockserver.internal.court.FeeDesk;
import org.jspecify.annotations.Nullable;

/**
 * The e-government payment gateway and the tax authority, simulated: a payment gets its unique code and electronic
 * check at once ({@code POST /gateway/payments} does the same over HTTP), and reaches the tax authority's account — where
 * the court's check looks for it — after {@link #lag()} working days (0 to 3; 1 by default) on the court clock.
 */
public final class PaymentGateway {
    private final FeeDesk fees;

    PaymentGateway(FeeDesk fees) {
        this.fees = fees;
    }

    /** A state fee paid by a test user (the person, or the legal entity for a legal entity's user). */
    public PaymentReceipt pay(TestUser payer, Tenge amount) {
        Objects.requireNonNull(payer, "payer");
        return pay(
                payer.iin(),
                payer.bin(),
                payer.organisation() != null ? payer.organisation() : payer.name(),
                amount,
                "Государственная пошлина");
    }

    /** A payment through the gateway. */
    public PaymentReceipt pay(Iin payer, @Nullable Bin payerBin, String payerName, Tenge amount, String purpose) {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        return fees.receipt(
                        fees.pay(payer, payerBin, payerName, amount, purpose).paymentCode())
                .orElseThrow();
    }

    /** How many working days a payment takes to reach the tax authority. */
    public int lag() {
        return fees.lagWorkingDays();
    }

    /** Payments made from now on reach the tax authority after {@code workingDays} (0 to 3) working days. */
    public PaymentGateway lag(int workingDays) {
        fees.lagWorkingDays(workingDays);
        return this;
    }
}
