package kz.officesud.core.model;

import java.time.OffsetDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The talon (талон об отправке): proof that a filing was sent — the date and time of sending, a unique
 * number, the requisites of the sender and of the recipient.
 *
 * @param number the talon's unique number
 * @param filingId the filing it proves
 * @param sentAt when it was sent, with the court's offset
 * @param sender who sent it
 * @param recipient the court it was sent to
 */
public record Talon(String number, FilingId filingId, OffsetDateTime sentAt, Sender sender, Recipient recipient) {
    public Talon {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
    }

    /**
     * The sender's requisites.
     *
     * @param name the signer's full name
     * @param iin the signer's IIN
     * @param bin the BIN of the legal entity the signer represents, if any
     * @param organisation the name of that legal entity, if any
     */
    public record Sender(String name, Iin iin, @Nullable Bin bin, @Nullable String organisation) {
        public Sender {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(iin, "iin");
        }

        /** A sender without an organisation's name. */
        public Sender(String name, Iin iin, @Nullable Bin bin) {
            this(name, iin, bin, null);
        }
    }

    /**
     * The recipient's requisites.
     *
     * @param courtCode the court's 4-digit code
     * @param courtName the court's name
     */
    public record Recipient(String courtCode, String courtName) {
        public Recipient {
            Objects.requireNonNull(courtCode, "courtCode");
            Objects.requireNonNull(courtName, "courtName");
        }

        public static Recipient of(Court court) {
            return new Recipient(court.code(), court.nameRu());
        }
    }
}
