package kz.officesud.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a filing stands: a draft waiting to be sent, sent, registered or refused registration, in
 * proceedings, closed. {@link #canMoveTo(FilingState)} holds the lifecycle:
 *
 * <pre>
 * DRAFT → SENT → REGISTERED → IN_PROCEEDINGS → CLOSED
 *               ↘ REFUSED
 * </pre>
 */
public enum FilingState {
    /** «Ожидает отправки»: not yet signed or not yet sent. */
    DRAFT("Ожидает отправки"),
    /** Отправлено: the talon is issued, registration pending. */
    SENT("Отправлено"),
    /** Зарегистрировано в ИС СО. */
    REGISTERED("Зарегистрировано"),
    /** Отказано в регистрации, on one of the six {@link RefusalGround}s. */
    REFUSED("Отказано в регистрации"),
    /** В производстве: the court has taken up the case. */
    IN_PROCEEDINGS("В производстве"),
    /** Завершено. */
    CLOSED("Завершено");

    private final String nameRu;

    FilingState(String nameRu) {
        this.nameRu = nameRu;
    }

    public String nameRu() {
        return nameRu;
    }

    /** The states this one may move to (none for REFUSED and CLOSED). */
    public Set<FilingState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(REGISTERED, REFUSED);
            case REGISTERED -> EnumSet.of(IN_PROCEEDINGS);
            case IN_PROCEEDINGS -> EnumSet.of(CLOSED);
            case REFUSED, CLOSED -> EnumSet.noneOf(FilingState.class);
        };
    }

    /** True if a filing in this state may move to {@code target}. */
    public boolean canMoveTo(FilingState target) {
        return next().contains(Objects.requireNonNull(target, "target"));
    }

    /** True for REFUSED and CLOSED, which nothing follows. */
    public boolean isFinal() {
        return next().isEmpty();
    }
}
