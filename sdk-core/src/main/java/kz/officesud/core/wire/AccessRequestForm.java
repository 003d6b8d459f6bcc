package kz.officesud.core.wire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.ParticipantCategory;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /access-requests}: a participant's online request for an access password to a case, signed with their
 * ЭЦП, with attachments such as a power of attorney («онлайн-заявки на выдачу пароля доступа (через ЭЦП), включая
 * приложение документов (например, доверенности)», ЭНП 2014). The court's office approves it — the password then goes
 * to the e-mail given — or refuses it, with a notice either way.
 *
 * @param caseNumber the case
 * @param iin the participant's IIN (for a legal entity, its representative's): the signer's
 * @param fullName the participant's full name
 * @param category the participant's category in the case
 * @param email where the court's answer and notices go
 * @param representedBin the BIN of the legal entity represented
 * @param representedName the name of the legal entity represented
 * @param attachments the documents attached (a power of attorney…)
 * @param signature the detached CMS over {@link #dataToSign()}, base64
 */
public record AccessRequestForm(
        @Nullable String caseNumber,
        @Nullable String iin,
        @Nullable String fullName,
        @Nullable ParticipantCategory category,
        @Nullable String email,
        @Nullable String representedBin,
        @Nullable String representedName,
        @Nullable List<Attachment> attachments,
        @Nullable String signature) {
    public AccessRequestForm {
        attachments = attachments == null ? null : List.copyOf(attachments);
    }

    /**
     * A document attached to the request.
     *
     * @param fileName the file's name
     * @param mediaType its media type
     * @param content its bytes, base64 in JSON
     */
    public record Attachment(String fileName, String mediaType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** The content's SHA-256, hex. */
        public String sha256() {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Attachment other
                    && fileName.equals(other.fileName)
                    && mediaType.equals(other.mediaType)
                    && java.util.Arrays.equals(content, other.content);
        }

        @Override
        public int hashCode() {
            return fileName.hashCode() * 31 + java.util.Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return "Attachment[" + fileName + ", " + mediaType + ", " + content.length + " bytes]";
        }
    }

    /** This request with its signature (base64 of the detached CMS over {@link #dataToSign()}). */
    public AccessRequestForm signed(String signatureBase64) {
        return new AccessRequestForm(
                caseNumber,
                iin,
                fullName,
                category,
                email,
                representedBin,
                representedName,
                attachments,
                Objects.requireNonNull(signatureBase64, "signatureBase64"));
    }

    /**
     * What the participant signs, and the court verifies the signature against: every field but the signature, one per
     * line as {@code name=value} in a fixed order, and each attachment as its SHA-256, size and name — UTF-8. One
     * definition for the client and the court.
     */
    public byte[] dataToSign() {
        StringBuilder b = new StringBuilder("officesud access request 1\n");
        line(b, "caseNumber", caseNumber);
        line(b, "iin", iin);
        line(b, "fullName", fullName);
        line(b, "category", category == null ? null : category.name());
        line(b, "email", email);
        line(b, "representedBin", representedBin);
        line(b, "representedName", representedName);
        for (Attachment a : attachments == null ? List.<Attachment>of() : attachments) {
            line(b, "attachment", a.sha256() + " " + a.content.length + " " + a.fileName());
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, String name, @Nullable String value) {
        // a value cannot break the line structure: line breaks are escaped
        String v = value == null
                ? ""
                : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        b.append(name).append('=').append(v).append('\n');
    }

    @Override
    public String toString() {
        return "AccessRequestForm[" + caseNumber + ", " + category + ", "
                + (attachments == null ? 0 : attachments.size()) + " attachments]";
    }
}
