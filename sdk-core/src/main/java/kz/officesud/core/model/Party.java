package kz.officesud.core.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A party to a filing: an individual (физическое лицо) or a legal entity (юридическое лицо), resident of
 * Kazakhstan or not, with its identity and contacts. A resident is identified by an IIN / a BIN; a
 * non-resident may have none.
 */
public sealed interface Party permits Party.Individual, Party.LegalEntity {

    PersonKind kind();

    /** The full name of an individual or the name of a legal entity. */
    String name();

    /** True for a resident of Kazakhstan. */
    boolean resident();

    Contacts contacts();

    /** The IIN or BIN as text, if known. */
    Optional<String> identityNumber();

    /** A resident individual with no contacts yet. */
    static Individual individual(Iin iin, String fullName) {
        return new Individual(Objects.requireNonNull(iin, "iin"), fullName, true, Contacts.none());
    }

    /** A resident legal entity with no contacts yet. */
    static LegalEntity legalEntity(Bin bin, String name) {
        return new LegalEntity(Objects.requireNonNull(bin, "bin"), name, true, Contacts.none());
    }

    /** A non-resident individual, who may have no IIN. */
    static Individual nonResidentIndividual(@Nullable Iin iin, String fullName) {
        return new Individual(iin, fullName, false, Contacts.none());
    }

    /** A non-resident legal entity, which may have no BIN. */
    static LegalEntity nonResidentLegalEntity(@Nullable Bin bin, String name) {
        return new LegalEntity(bin, name, false, Contacts.none());
    }

    /**
     * Физическое лицо.
     *
     * @param iin the IIN; may be absent for a non-resident
     * @param fullName surname, given name and patronymic as one text
     */
    record Individual(@Nullable Iin iin, String fullName, boolean resident, Contacts contacts) implements Party {
        public Individual {
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(contacts, "contacts");
        }

        @Override
        public PersonKind kind() {
            return PersonKind.INDIVIDUAL;
        }

        @Override
        public String name() {
            return fullName;
        }

        @Override
        public Optional<String> identityNumber() {
            return iin == null ? Optional.empty() : Optional.of(iin.value());
        }

        public Individual withContacts(Contacts contacts) {
            return new Individual(iin, fullName, resident, contacts);
        }

        public Individual withResident(boolean resident) {
            return new Individual(iin, fullName, resident, contacts);
        }
    }

    /**
     * Юридическое лицо.
     *
     * @param bin the BIN; may be absent for a non-resident
     * @param name the registered name
     */
    record LegalEntity(@Nullable Bin bin, String name, boolean resident, Contacts contacts) implements Party {
        public LegalEntity {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contacts, "contacts");
        }

        @Override
        public PersonKind kind() {
            return PersonKind.LEGAL_ENTITY;
        }

        @Override
        public Optional<String> identityNumber() {
            return bin == null ? Optional.empty() : Optional.of(bin.value());
        }

        public LegalEntity withContacts(Contacts contacts) {
            return new LegalEntity(bin, name, resident, contacts);
        }

        public LegalEntity withResident(boolean resident) {
            return new LegalEntity(bin, name, resident, contacts);
        }
    }
}
