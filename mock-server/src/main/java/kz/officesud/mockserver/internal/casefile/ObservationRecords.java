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
     * filings that make it up at each instance, the documents the court blocked, whether it is archived, and the
     * scanned documents of the archived case (a record written before scans existed reads as having none).
     */
    public record ObservedCaseRecord(
            String caseNumber,
            String courtCode,
            String form,
            String registeredOn,
            List<LinkRecord> filings,
            List<String> blocked,
            @Nullable String archivedAt,
            List<ScanRecord> scans) {
        public ObservedCaseRecord {
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(courtCode, "courtCode");
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(registeredOn, "registeredOn");
            filings = List.copyOf(filings);
            blocked = List.copyOf(blocked);
            scans = scans == null ? List.of() : List.copyOf(scans);
        }

        public ObservedCaseRecord plusFiling(LinkRecord link) {
            List<LinkRecord> next = new ArrayList<>(filings);
            next.add(link);
            return new ObservedCaseRecord(caseNumber, courtCode, form, registeredOn, next, blocked, archivedAt, scans);
        }

        public ObservedCaseRecord withBlocked(String documentId, boolean block) {
            List<String> next = new ArrayList<>(blocked);
            next.remove(documentId);
            if (block) {
                next.add(documentId);
            }
            return new ObservedCaseRecord(caseNumber, courtCode, form, registeredOn, filings, next, archivedAt, scans);
        }

        public ObservedCaseRecord archived(String at) {
            return new ObservedCaseRecord(caseNumber, courtCode, form, registeredOn, filings, blocked, at, scans);
        }

        public ObservedCaseRecord plusScan(ScanRecord scan) {
            List<ScanRecord> next = new ArrayList<>(scans);
            next.add(scan);
            return new ObservedCaseRecord(
                    caseNumber, courtCode, form, registeredOn, filings, blocked, archivedAt, next);
        }
    }

    /**
     * A scanned document of an archived case (the archive keeps the paper case file as scans): the document as the
     * court issued it — its kind, which the category rules judge, its name and the date it bears — and the instance
     * whose file it belongs to. The scan's bytes are a PDF in the blob store.
     */
    public record ScanRecord(Records.ActRecord document, String instance) {
        public ScanRecord {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(instance, "instance");
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

    /**
     * An online request for an access password, {@code access-requests/<requestId>.json}: the participant as they gave
     * themselves, the attachments (in the blob store, by SHA-256), the signer's IIN, and the office's decision.
     */
    public record AccessRequestRecord(
            String requestId,
            String caseNumber,
            String iin,
            String fullName,
            String category,
            String email,
            @Nullable String representedBin,
            @Nullable String representedName,
            List<AttachmentRecord> attachments,
            String submittedAt,
            String status,
            @Nullable String decidedAt,
            @Nullable String reason) {
        public AccessRequestRecord {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(fullName, "fullName");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(email, "email");
            attachments = List.copyOf(attachments);
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(status, "status");
        }

        public AccessRequestRecord decided(String next, String at, @Nullable String why) {
            return new AccessRequestRecord(
                    requestId,
                    caseNumber,
                    iin,
                    fullName,
                    category,
                    email,
                    representedBin,
                    representedName,
                    attachments,
                    submittedAt,
                    next,
                    at,
                    why);
        }
    }

    /** A document attached to an online request. */
    public record AttachmentRecord(String fileName, String mediaType, long size, String sha256) {
        public AttachmentRecord {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * The cases one cabinet account opened through case search or observation, {@code viewed/<userId>.json}: the most
     * recent first, each case once, at most {@code ObservationDesk.MAX_VIEWED}.
     */
    public record ViewedCasesRecord(String userId, List<ViewRecord> views) {
        public ViewedCasesRecord {
            Objects.requireNonNull(userId, "userId");
            views = views == null ? List.of() : List.copyOf(views);
        }
    }

    /** A case an account opened, and when it last did. */
    public record ViewRecord(String caseNumber, String at) {
        public ViewRecord {
            Objects.requireNonNull(caseNumber, "caseNumber");
            Objects.requireNonNull(at, "at");
        }
    }
}
