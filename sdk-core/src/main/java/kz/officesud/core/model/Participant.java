package kz.officesud.core.model;

import java.util.Objects;

/** A party in a role of the process («Добавить участника процесса»). */
public record Participant(PartySide side, Party party) {
    public Participant {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(party, "party");
    }
}
