package kz.officesud.mockserver;

import java.util.Objects;
import kz.officesud.core.model.FilingId;
import org.jspecify.annotations.Nullable;

/**
 * An outgoing document of the court — an answer — as the clerk prepares it: its text, a court document sent with it,
 * the incoming filing it is linked to, and whether it goes out through «Сот кабинеті». Only an answer linked to an
 * incoming filing and marked for the cabinet is delivered: the applicant's identity comes from the link (the 2014
 * instruction on filing through «Сот кабинеті», §41–42).
 *
 * <pre>{@code
 * court.clerk().answer(OutgoingAnswer.linkedTo(talon.filingId(), "Ваше заявление рассмотрено")
 *         .withDocument("ответ.pdf", "application/pdf", pdf));
 * }</pre>
 *
 * @param linkedTo the incoming filing it answers; null: not linked, so not delivered
 * @param deliverThroughCabinet whether the delivery method is «Сот кабинеті» («Иә» on the outgoing card)
 * @param text the answer's text
 * @param fileName the court document's file name, if one goes with it
 * @param mediaType its media type
 * @param document its bytes
 */
public record OutgoingAnswer(
        @Nullable FilingId linkedTo,
        boolean deliverThroughCabinet,
        String text,
        @Nullable String fileName,
        @Nullable String mediaType,
        byte @Nullable [] document) {
    public OutgoingAnswer {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an answer has a text");
        }
        if ((fileName == null) != (document == null)) {
            throw new IllegalArgumentException("a document needs its file name and bytes");
        }
        document = document == null ? null : document.clone();
    }

    /** An answer linked to the incoming filing, to be delivered through the cabinet. */
    public static OutgoingAnswer linkedTo(FilingId filing, String text) {
        return new OutgoingAnswer(Objects.requireNonNull(filing, "filing"), true, text, null, null, null);
    }

    /** An answer that was not linked to any incoming filing: kept by the court, never delivered. */
    public static OutgoingAnswer unlinked(String text) {
        return new OutgoingAnswer(null, true, text, null, null, null);
    }

    /** This answer with a court document. */
    public OutgoingAnswer withDocument(String fileName, String mediaType, byte[] content) {
        return new OutgoingAnswer(
                linkedTo,
                deliverThroughCabinet,
                text,
                Objects.requireNonNull(fileName, "fileName"),
                Objects.requireNonNull(mediaType, "mediaType"),
                Objects.requireNonNull(content, "content"));
    }

    /** This answer with another delivery method than the cabinet (post, e-mail…): not delivered to the cabinet. */
    public OutgoingAnswer notThroughCabinet() {
        return new OutgoingAnswer(linkedTo, false, text, fileName, mediaType, document);
    }

    @Override
    public byte @Nullable [] document() {
        return document == null ? null : document.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OutgoingAnswer o
                && Objects.equals(linkedTo, o.linkedTo)
                && deliverThroughCabinet == o.deliverThroughCabinet
                && text.equals(o.text)
                && Objects.equals(fileName, o.fileName)
                && Objects.equals(mediaType, o.mediaType)
                && java.util.Arrays.equals(document, o.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                linkedTo, deliverThroughCabinet, text, fileName, mediaType, java.util.Arrays.hashCode(document));
    }

    @Override
    public String toString() {
        return "OutgoingAnswer[" + (linkedTo == null ? "unlinked" : linkedTo)
                + (fileName == null ? "" : ", " + fileName) + "]";
    }
}
