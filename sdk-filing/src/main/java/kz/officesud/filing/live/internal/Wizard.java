package kz.officesud.filing.live.internal;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.SigningXml;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.FiledInCase;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Motion;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.TakesStateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.filing.DocumentChangedException;
import kz.officesud.filing.XmlSigner;
import kz.officesud.filing.internal.UploadBody;
import kz.officesud.filing.live.LiveCabinetException;
import kz.officesud.filing.live.PageChangedException;
import kz.officesud.filing.live.PageMapping;
import kz.officesud.filing.live.SendingDisabledException;
import kz.officesud.filing.live.WizardReport;
import kz.officesud.transport.CourtIoException;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the live cabinet's filing wizard, step by step as a user would: kind of proceedings, instance and document
 * type → the case → participants (one at a time) → payment → summary and files → the signing page, the steps each
 * service takes and the values it chooses given as data in the page mapping (a motion has no payment, a letter no
 * participants; the same code drives a claim, an appeal, a motion and a letter). Each step
 * is posted as a RichFaces partial post and the page's answer applied; a step the page does not accept stops the
 * filing with what the page said. On the signing page the court's own {@code #xmlToSign0} is read and checked to
 * describe this claim before anything is signed; without sending enabled the run stops there (a dry run).
 */
final class Wizard {
    private static final Logger LOG = LoggerFactory.getLogger("kz.officesud.filing.live");

    private final WebCabinet cabinet;
    private final WebClient client;
    private final LiveSession session;
    private final List<WizardReport.Step> steps = new ArrayList<>();
    private @Nullable String talonId;

    Wizard(WebCabinet cabinet, WebClient client, LiveSession session) {
        this.cabinet = cabinet;
        this.client = client;
        this.session = session;
    }

    Talon file(Filing filing, XmlSigner signer) {
        PageMapping mapping = cabinet.mapping();
        PageMapping.Page first = mapping.page("wizard.kind");
        String service = filing.service().name();
        if (!first.texts().containsKey("docType." + service) || !first.texts().containsKey("steps." + service)) {
            throw new LiveCabinetException(
                    "wizard.kind",
                    "the live cabinet's filing wizard is driven for "
                            + String.join(", ", services(first)) + "; a "
                            + filing.service().nameRu() + " is filed through the court's API",
                    null);
        }
        Court court = Objects.requireNonNull(filing.court(), "a checked filing names its court");
        Page page = cabinet.openPage(client, "wizard.kind");
        expect(page, page.mapping());

        // the kind of proceedings, the instance and the document type: which steps follow is the service's (data)
        Step kind = new Step(page);
        kind.option("proceedingKind", first.text("proceedingKind"));
        kind.option("instance", first.text("instance." + service));
        kind.optionByLabel("docType", first.text("docType." + service));
        List<String> flow =
                new ArrayList<>(List.of(first.text("steps." + service).strip().split("\\s+")));
        flow.add("wizard.sign");
        next(kind, mapping.page(flow.get(0)));
        for (int i = 0; i + 1 < flow.size(); i++) {
            PageMapping.Page following = mapping.page(flow.get(i + 1));
            switch (flow.get(i)) {
                case "wizard.case" -> next(theCase(page, filing, court), following);
                case "wizard.participants" -> {
                    participants(page, filing);
                    next(new Step(page), following);
                }
                case "wizard.payment" -> next(payment(page, filing), following);
                case "wizard.documents" -> next(documents(page, filing), following);
                default ->
                    throw new PageChangedException(
                            "wizard.kind", "steps." + service, "wizard steps the adapter knows, not " + flow.get(i));
            }
        }

        // 6. the court's XML to sign, read and checked before anything is signed
        byte[] xml = page.wholeText("xmlToSign").getBytes(StandardCharsets.UTF_8);
        String id = SigningXml.talonId(xml)
                .orElseThrow(() -> new PageChangedException(page.name(), "xmlToSign", "the talon id in <f1>"));
        talonId = id;
        var user = session.user();
        Manifest expected = Manifest.of(
                filing,
                new Manifest.Signer(Objects.requireNonNull(user.iin()), user.bin()),
                null,
                cabinet.clock().instant());
        if (!SigningXml.sameFiling(xml, SigningXml.filing(id, expected))) {
            throw new LiveCabinetException(
                    page.name(),
                    "the live cabinet's XML to sign does not describe this filing; nothing was signed",
                    report());
        }
        if (!cabinet.settings().sending()) {
            throw new SendingDisabledException(report());
        }
        Step sign = new Step(page);
        sign.text("signedXml", new String(signer.signXml(xml), StandardCharsets.UTF_8));
        try {
            sign.post("sign", "click", mapping.page("wizard.done"));
        } catch (CourtIoException lost) {
            // the post may have reached the court: ask «Мои дела» before anything else, never post it again
            LOG.debug("the signed filing's answer was lost; asking «Мои дела» for talon {}", id);
            return session.findTalon(id)
                    .orElseThrow(() -> new CourtIoException(
                            "the signed filing's answer was lost and «Мои дела» lists no talon " + id
                                    + ": it was not filed; nothing was sent again",
                            lost));
        }
        return talon(page);
    }

    private static List<String> services(PageMapping.Page first) {
        return first.texts().keySet().stream()
                .filter(k -> k.startsWith("steps."))
                .map(k -> k.substring("steps.".length()))
                .sorted()
                .toList();
    }

    /** The case: the kind of proceedings in it, category and nature (a claim), its number (filed in a case), court. */
    private Step theCase(Page page, Filing filing, Court court) {
        Step theCase = new Step(page);
        if (filing instanceof FiledInCase inCase && inCase.caseNumber() != null) {
            theCase.text("caseNumber", inCase.caseNumber().toString());
        }
        Proceedings proceedings = filing instanceof Claim claim
                ? claim.proceedings()
                : filing instanceof Appeal appeal ? appeal.proceedings() : null;
        if (proceedings != null) {
            theCase.option("caseKind", proceedings.name());
        }
        if (filing instanceof Claim claim) {
            if (claim.category() != null) {
                theCase.text("category", claim.category().code());
            }
            if (claim.nature() != null) {
                theCase.text("nature", claim.nature());
            }
        }
        theCase.optionByLabel("region", court.region().nameRu());
        theCase.change("region", page.id("courtPanel"));
        theCase.option("court", court.code());
        return theCase;
    }

    /** The participants, one at a time through the modal. */
    private void participants(Page page, Filing filing) {
        for (Participant participant : filing.participants()) {
            Step add = new Step(page);
            Party party = participant.party();
            add.option("side", participant.side().name());
            add.option(
                    "personKind",
                    page.mapping().text("personKind." + party.kind().name()));
            add.check("resident", party.resident());
            add.text("idn", party.identityNumber().orElse(""));
            add.text("name", party.name());
            add.text("phone", Optional.ofNullable(party.contacts().phone()).orElse(""));
            add.text("email", Optional.ofNullable(party.contacts().email()).orElse(""));
            add.text(
                    "address",
                    Optional.ofNullable(party.contacts().postalAddress()).orElse(""));
            add.post("add", "click", page.mapping());
        }
    }

    /** The payment: a claim's price, and the state fee's mode, amount, payment code or receipt. */
    private Step payment(Page page, Filing filing) {
        Step payment = new Step(page);
        if (filing instanceof Claim claim) {
            payment.text(
                    "totalSum",
                    claim.claimAmount() == null ? "" : claim.claimAmount().toString());
        }
        StateFee fee = filing instanceof TakesStateFee paying ? paying.stateFee() : null;
        if (fee instanceof StateFee.Exempt exempt) {
            payment.radio("feeMode", page.mapping().text("feeMode.EXEMPT"));
            payment.text("exemption", exempt.exemptionCategory());
        } else if (fee instanceof StateFee.PaidOnline online) {
            payment.radio("feeMode", page.mapping().text("feeMode.ONLINE"));
            payment.text("duty", online.amount() == null ? "" : online.amount().toString());
            payment.text(
                    "paymentCode", Optional.ofNullable(online.paymentCode()).orElse(""));
        } else if (fee instanceof StateFee.Receipt receipt) {
            payment.radio("feeMode", page.mapping().text("feeMode.RECEIPT"));
            payment.text(
                    "duty",
                    Optional.ofNullable(receipt.amount()).map(Tenge::toString).orElse(""));
            if (receipt.receipt() != null) {
                payment.upload("receipt", receipt.receipt());
            }
        }
        return payment;
    }

    /** The summary (a letter: its subject) and the files, one upload per document. */
    private Step documents(Page page, Filing filing) {
        Step documents = new Step(page);
        if (filing instanceof Letter letter) {
            documents.text("subject", Optional.ofNullable(letter.subject()).orElse(""));
        } else {
            documents.text("summary", Optional.ofNullable(summary(filing)).orElse(""));
        }
        if (filing.statement() != null) {
            documents.upload("claimFile", filing.statement());
        }
        for (Attachment annex : filing.annexes()) {
            documents.upload("attachments", annex);
        }
        for (Attachment power : filing.powersOfAttorney()) {
            documents.upload("powers", power);
        }
        return documents;
    }

    private static @Nullable String summary(Filing filing) {
        if (filing instanceof Claim claim) {
            return claim.summary();
        }
        if (filing instanceof Appeal appeal) {
            return appeal.summary();
        }
        return filing instanceof Motion motion ? motion.summary() : null;
    }

    private Talon talon(Page page) {
        Element dl = page.find("talon");
        String number = page.requiredDefinition(dl, "number");
        if (talonId != null && !number.equals(talonId)) {
            throw new CourtIoException(
                    "the live cabinet's talon " + number + " is not the one its XML named (" + talonId + ")");
        }
        OffsetDateTime sentAt;
        try {
            sentAt = OffsetDateTime.parse(page.requiredDefinition(dl, "sentAt"));
        } catch (DateTimeParseException e) {
            throw new PageChangedException(page.name(), "sentAt", "a date and time (ISO-8601)");
        }
        Court court = session.court(
                page, Pattern.compile(page.mapping().text("courtPattern")), page.requiredDefinition(dl, "court"));
        return new Talon(
                number,
                FilingId.of(page.requiredDefinition(dl, "filingId")),
                sentAt,
                session.sender(),
                new Talon.Recipient(court.code(), court.nameRu()));
    }

    private WizardReport report() {
        return new WizardReport(steps, talonId);
    }

    private static void expect(Page page, PageMapping.Page step) {
        String heading = page.find("heading").text();
        if (step.heading() != null && !heading.contains(step.heading())) {
            throw new PageChangedException(page.name(), "heading", "a heading with '" + step.heading() + "'");
        }
    }

    /** Posts a step with «Далее» and expects the page of {@code next}. */
    private void next(Step step, PageMapping.Page next) {
        step.post("next", "click", next);
    }

    /** One step's fields as they will be posted, and the names filled (for the report). */
    private final class Step {
        private final Page page;
        private final Element form;
        private final List<String> filled = new ArrayList<>();
        private final Map<String, String> changes = new java.util.LinkedHashMap<>();
        private final List<String> unchecked = new ArrayList<>();

        Step(Page page) {
            this.page = page;
            this.form = page.form("heading");
        }

        void text(String element, String value) {
            changes.put(page.name(element), value);
            filled.add(element);
        }

        void option(String element, String value) {
            Element select = page.find(element);
            if (select.select("option").stream().noneMatch(o -> o.attr("value").equals(value))) {
                throw new PageChangedException(
                        page.name(), element + " option " + value, "an option of value " + value);
            }
            text(element, value);
        }

        void optionByLabel(String element, String label) {
            Element select = page.find(element);
            Element option = select.select("option").stream()
                    .filter(o -> o.text().strip().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new PageChangedException(
                            page.name(), element + " option '" + label + "'", "an option labelled '" + label + "'"));
            text(element, option.attr("value"));
        }

        void radio(String element, String value) {
            String name = page.name(element);
            if (form.select("input[type=radio]").stream()
                    .noneMatch(
                            r -> r.attr("name").equals(name) && r.attr("value").equals(value))) {
                throw new PageChangedException(page.name(), element + " " + value, "a radio button of value " + value);
            }
            changes.put(name, value);
            filled.add(element);
        }

        void check(String element, boolean on) {
            String name = page.name(element);
            if (on) {
                changes.put(
                        name,
                        page.find(element).hasAttr("value") ? page.find(element).val() : "on");
            } else {
                unchecked.add(name);
            }
            filled.add(element);
        }

        /** A {@code change} event of a field that re-renders part of the page (a region's list of courts). */
        void change(String element, String render) {
            Map<String, String> fields = fields();
            String source = page.name(element);
            fields.putAll(Forms.ajax(source, "change", render, false));
            String answer = client.post(
                            "wizard: " + page.name() + " " + element,
                            WebCabinet.action(client, page, form),
                            Forms.encode(fields),
                            true)
                    .body();
            page.apply("wizard: " + page.name(), answer);
        }

        /** Uploads a document as the page's file field does: a multipart post of the form with the one file. */
        void upload(String element, Attachment attachment) {
            Element input = page.find(element);
            String name = page.name(element);
            MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
            // the view state first: the court checks it before it stores the file
            Map<String, String> fields = fields();
            fields.putAll(Forms.ajax(input.id().isEmpty() ? name : input.id(), "upload", "@component", false));
            fields.forEach(body::addFormDataPart);
            MediaType type = MediaType.parse(attachment.mediaType());
            body.addFormDataPart(
                    name,
                    attachment.fileName(),
                    new UploadBody(
                            attachment.content()::open,
                            type,
                            attachment.size(),
                            attachment.sha256().hex(),
                            false,
                            written -> {},
                            new UploadBody.Failures() {
                                @Override
                                public RuntimeException changed(long actualSize, @Nullable String actualSha256Hex) {
                                    return new DocumentChangedException(
                                            attachment.fileName(),
                                            attachment.size(),
                                            attachment.sha256(),
                                            actualSize,
                                            actualSha256Hex == null
                                                    ? null
                                                    : kz.officesud.core.model.Sha256.ofHex(actualSha256Hex));
                                }

                                @Override
                                public RuntimeException unreadable(java.io.IOException cause) {
                                    return new kz.officesud.core.OfficesudIoException(
                                            "the document '" + attachment.fileName() + "' cannot be read: " + cause,
                                            cause);
                                }
                            }));
            String answer = client.post(
                            "wizard: upload a document", WebCabinet.action(client, page, form), body.build(), true)
                    .body();
            page.apply("wizard: upload", answer);
            List<String> said = page.messages();
            if (!said.isEmpty()) {
                steps.add(
                        new WizardReport.Step(page.name(), page.find("heading").text(), List.of(element), said));
                throw refused(said);
            }
            filled.add(element);
        }

        /** Posts with {@code button} (found in the mapping) and expects {@code next}'s page (the same page for the modal). */
        void post(String button, String event, PageMapping.Page next) {
            String source = page.id(button);
            Map<String, String> fields = fields();
            fields.putAll(Forms.ajax(source, event, "@component", true));
            String heading = page.find("heading").text();
            String answer = client.post(
                            "wizard: " + page.name() + " " + button,
                            WebCabinet.action(client, page, form),
                            Forms.encode(fields),
                            true)
                    .body();
            String before = page.name();
            page.apply("wizard: " + before, answer);
            String now = page.find("heading").text();
            boolean arrived = next.heading() == null || now.contains(next.heading());
            List<String> said = page.messages();
            steps.add(new WizardReport.Step(before, heading, filled, arrived ? List.of() : said));
            if (!arrived || !said.isEmpty()) {
                if (!arrived && said.isEmpty()) {
                    throw new PageChangedException(
                            before, "heading", "the next step's heading '" + next.heading() + "'");
                }
                throw refused(said);
            }
            page.as(next);
        }

        private LiveCabinetException refused(List<String> said) {
            return new LiveCabinetException(
                    page.name(),
                    "the live cabinet's page '" + page.name() + "' did not accept the step: " + String.join("; ", said),
                    report());
        }

        private Map<String, String> fields() {
            Map<String, String> fields = Forms.current(form);
            fields.put(Page.VIEW_STATE, page.viewState(form));
            fields.putAll(changes);
            unchecked.forEach(fields::remove);
            return fields;
        }
    }
}
