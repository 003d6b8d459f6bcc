package kz.officesud.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.CaseCategory;
import kz.officesud.core.model.CaseNumber;
import kz.officesud.core.model.Contacts;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.FilingId;
import kz.officesud.core.model.Iin;
import kz.officesud.core.model.Party;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.StateFee;
import kz.officesud.core.model.Tenge;

/**
 * JSON for the court office's models, with Jackson; the one mapper configuration client and court share.
 *
 * <ul>
 *   <li>{@code Iin}, {@code Bin}, {@code Sha256}, {@code Tenge} ({@code "1500000.00"}), {@code CaseNumber},
 *       {@code CaseCategory}, {@code FilingId} and {@code Court} (by its 4-digit code) are strings; IINs and
 *       BINs are read {@linkplain Iin#ofUnverified unverified} (12 digits) so that validation can report a
 *       wrong check digit; a court code is looked up in a {@link Courts} directory.
 *   <li>Sealed types carry a type property: a filing {@code "service": "CLAIM"}, a party {@code "kind":
 *       "INDIVIDUAL" | "LEGAL_ENTITY"}, a state fee {@code "type": "EXEMPT" | "PAID_ONLINE" | "RECEIPT"}.
 *   <li>An {@code Attachment} is its metadata {@code {fileName, mediaType, size, sha256}}; read back, its
 *       content is unbound until {@link Attachment#withContent}.
 *   <li>{@code Instant}, {@code OffsetDateTime}, {@code LocalDate} are ISO-8601 strings.
 * </ul>
 */
public final class OfficesudJson {
    private static final ObjectMapper MAPPER = newMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.INDENT_OUTPUT);

    private OfficesudJson() {}

    /** A new mapper with the officesud module, reading courts from {@link Courts#standard()}. */
    public static ObjectMapper newMapper() {
        return configure(new ObjectMapper());
    }

    /** A new mapper with the officesud module, reading court codes from {@code courts}. */
    public static ObjectMapper newMapper(Courts courts) {
        return new ObjectMapper().registerModule(module(courts));
    }

    /** Registers the officesud module (courts from {@link Courts#standard()}) on {@code mapper}; returns it. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return Objects.requireNonNull(mapper, "mapper").registerModule(module(Courts.standard()));
    }

    /** The Jackson module: serializers and mix-ins of every model type; court codes read from {@code courts}. */
    public static Module module(Courts courts) {
        Objects.requireNonNull(courts, "courts");
        SimpleModule m = new SimpleModule("officesud-core");
        stringType(m, Iin.class, Iin::value, Iin::ofUnverified);
        stringType(m, Bin.class, Bin::value, Bin::ofUnverified);
        stringType(m, Sha256.class, Sha256::hex, Sha256::ofHex);
        stringType(m, CaseNumber.class, CaseNumber::format, CaseNumber::parse);
        stringType(m, CaseCategory.class, CaseCategory::code, CaseCategory::new);
        stringType(m, FilingId.class, FilingId::value, FilingId::new);
        stringType(m, Instant.class, Instant::toString, Instant::parse);
        stringType(m, OffsetDateTime.class, OffsetDateTime::toString, OffsetDateTime::parse);
        stringType(m, LocalDate.class, LocalDate::toString, LocalDate::parse);
        m.addSerializer(Tenge.class, Codecs.stringSerializer(Tenge.class, Tenge::toString));
        m.addDeserializer(Tenge.class, new Codecs.TengeDeserializer());
        m.addSerializer(Court.class, Codecs.stringSerializer(Court.class, Court::code));
        m.addDeserializer(Court.class, Codecs.courtDeserializer(courts));
        m.addSerializer(Attachment.class, new Codecs.AttachmentSerializer());
        m.addDeserializer(Attachment.class, new Codecs.AttachmentDeserializer());
        m.setMixInAnnotation(kz.officesud.core.model.Filing.class, Mixins.FilingMixin.class);
        m.setMixInAnnotation(Party.class, Mixins.PartyMixin.class);
        m.setMixInAnnotation(StateFee.class, Mixins.StateFeeMixin.class);
        m.setMixInAnnotation(Contacts.class, Mixins.ContactsMixin.class);
        return m;
    }

    private static <T> void stringType(
            SimpleModule m,
            Class<T> type,
            java.util.function.Function<T, String> toText,
            java.util.function.Function<String, T> parse) {
        m.addSerializer(type, Codecs.stringSerializer(type, toText));
        m.addDeserializer(type, Codecs.stringDeserializer(type, parse));
    }

    /**
     * The canonical JSON of {@code value}: the officesud mapping, object keys sorted (by UTF-16 code units,
     * recursively), no whitespace, decimals plain, UTF-8. The same value gives the same bytes on every run
     * and machine: this is what a filing's signature covers.
     */
    public static byte[] canonicalBytes(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            JsonNode tree = MAPPER.valueToTree(value);
            return MAPPER.writeValueAsBytes(sorted(tree));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new JsonException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getMessage(), e);
        }
    }

    /** {@code value} as JSON bytes (UTF-8) with a default mapper; Jackson's exceptions become {@link JsonException}. */
    public static byte[] write(Object value) {
        Objects.requireNonNull(value, "value");
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new JsonException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads {@code json} (UTF-8) as a {@code type}; malformed JSON or a broken rule is a {@link JsonException}. */
    public static <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new JsonException("cannot read JSON as " + type.getSimpleName() + ": " + originalMessage(e), e);
        }
    }

    private static String originalMessage(IOException e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            fields.sort(Map.Entry.comparingByKey());
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : fields) {
                out.set(field.getKey(), sorted(field.getValue()));
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode element : node) {
                out.add(sorted(element));
            }
            return out;
        }
        return node;
    }
}
