package kz.officesud.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.officesud.core.contract.Manifest;
import kz.officesud.core.contract.ManifestException;
import kz.officesud.core.contract.ManifestException.Reason;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Courts;
import kz.officesud.core.model.InvalidValueException;

/**
 * The strict reader of what is signed: every field present, no unknown field, no duplicate key, no coercion of
 * one JSON type into another, no trailing data, numbers and strings bounded before they are used. Jackson's
 * exceptions become {@link ManifestException}s naming the reason and the path.
 */
public final class StrictJson {
    /** Numbers in a manifest are sizes, versions and amounts: 40 characters are plenty. */
    static final int MAX_NUMBER_LENGTH = 40;

    static final int MAX_NESTING_DEPTH = 32;

    /** A string in a manifest is a name, a text of the form or a digest; the manifest itself is at most 1 MiB. */
    static final int MAX_STRING_LENGTH = Manifest.MAX_BYTES;

    private static final Map<Courts, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private StrictJson() {}

    /** A strict mapper with the officesud module, court codes looked up in {@code courts}. */
    public static ObjectMapper mapper(Courts courts) {
        return MAPPERS.computeIfAbsent(courts, StrictJson::newMapper);
    }

    private static ObjectMapper newMapper(Courts courts) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .build())
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.registerModule(OfficesudJson.module(courts));
        return mapper;
    }

    /** Reads a manifest; any problem is a {@link ManifestException}. */
    public static Manifest readManifest(byte[] bytes, Courts courts) {
        try {
            Manifest manifest = mapper(courts).readValue(bytes, Manifest.class);
            if (manifest == null) {
                throw new ManifestException(Reason.MALFORMED, "", "the manifest is JSON null, not an object");
            }
            return manifest;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Jackson's exception as a {@link ManifestException}: the model's own reason where it gave one. */
    static ManifestException translate(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ManifestException manifest) {
                return manifest;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "";
        String detail = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        detail = firstLine(detail);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path.isEmpty() ? unknown.getPropertyName() : path;
            return new ManifestException(
                    Reason.UNKNOWN_FIELD, field, "the manifest has a field this version does not know: " + field, e);
        }
        if (e instanceof InvalidTypeIdException type && path.equals("filing")) {
            return new ManifestException(
                    Reason.UNSUPPORTED_SERVICE,
                    path,
                    "the filing is of a service with no filing type here: '" + type.getTypeId() + "'",
                    e);
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException) {
                return new ManifestException(
                        Reason.INVALID_VALUE, path, "the manifest's value at '" + path + "' is invalid: " + detail, e);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (e instanceof StreamConstraintsException || e instanceof JsonParseException) {
            return new ManifestException(Reason.MALFORMED, path, "the manifest is not well-formed JSON: " + detail, e);
        }
        return new ManifestException(
                Reason.MALFORMED,
                path,
                "the manifest does not have the shape of a manifest" + (path.isEmpty() ? "" : " at '" + path + "'")
                        + ": " + detail,
                e);
    }

    /** {@code filing.participants[0].party.iin} from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
