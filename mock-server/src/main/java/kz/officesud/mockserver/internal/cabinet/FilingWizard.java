package kz.officesud.mockserver.internal.cabinet;

import static kz.officesud.mockserver.internal.cabinet.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.model.Appeal;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseFilingBuilder;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Claim;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.CourtService;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Filing;
import kz.officesud.core.model.FilingBuilder;
import kz.officesud.core.model.Letter;
import kz.officesud.core.model.Motion;
import kz.officesud.core.model.Participant;
import kz.officesud.core.model.Proceedings;
import kz.officesud.core.model.Region;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Talon;
import kz.officesud.core.model.Tenge;
import kz.officesud.core.wire.XmlToSign;
import kz.officesud.mockserver.internal.store.UploadRecord;
import org.jspecify.annotations.Nullable;

/**
 * The filing wizard «Құжаттарды жіберу», as the live cabinet leads it: kind of proceedings, instance and document type
 * → the case (for a claim: kind of proceedings in the case, category, nature; for an appeal or a motion: the case's
 * number; then region and court) → participants (a modal, one at a time) → payment ({@code edit-totalSum}, {@code
 * edit-duty}) → summary (a letter: its subject) and files → the signing page with {@code #xmlToSign0} → the talon. The
 * document type decides which steps follow ({@link #steps}): a motion has no payment, a letter no participants. Holds
 * one session's answers; renders each step.
 */
final class FilingWizard {
    enum Step {
        KIND("Вид судопроизводства"),
        CASE("Сведения о деле"),
        PARTICIPANTS("Участники процесса"),
        PAYMENT("Оплата государственной пошлины"),
        DOCUMENTS("Содержание и документы"),
        SIGN("Подписание и отправка"),
        DONE("Талон об отправке");

        final String title;

        Step(String title) {
            this.title = title;
        }
    }

    static final Map<Proceedings, String> PROCEEDINGS = Map.of(
            Proceedings.ACTION, "Исковое производство",
            Proceedings.COURT_ORDER, "Приказное производство",
            Proceedings.SPECIAL_ACTION, "Особое исковое производство",
            Proceedings.SPECIAL, "Особое производство");

    /** The steps each service's wizard leads through, in order. */
    static final Map<CourtService, List<Step>> STEPS = Map.of(
            CourtService.CLAIM,
            List.of(Step.KIND, Step.CASE, Step.PARTICIPANTS, Step.PAYMENT, Step.DOCUMENTS, Step.SIGN, Step.DONE),
            CourtService.APPEAL,
            List.of(Step.KIND, Step.CASE, Step.PARTICIPANTS, Step.PAYMENT, Step.DOCUMENTS, Step.SIGN, Step.DONE),
            CourtService.MOTION,
            List.of(Step.KIND, Step.CASE, Step.PARTICIPANTS, Step.DOCUMENTS, Step.SIGN, Step.DONE),
            CourtService.LETTER,
            List.of(Step.KIND, Step.CASE, Step.DOCUMENTS, Step.SIGN, Step.DONE));

    /** The instance the kind step must name for each service. */
    static final Map<CourtService, String> INSTANCE = Map.of(
            CourtService.CLAIM, "FIRSTINSTANCE",
            CourtService.APPEAL, "APPEAL",
            CourtService.MOTION, "FIRSTINSTANCE",
            CourtService.LETTER, "FIRSTINSTANCE");

    final String idempotencyKey;
    Step step = Step.KIND;
    CourtService service = CourtService.CLAIM;

    @Nullable
    CaseNumber caseNumber;

    @Nullable
    String subject;

    final List<String> messages = new ArrayList<>();

    @Nullable
    Proceedings proceedings;

    @Nullable
    CaseCategory category;

    @Nullable
    String nature;

    @Nullable
    Region region;

    @Nullable
    Court court;

    final List<Participant> participants = new ArrayList<>();

    @Nullable
    Tenge claimAmount;

    @Nullable
    StateFee stateFee;

    @Nullable
    String summary;

    @Nullable
    UploadRecord statement;

    @Nullable
    UploadRecord receipt;

    final List<UploadRecord> annexes = new ArrayList<>();
    final List<UploadRecord> powers = new ArrayList<>();

    // the signing step
    @Nullable
    Manifest manifest;

    byte @Nullable [] manifestBytes;

    @Nullable
    Map<String, String> uploads;

    @Nullable
    XmlToSign xmlToSign;

    @Nullable
    Talon talon;

    FilingWizard(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    /** The step after this one in the service's wizard. */
    Step nextStep() {
        List<Step> steps = STEPS.get(service);
        return steps.get(Math.min(steps.indexOf(step) + 1, steps.size() - 1));
    }

    /** The filing the answers describe (the court's validator judges it before the signing step). */
    Filing filing() {
        return switch (service) {
            case APPEAL -> {
                Appeal.Builder b = Appeal.builder();
                if (proceedings != null) {
                    b.proceedings(proceedings);
                }
                if (stateFee != null) {
                    b.stateFee(fee(stateFee));
                }
                yield inCase(b).build();
            }
            case MOTION -> inCase(Motion.builder()).build();
            case LETTER -> {
                Letter.Builder b = Letter.builder();
                if (subject != null) {
                    b.subject(subject);
                }
                yield common(b).build();
            }
            default -> claim();
        };
    }

    private <B extends CaseFilingBuilder<B>> B inCase(B b) {
        if (caseNumber != null) {
            b.caseNumber(caseNumber);
        }
        if (summary != null) {
            b.summary(summary);
        }
        participants.forEach(b::participant);
        return common(b);
    }

    private <B extends FilingBuilder<B>> B common(B b) {
        if (court != null) {
            b.court(court);
        }
        if (statement != null) {
            b.statement(attachment(statement));
        }
        annexes.forEach(a -> b.attachment(attachment(a)));
        powers.forEach(a -> b.powerOfAttorney(attachment(a)));
        return b;
    }

    private StateFee fee(StateFee fee) {
        return fee instanceof StateFee.Receipt r && receipt != null
                ? StateFee.receipt(r.amount() == null ? Tenge.ZERO : r.amount(), attachment(receipt))
                : fee;
    }

    /** The claim the answers describe. */
    private Claim claim() {
        Claim.Builder b = Claim.builder();
        if (court != null) {
            b.court(court);
        }
        if (proceedings != null) {
            b.proceedings(proceedings);
        }
        if (category != null) {
            b.category(category);
        }
        if (nature != null) {
            b.nature(nature);
        }
        participants.forEach(b::participant);
        if (claimAmount != null) {
            b.claimAmount(claimAmount);
        }
        if (stateFee != null) {
            b.stateFee(fee(stateFee));
        }
        if (summary != null) {
            b.summary(summary);
        }
        return common(b).build();
    }

    static Attachment attachment(UploadRecord upload) {
        return Attachment.metadata(upload.fileName(), upload.mediaType(), upload.size(), Sha256.ofHex(upload.sha256()));
    }

    /** The uploads of the claim's documents: SHA-256 hex → upload id. */
    Map<String, String> uploadIds() {
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        List<UploadRecord> all = new ArrayList<>();
        Optional.ofNullable(statement).ifPresent(all::add);
        Optional.ofNullable(receipt).ifPresent(all::add);
        all.addAll(annexes);
        all.addAll(powers);
        for (UploadRecord u : all) {
            ids.putIfAbsent(u.sha256(), u.uploadId());
        }
        return Map.copyOf(ids);
    }

    // Rendering: the step panel (what a partial response updates)

    String panel(Ids ids, Courts courts) {
        String form = ids.of("wizardForm");
        StringBuilder sb = new StringBuilder();
        sb.append("<div id=\"").append(ids.of("stepPanel")).append("\" class=\"wizard\">");
        sb.append("<h2 class=\"wizard-step\">Шаг ")
                .append(STEPS.get(service).indexOf(step) + 1)
                .append(". ")
                .append(esc(step.title))
                .append("</h2>");
        Cabinet.messages(sb, messages);
        switch (step) {
            case KIND -> {
                select(
                        sb,
                        form,
                        "edit-proceedingKind",
                        "Вид судопроизводства",
                        List.of(
                                new Option("CIVIL", "Гражданское судопроизводство"),
                                new Option("CRIMINAL", "Уголовное судопроизводство"),
                                new Option("ADMINISTRATIVE", "Административное судопроизводство")),
                        null);
                select(
                        sb,
                        form,
                        "edit-instance",
                        "Инстанция",
                        List.of(
                                new Option("FIRSTINSTANCE", "Первая инстанция"),
                                new Option("APPEAL", "Апелляционная инстанция"),
                                new Option("CASSATION", "Кассационная инстанция")),
                        null);
                List<Option> types = new ArrayList<>();
                for (var service : Cabinet.WIZARD_SERVICES) {
                    types.add(new Option(ids.of("docType." + service.name()), service.nameRu()));
                }
                select(sb, form, "edit-docType", "Вид документа", types, null);
            }
            case CASE -> {
                if (service == CourtService.APPEAL || service == CourtService.MOTION) {
                    input(
                            sb,
                            form,
                            "edit-caseNumber",
                            "Номер дела",
                            "text",
                            caseNumber == null ? "" : caseNumber.toString());
                }
                if (service == CourtService.CLAIM || service == CourtService.APPEAL) {
                    List<Option> kinds = new ArrayList<>();
                    for (Proceedings p : Proceedings.values()) {
                        kinds.add(new Option(p.name(), PROCEEDINGS.get(p)));
                    }
                    select(sb, form, "edit-caseKind", "Вид производства по делу", kinds, null);
                }
                if (service == CourtService.CLAIM) {
                    input(sb, form, "edit-category", "Категория дела", "text", category == null ? "" : category.code());
                    input(sb, form, "edit-nature", "Характер иска", "text", nature == null ? "" : nature);
                }
                List<Option> regions = new ArrayList<>();
                for (Region r : Region.values()) {
                    regions.add(new Option(regionId(r), r.nameRu()));
                }
                String onchange =
                        "RichFaces.ajax(this,event,{\"parameters\":{\"javax.faces.behavior.event\":\"change\"},"
                                + "\"render\":\"" + ids.of("courtPanel") + "\"});";
                select(sb, form, "edit-region", "Регион", regions, onchange);
                sb.append(courtPanel(ids, courts));
            }
            case PARTICIPANTS -> {
                sb.append("<table class=\"rf-dt participants\"><thead><tr><th>Процессуальное положение</th>"
                        + "<th>ИИН/БИН</th><th>Наименование (ФИО)</th></tr></thead><tbody>");
                for (Participant p : participants) {
                    sb.append("<tr><td>")
                            .append(esc(p.side().name()))
                            .append("</td><td>")
                            .append(esc(p.party().identityNumber().orElse("")))
                            .append("</td><td>")
                            .append(esc(p.party().name()))
                            .append("</td></tr>");
                }
                sb.append("</tbody></table>");
                sb.append("<div class=\"rf-pp-cnt\" id=\"")
                        .append(ids.of("participantModal"))
                        .append("\">");
                List<Option> sides = new ArrayList<>();
                for (var side : kz.officesud.core.model.PartySide.values()) {
                    sides.add(new Option(side.name(), side.name()));
                }
                select(sb, form, "edit-side", "Процессуальное положение", sides, null);
                select(
                        sb,
                        form,
                        "edit-personKind",
                        "Вид лица",
                        List.of(
                                new Option("INDIVIDUAL", "Физическое лицо"),
                                new Option("LEGAL_ENTITY", "Юридическое лицо")),
                        null);
                sb.append("<label for=\"")
                        .append(form)
                        .append(":edit-resident\">Резидент РК</label>")
                        .append("<input type=\"checkbox\" id=\"")
                        .append(form)
                        .append(":edit-resident\" name=\"")
                        .append(form)
                        .append(":edit-resident\" value=\"on\" checked=\"checked\"/>");
                input(sb, form, "edit-idn", "ИИН/БИН", "text", "");
                input(sb, form, "edit-name", "ФИО / наименование", "text", "");
                input(sb, form, "edit-phone", "Телефон", "tel", "");
                input(sb, form, "edit-email", "E-mail", "email", "");
                input(sb, form, "edit-address", "Адрес", "text", "");
                button(sb, ids.of("addParticipant"), "Добавить");
                sb.append("</div>");
            }
            case PAYMENT -> {
                input(
                        sb,
                        form,
                        "edit-totalSum",
                        "Цена иска",
                        "text",
                        claimAmount == null ? "" : claimAmount.toString());
                sb.append("<fieldset><legend>Государственная пошлина</legend>");
                for (Option o : List.of(
                        new Option("EXEMPT", "Не оплачивать"),
                        new Option("ONLINE", "Оплачено через платёжный шлюз"),
                        new Option("RECEIPT", "Квитанция об оплате"))) {
                    String id = form + ":edit-feeMode:" + o.value;
                    sb.append("<input type=\"radio\" id=\"")
                            .append(id)
                            .append("\" name=\"")
                            .append(form)
                            .append(":edit-feeMode\" value=\"")
                            .append(o.value)
                            .append("\"/><label for=\"")
                            .append(id)
                            .append("\">")
                            .append(esc(o.label))
                            .append("</label>");
                }
                sb.append("</fieldset>");
                input(sb, form, "edit-exemption", "Категория освобождения", "text", "");
                input(sb, form, "edit-duty", "Сумма государственной пошлины", "text", "");
                input(sb, form, "edit-paymentCode", "Уникальный код платежа", "text", "");
                file(
                        sb,
                        form,
                        "edit-receipt",
                        "Квитанция (платёжный документ)",
                        receipt == null ? List.of() : List.of(receipt));
            }
            case DOCUMENTS -> {
                if (service == CourtService.LETTER) {
                    input(sb, form, "edit-subject", "Тема письма", "text", subject == null ? "" : subject);
                }
                sb.append("<label for=\"")
                        .append(form)
                        .append(":edit-summary\">Краткое содержание и основания</label>")
                        .append("<textarea id=\"")
                        .append(form)
                        .append(":edit-summary\" name=\"")
                        .append(form)
                        .append(":edit-summary\">")
                        .append(esc(summary == null ? "" : summary))
                        .append("</textarea>");
                file(
                        sb,
                        form,
                        "edit-claimFile",
                        service == CourtService.CLAIM ? "Файл искового заявления" : "Файл документа",
                        statement == null ? List.of() : List.of(statement));
                file(sb, form, "edit-attachments", "Приложения", annexes);
                file(sb, form, "edit-powers", "Доверенность", powers);
            }
            case SIGN -> {
                XmlToSign x = java.util.Objects.requireNonNull(xmlToSign);
                String xml = new String(
                        java.util.Base64.getDecoder().decode(x.xml()), java.nio.charset.StandardCharsets.UTF_8);
                sb.append("<p>Проверьте данные и подпишите документ ЭЦП.</p>");
                sb.append("<textarea id=\"xmlToSign0\" style=\"display:none\">")
                        .append(esc(xml))
                        .append("</textarea>");
                sb.append("<input type=\"hidden\" id=\"")
                        .append(form)
                        .append(":signedXml\" name=\"")
                        .append(form)
                        .append(":signedXml\" value=\"\"/>");
                sb.append("<script>var signAndSend = function(){ RichFaces.ajax(\"")
                        .append(ids.of("sign"))
                        .append("\", null, {\"incId\":\"1\"}); };</script>");
                button(sb, ids.of("sign"), "Подписать и отправить");
            }
            case DONE -> {
                Talon t = java.util.Objects.requireNonNull(talon);
                sb.append("<dl class=\"talon\">");
                entry(sb, "Номер талона", t.number());
                entry(sb, "Номер обращения", t.filingId().value());
                entry(sb, "Дата и время отправки", t.sentAt().toString());
                entry(sb, "Отправитель", t.sender().name());
                entry(sb, "ИИН отправителя", t.sender().iin().value());
                if (t.sender().bin() != null) {
                    entry(sb, "БИН", t.sender().bin().value());
                }
                if (t.sender().organisation() != null) {
                    entry(sb, "Организация", t.sender().organisation());
                }
                entry(
                        sb,
                        "Суд",
                        t.recipient().courtName() + " (" + t.recipient().courtCode() + ")");
                sb.append("</dl><a href=\"/form/cases/mycases.xhtml\">Мои дела</a>");
            }
        }
        if (step.ordinal() < Step.SIGN.ordinal()) {
            sb.append("<script>var goNext = function(){ RichFaces.ajax(\"")
                    .append(ids.of("next"))
                    .append("\", null, {\"incId\":\"1\"}); };</script>");
            button(sb, ids.of("next"), "Далее");
        }
        sb.append("</div>");
        return sb.toString();
    }

    String courtPanel(Ids ids, Courts courts) {
        StringBuilder sb = new StringBuilder("<span id=\"" + ids.of("courtPanel") + "\">");
        List<Option> options = new ArrayList<>();
        if (region != null) {
            for (Court c : courts.in(region)) {
                options.add(new Option(c.code(), c.nameRu()));
            }
        }
        select(sb, ids.of("wizardForm"), "edit-court", "Суд", options, null);
        return sb.append("</span>").toString();
    }

    static String regionId(Region r) {
        return r.officeId().isPresent() ? Integer.toString(r.officeId().getAsInt()) : r.name();
    }

    private record Option(String value, String label) {}

    private static void select(
            StringBuilder sb,
            String form,
            String field,
            String label,
            List<Option> options,
            @Nullable String onchange) {
        String name = form + ":" + field;
        sb.append("<label for=\"").append(name).append("\">").append(esc(label)).append("</label>");
        sb.append("<select id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\" size=\"1\"");
        if (onchange != null) {
            sb.append(" onchange=\"").append(esc(onchange)).append("\"");
        }
        sb.append("><option value=\"\">— выберите —</option>");
        for (Option o : options) {
            sb.append("<option value=\"")
                    .append(esc(o.value))
                    .append("\">")
                    .append(esc(o.label))
                    .append("</option>");
        }
        sb.append("</select>");
    }

    private static void input(StringBuilder sb, String form, String field, String label, String type, String value) {
        String name = form + ":" + field;
        sb.append("<label for=\"").append(name).append("\">").append(esc(label)).append("</label>");
        sb.append("<input id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\" type=\"")
                .append(type)
                .append("\" value=\"")
                .append(esc(value))
                .append("\"/>");
    }

    private static void file(StringBuilder sb, String form, String field, String label, List<UploadRecord> uploaded) {
        String name = form + ":" + field;
        sb.append("<div class=\"rf-fu\"><label for=\"")
                .append(name)
                .append("\">")
                .append(esc(label))
                .append("</label>");
        sb.append("<input type=\"file\" id=\"")
                .append(name)
                .append("\" name=\"")
                .append(name)
                .append("\"/>");
        sb.append("<ul class=\"rf-fu-lst\">");
        for (UploadRecord u : uploaded) {
            sb.append("<li class=\"rf-fu-itm\">").append(esc(u.fileName())).append("</li>");
        }
        sb.append("</ul></div>");
    }

    private static void button(StringBuilder sb, String id, String text) {
        sb.append("<input type=\"submit\" id=\"")
                .append(id)
                .append("\" name=\"")
                .append(id)
                .append("\" value=\"")
                .append(esc(text))
                .append("\" onclick=\"RichFaces.ajax(this,event,{});return false;\"/>");
    }

    /** One label and its value in a definition list ({@code <dt>}, {@code <dd>}). */
    static void entry(StringBuilder sb, String label, String value) {
        sb.append("<dt>")
                .append(esc(label))
                .append("</dt><dd>")
                .append(esc(value))
                .append("</dd>");
    }
}
