package kz.officesud.core.model;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of event of a case's progress («статус рассмотрения», the dynamics of a case: acceptance, hearings,
 * transfers, decisions), as the court office shows them in «Мои дела» and case observation lists them.
 */
public enum CaseEventKind {
    /** Принято к производству: the court took the case up (the filing goes IN_PROCEEDINGS). */
    ACCEPTED("Принято к производству", FilingState.IN_PROCEEDINGS),
    /** Назначено судебное заседание. */
    HEARING_SET("Назначено судебное заседание", null),
    /** Судебное заседание отложено (перенесено). */
    HEARING_MOVED("Судебное заседание отложено", null),
    /** Производство приостановлено. */
    SUSPENDED("Производство приостановлено", null),
    /** Производство возобновлено. */
    RESUMED("Производство возобновлено", null),
    /** Передано по подсудности (to another court). */
    TRANSFERRED("Передано по подсудности", null),
    /** Вынесен судебный акт (решение, определение, постановление, приговор). */
    DECIDED("Вынесен судебный акт", null),
    /** Заявление возвращено (the court returned the statement; the filing is closed). */
    RETURNED("Заявление возвращено", FilingState.CLOSED),
    /** Производство завершено. */
    CLOSED("Производство завершено", FilingState.CLOSED);

    private final String nameRu;
    private final @Nullable FilingState moves;

    CaseEventKind(String nameRu, @Nullable FilingState moves) {
        this.nameRu = nameRu;
        this.moves = moves;
    }

    public String nameRu() {
        return nameRu;
    }

    /** The state the filing moves to with this event, if any. */
    public Optional<FilingState> movesTo() {
        return Optional.ofNullable(moves);
    }
}
