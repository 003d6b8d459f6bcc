package kz.officesud.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** What every filing type does alike with its files. */
final class Filings {
    private Filings() {}

    /** {@code attachment} passed through {@code bind}, which must keep its metadata. */
    static Attachment bound(Attachment attachment, UnaryOperator<Attachment> bind) {
        Attachment bound = Objects.requireNonNull(bind.apply(attachment), "bind returned null");
        if (!bound.equals(attachment)) {
            throw new IllegalArgumentException(
                    "binding content must keep a file's metadata: " + attachment + " became " + bound);
        }
        return bound;
    }

    /**
     * The files of a filing in its usual parts: the statement ({@code statement}), the annexes ({@code
     * annexes[i]}), the receipt of a state fee paid with one ({@code stateFee.receipt}) and the powers of attorney
     * ({@code powersOfAttorney[i]}).
     */
    static List<FilingDocument> documents(
            @Nullable Attachment statement,
            List<Attachment> annexes,
            @Nullable StateFee stateFee,
            List<Attachment> powersOfAttorney) {
        List<FilingDocument> all = new ArrayList<>(annexes.size() + powersOfAttorney.size() + 2);
        if (statement != null) {
            all.add(new FilingDocument("statement", DocumentRole.STATEMENT, statement));
        }
        for (int i = 0; i < annexes.size(); i++) {
            all.add(new FilingDocument("annexes[" + i + "]", DocumentRole.ANNEX, annexes.get(i)));
        }
        if (stateFee instanceof StateFee.Receipt receipt && receipt.receipt() != null) {
            all.add(new FilingDocument("stateFee.receipt", DocumentRole.FEE_RECEIPT, receipt.receipt()));
        }
        for (int i = 0; i < powersOfAttorney.size(); i++) {
            all.add(new FilingDocument(
                    "powersOfAttorney[" + i + "]", DocumentRole.POWER_OF_ATTORNEY, powersOfAttorney.get(i)));
        }
        return List.copyOf(all);
    }

    /** {@code statement} passed through {@code bind}, if there is one. */
    static @Nullable Attachment boundOrNull(@Nullable Attachment statement, UnaryOperator<Attachment> bind) {
        return statement == null ? null : bound(statement, bind);
    }

    /** A state fee whose receipt (if any) is passed through {@code bind}. */
    static @Nullable StateFee bound(@Nullable StateFee stateFee, UnaryOperator<Attachment> bind) {
        if (stateFee instanceof StateFee.Receipt receipt && receipt.receipt() != null) {
            return new StateFee.Receipt(receipt.amount(), bound(receipt.receipt(), bind));
        }
        return stateFee;
    }

    /** Each of {@code attachments} passed through {@code bind}. */
    static List<Attachment> bound(List<Attachment> attachments, UnaryOperator<Attachment> bind) {
        return attachments.stream().map(a -> bound(a, bind)).toList();
    }
}
