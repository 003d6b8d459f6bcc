package kz.officesud.core.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where a filing stands, in the terms of the seeds: the 2018 rules (seed 004) say that «информация о движении
 * электронного документа … (регистрация, отказ в регистрации и статус рассмотрения) передается заявителю в личный
 * кабинет» (§22) and that «Мои дела» shows «статус рассмотрения дела» (§25). {@link #canMoveTo(FilingState)} holds
 * the lifecycle:
 *
 * <pre>
 * DRAFT → SENT → REGISTERED → IN_PROCEEDINGS → CLOSED
 *           ↑  ↘ REFUSED        ↘ CLOSED (registered, answered without proceedings)
 *           └──────┘ additional documents («Отправить дополнительные документы»)
 * </pre>
 *
 * <p>A refusal is not the end: «В случае отклонения регистрации … пользователь может дополнительно направить
 * необходимые документы, воспользовавшись функцией „Отправить дополнительные документы“» (the court's notice
 * «Судебный кабинет», seed 000, §2.2.1; the 2018 rules, §16). The refused filing, completed by them, goes back to
 * registration: REFUSED → SENT, under the same filing and talon, and the clerk decides again. The additional
 * documents themselves travel as a filing of their own ({@link CourtService#ADDITIONAL_DOCUMENTS}) that names the
 * refused one.
 *
 * <p>The case's own events while it is heard — acceptance, hearings, transfers by jurisdiction, the judicial acts
 * («Дата принятия к производству», «Дата слушания», «Дата передачи по подсудности» of the ЭНП guide, seed 003) —
 * are not states: they are {@link StatusChange}s within IN_PROCEEDINGS, each with its note.
 */
public enum FilingState {
    /**
     * «Ожидает отправки»: «Во вкладке „Ожидает отправки“ содержатся не подписанные и не отправленные в судебный
     * орган заявления» (seed 000, §2.1).
     */
    DRAFT("Ожидает отправки"),
    /**
     * Sent, waiting for registration: «Подтверждением отправки электронного документа является формирование
     * талона об отправке» (seed 004, §14); registration follows «в течение одного рабочего дня» (§23).
     */
    SENT("Отправлено"),
    /** Registered in the courts' information system: «регистрация» (seed 004, §22), «регистрируется в ИС СО» (§23). */
    REGISTERED("Зарегистрировано"),
    /**
     * «Отказ в регистрации» (seed 004, §22), on one of the six grounds of §24 ({@link RefusalGround}). Not final:
     * the filing may be completed with additional documents and sent again.
     */
    REFUSED("Отказано в регистрации"),
    /**
     * Under consideration: the case was accepted for proceedings («Дата принятия к производству», seed 003) and
     * «Мои дела» follows «статус рассмотрения дела» (seed 004, §25) and «динамику хода рассмотрения дела» (seed
     * 000, §2.1).
     */
    IN_PROCEEDINGS("Принято к производству"),
    /**
     * Ended: «оконченные дела, по которым завершено судебное разбирательство» (seed 003), or a registered document
     * answered without proceedings (a letter, a petition considered under the АППК, seed 004, §18).
     */
    CLOSED("Завершено");

    private final String nameRu;

    FilingState(String nameRu) {
        this.nameRu = nameRu;
    }

    public String nameRu() {
        return nameRu;
    }

    /** The states this one may move to (none for CLOSED). */
    public Set<FilingState> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(SENT);
            case SENT -> EnumSet.of(REGISTERED, REFUSED);
            case REFUSED -> EnumSet.of(SENT);
            case REGISTERED -> EnumSet.of(IN_PROCEEDINGS, CLOSED);
            case IN_PROCEEDINGS -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(FilingState.class);
        };
    }

    /** True if a filing in this state may move to {@code target}. */
    public boolean canMoveTo(FilingState target) {
        return next().contains(Objects.requireNonNull(target, "target"));
    }

    /** True for CLOSED, which nothing follows. A refusal is not final: additional documents send it again. */
    public boolean isFinal() {
        return next().isEmpty();
    }

    /** True for the states the court has registered: REGISTERED, IN_PROCEEDINGS and CLOSED. */
    public boolean isRegistered() {
        return this == REGISTERED || this == IN_PROCEEDINGS || this == CLOSED;
    }
}
