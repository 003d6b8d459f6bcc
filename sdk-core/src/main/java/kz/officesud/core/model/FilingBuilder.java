package kz.officesud.core.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What the builders of every filing type share: the court, the participants, the filing's own document (the
 * statement, complaint, motion…), its annexes and the powers of attorney. Every method rejects {@code null} (a
 * missing value is simply not set); {@code build()} accepts an incomplete filing, which validation then reports.
 * Not thread-safe.
 *
 * @param <B> the concrete builder
 */
public abstract class FilingBuilder<B extends FilingBuilder<B>> {
    @Nullable
    Court court;

    final List<Participant> participants = new ArrayList<>();

    @Nullable
    Attachment statement;

    final List<Attachment> annexes = new ArrayList<>();
    final List<Attachment> powersOfAttorney = new ArrayList<>();

    FilingBuilder() {}

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /** Copies the shared parts of {@code filing}'s values into this builder. */
    final B from(
            @Nullable Court court,
            List<Participant> participants,
            @Nullable Attachment statement,
            List<Attachment> annexes,
            List<Attachment> powersOfAttorney) {
        this.court = court;
        this.participants.addAll(participants);
        this.statement = statement;
        this.annexes.addAll(annexes);
        this.powersOfAttorney.addAll(powersOfAttorney);
        return self();
    }

    /** The court the filing is addressed to. */
    public B court(Court court) {
        this.court = Objects.requireNonNull(court, "court");
        return self();
    }

    /** The court with {@code code} in the {@linkplain Courts#standard() standard directory}. */
    public B court(String code) {
        return court(Courts.standard().byCode(Objects.requireNonNull(code, "code")));
    }

    /** A participant on {@code side}. */
    public B participant(PartySide side, Party party) {
        return participant(new Participant(side, party));
    }

    /**
     * A participant of the process.
     *
     * @throws UnsupportedOperationException the filing's form names no participants (a letter, a petition)
     */
    public B participant(Participant participant) {
        Objects.requireNonNull(participant, "participant");
        if (!takesParticipants()) {
            Class<?> filing = getClass().getEnclosingClass();
            throw new UnsupportedOperationException(
                    (filing == null ? getClass() : filing).getSimpleName() + " names no participants of the process");
        }
        participants.add(participant);
        return self();
    }

    /** Whether the filing's form names participants of the process; false for a letter, a petition… */
    boolean takesParticipants() {
        return true;
    }

    /** Removes every participant entered so far (to enter them anew, e.g. in a copy made with {@code toBuilder()}). */
    public B clearParticipants() {
        participants.clear();
        return self();
    }

    /** Истец. */
    public B plaintiff(Party party) {
        return participant(PartySide.PLAINTIFF, party);
    }

    /** Ответчик. */
    public B defendant(Party party) {
        return participant(PartySide.DEFENDANT, party);
    }

    /** Заявитель. */
    public B applicant(Party party) {
        return participant(PartySide.APPLICANT, party);
    }

    /** Взыскатель: the creditor of court-order proceedings. */
    public B creditor(Party party) {
        return participant(PartySide.CREDITOR, party);
    }

    /** Должник: the debtor of court-order proceedings. */
    public B debtor(Party party) {
        return participant(PartySide.DEBTOR, party);
    }

    /** The filing's own document: the statement, complaint, motion or letter itself. */
    public B statement(Attachment statement) {
        this.statement = Objects.requireNonNull(statement, "statement");
        return self();
    }

    /** The filing's own document, from a file (hashed now, streamed; the bytes stay on disk). */
    public B document(Path path) {
        return statement(Attachment.of(Objects.requireNonNull(path, "path")));
    }

    /** A document annexed to the statement («Приложение»), one file per document. */
    public B attachment(Attachment annex) {
        annexes.add(Objects.requireNonNull(annex, "annex"));
        return self();
    }

    /** An annexed document, from a file (hashed now, streamed). */
    public B attachment(Path path) {
        return attachment(Attachment.of(Objects.requireNonNull(path, "path")));
    }

    /**
     * A power of attorney (доверенность): the signer acts for the account holder or a party, and the court checks
     * the authority from this document.
     */
    public B powerOfAttorney(Attachment powerOfAttorney) {
        powersOfAttorney.add(Objects.requireNonNull(powerOfAttorney, "powerOfAttorney"));
        return self();
    }

    /** A power of attorney, from a file (hashed now, streamed). */
    public B powerOfAttorney(Path path) {
        return powerOfAttorney(Attachment.of(Objects.requireNonNull(path, "path")));
    }

    /**
     * Passes each file entered through {@code bind}, in place: how {@code withDocuments} rebinds a filing's files.
     * Here the statement, the annexes and the powers of attorney; a builder holding files of its own passes them too.
     */
    B bind(UnaryOperator<Attachment> bind) {
        Objects.requireNonNull(bind, "bind");
        statement = Filings.boundOrNull(statement, bind);
        rebind(annexes, bind);
        rebind(powersOfAttorney, bind);
        return self();
    }

    private static void rebind(List<Attachment> attachments, UnaryOperator<Attachment> bind) {
        attachments.replaceAll(a -> Filings.bound(a, bind));
    }

    /** The filing; an incomplete one (a draft) too, which validation then reports. */
    public abstract Filing build();
}
