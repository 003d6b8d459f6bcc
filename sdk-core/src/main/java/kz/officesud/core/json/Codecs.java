package kz.officesud.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;
import kz.officesud.core.OfficesudException;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.Court;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.Sha256;
import kz.officesud.core.model.Tenge;

/** Serializers and deserializers of the model types that are written as one string. */
final class Codecs {
    private Codecs() {}

    /** Writes {@code toString()}-like text. */
    static <T> JsonSerializer<T> stringSerializer(Class<T> type, Function<T, String> toText) {
        return new StdSerializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(toText.apply(value));
            }
        };
    }

    /** Reads a JSON string with {@code parse}; a rule the value breaks becomes a mapping error naming it. */
    static <T> JsonDeserializer<T> stringDeserializer(Class<T> type, Function<String, T> parse) {
        return new StdDeserializer<>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getText();
                try {
                    return parse.apply(text);
                } catch (OfficesudException | IllegalArgumentException e) {
                    // keep the cause: JsonException.invalidValue() finds e.g. an UnknownCourtException in it
                    throw JsonMappingException.from(
                            p, "not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
                }
            }
        };
    }

    /** Tenge: written as a string ({@code "1500000.00"}, exact); read from a string or a number. */
    static final class TengeDeserializer extends StdDeserializer<Tenge> {
        private static final long serialVersionUID = 1L;

        TengeDeserializer() {
            super(Tenge.class);
        }

        @Override
        public Tenge deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            try {
                return switch (p.currentToken()) {
                    case VALUE_STRING -> Tenge.parse(p.getText());
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Tenge.of(p.getDecimalValue());
                    default -> (Tenge) ctxt.handleUnexpectedToken(Tenge.class, p);
                };
            } catch (OfficesudException e) {
                throw JsonMappingException.from(p, "not a valid Tenge: " + e.getMessage(), e);
            }
        }
    }

    /** A court as its 4-digit code; read back through a court directory. */
    static JsonDeserializer<Court> courtDeserializer(Courts courts) {
        return stringDeserializer(Court.class, courts::byCode);
    }

    /** An attachment's metadata, without its content. */
    static final class AttachmentSerializer extends StdSerializer<Attachment> {
        private static final long serialVersionUID = 1L;

        AttachmentSerializer() {
            super(Attachment.class);
        }

        @Override
        public void serialize(Attachment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            gen.writeStringField("fileName", value.fileName());
            gen.writeStringField("mediaType", value.mediaType());
            gen.writeNumberField("size", value.size());
            gen.writeStringField("sha256", value.sha256().hex());
            gen.writeEndObject();
        }
    }

    /** Metadata only: the content must be bound with {@link Attachment#withContent}. */
    static final class AttachmentDeserializer extends StdDeserializer<Attachment> {
        private static final long serialVersionUID = 1L;

        AttachmentDeserializer() {
            super(Attachment.class);
        }

        @Override
        public Attachment deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (!node.isObject()) {
                return (Attachment) ctxt.handleUnexpectedToken(Attachment.class, p);
            }
            String fileName = requiredText(node, "fileName", ctxt);
            String mediaType = requiredText(node, "mediaType", ctxt);
            JsonNode size = node.get("size");
            if (size == null || !size.isIntegralNumber() || !size.canConvertToLong()) {
                throw JsonMappingException.from(ctxt, "attachment needs an integer \"size\"");
            }
            String sha = requiredText(node, "sha256", ctxt);
            try {
                return Attachment.metadata(fileName, mediaType, size.longValue(), Sha256.ofHex(sha));
            } catch (OfficesudException | IllegalArgumentException e) {
                throw JsonMappingException.from(ctxt, "attachment: " + e.getMessage(), e);
            }
        }

        private static String requiredText(JsonNode node, String field, DeserializationContext ctxt)
                throws IOException {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw JsonMappingException.from(ctxt, "attachment needs a string \"" + field + "\"");
            }
            return value.textValue();
        }
    }
}
