package kz.officesud.mockserver;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What became of an outgoing document of the court (an answer): delivered to the applicant's cabinet, or not — an
 * answer not linked to an incoming filing, or not marked for delivery through the cabinet, is not delivered (the 2014
 * instruction on filing through «Сот кабинеті», §41–42).
 *
 * @param answerId the court's id of the outgoing document
 * @param delivered whether it reached the applicant's cabinet
 * @param reason why it was not delivered
 */
public record AnswerDispatch(String answerId, boolean delivered, @Nullable String reason) {
    public AnswerDispatch {
        Objects.requireNonNull(answerId, "answerId");
    }
}
