package kz.officesud.filing.live.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.officesud.core.model.ActLegitimacy;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtKind;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.Region;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.filing.live.LiveCabinetException;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.transport.CourtOfficeException;
import kz.officesud.transport.internal.FileDownload;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Reads the live cabinet's pages that file nothing: «Судебные акты» and an act's file, «Проверка законности судебного
 * акта», «График судебных заседаний», the court directory ({@code /gis}). Every element through the mapping; every
 * value read by the label or column header beside it.
 */
final class PageReader {
    private final WebCabinet cabinet;

    PageReader(WebCabinet cabinet) {
        this.cabinet = cabinet;
    }

    // «Судебные акты»

    List<JudicialActEntry> acts(WebClient client) {
        Page page = cabinet.openPage(client, "acts");
        List<JudicialActEntry> entries = new ArrayList<>();
        for (Row row : rows(page, page.find("table"), ACT_COLUMNS)) {
            Element link = row.cell("file").selectFirst("a[href]");
            if (link == null) {
                throw new PageChangedException(page.name(), "file", "a link to the act's file in its column");
            }
            JudicialAct act = new JudicialAct(
                    row.text("actId"),
                    byName(page, "kind", JudicialActKind.values(), JudicialActKind::nameRu, row.text("kind")),
                    row.text("title"),
                    link.text().strip(),
                    link.attr("type").isBlank() ? "application/octet-stream" : link.attr("type"),
                    number(page, "size", row.text("size")),
                    sha256(page, "sha256", row.text("sha256")),
                    instant(page, "issuedAt", row.text("issuedAt")));
            entries.add(new JudicialActEntry(
                    FilingId.of(row.text("filingId")),
                    byName(page, "service", CourtService.values(), CourtService::nameRu, row.text("service")),
                    court(page, row.text("court")),
                    act));
        }
        return List.copyOf(entries);
    }

    /** Downloads the act the page lists under {@code filingId} and {@code act}'s id, checked by its size and SHA-256. */
    Path download(WebClient client, FilingId filingId, JudicialAct act, Path target) {
        Page page = cabinet.openPage(client, "acts");
        for (Row row : rows(page, page.find("table"), ACT_COLUMNS)) {
            if (row.text("actId").equals(act.actId()) && row.text("filingId").equals(filingId.value())) {
                Element link = row.cell("file").selectFirst("a[href]");
                if (link == null) {
                    throw new PageChangedException(page.name(), "file", "a link to the act's file in its column");
                }
                return client.download(
                                "download act " + act.actId(),
                                client.resolve(link.attr("href")),
                                new FileDownload(target, act.size(), act.sha256()))
                        .path();
            }
        }
        throw new LiveCabinetException(
                page.name(), "«Судебные акты» lists no act " + act.actId() + " of filing " + filingId.value(), null);
    }

    private static final List<String> ACT_COLUMNS =
            List.of("issuedAt", "kind", "title", "actId", "filingId", "service", "court", "file", "size", "sha256");

    // «Проверка законности судебного акта»

    LegitimacyVerdict legitimacy(WebClient client, String actId, @Nullable Sha256 sha256) {
        Page page = cabinet.openPage(client, "legitimacy");
        Page answer = FormSubmit.of(page, "check")
                .set("actId", actId)
                .set("sha256", sha256 == null ? "" : sha256.hex())
                .submit(client, "check the legitimacy of act " + actId);
        Element verdict = answered(answer, "verdict", "the act legitimacy check");
        ActLegitimacy outcome = byName(
                answer,
                "outcome",
                ActLegitimacy.values(),
                ActLegitimacy::nameRu,
                answer.requiredDefinition(verdict, "outcome"));
        Optional<String> kind = answer.definition(verdict, "kind");
        Optional<String> court = answer.definition(verdict, "court");
        Optional<String> issuedAt = answer.definition(verdict, "issuedAt");
        Optional<String> sha = answer.definition(verdict, "sha256");
        return new LegitimacyVerdict(
                answer.requiredDefinition(verdict, "actId"),
                outcome,
                kind.map(k -> byName(answer, "kind", JudicialActKind.values(), JudicialActKind::nameRu, k))
                        .orElse(null),
                answer.definition(verdict, "title").orElse(null),
                court.map(c -> court(answer, c)).orElse(null),
                issuedAt.map(i -> instant(answer, "issuedAt", i)).orElse(null),
                sha.map(s -> sha256(answer, "sha256", s)).orElse(null));
    }

    // «График судебных заседаний»

    List<HearingView> hearings(WebClient client, Court court, LocalDate date) {
        Page page = cabinet.openPage(client, "hearings");
        Page answer = FormSubmit.of(page, "show")
                .option("court", court.code())
                .set("date", date.toString())
                .submit(client, "get the hearings of " + court.code());
        Element table = answered(answer, "table", "the hearing schedule");
        List<HearingView> hearings = new ArrayList<>();
        for (Row row : rows(answer, table, List.of("hearingAt", "court", "service", "caseNumber", "text"))) {
            OffsetDateTime at;
            try {
                at = OffsetDateTime.parse(row.text("hearingAt"));
            } catch (DateTimeParseException e) {
                throw new PageChangedException(answer.name(), "hearingAt", "a date and time (ISO-8601) in its column");
            }
            String number = row.text("caseNumber");
            hearings.add(new HearingView(
                    court(answer, row.text("court")),
                    at,
                    byName(answer, "service", CourtService.values(), CourtService::nameRu, row.text("service")),
                    number.isEmpty() ? null : number,
                    row.text("text")));
        }
        return List.copyOf(hearings);
    }

    // The court directory

    Courts directory(WebClient client) {
        Page page = cabinet.openPage(client, "gis");
        List<Court> courts = new ArrayList<>();
        String separator = page.mapping().text("formsSeparator");
        for (Row row : rows(
                page,
                page.find("table"),
                List.of("code", "nameRu", "nameKk", "nameEn", "region", "kind", "officeId", "forms"))) {
            Set<ProceedingsForm> forms = EnumSet.noneOf(ProceedingsForm.class);
            for (String form : row.text("forms").split(Pattern.quote(separator))) {
                if (!form.isBlank()) {
                    forms.add(byName(
                            page,
                            "forms",
                            ProceedingsForm.values(),
                            f -> page.mapping().text("form." + f.name()),
                            form.strip()));
                }
            }
            String officeId = row.text("officeId");
            try {
                courts.add(new Court(
                        row.text("code"),
                        officeId.isEmpty() ? null : Integer.valueOf(officeId),
                        byName(page, "region", Region.values(), Region::nameRu, row.text("region")),
                        byName(page, "kind", CourtKind.values(), CourtKind::nameRu, row.text("kind")),
                        forms,
                        row.text("nameRu"),
                        emptyToNull(row.text("nameKk")),
                        emptyToNull(row.text("nameEn"))));
            } catch (IllegalArgumentException e) {
                throw new PageChangedException(
                        page.name(), "row of court " + row.text("code"), "a court: " + e.getMessage());
            }
        }
        if (courts.isEmpty()) {
            throw new PageChangedException(page.name(), "table", "a row for each court");
        }
        return Courts.of(courts);
    }

    /**
     * The element a form's answer shows; if the page has none, what it said instead (a {@link LiveCabinetException}),
     * or, when it said nothing, a {@link PageChangedException}.
     */
    private static Element answered(Page answer, String element, String what) {
        return answer.findOptional(element).orElseThrow(() -> {
            List<String> said = answer.messages();
            return said.isEmpty()
                    ? new PageChangedException(
                            answer.name(),
                            element,
                            answer.mapping().element(element).toString())
                    : new LiveCabinetException(
                            answer.name(), what + " did not answer: " + String.join("; ", said), null);
        });
    }

    // reading values

    Court court(Page page, String text) {
        Matcher m = Pattern.compile(page.mapping().text("courtPattern")).matcher(text);
        if (!m.find()) {
            throw new PageChangedException(
                    page.name(), "court", "the pattern " + page.mapping().text("courtPattern"));
        }
        String code = m.group(2);
        return cabinet.courts()
                .find(code)
                .orElseThrow(() -> new CourtOfficeException("the live cabinet names court " + code
                        + ", which the court directory does not know: update it"));
    }

    static <E> E byName(
            Page page, String element, E[] values, java.util.function.Function<E, String> name, String text) {
        for (E value : values) {
            if (name.apply(value).equals(text)) {
                return value;
            }
        }
        throw new PageChangedException(page.name(), element, "a known name, not '" + text + "'");
    }

    private static long number(Page page, String element, String text) {
        try {
            return Long.parseLong(text.replace(" ", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new PageChangedException(page.name(), element, "a number, not '" + text + "'");
        }
    }

    private static Sha256 sha256(Page page, String element, String text) {
        try {
            return Sha256.ofHex(text.toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PageChangedException(page.name(), element, "64 hexadecimal digits");
        }
    }

    private static Instant instant(Page page, String element, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException again) {
                throw new PageChangedException(page.name(), element, "a date and time (ISO-8601), not '" + text + "'");
            }
        }
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** A table's row: its cells by column name. */
    record Row(Map<String, Element> cells) {
        Element cell(String column) {
            return cells.get(column);
        }

        String text(String column) {
            return cells.get(column).text().strip();
        }
    }

    static List<Row> rows(Page page, Element table, List<String> columns) {
        return page.rows(table, columns).stream().map(Row::new).toList();
    }
}
