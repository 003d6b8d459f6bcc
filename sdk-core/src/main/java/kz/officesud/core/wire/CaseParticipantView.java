package kz.officesud.core.wire;

import java.util.Objects;
import kz.officesud.core.model.ParticipantCategory;

/**
 * A participant of an observed case («Участники судебного производства»): the category and the full name (of a
 * person) or name (of an organisation).
 */
public record CaseParticipantView(ParticipantCategory category, String name) {
    public CaseParticipantView {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(name, "name");
    }
}
