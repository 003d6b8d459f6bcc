package kz.officesud.mockserver.internal.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The stored records of case observation (ЭНП): the observed cases, the access passwords issued, the audit history. */
public final class ObservationRecords {
    private ObservationRecords() {}

    /**
     * A case open to observation, {@code observed/<key>.json}: its number, the court, the form of proceedings, the
     * filings that make it up at each instance, the documents the court blocked, and whether it is archived.
     */
    public record ObservedCaseRecord(
            String caseNumber,
            String courtCode,
            String form,
            String registeredOn,
            List<LinkRecord> filings,
            List<String> blocked,
            @Nullable String archivedAt) {
        public ObservedCaseRecord {
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(courtCode, "courtCode");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(registeredOn, "registeredOn");
            filings = List.copyOf(filings);
            blocked = List.copyOf(blocked);
        }

        public ObservedCaseRecord plusFiling(LinkRecord link) {
            List<LinkRecord> next = new ArrayList<>(filings);
            next.add(link);
            return new ObservedCaseRecord(caseNumber, courtCode, form, registeredOn, next, blocked, archivedAt);
        }

        public ObservedCaseRecord withBlocked(String documentId, boolean block) {
            List<String> next = new ArrayList<>(blocked);
            next.remove(documentId);
            if (block) {
                next.add(documentId);
            }
            return new ObservedCaseRecord(caseNumber, courtCode, form, registeredOn, filings, next, archivedAt);
        }

        public ObservedCaseRecord archived(String at) {
            return new ObservedCaseRecord(caseNumber, courtCode, form, registeredOn, filings, blocked, at);
        }
    }

    /** A filing of an observed case and the instance it was heard at. */
    public record LinkRecord(String filingId, String instance) {
        public LinkRecord {
            Objects.requireNonNull(filingId, "filingId");
            Objects.requireNonNull(instance, "instance");
        }
    }

    /**
     * An access password issued to a participant, {@code access-grants/<grantId>.json}: who (IIN, full name, category,
     * the legal entity represented), when they asked, their e-mail, and the password's SHA-256 — the password itself is
     * a random code of 60 bits, handed out once on the card and never stored.
     */
    public record AccessGrantRecord(
            String grantId,
            String caseNumber,
            String iin,
            String fullName,
            String category,
            String requestedOn,
            String email,
            @Nullable String representedBin,
            @Nullable String representedName,
            String passwordSha256,
            String issuedAt) {
        public AccessGrantRecord {
            Objects.requireNonNull(grantId, "grantId");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(requestedOn, "requestedOn");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(passwordSha256, "passwordSha256");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }

        @Override
        public String toString() {
            return "AccessGrantRecord[" + grantId + ", " + caseNumber + ", " + category + "]";
        }
    }

    /** One access to observation, {@code access-audit/<auditId>.json}; {@code sequence} orders entries of one instant. */
    public record AuditRecord(
            String auditId,
            long sequence,
            String at,
            String action,
            @Nullable String iin,
            @Nullable String caseNumber,
            @Nullable String documentId,
            String address) {
        public AuditRecord {
            Objects.requireNonNull(auditId, "auditId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(address, "address");
        }
    }
}
