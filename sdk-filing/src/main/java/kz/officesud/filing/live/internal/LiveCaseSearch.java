package kz.officesud.filing.live.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import kz.officesud.casesearch.CaseQuery;
import kz.officesud.casesearch.CaseSearch;
import kz.officesud.casesearch.ChallengeAnswer;
import kz.officesud.casesearch.SearchChallengeException;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.AccessRequestView;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.SearchChallenge;
import kz.officesud.core.wire.ViewedCase;
import kz.officesud.filing.live.LiveCabinetException;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.transport.internal.Futures;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * «Поиск судебного дела» through the live cabinet's page ({@code /form/lawsuit/}), behind its CAPTCHA. The page shows a
 * CAPTCHA with every search: {@link #search(CaseQuery)} opens the page and hands its image to the caller as a {@link
 * SearchChallengeException} (the same challenge the court's API sends), and {@link #search(CaseQuery, ChallengeAnswer)}
 * fills the form with the query and the person's answer and posts it once. A wrong answer is a {@link
 * SearchChallengeException} with the page's fresh CAPTCHA. The SDK never reads the image itself.
 *
 * <p>Each challenge is held with its own page and cookies until answered, for at most {@link #HELD} and {@link
 * #MAX_PENDING} at a time (the oldest forgotten first).
 */
final class LiveCaseSearch implements CaseSearch {
    static final Duration HELD = Duration.ofMinutes(5);
    static final int MAX_PENDING = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebCabinet cabinet;
    private final PageReader reader;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    private record Pending(WebClient client, Page page, Instant until) {}

    LiveCaseSearch(WebCabinet cabinet) {
        this.cabinet = cabinet;
        this.reader = new PageReader(cabinet);
    }

    @Override
    public List<CaseSummary> search(CaseQuery query) {
        Objects.requireNonNull(query, "query");
        WebClient client = cabinet.client();
        Page page = cabinet.openPage(client, "lawsuit");
        throw challenged(
                client,
                page,
                "the live cabinet's case search shows a CAPTCHA with every search: show it to"
                        + " the user and search again with their answer");
    }

    @Override
    public List<CaseSummary> search(CaseQuery query, ChallengeAnswer answer) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(answer, "answer");
        Pending held = take(answer.challengeId());
        if (held == null) {
            WebClient client = cabinet.client();
            throw challenged(
                    client,
                    cabinet.openPage(client, "lawsuit"),
                    "the challenge " + answer.challengeId() + " is unknown here or has expired: answer this one");
        }
        Page page = held.page();
        WebClient client = held.client();
        Element form = page.form("captchaAnswer");
        Map<String, String> fields = Forms.current(form);
        fields.put(Page.VIEW_STATE, page.viewState(form));
        if (query.region() != null) {
            fields.put(
                    page.name("district"),
                    optionByLabel(page, "district", query.region().nameRu()));
        }
        if (query.courtCode() != null) {
            fields.put(page.name("court"), option(page, "court", query.courtCode()));
        }
        fields.put(page.name("year"), query.year() == null ? "" : query.year().toString());
        fields.put(page.name("iin"), query.participantId() == null ? "" : query.participantId());
        fields.put(page.name("num"), query.caseNumber() == null ? "" : query.caseNumber());
        fields.put(page.name("fio"), query.participantName() == null ? "" : query.participantName());
        if (query.archived() != null) {
            fields.put(
                    page.name("archive"),
                    page.mapping().text(query.archived() ? "archive.ARCHIVED" : "archive.CURRENT"));
        }
        fields.put(page.name("captchaAnswer"), answer.text());
        String source = page.id("search");
        fields.putAll(Forms.ajax(source, "click", "@form", true));
        String body = client.post("search for cases", WebCabinet.action(client, page, form), Forms.encode(fields), true)
                .body();
        page.apply("search for cases", body);
        Element table = page.findOptional("table").orElse(null);
        List<String> said = page.messages();
        if (table == null || !said.isEmpty()) {
            if (said.isEmpty()) {
                throw new PageChangedException(
                        page.name(), "table", page.mapping().element("table").toString());
            }
            if (said.contains(page.mapping().text("wrongAnswer"))) {
                throw challenged(
                        client,
                        page,
                        "the answer to the CAPTCHA was not right (the page said: " + String.join("; ", said)
                                + "): show the new one to the user");
            }
            throw new LiveCabinetException(
                    page.name(), "the live cabinet's case search refused: " + String.join("; ", said), null);
        }
        List<CaseSummary> found = new ArrayList<>();
        for (PageReader.Row row :
                PageReader.rows(page, table, List.of("caseNumber", "court", "form", "registeredOn", "state"))) {
            Court court = reader.court(page, row.text("court"));
            LocalDate registeredOn;
            try {
                registeredOn = LocalDate.parse(row.text("registeredOn"));
            } catch (DateTimeParseException e) {
                throw new PageChangedException(page.name(), "registeredOn", "a date (ISO-8601) in its column");
            }
            found.add(new CaseSummary(
                    row.text("caseNumber"),
                    court.code(),
                    courtName(page, row.text("court")),
                    court.region(),
                    PageReader.byName(
                            page,
                            "form",
                            ProceedingsForm.values(),
                            f -> page.mapping().text("form." + f.name()),
                            row.text("form")),
                    registeredOn,
                    row.text("state").equals(page.mapping().text("archived"))));
        }
        return List.copyOf(found);
    }

    private static String courtName(Page page, String text) {
        var m = java.util.regex.Pattern.compile(page.mapping().text("courtPattern"))
                .matcher(text);
        return m.find() ? m.group(1) : text;
    }

    /** Reads the page's CAPTCHA, holds the page for the answer, and says so to the caller. */
    private SearchChallengeException challenged(WebClient client, Page page, String message) {
        Element image = page.find("captcha");
        String src = image.attr("src");
        int comma = src.indexOf(',');
        if (!src.startsWith("data:") || comma < 0 || !src.substring(0, comma).endsWith(";base64")) {
            throw new PageChangedException(page.name(), "captcha", "an image given as a base64 data: URI");
        }
        String mediaType = src.substring("data:".length(), comma - ";base64".length());
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(src.substring(comma + 1).strip());
        } catch (IllegalArgumentException e) {
            throw new PageChangedException(page.name(), "captcha", "an image given as a base64 data: URI");
        }
        Instant now = cabinet.clock().instant();
        Instant expires = now.plus(HELD);
        try {
            if (!image.attr("data-expires").isBlank()) {
                expires = Instant.parse(image.attr("data-expires"));
            }
        } catch (DateTimeParseException e) {
            // the page's own expiry is a courtesy; without it the challenge is held for HELD
        }
        String id = page.findOptional("captchaId")
                .map(Element::val)
                .filter(v -> !v.isBlank())
                .orElseGet(() -> "live-" + HexFormat.of().formatHex(RANDOM.generateSeed(12)));
        hold(id, new Pending(client, page, expires.isBefore(now.plus(HELD)) ? expires : now.plus(HELD)));
        return new SearchChallengeException(message, new SearchChallenge(id, mediaType, bytes, expires), null, null);
    }

    private synchronized void hold(String id, Pending held) {
        Instant now = cabinet.clock().instant();
        pending.values().removeIf(p -> !now.isBefore(p.until()));
        while (pending.size() >= MAX_PENDING) {
            pending.remove(pending.keySet().iterator().next());
        }
        pending.put(id, held);
    }

    private synchronized @Nullable Pending take(String id) {
        Pending held = pending.remove(id);
        return held == null || !cabinet.clock().instant().isBefore(held.until()) ? null : held;
    }

    private static String option(Page page, String element, String value) {
        Element select = page.find(element);
        if (select.select("option").stream().noneMatch(o -> o.attr("value").equals(value))) {
            throw new PageChangedException(page.name(), element + " option " + value, "an option of value " + value);
        }
        return value;
    }

    private static String optionByLabel(Page page, String element, String label) {
        return page.find(element).select("option").stream()
                .filter(o -> o.text().strip().equals(label))
                .findFirst()
                .map(o -> o.attr("value"))
                .orElseThrow(() -> new PageChangedException(
                        page.name(), element + " option '" + label + "'", "an option labelled '" + label + "'"));
    }

    /** As {@link #search(CaseQuery)}: the page read on OkHttp's dispatcher's executor; cancelling stops it. */
    @Override
    public CompletableFuture<List<CaseSummary>> searchAsync(CaseQuery query) {
        return Futures.blocking(cabinet.executor(), () -> search(query));
    }

    /** As {@link #search(CaseQuery, ChallengeAnswer)}, on OkHttp's dispatcher's executor; cancelling stops it. */
    @Override
    public CompletableFuture<List<CaseSummary>> searchAsync(CaseQuery query, ChallengeAnswer answer) {
        return Futures.blocking(cabinet.executor(), () -> search(query, answer));
    }

    @Override
    public CompletableFuture<ObservedCaseView> observeAsync(String iin, char[] password) {
        return CompletableFuture.failedFuture(notOffered("observe a case by its access password"));
    }

    @Override
    public CompletableFuture<Path> downloadAsync(ObservedCaseView observed, CaseDocumentView document, Path target) {
        return CompletableFuture.failedFuture(notOffered("download an observed case's document"));
    }

    @Override
    public CompletableFuture<AccessRequestView> requestAccessAsync(AccessRequestForm request) {
        return CompletableFuture.failedFuture(notOffered("request an access password"));
    }

    @Override
    public List<ViewedCase> viewedCases() {
        throw notOffered("list the account's previously viewed cases");
    }

    @Override
    public CompletableFuture<List<ViewedCase>> viewedCasesAsync() {
        return CompletableFuture.failedFuture(notOffered("list the account's previously viewed cases"));
    }

    @Override
    public ObservedCaseView observe(String iin, char[] password) {
        throw notOffered("observe a case by its access password");
    }

    @Override
    public Path download(ObservedCaseView observed, CaseDocumentView document, Path target) {
        throw notOffered("download an observed case's document");
    }

    @Override
    public AccessRequestView requestAccess(AccessRequestForm request) {
        throw notOffered("request an access password");
    }

    private static UnsupportedOperationException notOffered(String operation) {
        return new UnsupportedOperationException("'" + operation + "' is offered through the court's API, not through"
                + " the live cabinet's pages this adapter drives");
    }

    @Override
    public String toString() {
        return "LiveCaseSearch[" + cabinet.settings().baseUrl() + "]";
    }
}
