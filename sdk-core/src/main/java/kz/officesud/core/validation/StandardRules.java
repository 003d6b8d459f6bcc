package kz.officesud.core.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.officesud.core.internal.Checksums;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategories;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingDocument;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.TakesStateFee;
import kz.officesud.core.model.Tenge;
import org.jspecify.annotations.Nullable;

/** The form rules of sdk-core, in the order of the form. */
final class StandardRules {
    private StandardRules() {}

    static List<FilingRule> all() {
        List<FilingRule> rules = new ArrayList<>(List.of(
                StandardRules::court,
                StandardRules::caseInCourt,
                StandardRules::claimFields,
                CivilRules::reviewProceedings,
                CivilRules::claimParties,
                CivilRules::applicantSide,
                StandardRules::participants,
                StandardRules::claimAmount,
                CivilRules::courtOrderAmount,
                CivilRules::circumstances,
                StandardRules::stateFee,
                StandardRules::statement,
                StandardRules::fileNames));
        rules.addAll(ServiceRules.all());
        return List.copyOf(rules);
    }

    /** The filing is addressed to a court. */
    static List<Violation> court(Filing filing, ValidationOptions options) {
        return filing.court() == null ? List.of(Violation.of("court", null, "court.required")) : List.of();
    }

    /**
     * A filing in an existing case names the case, by the number of the court it belongs to: the court the filing
     * is addressed to (its number starts with that court's code), or for a filing to a court that reviews the whole
     * case, the court of first instance ({@link FiledInCase.CaseNumbering}).
     */
    static List<Violation> caseInCourt(Filing filing, ValidationOptions options) {
        if (!(filing instanceof FiledInCase inCase)) {
            return List.of();
        }
        CaseNumber caseNumber = inCase.caseNumber();
        if (caseNumber == null) {
            return inCase.caseNumberRequired()
                    ? List.of(Violation.of("caseNumber", null, "caseNumber.required"))
                    : List.of();
        }
        if (inCase.caseNumbering() == FiledInCase.CaseNumbering.FIRST_INSTANCE) {
            return firstInstanceCase(caseNumber);
        }
        Court court = filing.court();
        if (court != null && !court.code().equals(caseNumber.courtCode())) {
            return List.of(new Violation(
                    "caseNumber",
                    caseNumber.format(),
                    "caseNumber.otherCourt",
                    Map.of("value", caseNumber.format(), "caseCourt", caseNumber.courtCode(), "court", court.code())));
        }
        return List.of();
    }

    /**
     * A case number a court of first instance gave: its code names a region (the republican courts, codes 60xx,
     * hear no case first), and the court directory does not list the code at another instance (the oblast and city
     * courts of appeal). A code the directory does not know is a district court's, of the first instance.
     */
    private static List<Violation> firstInstanceCase(CaseNumber caseNumber) {
        boolean firstInstance = caseNumber.region().isPresent()
                && Courts.standard()
                        .find(caseNumber.courtCode())
                        .map(c -> c.instance() == CourtInstance.FIRST)
                        .orElse(true);
        if (firstInstance) {
            return List.of();
        }
        return List.of(new Violation(
                "caseNumber",
                caseNumber.format(),
                "caseNumber.notFirstInstance",
                Map.of("value", caseNumber.format(), "caseCourt", caseNumber.courtCode())));
    }

    /** A claim's proceedings and a category that fits them (its sides: {@link CivilRules#claimParties}). */
    static List<Violation> claimFields(Filing filing, ValidationOptions options) {
        if (!(filing instanceof Claim claim)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        if (claim.proceedings() == null) {
            out.add(Violation.of("proceedings", null, "proceedings.required"));
        }
        CaseCategory category = claim.category();
        if (category == null) {
            out.add(Violation.of("category", null, "claim.category.required"));
        } else if (!category.isWellFormed()) {
            out.add(new Violation("category", category.code(), "category.format", Map.of("value", category.code())));
        } else if (claim.proceedings() != null) {
            categoryFit(out, category, claim.proceedings(), options);
        }
        return out;
    }

    /**
     * A category the classifier in use lists must belong to the claim's proceedings (and so be a civil one); a
     * category it does not list is not judged ({@link CaseCategories}: the bundled classifier is partial).
     */
    private static void categoryFit(
            List<Violation> out, CaseCategory category, Proceedings proceedings, ValidationOptions options) {
        options.caseCategories()
                .find(category)
                .filter(entry -> entry.form() != ProceedingsForm.CIVIL || !entry.fits(proceedings))
                .ifPresent(entry -> out.add(new Violation(
                        "category",
                        category.code(),
                        "category.proceedings",
                        Map.of("code", category.code(), "name", entry.nameRu(), "proceedings", proceedings))));
    }

    /** Every filing carries its own document: the statement of claim, the complaint, the motion, the letter. */
    static List<Violation> statement(Filing filing, ValidationOptions options) {
        if (!filing.documents(DocumentRole.STATEMENT).isEmpty()) {
            return List.of();
        }
        return List.of(Violation.of(
                "statement", null, filing instanceof Claim ? "claim.statement.required" : "statement.required"));
    }

    /** Each participant has a name and, if a resident, a valid identity. */
    static List<Violation> participants(Filing filing, ValidationOptions options) {
        List<Violation> out = new ArrayList<>();
        List<Participant> participants = filing.participants();
        for (int i = 0; i < participants.size(); i++) {
            String path = FilingPaths.participant(i) + ".party";
            Party party = participants.get(i).party();
            if (party instanceof Party.Individual individual) {
                if (individual.fullName().isBlank()) {
                    out.add(Violation.of(path + ".fullName", individual.fullName(), "party.name.required"));
                }
                Iin iin = individual.iin();
                identity(
                        out,
                        path + ".iin",
                        iin == null ? null : iin.value(),
                        iin != null && iin.checksumValid(),
                        individual.resident(),
                        "iin",
                        options);
            } else if (party instanceof Party.LegalEntity entity) {
                if (entity.name().isBlank()) {
                    out.add(Violation.of(path + ".name", entity.name(), "party.name.required"));
                }
                Bin bin = entity.bin();
                identity(
                        out,
                        path + ".bin",
                        bin == null ? null : bin.value(),
                        bin != null && bin.checksumValid(),
                        entity.resident(),
                        "bin",
                        options);
            }
        }
        return out;
    }

    private static void identity(
            List<Violation> out,
            String path,
            @Nullable String value,
            boolean checksumValid,
            boolean resident,
            String kind,
            ValidationOptions options) {
        if (value == null) {
            if (resident) {
                out.add(Violation.of(path, null, "party." + kind + ".required"));
            }
            return;
        }
        if (!checksumValid && !options.acceptsUnverified(value)) {
            // An IIN is personal data: only its last four digits are shown. A BIN names a company and is public.
            String shown = "iin".equals(kind) ? Checksums.mask(value) : value;
            out.add(new Violation(path, shown, kind + ".checksum", Map.of("value", shown)));
        }
    }

    /** A claim's amount where the proceedings need one. */
    static List<Violation> claimAmount(Filing filing, ValidationOptions options) {
        if (filing instanceof Claim claim
                && claim.claimAmount() == null
                && claim.proceedings() != null
                && claim.proceedings().claimAmountRequired()) {
            return List.of(Violation.of("claimAmount", null, "claim.claimAmount.required"));
        }
        return List.of();
    }

    /**
     * The state-fee step of a filing that has one: present, and consistent (a payment needs a positive amount, a
     * receipt its scan, an exemption its category).
     */
    static List<Violation> stateFee(Filing filing, ValidationOptions options) {
        if (!(filing instanceof TakesStateFee takesFee)) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        StateFee fee = takesFee.stateFee();
        if (fee == null) {
            out.add(Violation.of(
                    "stateFee", null, filing instanceof Claim ? "claim.stateFee.required" : "stateFee.required"));
            return out;
        }
        if (fee instanceof StateFee.Exempt exempt) {
            if (exempt.exemptionCategory().isBlank()) {
                out.add(Violation.of(
                        "stateFee.exemptionCategory",
                        exempt.exemptionCategory(),
                        "stateFee.exemptionCategory.required"));
            }
        } else if (fee instanceof StateFee.PaidOnline paid) {
            paidAmount(out, paid.amount());
        } else if (fee instanceof StateFee.Receipt receipt) {
            paidAmount(out, receipt.amount());
            if (receipt.receipt() == null) {
                out.add(Violation.of("stateFee.receipt", null, "stateFee.receipt.required"));
            }
        }
        return out;
    }

    private static void paidAmount(List<Violation> out, @Nullable Tenge amount) {
        if (amount == null) {
            out.add(Violation.of("stateFee.amount", null, "stateFee.amount.required"));
        } else if (amount.isZero()) {
            out.add(Violation.of("stateFee.amount", amount.toString(), "stateFee.amount.positive"));
        }
    }

    /**
     * Every file has a good name ({@link FileNames}), and no two files share one (ignoring case and Unicode
     * normalization, as Windows and macOS do: the name identifies the document).
     */
    static List<Violation> fileNames(Filing filing, ValidationOptions options) {
        List<Violation> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (FilingDocument document : filing.documents()) {
            String name = document.attachment().fileName();
            String path = document.path() + ".fileName";
            java.util.Optional<String> problem = FileNames.problem(name);
            if (problem.isPresent()) {
                out.add(new Violation(
                        path, name, problem.get(), Map.of("fileName", name, "max", FileNames.MAX_UTF8_BYTES)));
                continue;
            }
            String key = java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT);
            String first = seen.putIfAbsent(key, document.path());
            if (first != null) {
                out.add(new Violation(
                        path, name, "document.fileName.duplicate", Map.of("fileName", name, "first", first)));
            }
        }
        return out;
    }
}
