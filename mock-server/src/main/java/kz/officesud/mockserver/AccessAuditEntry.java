package kz.officesud.mockserver;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of case observation's audit history («мониторинг … сохранение истории событий и действий пользователей при
 * доступе к просмотру сведений», ЭНП 2014): who (the IIN given), when, which case and document, from which address,
 * and what happened.
 *
 * @param at when
 * @param action {@code SEARCH}, {@code SEARCH_CHALLENGED}, {@code OBSERVE}, {@code OBSERVE_DENIED}, {@code
 *     OBSERVE_LOCKED}, {@code LOCKED_OUT_IIN}, {@code LOCKED_OUT_ADDRESS}, {@code DOWNLOAD} or {@code DOWNLOAD_REFUSED}
 * @param iin the IIN given to observe a case, or the signed-in account's for a search; none for an anonymous search
 * @param caseNumber the case, when one was opened or searched for by its number
 * @param documentId the document, for a download
 * @param address the client's IP address
 */
public record AccessAuditEntry(
        Instant at,
        String action,
        @Nullable String iin,
        @Nullable String caseNumber,
        @Nullable String documentId,
        String address) {
    public AccessAuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(address, "address");
    }
}
