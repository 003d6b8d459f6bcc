package kz.officesud.core.statement;

import static kz.officesud.core.model.CourtService.ADMINISTRATIVE_OFFENCE_FILING;
import static kz.officesud.core.model.CourtService.APOSTILLE_REQUEST;
import static kz.officesud.core.model.CourtService.APPEAL;
import static kz.officesud.core.model.CourtService.CANCEL_COURT_ORDER;
import static kz.officesud.core.model.CourtService.CASE_OBSERVATION_REQUEST;
import static kz.officesud.core.model.CourtService.CASSATION_COMPLAINT;
import static kz.officesud.core.model.CourtService.CLAIM;
import static kz.officesud.core.model.CourtService.COPIES_OF_JUDICIAL_ACTS;
import static kz.officesud.core.model.CourtService.COUNTERCLAIM;
import static kz.officesud.core.model.CourtService.CRIMINAL_FILING;
import static kz.officesud.core.model.CourtService.DUPLICATE_WRIT_OF_EXECUTION;
import static kz.officesud.core.model.CourtService.HEARING_RECORD_COPY_REQUEST;
import static kz.officesud.core.model.CourtService.LETTER;
import static kz.officesud.core.model.CourtService.MOTION;
import static kz.officesud.core.model.CourtService.NEWLY_DISCOVERED_CIRCUMSTANCES;
import static kz.officesud.core.model.CourtService.PETITION;
import static kz.officesud.core.model.CourtService.PRIVATE_COMPLAINT;
import static kz.officesud.core.model.CourtService.REMARKS_ON_RECORD;
import static kz.officesud.core.model.CourtService.REPEATED_COPIES_OF_JUDICIAL_ACTS;
import static kz.officesud.core.model.CourtService.RESPONSE;
import static kz.officesud.core.model.CourtService.RESTORE_MISSED_DEADLINE;
import static kz.officesud.core.model.CourtService.SECURE_CLAIM;
import static kz.officesud.core.model.CourtService.SET_ASIDE_DEFAULT_JUDGMENT;
import static kz.officesud.core.model.CourtService.SUPERVISORY_REVIEW;
import static kz.officesud.core.model.CourtService.WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION;
import static kz.officesud.core.model.CourtService.WRIT_TO_JUSTICE_BODIES;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import kz.officesud.core.model.CourtService;

/**
 * Ground 6 of the 2018 rules on filing electronic documents (§24: «вложенный документ не соответствует выбранному
 * разделу»), as a rule that can decide: a statement's title names the kind of document it is — «ИСКОВОЕ ЗАЯВЛЕНИЕ»,
 * «АПЕЛЛЯЦИОННАЯ ЖАЛОБА на решение…», «ОТЗЫВ на исковое заявление», «Талап арыз» — and each kind belongs to the
 * sections (services) listed here. A title is a line that <em>starts</em> with one of these names (so that «отзыв на
 * исковое заявление» is a response, not a claim); the most specific name wins. A statement whose title names a kind
 * that does not belong to the chosen section does not fit it; a statement without a recognisable title, or with a
 * generic one («Заявление», «Жалоба»), is left to the clerk. Where the text has no title, the file name — which
 * identifies the document (§12) — is read the same way.
 */
public final class DocumentTitles {
    /** One kind of document: the start of its title and the sections it fits. */
    public record Kind(String name, Pattern title, Set<CourtService> sections) {
        public Kind {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(title, "title");
            sections = Set.copyOf(sections);
        }
    }

    private static final String START = "^[\\s«\"“„'(\\[]*";

    /** Most specific first. */
    private static final List<Kind> KINDS = List.of(
            kind("counterclaim", "(?:встречн\\w*\\s+(?:иск|исков)|қарсы\\s+талап)", COUNTERCLAIM),
            kind("court-order application", "заявлени\\w*\\s+о\\s+вынесении\\s+судебного\\s+приказа", CLAIM),
            kind(
                    "cancelling a court order",
                    "(?:заявлени\\w*|ходатайств\\w*)\\s+об\\s+отмене\\s+судебного\\s+приказа",
                    CANCEL_COURT_ORDER),
            kind(
                    "setting aside a default judgment",
                    "(?:заявлени\\w*|ходатайств\\w*)\\s+об\\s+отмене\\s+заочного\\s+решения",
                    SET_ASIDE_DEFAULT_JUDGMENT),
            kind("securing the claim", "заявлени\\w*\\s+об\\s+обеспечении\\s+иска", SECURE_CLAIM),
            kind(
                    "restoring a missed deadline",
                    "(?:заявлени\\w*|ходатайств\\w*)\\s+о\\s+восстановлении\\s+(?:пропущенного\\s+)?(?:процессуального\\s+)?срока",
                    RESTORE_MISSED_DEADLINE,
                    MOTION),
            kind(
                    "newly discovered circumstances",
                    "заявлени\\w*\\s+о\\s+пересмотре\\s+.*(?:вновь\\s+открывши|новым\\s+обстоятельств)",
                    NEWLY_DISCOVERED_CIRCUMSTANCES),
            kind(
                    "copy of the hearing record",
                    "заявлени\\w*\\s+о\\s+(?:выдаче|предоставлении)\\s+(?:копии\\s+)?протокола",
                    HEARING_RECORD_COPY_REQUEST),
            kind(
                    "copies of judicial acts",
                    "заявлени\\w*\\s+о\\s+(?:повторной\\s+)?выдаче\\s+(?:копи|дубликат)\\w*\\s+судебн",
                    COPIES_OF_JUDICIAL_ACTS,
                    REPEATED_COPIES_OF_JUDICIAL_ACTS),
            kind(
                    "duplicate writ of execution",
                    "заявлени\\w*\\s+о\\s+выдаче\\s+дубликата\\s+исполнительного",
                    DUPLICATE_WRIT_OF_EXECUTION),
            kind(
                    "writ for an arbitral or foreign decision",
                    "заявлени\\w*\\s+о\\s+выдаче\\s+исполнительн\\w*\\s+лист\\w*\\s+на\\s+(?:принудительное\\s+исполнение\\s+)?решени",
                    WRIT_FOR_ARBITRAL_OR_FOREIGN_DECISION),
            kind(
                    "writ to the justice bodies",
                    "заявлени\\w*\\s+о\\s+направлении\\s+исполнительного",
                    WRIT_TO_JUSTICE_BODIES),
            kind(
                    "remarks on the hearing record",
                    "(?:замечани\\w*\\s+на\\s+протокол|хаттамаға\\s+ескерту)",
                    REMARKS_ON_RECORD),
            kind("claim", "(?:исков\\w*\\s+заявлени|талап\\s+арыз|иск\\b)", CLAIM),
            kind(
                    "appeal",
                    "(?:апелляционн\\w*\\s+жалоб|апелляциялық\\s+шағым)",
                    APPEAL,
                    CRIMINAL_FILING,
                    ADMINISTRATIVE_OFFENCE_FILING),
            kind("private complaint", "(?:частн\\w*\\s+жалоб|жеке\\s+шағым)", PRIVATE_COMPLAINT),
            kind(
                    "cassation",
                    "(?:кассационн\\w*\\s+(?:жалоб|ходатайств)|кассациялық\\s+(?:шағым|өтінішхат))",
                    CASSATION_COMPLAINT,
                    CRIMINAL_FILING,
                    ADMINISTRATIVE_OFFENCE_FILING),
            kind(
                    "supervisory review",
                    "(?:ходатайств\\w*|заявлени\\w*)\\s+о\\s+пересмотре\\s+.*в\\s+порядке\\s+надзора|надзорн\\w*\\s+(?:жалоб|ходатайств)",
                    SUPERVISORY_REVIEW),
            kind(
                    "response",
                    "(?:отзыв|возражени\\w*\\s+на\\s+исков|пікір)\\b",
                    RESPONSE,
                    CRIMINAL_FILING,
                    ADMINISTRATIVE_OFFENCE_FILING),
            kind("petition", "(?:обращени|өтініш\\b)", PETITION),
            kind("letter", "письмо\\b|хат\\b", LETTER),
            kind("apostille request", "(?:заявлени\\w*|запрос\\w*)\\s+.*апостил", APOSTILLE_REQUEST),
            kind(
                    "case observation request",
                    "заявлени\\w*\\s+.*(?:наблюдательн\\w*\\s+производств|энп\\b)",
                    CASE_OBSERVATION_REQUEST),
            kind(
                    "motion",
                    "(?:ходатайств|өтінішхат)",
                    MOTION,
                    CRIMINAL_FILING,
                    ADMINISTRATIVE_OFFENCE_FILING,
                    CASSATION_COMPLAINT,
                    SUPERVISORY_REVIEW,
                    RESTORE_MISSED_DEADLINE));

    private DocumentTitles() {}

    private static Kind kind(String name, String title, CourtService first, CourtService... more) {
        return new Kind(
                name,
                Pattern.compile(
                        START + "(?:" + title + ")",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
                EnumSet.of(first, more));
    }

    /** Every kind the rule knows, most specific first. */
    public static List<Kind> kinds() {
        return KINDS;
    }

    /** The kind of document a title (or a file name) names; empty for one this rule does not know. */
    public static Optional<Kind> recognise(String titleOrFileName) {
        Objects.requireNonNull(titleOrFileName, "titleOrFileName");
        String line = titleOrFileName.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('_', ' ');
        if (line.length() > 300) {
            return Optional.empty();
        }
        for (Kind kind : KINDS) {
            if (kind.title().matcher(line).find()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a statement fits the chosen section: empty when the rule cannot decide (no title it knows, in the text
     * or the file name); else the kind it names and whether the section is one of that kind's.
     */
    public static Optional<Fit> fit(CourtService section, StatementText text, String fileName) {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        Optional<String> title = text.title();
        Optional<Kind> kind = title.flatMap(DocumentTitles::recognise);
        String from = title.orElse(null);
        if (kind.isEmpty()) {
            kind = recognise(fileName);
            from = fileName;
        }
        if (kind.isEmpty() || from == null) {
            return Optional.empty();
        }
        return Optional.of(new Fit(kind.get(), from, kind.get().sections().contains(section)));
    }

    /**
     * The rule's verdict.
     *
     * @param kind the kind of document the statement names
     * @param title the title (or file name) that names it
     * @param fits whether the chosen section is one of the kind's
     */
    public record Fit(Kind kind, String title, boolean fits) {
        public Fit {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
        }
    }
}
