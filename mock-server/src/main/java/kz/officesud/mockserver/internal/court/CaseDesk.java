package kz.officesud.mockserver.internal.court;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.CaseEvent;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.CourtAnswer;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.FiledDocument;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.NotificationKind;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.StateFee;
import kz.officesud.mockserver.RegistrationCard;
import kz.officesud.mockserver.internal.casefile.CaseFiles;
import kz.officesud.mockserver.internal.casefile.Records.ActRecord;
import kz.officesud.mockserver.internal.casefile.Records.AnswerRecord;
import kz.officesud.mockserver.internal.casefile.Records.CardRecord;
import kz.officesud.mockserver.internal.casefile.Records.CaseFileRecord;
import kz.officesud.mockserver.internal.casefile.Records.EventRecord;
import kz.officesud.mockserver.internal.casefile.Records.FieldRecord;
import kz.officesud.mockserver.internal.casefile.Records.NotificationRecord;
import kz.officesud.mockserver.internal.casefile.Records.PartRecord;
import kz.officesud.mockserver.internal.store.BlobStore;
import kz.officesud.mockserver.internal.store.CourtStore;
import kz.officesud.mockserver.internal.store.FilingRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.DocumentRecord;
import kz.officesud.mockserver.internal.store.FilingRecord.StatusRecord;
import kz.officesud.mockserver.internal.store.UserRecord;
import org.jspecify.annotations.Nullable;

/**
 * The court's registry of a filing after its talon: the registration control card made on arrival (with the
 * applicant's notice), the registration number, the case's events, the judicial acts and the answers — the work of
 * the court staff that the clerk API drives — and what «Мои дела» shows of them. Thread-safe.
 */
public final class CaseDesk {
    /**
     * A case file is changed by one thread at a time; different filings' at the same time (their records are forced
     * to disk together). The desk's own monitor still orders the clerk's hand (events, acts, answers).
     */
    private final kz.officesud.mockserver.internal.store.KeyedLocks filingLocks =
            new kz.officesud.mockserver.internal.store.KeyedLocks(64);

    private final Object numbering = new Object();
    private final java.util.Set<String> numbersInFlight = new java.util.HashSet<>();
    /**
     * The highest sequence of each court's year («7517/2026/») among the stored registration numbers, kept as case
     * files are stored: a number is handed out without reading every case file.
     */
    private final Map<String, Integer> highestNumbers = new java.util.concurrent.ConcurrentHashMap<>();
    /** The largest court document (a judicial act, an answer's document) the clerk API takes. */
    public static final long MAX_ACT_BYTES = 64L * 1024 * 1024;

    /** The services that arrive as a claim does: card, form 1А, persons, e-documents, state fee (002 §28). */
    static final List<CourtService> CLAIM_LIKE = List.of(CourtService.CLAIM, CourtService.COUNTERCLAIM);

    /** The services that arrive as the card and the e-document forms only (002 §29). */
    static final List<CourtService> CARD_AND_DOCUMENTS =
            List.of(CourtService.HEARING_RECORD_COPY_REQUEST, CourtService.REMARKS_ON_RECORD, CourtService.PETITION);

    private final CourtStore store;
    private final CaseFiles files;
    private final Notifier notifier;
    private final Retention retention;
    private final ZoneId zone;
    private final java.time.Clock clock;
    private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Told of every event recorded and every act issued on a filing (case observation e-mails its observers). */
    public interface Listener {
        void event(FilingRecord filing, CaseEvent event);

        void act(FilingRecord filing, JudicialAct act);
    }

    public void listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public CaseDesk(CourtStore store, CaseFiles files, Notifier notifier, Retention retention, java.time.Clock clock) {
        this.store = store;
        this.files = files;
        this.notifier = notifier;
        this.retention = retention;
        this.clock = clock;
        this.zone = clock.getZone();
        files.cases.watch(new kz.officesud.mockserver.internal.casefile.Table.Watcher<CaseFileRecord>() {
            @Override
            public void stored(CaseFileRecord file) {
                String number = file.card().registrationNumber();
                int slash = number == null ? -1 : number.lastIndexOf('/');
                if (slash >= 0) {
                    int sequence = sequence(number, number.substring(0, slash + 1));
                    if (sequence > 0) {
                        highestNumbers.merge(number.substring(0, slash + 1), sequence, Math::max);
                    }
                }
            }

            @Override
            public void cleared() {
                highestNumbers.clear();
            }
        });
    }

    // Intake

    /** On arrival: the registration control card, its parts copied from the filing, and the applicant's notice. */
    public CaseFileRecord arrived(FilingRecord filing, UserRecord user, Manifest manifest) {
        synchronized (filingLocks.of(filing.filingId())) {
            Optional<CaseFileRecord> known = files.cases.get(filing.filingId());
            if (known.isPresent()) {
                return known.get();
            }
            CardRecord card =
                    new CardRecord(null, filing.history().get(0).at(), null, parts(filing, user, manifest, null));
            List<String> codes = new ArrayList<>();
            if (manifest.filing() instanceof Claim claim
                    && claim.stateFee() instanceof StateFee.PaidOnline online
                    && online.paymentCode() != null) {
                codes.add(online.paymentCode());
            }
            CaseFileRecord created = files.cases.put(new CaseFileRecord(
                    filing.filingId(), filing.userId(), card, List.of(), List.of(), List.of(), codes, List.of()));
            notifyArrived(filing);
            return created;
        }
    }

    /**
     * Tells the applicant that a filing arrived: on its first sending, and when a refused filing is sent again with
     * additional documents.
     */
    public void notifyArrived(FilingRecord filing) {
        notifier.notify(
                filing.userId(),
                NotificationKind.ARRIVED,
                filing.filingId(),
                "filings/" + filing.filingId(),
                filing.talon().number(),
                filing.talon().courtCode() + " " + filing.talon().courtName());
    }

    private List<PartRecord> parts(
            FilingRecord filing, UserRecord user, Manifest manifest, @Nullable String registrationNumber) {
        CourtService service = manifest.service();
        List<PartRecord> parts = new ArrayList<>();
        List<FieldRecord> card = new ArrayList<>();
        field(card, "Входящий регистрационный номер", registrationNumber == null ? "—" : registrationNumber);
        field(card, "Талон об отправке", filing.talon().number());
        field(
                card,
                "Дата и время поступления",
                OffsetDateTime.ofInstant(Instant.parse(filing.history().get(0).at()), zone)
                        .toString());
        field(card, "Способ поступления", "Судебный кабинет");
        field(card, "Суд", filing.talon().courtCode() + " " + filing.talon().courtName());
        field(card, "Раздел", service.nameRu());
        field(card, "Заявитель", user.fullName());
        field(card, "ИИН заявителя", user.iin());
        if (user.bin() != null) {
            field(card, "БИН", user.bin());
            field(card, "Организация", user.organisation() == null ? "" : user.organisation());
        }
        field(card, "Электронная почта", user.email());
        field(card, "Количество файлов", Integer.toString(filing.documents().size()));
        if (filing.reference() != null) {
            field(card, "Исходящий номер заявителя", filing.reference());
        }
        parts.add(new PartRecord(
                RegistrationCard.PartKind.REGISTRATION_CARD.name(),
                "Регистрационная контрольная карточка входящего документа",
                card));
        boolean claimLike = CLAIM_LIKE.contains(service);
        if (claimLike && manifest.filing() instanceof Claim claim) {
            List<FieldRecord> form = new ArrayList<>();
            field(
                    form,
                    "Вид производства",
                    claim.proceedings() == null ? "" : claim.proceedings().name());
            field(
                    form,
                    "Категория дела",
                    claim.category() == null ? "" : claim.category().code());
            field(form, "Характер заявления", claim.nature() == null ? "" : claim.nature());
            field(
                    form,
                    "Цена иска",
                    claim.claimAmount() == null ? "" : claim.claimAmount().toString());
            field(form, "Краткое содержание", claim.summary() == null ? "" : claim.summary());
            field(
                    form,
                    "Истцов",
                    Long.toString(claim.participants().stream()
                            .filter(p -> p.side() == kz.officesud.core.model.PartySide.PLAINTIFF)
                            .count()));
            field(
                    form,
                    "Ответчиков",
                    Long.toString(claim.participants().stream()
                            .filter(p -> p.side() == kz.officesud.core.model.PartySide.DEFENDANT)
                            .count()));
            parts.add(new PartRecord(
                    RegistrationCard.PartKind.CIVIL_CASE_FORM_1A.name(),
                    "Форма для гражданского дела (форма 1А)",
                    form));
        }
        if (claimLike) {
            for (Participant participant : manifest.filing().participants()) {
                Party party = participant.party();
                List<FieldRecord> person = new ArrayList<>();
                field(person, "Сторона", participant.side().name());
                field(person, "Вид лица", party.kind().name());
                field(
                        person,
                        party.kind() == kz.officesud.core.model.PersonKind.INDIVIDUAL ? "ИИН" : "БИН",
                        party.identityNumber().orElse(""));
                field(person, "Наименование (ФИО)", party.name());
                field(person, "Резидент", party.resident() ? "да" : "нет");
                parts.add(new PartRecord(
                        RegistrationCard.PartKind.PERSON_FORM.name(), "Форма на лицо: " + party.name(), person));
            }
        }
        for (Manifest.Document document : manifest.documents()) {
            List<FieldRecord> form = new ArrayList<>();
            field(form, "Наименование файла", document.fileName());
            field(form, "Вид документа", document.role().nameRu());
            field(form, "Тип", document.mediaType());
            field(form, "Размер, байт", Long.toString(document.size()));
            field(form, "SHA-256", document.sha256().hex());
            parts.add(new PartRecord(
                    RegistrationCard.PartKind.ELECTRONIC_DOCUMENT_FORM.name(),
                    "Форма электронного документа: " + document.fileName(),
                    form));
        }
        boolean fee = claimLike || (!CARD_AND_DOCUMENTS.contains(service) && service.mayTakeStateFee());
        if (fee && manifest.filing() instanceof Claim claim) {
            List<FieldRecord> form = new ArrayList<>();
            StateFee stateFee = claim.stateFee();
            if (stateFee instanceof StateFee.Exempt exempt) {
                field(form, "Способ", "Освобождён от уплаты");
                field(form, "Категория освобождения", exempt.exemptionCategory());
            } else if (stateFee instanceof StateFee.PaidOnline online) {
                field(form, "Способ", "Онлайн-оплата через платёжный шлюз «электронного правительства»");
                field(
                        form,
                        "Сумма",
                        online.amount() == null ? "" : online.amount().toString());
                field(form, "Код платежа", online.paymentCode() == null ? "" : online.paymentCode());
            } else if (stateFee instanceof StateFee.Receipt receipt) {
                field(form, "Способ", "Квитанция об оплате (загружена)");
                field(
                        form,
                        "Сумма",
                        receipt.amount() == null ? "" : receipt.amount().toString());
            } else {
                field(form, "Способ", "—");
            }
            parts.add(new PartRecord(
                    RegistrationCard.PartKind.STATE_FEE_FORM.name(), "Форма уплаты государственной пошлины", form));
        }
        return parts;
    }

    private static void field(List<FieldRecord> fields, String name, String value) {
        fields.add(new FieldRecord(name, value));
    }

    // Registration

    /** After the clerk's decision: the registration number on the card, and the applicant's notice. */
    public void decided(FilingRecord filing, FilingStatus status, @Nullable String note) {
        synchronized (filingLocks.of(filing.filingId())) {
            decidedLocked(filing, status, note);
        }
    }

    private void decidedLocked(FilingRecord filing, FilingStatus status, @Nullable String note) {
        Optional<CaseFileRecord> found = files.cases.get(filing.filingId());
        if (status.state() == FilingState.REGISTERED
                && found.isPresent()
                && found.get().card().registrationNumber() == null) {
            CardRecord card = found.get().card();
            String number = registrationNumber(filing);
            List<PartRecord> parts = new ArrayList<>();
            for (PartRecord part : card.parts()) {
                if (part.kind().equals(RegistrationCard.PartKind.REGISTRATION_CARD.name())) {
                    List<FieldRecord> fields = new ArrayList<>();
                    for (FieldRecord f : part.fields()) {
                        fields.add(
                                f.name().equals("Входящий регистрационный номер")
                                        ? new FieldRecord(f.name(), number)
                                        : f);
                    }
                    parts.add(new PartRecord(part.kind(), part.title(), fields));
                } else {
                    parts.add(part);
                }
            }
            try {
                files.cases.put(found.get()
                        .withCard(new CardRecord(
                                number, card.arrivedAt(), clock.instant().toString(), parts)));
            } finally {
                synchronized (numbering) {
                    numbersInFlight.remove(number);
                }
            }
            notifyRegistered(filing, number);
        } else if (status.state() == FilingState.REFUSED && status.ground() != null) {
            notifier.notify(
                    filing.userId(),
                    NotificationKind.REFUSED,
                    filing.filingId(),
                    "filings/" + filing.filingId(),
                    filing.talon().number(),
                    status.ground().number() + ") " + status.ground().text(Locale.forLanguageTag("ru")),
                    note == null ? "" : note);
        }
    }

    private void notifyRegistered(FilingRecord filing, String registrationNumber) {
        notifier.notify(
                filing.userId(),
                NotificationKind.REGISTERED,
                filing.filingId(),
                "filings/" + filing.filingId(),
                filing.talon().number(),
                registrationNumber);
    }

    /**
     * At start, before anything is served or the clerk resumes: finishes what a crash of the court's process left
     * half done after a filing was stored. A filing is stored whole before its talon is answered, and the registry's
     * work follows it one file at a time (the card, then the notice; the decision, then the registration number,
     * then the notice), so a process killed in between leaves a filing without its card, a registered filing without
     * its number, or a change without its notice. Each is done now, once: a card made for a filing that has none
     * (with its notice of arrival), a number given to a registered filing whose card has none, the notice of an
     * arrival, a registration or a refusal that has fewer notices than the history has such changes. Returns how
     * many things it finished.
     */
    public synchronized int finishInterrupted(Courts courts) {
        Map<String, Integer> notices = new HashMap<>();
        for (NotificationRecord notice : files.notifications.all()) {
            if (notice.filingId() != null) {
                notices.merge(notice.filingId() + " " + notice.kind(), 1, Integer::sum);
            }
        }
        int finished = 0;
        for (FilingRecord filing : store.filings()) {
            String id = filing.filingId();
            long sendings = changes(filing, FilingState.SENT);
            if (files.cases.get(id).isEmpty()) {
                Optional<UserRecord> user = store.user(filing.userId());
                if (user.isEmpty()) {
                    continue; // the account is gone: no card can name its applicant
                }
                arrived(filing, user.get(), Manifest.parse(Base64.getDecoder().decode(filing.manifest()), courts));
                notices.merge(id + " " + NotificationKind.ARRIVED, 1, Integer::sum);
                finished++;
            } else if (notices.getOrDefault(id + " " + NotificationKind.ARRIVED, 0) < sendings) {
                notifyArrived(filing);
                finished++;
            }
            if (changes(filing, FilingState.REGISTERED) > 0) {
                String number = files.cases.get(id).orElseThrow().card().registrationNumber();
                if (number == null) {
                    decided(filing, FilingStatus.of(FilingState.REGISTERED), null);
                    finished++;
                } else if (notices.getOrDefault(id + " " + NotificationKind.REGISTERED, 0) == 0) {
                    notifyRegistered(filing, number);
                    finished++;
                }
            }
            List<StatusRecord> refusals = filing.history().stream()
                    .filter(change -> change.state().equals(FilingState.REFUSED.name()) && change.ground() != null)
                    .toList();
            if (notices.getOrDefault(id + " " + NotificationKind.REFUSED, 0) < refusals.size()) {
                StatusRecord last = refusals.get(refusals.size() - 1);
                decided(filing, FilingStatus.refused(RefusalGround.valueOf(last.ground())), last.note());
                finished++;
            }
        }
        return finished;
    }

    private static long changes(FilingRecord filing, FilingState state) {
        return filing.history().stream()
                .filter(change -> change.state().equals(state.name()))
                .count();
    }

    /**
     * {@code 7594/2026/000012}: the court, the year, the court's count of registrations that year — one more than the
     * highest number given, stored or being stored (registrations are decided at the same time).
     */
    private String registrationNumber(FilingRecord filing) {
        int year = OffsetDateTime.ofInstant(clock.instant(), zone).getYear();
        String prefix = filing.courtCode() + "/" + year + "/";
        synchronized (numbering) {
            int highest = highestNumbers.getOrDefault(prefix, 0);
            for (String given : numbersInFlight) {
                highest = Math.max(highest, sequence(given, prefix));
            }
            String number = String.format(Locale.ROOT, "%s%06d", prefix, highest + 1);
            numbersInFlight.add(number);
            return number;
        }
    }

    private static int sequence(@Nullable String number, String prefix) {
        if (number == null || !number.startsWith(prefix)) {
            return 0;
        }
        try {
            return Integer.parseInt(number.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // Case events, acts, answers

    /** Records an event of the case and notifies the applicant. */
    public synchronized CaseEvent event(
            FilingRecord filing, CaseEventKind kind, String text, @Nullable OffsetDateTime hearingAt) {
        synchronized (filingLocks.of(filing.filingId())) {
            return eventLocked(filing, kind, text, hearingAt);
        }
    }

    private CaseEvent eventLocked(
            FilingRecord filing, CaseEventKind kind, String text, @Nullable OffsetDateTime hearingAt) {
        CaseFileRecord file = caseFile(filing);
        EventRecord event = new EventRecord(
                "EV-" + UUID.randomUUID(),
                kind.name(),
                clock.instant().toString(),
                text,
                hearingAt == null ? null : hearingAt.toString());
        files.cases.put(file.plusEvent(event));
        notifier.notify(
                filing.userId(),
                NotificationKind.CASE_EVENT,
                filing.filingId(),
                "filings/" + filing.filingId(),
                filing.talon().number(),
                kind.nameRu(),
                text);
        CaseEvent recorded = event(event);
        listeners.forEach(l -> l.event(filing, recorded));
        return recorded;
    }

    /** Stores a judicial act on a filing (its bytes streamed into the blob store) and notifies the applicant. */
    public synchronized JudicialAct issueAct(
            FilingRecord filing,
            JudicialActKind kind,
            String title,
            String fileName,
            String mediaType,
            InputStream content)
            throws IOException {
        ActRecord act = storeDocument(kind.name(), title, fileName, mediaType, content);
        synchronized (filingLocks.of(filing.filingId())) {
            files.cases.put(caseFile(filing).plusAct(act));
        }
        notifier.notify(
                filing.userId(),
                NotificationKind.JUDICIAL_ACT,
                filing.filingId(),
                "filings/" + filing.filingId() + "/acts/" + act.actId(),
                filing.talon().number(),
                kind.nameRu() + " «" + title + "»");
        JudicialAct issued = act(act);
        listeners.forEach(l -> l.act(filing, issued));
        return issued;
    }

    /**
     * Sends an outgoing document: delivered to the applicant's cabinet when linked to an incoming filing and marked for
     * delivery through the cabinet (the 2014 instruction, §41–42); otherwise kept, undelivered, with the reason.
     */
    public synchronized AnswerRecord answer(
            @Nullable FilingRecord linked,
            boolean deliverThroughCabinet,
            String text,
            @Nullable String fileName,
            @Nullable String mediaType,
            @Nullable InputStream document)
            throws IOException {
        ActRecord stored = document == null || fileName == null
                ? null
                : storeDocument(
                        JudicialActKind.OTHER.name(),
                        "Ответ суда",
                        fileName,
                        mediaType == null ? "application/octet-stream" : mediaType,
                        document);
        String reason = null;
        if (linked == null) {
            reason =
                    "not linked to an incoming filing: the applicant's identity comes from that link, so the answer is not delivered";
        } else if (!deliverThroughCabinet) {
            reason = "not marked for delivery through «Сот кабинеті»";
        }
        AnswerRecord answer = files.answers.put(new AnswerRecord(
                "OUT-" + UUID.randomUUID(),
                linked == null ? null : linked.filingId(),
                text,
                stored,
                reason == null,
                reason,
                clock.instant().toString()));
        if (linked != null && reason == null) {
            synchronized (filingLocks.of(linked.filingId())) {
                files.cases.put(caseFile(linked).plusAnswer(answer));
            }
            notifier.notify(
                    linked.userId(),
                    NotificationKind.ANSWER,
                    linked.filingId(),
                    stored == null
                            ? "filings/" + linked.filingId()
                            : "filings/" + linked.filingId() + "/acts/" + stored.actId(),
                    linked.talon().number());
        }
        return answer;
    }

    /** Stores a document the court issues; its name held to the one file-name rule of a document (400 otherwise). */
    private ActRecord storeDocument(String kind, String title, String fileName, String mediaType, InputStream content)
            throws IOException {
        CourtApi.checkFileName("fileName", fileName, kz.officesud.mockserver.internal.http.Messages.DEFAULT);
        BlobStore.Stored stored = store.blobs().store(content, MAX_ACT_BYTES);
        return new ActRecord(
                "ACT-" + UUID.randomUUID(),
                kind,
                title,
                fileName,
                mediaType,
                stored.size(),
                stored.sha256(),
                clock.instant().toString());
    }

    /** A document the court issued on a filing (an act or an answer's document), by its id. */
    public Optional<ActRecord> document(String filingId, String actId) {
        Optional<CaseFileRecord> file = files.cases.get(filingId);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        for (ActRecord act : file.get().acts()) {
            if (act.actId().equals(actId)) {
                return Optional.of(act);
            }
        }
        for (AnswerRecord answer : file.get().answers()) {
            if (answer.document() != null && answer.document().actId().equals(actId)) {
                return Optional.of(answer.document());
            }
        }
        return Optional.empty();
    }

    private CaseFileRecord caseFile(FilingRecord filing) {
        return files.cases
                .get(filing.filingId())
                .orElseGet(() -> files.cases.put(new CaseFileRecord(
                        filing.filingId(),
                        filing.userId(),
                        new CardRecord(null, filing.history().get(0).at(), null, List.of()),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of())));
    }

    // Views

    public Optional<CaseFileRecord> file(String filingId) {
        return files.cases.get(filingId);
    }

    public Optional<RegistrationCard> card(FilingRecord filing) {
        return files.cases.get(filing.filingId()).map(file -> {
            CardRecord card = file.card();
            List<RegistrationCard.Part> parts = new ArrayList<>();
            for (PartRecord part : card.parts()) {
                parts.add(new RegistrationCard.Part(
                        RegistrationCard.PartKind.valueOf(part.kind()),
                        part.title(),
                        part.fields().stream()
                                .map(f -> new RegistrationCard.Field(f.name(), f.value()))
                                .toList()));
            }
            return new RegistrationCard(
                    kz.officesud.core.model.FilingId.of(filing.filingId()),
                    filing.talon().number(),
                    card.registrationNumber(),
                    Instant.parse(card.arrivedAt()),
                    card.registeredAt() == null ? null : Instant.parse(card.registeredAt()),
                    filing.courtCode(),
                    CourtService.valueOf(filing.service()),
                    parts);
        });
    }

    public List<CaseEvent> events(String filingId) {
        return files.cases
                .get(filingId)
                .map(f -> f.events().stream().map(CaseDesk::event).toList())
                .orElse(List.of());
    }

    public List<JudicialAct> acts(String filingId) {
        return files.cases
                .get(filingId)
                .map(f -> f.acts().stream().map(CaseDesk::act).toList())
                .orElse(List.of());
    }

    public List<CourtAnswer> answers(String filingId) {
        return files.cases
                .get(filingId)
                .map(f -> f.answers().stream()
                        .map(a -> new CourtAnswer(
                                a.answerId(),
                                Instant.parse(a.sentAt()),
                                a.text(),
                                a.document() == null ? null : act(a.document())))
                        .toList())
                .orElse(List.of());
    }

    /** The filing's documents, with when their copies go (six months after upload) or went. */
    public List<FiledDocument> documents(FilingRecord filing) {
        List<FiledDocument> out = new ArrayList<>();
        for (DocumentRecord d : filing.documents()) {
            String uploadId = filing.uploads().get(d.sha256());
            Instant uploadedAt = uploadId == null
                    ? Instant.parse(filing.history().get(0).at())
                    : store.upload(uploadId)
                            .map(u -> Instant.parse(u.uploadedAt()))
                            .orElse(Instant.parse(filing.history().get(0).at()));
            Instant deletedAt =
                    uploadId == null ? null : retention.purgedAt(uploadId).orElse(null);
            out.add(new FiledDocument(
                    d.fileName(),
                    DocumentRole.valueOf(d.role()),
                    d.size(),
                    Sha256.ofHex(d.sha256()),
                    retention.keptUntil(uploadedAt),
                    deletedAt));
        }
        return out;
    }

    static CaseEvent event(EventRecord e) {
        return new CaseEvent(
                e.eventId(),
                CaseEventKind.valueOf(e.kind()),
                Instant.parse(e.at()),
                e.text(),
                e.hearingAt() == null ? null : OffsetDateTime.parse(e.hearingAt()));
    }

    static JudicialAct act(ActRecord a) {
        return new JudicialAct(
                a.actId(),
                JudicialActKind.valueOf(a.kind()),
                a.title(),
                a.fileName(),
                a.mediaType(),
                a.size(),
                Sha256.ofHex(a.sha256()),
                Instant.parse(a.issuedAt()));
    }

    static void requireText(String text, String what, int max) {
        Objects.requireNonNull(text, what);
        if (text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException(what + " is 1 to " + max + " characters");
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
