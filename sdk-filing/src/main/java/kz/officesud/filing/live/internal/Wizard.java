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
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.StateFee;
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
 * Drives the live cabinet's filing wizard for a claim, step by step as a user would: kind of proceedings, instance and
 * document type → the case → participants (one at a time) → payment → summary and files → the signing page. Each step
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
        if (!(filing instanceof Claim claim)) {
            throw new LiveCabinetException(
                    "wizard.kind",
                    "the live cabinet's filing wizard is driven for a claim; a "
                            + filing.service().nameRu() + " is filed through the court's API",
                    null);
        }
        Court court = Objects.requireNonNull(claim.court(), "a checked claim names its court");
        Page page = cabinet.openPage(client, "wizard.kind");
        expect(page, page.mapping());
        PageMapping mapping = cabinet.mapping();

        // 1. kind of proceedings, instance, document type
        Step kind = new Step(page);
        kind.option("proceedingKind", page.mapping().text("proceedingKind"));
        kind.option("instance", page.mapping().text("instance"));
        kind.optionByLabel(
                "docType", page.mapping().text("docType." + filing.service().name()));
        next(kind, mapping.page("wizard.case"));

        // 2. the case: kind of proceedings in it, category, nature, region (re-renders the courts), court
        Step theCase = new Step(page);
        if (claim.proceedings() != null) {
            theCase.option("caseKind", claim.proceedings().name());
        }
        if (claim.category() != null) {
            theCase.text("category", claim.category().code());
        }
        if (claim.nature() != null) {
            theCase.text("nature", claim.nature());
        }
        theCase.optionByLabel("region", court.region().nameRu());
        theCase.change("region", page.id("courtPanel"));
        theCase.option("court", court.code());
        next(theCase, mapping.page("wizard.participants"));

        // 3. participants, one at a time through the modal
        for (Participant participant : claim.participants()) {
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
        next(new Step(page), mapping.page("wizard.payment"));

        // 4. payment
        Step payment = new Step(page);
        payment.text(
                "totalSum",
                claim.claimAmount() == null ? "" : claim.claimAmount().toString());
        StateFee fee = claim.stateFee();
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
        next(payment, mapping.page("wizard.documents"));

        // 5. summary and files, one upload per document
        Step documents = new Step(page);
        documents.text("summary", Optional.ofNullable(claim.summary()).orElse(""));
        if (claim.statement() != null) {
            documents.upload("claimFile", claim.statement());
        }
        for (Attachment annex : claim.annexes()) {
            documents.upload("attachments", annex);
        }
        for (Attachment power : claim.powersOfAttorney()) {
            documents.upload("powers", power);
        }
        next(documents, mapping.page("wizard.sign"));

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
                    "the live cabinet's XML to sign does not describe this claim; nothing was signed",
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
            LOG.debug("the signed claim's answer was lost; asking «Мои дела» for talon {}", id);
            return session.findTalon(id)
                    .orElseThrow(() -> new CourtIoException(
                            "the signed claim's answer was lost and «Мои дела» lists no talon " + id
                                    + ": it was not filed; nothing was sent again",
                            lost));
        }
        return talon(page);
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
