package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.officesud.core.fee.FeeExemption;
import kz.officesud.core.fee.StateFeeCalculation;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.ActLegitimacy;
import kz.officesud.core.model.CaseEvent;
import kz.officesud.core.model.CaseEventKind;
import kz.officesud.core.model.CourtAnswer;
import kz.officesud.core.model.CourtInstance;
import kz.officesud.core.model.DocumentRole;
import kz.officesud.core.model.FiledDocument;
import kz.officesud.core.model.FilingState;
import kz.officesud.core.model.FilingStatus;
import kz.officesud.core.model.JudicialAct;
import kz.officesud.core.model.JudicialActKind;
import kz.officesud.core.model.NotificationKind;
import kz.officesud.core.model.ParticipantCategory;
import kz.officesud.core.model.PaymentReceipt;
import kz.officesud.core.model.ProceedingsForm;
import kz.officesud.core.model.RefusalGround;
import kz.officesud.core.model.Region;
import kz.officesud.core.model.StatusChange;
import kz.officesud.core.model.Talon;
import kz.officesud.core.wire.AcceptedFormat;
import kz.officesud.core.wire.AccessRequestForm;
import kz.officesud.core.wire.AccessRequestView;
import kz.officesud.core.wire.AccountView;
import kz.officesud.core.wire.CaseDocumentView;
import kz.officesud.core.wire.CaseParticipantView;
import kz.officesud.core.wire.CaseSearchForm;
import kz.officesud.core.wire.CaseSummary;
import kz.officesud.core.wire.CaseTimelineEntry;
import kz.officesud.core.wire.ChallengeIssued;
import kz.officesud.core.wire.DraftForm;
import kz.officesud.core.wire.DraftView;
import kz.officesud.core.wire.DryRunForm;
import kz.officesud.core.wire.DryRunVerdict;
import kz.officesud.core.wire.FeeCalculationForm;
import kz.officesud.core.wire.FeeTopUpForm;
import kz.officesud.core.wire.FilingPolicy;
import kz.officesud.core.wire.FilingSubmission;
import kz.officesud.core.wire.FilingView;
import kz.officesud.core.wire.HearingView;
import kz.officesud.core.wire.JudicialActEntry;
import kz.officesud.core.wire.LayoutPolicy;
import kz.officesud.core.wire.LegitimacyCheckForm;
import kz.officesud.core.wire.LegitimacyVerdict;
import kz.officesud.core.wire.LogInForm;
import kz.officesud.core.wire.NotificationView;
import kz.officesud.core.wire.ObservationForm;
import kz.officesud.core.wire.ObservedCaseView;
import kz.officesud.core.wire.Problem;
import kz.officesud.core.wire.RegistrationForm;
import kz.officesud.core.wire.SearchChallenge;
import kz.officesud.core.wire.SessionView;
import kz.officesud.core.wire.SignatureLogInForm;
import kz.officesud.core.wire.UploadView;
import kz.officesud.core.wire.ViewedCase;
import kz.officesud.core.wire.XmlToSign;
import kz.officesud.mockserver.internal.control.ControlApi;
import kz.officesud.mockserver.internal.court.DomainApi;
import kz.officesud.mockserver.internal.court.ObservationApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description's schemas are the wire types client and court share: each schema has the name, the
 * properties and (for what the court answers) the required properties of its Java type, every schema has a
 * type, and every type of {@code kz.officesud.core.wire} has a schema.
 */
class OpenApiSchemaTest {
    private static final ObjectMapper JSON = OfficesudJson.newMapper();

    /** Schema name → the type it describes. */
    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();

    /** Request bodies: read leniently (every field may be missing), so their required lists are the court's rules. */
    private static final Set<Class<?>> FORMS = Set.of(
            RegistrationForm.class,
            LogInForm.class,
            SignatureLogInForm.class,
            FilingSubmission.class,
            FeeTopUpForm.class,
            FeeCalculationForm.class,
            DryRunForm.class,
            LegitimacyCheckForm.class,
            DraftForm.class,
            DomainApi.PaymentForm.class,
            DomainApi.ClerkComment.class,
            DomainApi.RefusalForm.class,
            DomainApi.CaseEventForm.class,
            DomainApi.JudicialActForm.class,
            DomainApi.AnswerForm.class,
            DomainApi.PaymentLagForm.class,
            DomainApi.WebhookForm.class,
            CaseSearchForm.class,
            ObservationForm.class,
            ObservationApi.ObservedCaseForm.class,
            ObservationApi.AccessGrantForm.class,
            ObservationApi.BlockForm.class,
            ObservationApi.ArchiveForm.class,
            ObservationApi.ScanForm.class,
            AccessRequestForm.class,
            ObservationApi.RequestRefusalForm.class);

    static {
        for (Class<?> type : List.of(
                Problem.class,
                ChallengeIssued.class,
                RegistrationForm.class,
                AccountView.class,
                LogInForm.class,
                SignatureLogInForm.class,
                SessionView.class,
                UploadView.class,
                FilingSubmission.class,
                Talon.class,
                FilingState.class,
                RefusalGround.class,
                FilingStatus.class,
                StatusChange.class,
                FilingView.class,
                CourtHealth.class,
                ControlApi.ClockView.class,
                ControlApi.ClerkRun.class,
                ControlApi.TestUserView.class,
                ControlApi.RevocationView.class,
                JournalEntry.class,
                OutboxMessage.class,
                CourtFault.class,
                DocumentRole.class,
                FiledDocument.class,
                CaseEventKind.class,
                CaseEvent.class,
                JudicialActKind.class,
                JudicialAct.class,
                CourtAnswer.class,
                NotificationKind.class,
                NotificationView.class,
                XmlToSign.class,
                FeeTopUpForm.class,
                FeeCalculationForm.class,
                FeeExemption.class,
                StateFeeCalculation.class,
                DomainApi.PaymentForm.class,
                PaymentReceipt.class,
                RegistrationCard.class,
                DomainApi.ClerkComment.class,
                DomainApi.RefusalForm.class,
                DomainApi.CaseEventForm.class,
                DomainApi.JudicialActForm.class,
                DomainApi.AnswerForm.class,
                AnswerDispatch.class,
                PaymentCheck.class,
                DomainApi.PaymentLagForm.class,
                EmailMessage.class,
                DomainApi.WebhookForm.class,
                Webhook.class,
                WebhookDelivery.class,
                DomainApi.RetentionRun.class,
                Region.class,
                ProceedingsForm.class,
                CourtInstance.class,
                ParticipantCategory.class,
                CaseSearchForm.class,
                CaseSummary.class,
                SearchChallenge.class,
                ObservationForm.class,
                ObservedCaseView.class,
                CaseParticipantView.class,
                CaseTimelineEntry.class,
                CaseDocumentView.class,
                ObservationApi.ObservedCaseForm.class,
                ObservationApi.AccessGrantForm.class,
                ObservationApi.AccessGrantIssued.class,
                ObservationApi.BlockForm.class,
                ObservationApi.ArchiveForm.class,
                ObservationApi.ScanForm.class,
                ViewedCase.class,
                AccessAuditEntry.class,
                FilingPolicy.class,
                AcceptedFormat.class,
                LayoutPolicy.class,
                DryRunForm.class,
                DryRunVerdict.class,
                JudicialActEntry.class,
                LegitimacyCheckForm.class,
                ActLegitimacy.class,
                LegitimacyVerdict.class,
                HearingView.class,
                DraftForm.class,
                DraftView.class,
                AccessRequestForm.class,
                AccessRequestView.class,
                ObservationApi.RequestRefusalForm.class)) {
            TYPES.put(type.getSimpleName(), type);
        }
        TYPES.put("ProblemViolation", Problem.ProblemViolation.class);
        TYPES.put("RegistrationCardPart", RegistrationCard.Part.class);
        TYPES.put("RegistrationCardField", RegistrationCard.Field.class);
        TYPES.put("AccessRequestAttachment", AccessRequestForm.Attachment.class);
    }

    static JsonNode schemas() throws IOException {
        try (InputStream in = OpenApiSchemaTest.class.getResourceAsStream("/openapi/officesud-court.yaml")) {
            assertThat(in).isNotNull();
            return new YAMLMapper().readTree(in).path("components").path("schemas");
        }
    }

    @Test
    void everySchema_describesAJavaType_andEveryTypeHasASchema() throws IOException {
        Set<String> documented = new TreeSet<>();
        schemas().fieldNames().forEachRemaining(documented::add);

        assertThat(documented).containsExactlyInAnyOrderElementsOf(TYPES.keySet());
    }

    @Test
    void everyWireTypeOfCore_isInTheDescription() throws Exception {
        Set<Class<?>> wire = wireTypes();

        assertThat(wire).isNotEmpty();
        assertThat(TYPES.values()).containsAll(wire);
    }

    @Test
    void eachSchema_hasTheJavaTypesProperties_andRequiresWhatTheCourtAlwaysSends() throws IOException {
        JsonNode schemas = schemas();
        for (Map.Entry<String, Class<?>> entry : TYPES.entrySet()) {
            compare(entry.getKey(), schemas.path(entry.getKey()), entry.getValue(), schemas);
        }
    }

    private static void compare(String name, JsonNode schema, Class<?> type, JsonNode schemas) {
        if (type.isEnum()) {
            Set<String> constants =
                    Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.toSet());
            assertThat(names(schema.path("enum")))
                    .as("%s: the enum's constants", name)
                    .isEqualTo(constants);
            return;
        }
        Set<String> javaProperties = jsonProperties(type);
        Set<String> yamlProperties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(yamlProperties::add);
        assertThat(yamlProperties)
                .as("%s: the properties of %s", name, type.getName())
                .isEqualTo(javaProperties);

        Set<String> required = names(schema.path("required"));
        assertThat(javaProperties).as("%s: required properties exist", name).containsAll(required);
        if (type.isRecord() && !FORMS.contains(type)) {
            assertThat(required)
                    .as("%s: required = the components %s always has", name, type.getSimpleName())
                    .isEqualTo(alwaysPresent(type));
        }
        // an inline object of a nested record (the talon's sender) is compared the same way
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonNode property = schema.path("properties").path(component.getName());
                if (property.has("properties") && component.getType().isRecord()) {
                    compare(name + "." + component.getName(), property, component.getType(), schemas);
                }
            }
        }
    }

    private static Set<String> jsonProperties(Class<?> type) {
        BeanDescription description = JSON.getSerializationConfig().introspect(JSON.constructType(type));
        return description.findProperties().stream()
                .filter(BeanPropertyDefinition::couldSerialize)
                .map(BeanPropertyDefinition::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> alwaysPresent(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(c -> !c.getAnnotatedType().isAnnotationPresent(Nullable.class))
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(JsonNode array) {
        Set<String> out = new TreeSet<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next().asText());
        }
        return out;
    }

    /** The public types of {@code kz.officesud.core.wire}, found on the class path. */
    private static Set<Class<?>> wireTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        String folder = "kz/officesud/core/wire/";
        URL url = Problem.class.getClassLoader().getResource(folder);
        assertThat(url).isNotNull();
        List<String> entries;
        if ("jar".equals(url.getProtocol())) {
            try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                entries = jar.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.startsWith(folder) && n.endsWith(".class"))
                        .map(n -> n.substring(folder.length()))
                        .toList();
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                entries = files.map(p -> p.getFileName().toString()).toList();
            }
        }
        Set<Class<?>> types = new java.util.HashSet<>();
        for (String entry : entries) {
            if (!entry.endsWith(".class") || entry.contains("$") || entry.startsWith("package-info")) {
                continue;
            }
            types.add(Class.forName("kz.officesud.core.wire." + entry.substring(0, entry.length() - 6)));
        }
        return types;
    }
}
