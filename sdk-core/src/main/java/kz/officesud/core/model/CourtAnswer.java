package kz.officesud.core.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The court's answer to a filing: an outgoing document linked to the incoming filing, delivered to the applicant's
 * cabinet (the 2014 instruction on filing through «Сот кабинеті», §39–46: only a linked answer is delivered).
 *
 * @param answerId the court's id of the answer
 * @param sentAt when the court sent it
 * @param text the answer's text
 * @param document a court document sent with it (downloaded like a judicial act), if any
 */
public record CourtAnswer(String answerId, Instant sentAt, String text, @Nullable JudicialAct document) {
    public CourtAnswer {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(text, "text");
    }
}
