package kz.officesud.mockserver.internal.court;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.NotificationKind;
import kz.officesud.core.model.PaymentReceipt;
import kz.officesud.core.model.Tenge;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.PaymentCheck;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.casefile.Records.CaseFileRecord;
import kz.officesud.mockserver.internal.casefile.Records.PaymentCheckRecord;
import kz.officesud.mockserver.internal.casefile.Records.PaymentRecord;
import kz.officesud.mockserver.internal.store.FilingRecord;
import org.jspecify.annotations.Nullable;

/**
 * The state fee around a filing: the e-government payment gateway (a payment gets a unique code and an electronic
 * check at once), the tax authority the court asks about a payment by its code (the 2014 instruction on filing through
 * «Сот кабинеті», §32–35: a payment reaches the tax authority's account within up to three working days, so a negative
 * answer within that lag is expected), and further payments added to a sent filing («Отправить доплату государственной
 * пошлины»). The lag is counted in working days of the court's calendar on the court clock. Thread-safe.
 */
public final class FeeDesk {
    /** The longest lag the instruction allows for. */
    public static final int MAX_LAG_WORKING_DAYS = 3;

    /** The budget account a state fee for the courts is paid to, as the check names it. */
    static final String RECIPIENT =
            "Бюджет: государственная пошлина, взимаемая с подаваемых в суд заявлений (органы государственных доходов)";

    private final CaseFiles files;
    private final CourtClock clock;
    private final Notifier notifier;
    private final SecureRandom random = new SecureRandom();
    private volatile int lagWorkingDays = 1;

    public FeeDesk(CaseFiles files, CourtClock clock, Notifier notifier) {
        this.files = files;
        this.clock = clock;
        this.notifier = notifier;
    }

    public int lagWorkingDays() {
        return lagWorkingDays;
    }

    /** How many working days a payment made from now on takes to reach the tax authority (0 to 3). */
    public void lagWorkingDays(int days) {
        if (days < 0 || days > MAX_LAG_WORKING_DAYS) {
            throw new IllegalArgumentException("a payment reaches the tax authority within 0 to 3 working days");
        }
        this.lagWorkingDays = days;
    }

    /** The gateway takes a payment: a unique 20-digit code and the electronic check, at once. */
    public synchronized PaymentRecord pay(
            Iin payer, @Nullable Bin payerBin, String payerName, Tenge amount, String purpose) {
        if (amount.amount().signum() <= 0) {
            throw new IllegalArgumentException("a payment is of a positive amount");
        }
        CaseDesk.requireText(payerName, "payerName", 300);
        CaseDesk.requireText(purpose, "purpose", 500);
        String code;
        do {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                digits.append(random.nextInt(10));
            }
            code = digits.toString();
        } while (files.payments.get(code).isPresent());
        Instant now = clock.instant();
        return files.payments.put(new PaymentRecord(
                code,
                now.toString(),
                amount.toString(),
                payer.value(),
                payerBin == null ? null : payerBin.value(),
                payerName,
                purpose,
                clock.plusWorkingDays(now, lagWorkingDays).toString()));
    }

    /** «Проверка чека оплаты»: the electronic check of a payment, by its code. */
    public Optional<PaymentReceipt> receipt(String code) {
        return files.payments.get(code).map(FeeDesk::receipt);
    }

    static PaymentReceipt receipt(PaymentRecord p) {
        return new PaymentReceipt(
                p.paymentCode(),
                Instant.parse(p.paidAt()),
                Tenge.parse(p.amount()),
                Iin.ofUnverified(p.payerIin()),
                p.payerBin() == null ? null : Bin.ofUnverified(p.payerBin()),
                p.payerName(),
                RECIPIENT,
                p.purpose());
    }

    /**
     * Adds a further payment to a sent filing by its code. False when the gateway knows no such payment, or it is
     * already part of a filing.
     */
    public synchronized boolean topUp(FilingRecord filing, String code) {
        if (files.payments.get(code).isEmpty()) {
            return false;
        }
        for (CaseFileRecord other : files.cases.all()) {
            if (other.paymentCodes().contains(code)) {
                return other.filingId().equals(filing.filingId());
            }
        }
        Optional<CaseFileRecord> file = files.cases.get(filing.filingId());
        if (file.isEmpty()) {
            return false;
        }
        files.cases.put(file.get().plusPaymentCode(code));
        return true;
    }

    /** The court asks the tax authority about every payment a filing names; each answer is recorded on its card. */
    public synchronized List<PaymentCheck> check(FilingRecord filing) {
        Optional<CaseFileRecord> file = files.cases.get(filing.filingId());
        List<PaymentCheck> checks = new ArrayList<>();
        if (file.isEmpty()) {
            return checks;
        }
        CaseFileRecord current = file.get();
        Instant now = clock.instant();
        for (String code : current.paymentCodes()) {
            Optional<PaymentRecord> payment = files.payments.get(code);
            boolean positive = payment.isPresent()
                    && !Instant.parse(payment.get().settlesAt()).isAfter(now);
            String note = positive
                    ? "the payment is on the tax authority's account"
                    : payment.isPresent()
                            ? "no payment on the tax authority's account yet: a payment arrives within up to three working days"
                            : "no such payment";
            PaymentCheckRecord check = new PaymentCheckRecord(
                    code, now.toString(), positive, positive ? payment.get().amount() : null, note);
            current = current.plusPaymentCheck(check);
            checks.add(new PaymentCheck(
                    code, now, positive, positive ? Tenge.parse(payment.get().amount()) : null, note));
            notifier.notify(
                    filing.userId(),
                    NotificationKind.PAYMENT_CHECKED,
                    filing.filingId(),
                    "filings/" + filing.filingId(),
                    filing.talon().number(),
                    code,
                    positive ? "@notice.payment.positive" : "@notice.payment.negative");
        }
        files.cases.put(current);
        return checks;
    }
}
