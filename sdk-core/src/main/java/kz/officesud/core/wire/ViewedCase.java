package kz.officesud.core.wire;

import java.time.Instant;
import java.util.Objects;

/**
 * A case in the signed-in user's list of previously viewed cases («Просмотренные дела»: «отображаются ранее
 * просмотренные пользователем дела», seed 000 §6): the case as the search shows
 * it and when the user last opened it.
 *
 * @param summary the case, as the search shows it (archived or not)
 * @param viewedAt when the user last opened it
 */
public record ViewedCase(CaseSummary summary, Instant viewedAt) {
    public ViewedCase {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(viewedAt, "viewedAt");
    }
}
