package kz.officesud.core.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A filing's status: its state, and for a refusal the ground.
 *
 * @param state the state
 * @param ground the refusal ground; present exactly when the state is {@link FilingState#REFUSED}
 */
public record FilingStatus(FilingState state, @Nullable RefusalGround ground) {
    public static final FilingStatus DRAFT = new FilingStatus(FilingState.DRAFT, null);
    public static final FilingStatus SENT = new FilingStatus(FilingState.SENT, null);
    public static final FilingStatus REGISTERED = new FilingStatus(FilingState.REGISTERED, null);
    public static final FilingStatus IN_PROCEEDINGS = new FilingStatus(FilingState.IN_PROCEEDINGS, null);
    public static final FilingStatus CLOSED = new FilingStatus(FilingState.CLOSED, null);

    public FilingStatus {
        Objects.requireNonNull(state, "state");
        if ((state == FilingState.REFUSED) != (ground != null)) {
            throw new IllegalArgumentException(
                    state == FilingState.REFUSED
                            ? "a refusal needs its ground"
                            : "only a refusal has a ground, not " + state);
        }
    }

    /** Refused registration on {@code ground}. */
    public static FilingStatus refused(RefusalGround ground) {
        return new FilingStatus(FilingState.REFUSED, Objects.requireNonNull(ground, "ground"));
    }

    /** The status of a state that has no ground (anything but REFUSED). */
    public static FilingStatus of(FilingState state) {
        return new FilingStatus(state, null);
    }

    public Optional<RefusalGround> refusalGround() {
        return Optional.ofNullable(ground);
    }

    /** True if a filing with this status may move to {@code target} ({@link FilingState#canMoveTo}). */
    public boolean canMoveTo(FilingStatus target) {
        return state.canMoveTo(Objects.requireNonNull(target, "target").state());
    }

    @Override
    public String toString() {
        return ground == null ? state.name() : state + "(" + ground + ")";
    }
}
