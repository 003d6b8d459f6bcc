package kz.officesud.mockserver;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.FilingId;
import org.jspecify.annotations.Nullable;

/**
 * The registration control card of an incoming document (регистрационная контрольная карточка, РКК): what a filing
 * becomes on arrival in the courts' information system, its requisites and files copied into it automatically (the
 * 2018 rules on filing electronic documents, §22; the 2014 instruction on filing through «Сот кабинеті», §26–30). A
 * claim arrives as the card, the civil-case form 1А, a form per person, the e-document forms and the state-fee forms;
 * a request for the hearing record, remarks on it and a petition as the card and the e-document forms.
 *
 * @param filingId the filing
 * @param talonNumber its talon's number
 * @param registrationNumber the incoming registration number, given when the clerk registers it
 * @param arrivedAt when it arrived
 * @param registeredAt when it was registered
 * @param courtCode the court it is addressed to
 * @param service the section it was filed under
 * @param parts the card's parts, in order
 */
public record RegistrationCard(
        FilingId filingId,
        String talonNumber,
        @Nullable String registrationNumber,
        Instant arrivedAt,
        @Nullable Instant registeredAt,
        String courtCode,
        CourtService service,
        List<Part> parts) {
    public RegistrationCard {
        Objects.requireNonNull(filingId, "filingId");
        Objects.requireNonNull(talonNumber, "talonNumber");
        Objects.requireNonNull(arrivedAt, "arrivedAt");
        Objects.requireNonNull(courtCode, "courtCode");
        Objects.requireNonNull(service, "service");
        parts = List.copyOf(parts);
    }

    /** The kinds of part a card has. */
    public enum PartKind {
        /** Регистрационная контрольная карточка входящего документа. */
        REGISTRATION_CARD,
        /** Форма для гражданского дела (форма 1А). */
        CIVIL_CASE_FORM_1A,
        /** Форма на лицо (сторона процесса). */
        PERSON_FORM,
        /** Форма электронного документа. */
        ELECTRONIC_DOCUMENT_FORM,
        /** Форма уплаты государственной пошлины (электронный платёж). */
        STATE_FEE_FORM
    }

    /** One part: its kind, its title and its fields in order. */
    public record Part(PartKind kind, String title, List<Field> fields) {
        public Part {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            fields = List.copyOf(fields);
        }
    }

    /** A field of a part. */
    public record Field(String name, String value) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The parts of one kind. */
    public List<Part> parts(PartKind kind) {
        return parts.stream().filter(p -> p.kind() == kind).toList();
    }
}
