package kz.officesud.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.officesud.core.internal.Checksums;
import kz.officesud.core.model.ApostilleRequest;
import kz.officesud.core.model.Counterclaim;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.FiledByInstance;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.HearingRecordForm;
import kz.officesud.core.model.InstanceChoice;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.PartySide;
import kz.officesud.core.model.Petition;
import kz.officesud.core.model.RemarksOnRecord;
import kz.officesud.core.model.TakesApplicantContacts;
import org.jspecify.annotations.Nullable;

/** The rules of the services' own fields, beyond what every filing shares ({@link StandardRules}). */
final class ServiceRules {
    /** What may separate the digits of a phone number as people write it. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s().-]");

    /** 10 to 15 digits (E.164's longest), after an optional '+'. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{10,15}");

    private ServiceRules() {}

    static List<FilingRule> all() {
        return List.of(
                ServiceRules::counterclaim,
                ServiceRules::instance,
                ServiceRules::hearingRecord,
                ServiceRules::applicantContacts,
                ServiceRules::texts,
                ServiceRules::apostilleActs);
    }

    /**
     * A counterclaim is a claim: at least one plaintiff (a counterclaimant) and one defendant, and the amount of the
     * dispute.
     */
    static List<Violation> counterclaim(Filing filing, ValidationOptions options) {
        if (!(filing instanceof Counterclaim counterclaim)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        if (counterclaim.participants(PartySide.PLAINTIFF).isEmpty()) {
            out.add(Violation.of("participants", null, "claim.plaintiff.required"));
        }
        if (counterclaim.participants(PartySide.DEFENDANT).isEmpty()) {
            out.add(Violation.of("participants", null, "claim.defendant.required"));
        }
        if (counterclaim.claimAmount() == null) {
            out.add(Violation.of("claimAmount", null, "claim.claimAmount.required"));
        }
        return out;
    }

    /** The instance and kind of a criminal or administrative-offence filing, against the choice in force. */
    static List<Violation> instance(Filing filing, ValidationOptions options) {
        return instance(filing, options.filingDay(), InstanceChoice.standard());
    }

    /**
     * The instance is chosen and offered on {@code date} by the latest of {@code choices} in force then; the kind of
     * document is chosen. That the addressed court sits at the instance and hears the form of proceedings is the
     * jurisdiction rule's ({@link CourtJurisdiction}, through {@link kz.officesud.core.model.Filing#caseKind()}).
     */
    static List<Violation> instance(Filing filing, LocalDate date, List<InstanceChoice> choices) {
        if (!(filing instanceof FiledByInstance byInstance)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        CourtInstance instance = byInstance.instance();
        if (instance == null) {
            out.add(Violation.of("instance", null, "instance.required"));
        } else {
            Optional<InstanceChoice> inForce = InstanceChoice.inForceOn(date, choices);
            if (inForce.isEmpty()) {
                LocalDate from = InstanceChoice.earliest(choices)
                        .map(InstanceChoice::effectiveFrom)
                        .orElse(date);
                out.add(new Violation(
                        "instance",
                        instance.name(),
                        "instance.notYetOffered",
                        Map.of("date", date.toString(), "from", from.toString())));
            } else if (!inForce.get().offers(instance)) {
                out.add(new Violation(
                        "instance",
                        instance.name(),
                        "instance.notOffered",
                        Map.of("value", instance.name(), "date", date.toString())));
            }
        }
        if (byInstance.documentKind() == null) {
            out.add(Violation.of("documentKind", null, "documentKind.required"));
        }
        return out;
    }

    /**
     * The hearing-record forms: the applicant's side, at least one plaintiff, every name written; for remarks the
     * record's date, not after the filing's.
     */
    static List<Violation> hearingRecord(Filing filing, ValidationOptions options) {
        if (!(filing instanceof HearingRecordForm form)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        if (form.side() == null) {
            out.add(Violation.of("side", null, "hearingRecord.side.required"));
        }
        if (form.plaintiffs().isEmpty()) {
            out.add(Violation.of("plaintiffs", null, "hearingRecord.plaintiffs.required"));
        }
        names(out, "plaintiffs", form.plaintiffs());
        names(out, "defendants", form.defendants());
        if (form instanceof RemarksOnRecord remarks) {
            if (remarks.recordDate() == null) {
                out.add(Violation.of("recordDate", null, "remarks.recordDate.required"));
            } else {
                notAfterFiling(out, "recordDate", remarks.recordDate(), options);
            }
        }
        return out;
    }

    private static void names(List<Violation> out, String path, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isBlank()) {
                out.add(Violation.of(path + "[" + i + "]", names.get(i), "party.name.required"));
            }
        }
    }

    /**
     * Where the form asks them, the applicant's phone — digits as people write them, 10 to 15 with the code — and
     * postal address.
     */
    static List<Violation> applicantContacts(Filing filing, ValidationOptions options) {
        if (!(filing instanceof TakesApplicantContacts contacts)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        String phone = contacts.phone();
        if (phone == null || phone.isBlank()) {
            out.add(Violation.of("phone", phone, "applicant.phone.required"));
        } else if (!PHONE.matcher(PHONE_SEPARATORS.matcher(phone.strip()).replaceAll(""))
                .matches()) {
            // a phone number is personal data: only its last four characters are shown
            out.add(Violation.of("phone", Checksums.mask(phone.strip()), "applicant.phone.format"));
        }
        if (blank(contacts.postalAddress())) {
            out.add(Violation.of("postalAddress", contacts.postalAddress(), "applicant.postalAddress.required"));
        }
        return out;
    }

    /** A petition's short description and a letter's subject. */
    static List<Violation> texts(Filing filing, ValidationOptions options) {
        if (filing instanceof Petition petition && blank(petition.description())) {
            return List.of(Violation.of("description", petition.description(), "petition.description.required"));
        }
        if (filing instanceof Letter letter && blank(letter.subject())) {
            return List.of(Violation.of("subject", letter.subject(), "letter.subject.required"));
        }
        return List.of();
    }

    /** An apostille request names at least one act, each titled and dated no later than the filing. */
    static List<Violation> apostilleActs(Filing filing, ValidationOptions options) {
        if (!(filing instanceof ApostilleRequest request)) {
            return List.of();
        }
        if (request.acts().isEmpty()) {
            return List.of(Violation.of("acts", null, "apostille.acts.required"));
        }
        List<Violation> out = new ArrayList<>();
        for (int i = 0; i < request.acts().size(); i++) {
            ApostilleRequest.Act act = request.acts().get(i);
            if (act.title().isBlank()) {
                out.add(Violation.of("acts[" + i + "].title", act.title(), "apostille.act.title.required"));
            }
            notAfterFiling(out, "acts[" + i + "].date", act.date(), options);
        }
        return out;
    }

    private static void notAfterFiling(List<Violation> out, String path, LocalDate date, ValidationOptions options) {
        LocalDate filed = options.filingDay();
        if (date.isAfter(filed)) {
            out.add(new Violation(
                    path,
                    date.toString(),
                    "date.afterFiling",
                    Map.of("value", date.toString(), "date", filed.toString())));
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
