package kz.officesud.core.wire;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.DocumentRole;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /policies/{service}}: what the court asks of a filing of one kind on a day — the fields the form must
 * fill, the documents it carries, whether it has the state-fee step, and the rules for its files (formats, size,
 * layout) in force that day (the 2018 rules on filing electronic documents as amended on 2025-06-03, seed 004, §9 and
 * §12; the 2014 instruction, seed 002, §7–8, before them). The court serves it and the client computes the same
 * locally, from the same rules.
 *
 * @param service the service
 * @param nameRu the service's name in Russian
 * @param date the day the policy holds for
 * @param requiredFields the form's fields a filing of this kind must always fill, by the paths a violation names
 *     ({@code court}, {@code statement}, {@code caseNumber}…); fields required only by what others say (a receipt
 *     when the fee is paid with one) are reported by a dry run
 * @param documentRoles the roles the filing's documents may take
 * @param stateFee whether the form has the state-fee step (a fee paid, or an exemption named)
 * @param ruleSet the id of the document rules in force that day
 * @param ruleSource the act that sets those rules
 * @param effectiveFrom the first day of those rules
 * @param formats the accepted formats of files
 * @param maxFileSize the largest accepted file, in bytes
 * @param layout how text must be set, if the rules say
 * @param layoutRefuses whether a layout deviation makes the court refuse a file (no: layout is none of the grounds of
 *     refusal, seed 004, §24; it is reported as a warning)
 */
public record FilingPolicy(
        CourtService service,
        String nameRu,
        LocalDate date,
        List<String> requiredFields,
        List<DocumentRole> documentRoles,
        boolean stateFee,
        String ruleSet,
        String ruleSource,
        LocalDate effectiveFrom,
        List<AcceptedFormat> formats,
        long maxFileSize,
        @Nullable LayoutPolicy layout,
        boolean layoutRefuses) {
    public FilingPolicy {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(nameRu, "nameRu");
        Objects.requireNonNull(date, "date");
        requiredFields = List.copyOf(requiredFields);
        documentRoles = List.copyOf(documentRoles);
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(ruleSource, "ruleSource");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        formats = List.copyOf(formats);
    }
}
