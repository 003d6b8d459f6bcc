package kz.officesud.filing.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.filing.RegisteredUser;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaSigner;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of the wire protocol (CONTRACTS.md) that belong to the client, read leniently. */
public final class Wire {
    private Wire() {}

    /** {@code POST /auth/challenges} → {@code {"challengeId", "challenge": base64, "expiresAt"}}. */
    public record Challenge(String challengeId, byte[] challenge) {}

    /** {@code POST /sessions[/signature]} → {@code {"token", "expiresAt", "user": {...}}}. */
    public record Session(String token, @Nullable Instant expiresAt, RegisteredUser user) {
        @Override
        public String toString() {
            return "Session[user=" + user.userId() + ", expiresAt=" + expiresAt + "]"; // never the token
        }
    }

    /** Writes the fields of one JSON object. */
    @FunctionalInterface
    public interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    /** One JSON object, written field by field (so a password goes from its char[] straight to bytes). */
    public static byte[] json(ObjectMapper mapper, Fields fields) {
        WipingBuffer out = new WipingBuffer();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        try {
            return out.toByteArray();
        } finally {
            out.wipe();
        }
    }

    public static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }

    /** A detached CMS over {@code data}, as the court expects for challenges and manifests. */
    public static byte[] signDetached(NcaSigner signer, byte[] data) {
        return Cms.signDetached(signer, new ByteArrayInputStream(data));
    }

    public static Session session(ObjectMapper mapper, Answer answer) throws IOException {
        JsonNode node = mapper.readTree(answer.body());
        return new Session(
                requiredText(node, "token"), optionalInstant(node, "expiresAt"), user(required(node, "user")));
    }

    public static RegisteredUser user(JsonNode node) throws IOException {
        String iin = optionalText(node, "iin");
        String bin = optionalText(node, "bin");
        String login = optionalText(node, "login");
        String resolvedLogin = login != null ? login : (bin != null ? bin : iin);
        if (resolvedLogin == null) {
            throw new MalformedAnswer("the user has no login, IIN or BIN");
        }
        String name = optionalText(node, "name");
        return new RegisteredUser(
                requiredText(node, "userId"),
                resolvedLogin,
                iin == null ? null : Iin.ofUnverified(iin),
                bin == null ? null : Bin.ofUnverified(bin),
                name == null ? "" : name);
    }

    public static JsonNode required(JsonNode node, String field) throws MalformedAnswer {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            throw new MalformedAnswer("the field '" + field + "' is missing");
        }
        return v;
    }

    public static String requiredText(JsonNode node, String field) throws MalformedAnswer {
        JsonNode v = required(node, field);
        if (!v.isValueNode()) {
            throw new MalformedAnswer("the field '" + field + "' is not a value");
        }
        return v.asText();
    }

    public static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    static @Nullable Instant optionalInstant(JsonNode node, String field) throws MalformedAnswer {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedAnswer("the field '" + field + "' is not a date-time: " + e.getMessage());
        }
    }

    /** The court's answer does not have the promised shape. */
    public static final class MalformedAnswer extends IOException {
        private static final long serialVersionUID = 1L;

        public MalformedAnswer(String message) {
            super(message);
        }
    }

    private static final class WipingBuffer extends ByteArrayOutputStream {
        void wipe() {
            Arrays.fill(buf, (byte) 0);
        }
    }
}
