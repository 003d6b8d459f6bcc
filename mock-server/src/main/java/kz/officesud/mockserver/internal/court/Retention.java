package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.officesud.mockserver.CourtClock;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AccessRequestRecord;
import kz.officesud.mockserver.internal.casefile.ObservationRecords.AttachmentRecord;
import kz.officesud.mockserver.internal.casefile.Records.ActRecord;
import kz.officesud.mockserver.internal.casefile.Records.AnswerRecord;
import kz.officesud.mockserver.internal.casefile.Records.CaseFileRecord;
import kz.officesud.mockserver.internal.casefile.Records.PurgeRecord;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.UploadRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copies of uploaded documents are kept at most six months (the 2018 rules on filing electronic documents, §26):
 * six calendar months after its upload, in the court's zone, a copy is deleted; the upload's record and the filing's
 * record of the document (name, size, SHA-256) stay. Bytes another upload still within its six months holds, or a
 * document the court issued, stay on disk. Runs on the court clock (a {@link CourtTimer} task at the next copy's
 * time). Thread-safe.
 */
public final class Retention {
    /** How long the copy of an upload is kept. */
    public static final Period KEPT = Period.ofMonths(6);

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    private final CourtStore store;
    private final CaseFiles files;
    private final CourtClock clock;
    private final CourtTimer timer;
    private @org.jspecify.annotations.Nullable Instant scheduled;

    public Retention(CourtStore store, CaseFiles files, CourtClock clock, CourtTimer timer) {
        this.store = store;
        this.files = files;
        this.clock = clock;
        this.timer = timer;
    }

    /** When the copy of something uploaded at {@code uploadedAt} is deleted. */
    public Instant keptUntil(Instant uploadedAt) {
        return ZonedDateTime.ofInstant(uploadedAt, clock.getZone()).plus(KEPT).toInstant();
    }

    public Optional<Instant> purgedAt(String uploadId) {
        return files.purged.get(uploadId).map(p -> Instant.parse(p.purgedAt()));
    }

    /** Schedules the next purge on the court clock (at start, and after every upload). */
    public void schedule(Instant uploadedAt) {
        at(keptUntil(uploadedAt));
    }

    private void at(Instant due) {
        synchronized (this) {
            if (scheduled != null && !scheduled.isAfter(due) && scheduled.isAfter(clock.instant())) {
                return; // an earlier purge is already due; it schedules the next
            }
            scheduled = due;
        }
        timer.at(due, "retention", this::purgeDue);
    }

    /** Schedules the purges of every upload still kept (at start). */
    public void scheduleAll() {
        Instant earliest = null;
        for (UploadRecord upload : store.uploads()) {
            if (files.purged.get(upload.uploadId()).isEmpty()) {
                Instant at = Instant.parse(upload.uploadedAt());
                if (earliest == null || at.isBefore(earliest)) {
                    earliest = at;
                }
            }
        }
        if (earliest != null) {
            schedule(earliest);
        }
    }

    /** The bytes kept for something other than an upload: judicial acts, answers' documents, requests' attachments. */
    private Set<String> notUploads() {
        Set<String> named = new HashSet<>();
        for (CaseFileRecord file : files.cases.all()) {
            for (ActRecord act : file.acts()) {
                named.add(act.sha256());
            }
        }
        for (AnswerRecord answer : files.answers.all()) {
            if (answer.document() != null) {
                named.add(answer.document().sha256());
            }
        }
        for (AccessRequestRecord request : files.requests.all()) {
            for (AttachmentRecord attachment : request.attachments()) {
                named.add(attachment.sha256());
            }
        }
        return named;
    }

    /**
     * At start, before anything is served: deletes the bytes no record names. Bytes are stored whole before the
     * record that names them (an upload's, a judicial act's, an answer's, an access request's), so a crash of the
     * court's process in between leaves bytes that nothing reaches: no answer gave their upload id, and a client
     * sends them again. Returns how many blobs it deleted.
     */
    public synchronized int sweepUnnamed() throws IOException {
        Set<String> named = notUploads();
        for (UploadRecord upload : store.uploads()) {
            named.add(upload.sha256());
        }
        int deleted = 0;
        for (String blob : store.blobs().names()) {
            if (!named.contains(blob)) {
                store.blobs().delete(blob);
                deleted++;
            }
        }
        return deleted;
    }

    /** Deletes every copy whose six months are over; returns what was purged now. */
    public synchronized List<PurgeRecord> purgeDue() {
        Instant now = clock.instant();
        List<UploadRecord> uploads = store.uploads();
        List<UploadRecord> due = new ArrayList<>();
        Set<String> stillKept = new HashSet<>();
        Instant next = null;
        for (UploadRecord upload : uploads) {
            if (files.purged.get(upload.uploadId()).isPresent()) {
                continue;
            }
            Instant until = keptUntil(Instant.parse(upload.uploadedAt()));
            if (!until.isAfter(now)) {
                due.add(upload);
            } else {
                stillKept.add(upload.sha256());
                next = next == null || until.isBefore(next) ? until : next;
            }
        }
        stillKept.addAll(notUploads());
        List<PurgeRecord> purged = new ArrayList<>();
        for (UploadRecord upload : due) {
            if (!stillKept.contains(upload.sha256())) {
                try {
                    store.blobs().delete(upload.sha256());
                } catch (IOException e) {
                    LOG.warn("cannot delete the copy of upload {}: {}", upload.uploadId(), e.toString());
                    continue;
                }
            }
            purged.add(files.purged.put(new PurgeRecord(upload.uploadId(), upload.sha256(), now.toString())));
        }
        if (!purged.isEmpty()) {
            LOG.debug("deleted the copies of {} uploads kept six months", purged.size());
        }
        scheduled = null;
        if (next != null) {
            Instant at = next;
            // after this call returns: the timer runs tasks outside its lock
            timer.at(at, "retention", this::purgeDue);
            scheduled = at;
        }
        return purged;
    }
}
