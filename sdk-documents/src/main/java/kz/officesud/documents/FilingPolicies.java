package kz.officesud.documents;

import java.lang.reflect.InvocationTargetException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingBuilder;
import kz.officesud.core.model.TakesStateFee;
import kz.officesud.core.validation.CourtJurisdiction;
import kz.officesud.core.validation.FilingValidator;
import kz.officesud.core.validation.ValidationOptions;
import kz.officesud.core.validation.Violation;
import kz.officesud.core.wire.AcceptedFormat;
import kz.officesud.core.wire.FilingPolicy;
import kz.officesud.core.wire.LayoutPolicy;

/**
 * The court's policy per filing kind, and the one set of checks a filing meets before it is sent: the client's local
 * check and the court's dry run both judge with {@link #beforeSending()}, so that they give the same verdict, and both
 * describe a kind with {@link #of(CourtService, LocalDate)}, so that the policy the court serves is the one the client
 * would compute.
 *
 * <pre>{@code
 * FilingPolicy claims = FilingPolicies.of(CourtService.CLAIM, LocalDate.now());
 * claims.formats();        // pdf, doc, docx, xlsx (the 2018 rules as amended on 2025-06-03, seed 004, §12)
 * claims.requiredFields(); // court, proceedings, category, participants, stateFee, statement …
 * }</pre>
 */
public final class FilingPolicies {
    private static final FilingValidator FORM = FilingValidator.standard().withRules(CourtJurisdiction.rule());

    private FilingPolicies() {}

    /**
     * What a filing meets before it is sent: the form's rules, a court that hears the filing's kind ({@link
     * CourtJurisdiction}) and every file judged by the document rules in force on the filing's date ({@link
     * DocumentFilingRule#inForce()}); layout as warnings unless {@link ValidationOptions#strictLayout()}.
     */
    public static FilingValidator beforeSending() {
        return FORM.withRules(DocumentFilingRule.inForce());
    }

    /** As {@link #beforeSending()} without opening the files: the form and the court only. */
    public static FilingValidator formOnly() {
        return FORM;
    }

    /**
     * The policy for filings of {@code service} on {@code date}: the required fields as the form's rules name them
     * for an empty filing of the kind, the documents' roles, the state-fee step and the document rules in force.
     *
     * @throws IllegalArgumentException the service is not a filing with a type of its own, or no document rules were
     *     in force on {@code date}
     */
    public static FilingPolicy of(CourtService service, LocalDate date) {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(date, "date");
        Class<? extends Filing> type = service.filingType()
                .orElseThrow(() -> new IllegalArgumentException(service + " has no filing type of its own"));
        RuleSet rules = RuleSets.standard()
                .ruleSetOn(date)
                .orElseThrow(() -> new IllegalArgumentException("no court rules were in force on " + date));
        List<AcceptedFormat> formats = new ArrayList<>();
        for (DocumentFormat format : rules.formats()) {
            formats.add(new AcceptedFormat(format.code(), format.mediaType(), format.extensions()));
        }
        LayoutRule layout = rules.layout();
        boolean takesFee = TakesStateFee.class.isAssignableFrom(type);
        Set<DocumentRole> roles =
                EnumSet.of(DocumentRole.STATEMENT, DocumentRole.ANNEX, DocumentRole.POWER_OF_ATTORNEY);
        if (takesFee) {
            roles.add(DocumentRole.FEE_RECEIPT);
        }
        return new FilingPolicy(
                service,
                service.nameRu(),
                date,
                requiredFields(type, date),
                List.copyOf(roles),
                takesFee,
                rules.id(),
                rules.source(),
                rules.effectiveFrom(),
                formats,
                rules.maxFileSize(),
                layout == null
                        ? null
                        : new LayoutPolicy(
                                layout.fontFamily(),
                                layout.fontSizePoints(),
                                layout.minLineSpacing(),
                                layout.maxLineSpacing()),
                false);
    }

    /** The paths the form's rules name as missing in an empty filing of {@code type}. */
    private static List<String> requiredFields(Class<? extends Filing> type, LocalDate date) {
        Filing empty = empty(type);
        Set<String> paths = new LinkedHashSet<>();
        ValidationOptions options = ValidationOptions.builder().filingDate(date).build();
        for (Violation violation : FORM.validate(empty, options).violations()) {
            if (violation.messageKey().endsWith(".required")) {
                paths.add(violation.path());
            }
        }
        return List.copyOf(paths);
    }

    private static Filing empty(Class<? extends Filing> type) {
        try {
            FilingBuilder<?> builder =
                    (FilingBuilder<?>) type.getMethod("builder").invoke(null);
            return builder.build();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(type.getName() + " has no public static builder()", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("an empty " + type.getSimpleName() + " cannot be built", e.getCause());
        }
    }
}
