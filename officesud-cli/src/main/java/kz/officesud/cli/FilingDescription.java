package kz.officesud.cli;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.officesud.core.json.OfficesudJson;
import kz.officesud.core.model.Attachment;
import kz.officesud.core.model.ContentSource;
import kz.officesud.core.model.Filing;

/**
 * A filing described in JSON or YAML, as the SDK writes a {@link Filing} ({@code "service": "CLAIM"}, …, through
 * {@link OfficesudJson}, so every type of the catalogue is described the same way), except that each document is
 * given by its path: {@code {"path": "Исковое заявление.docx"}}, relative to the description's folder, optionally
 * with {@code "fileName"} to send it under another name. Each file is hashed here (with a progress bar when large)
 * and bound to the filing, which then streams it from disk when it is uploaded.
 */
final class FilingDescription {
    /** A description is a few kilobytes; anything far larger is not one. */
    private static final long MAX_BYTES = 1024 * 1024;

    /**
     * The SDK's mapper, but a list left out of a description is an empty one (no annexes, no powers of attorney), as
     * a person writing one by hand expects.
     */
    private static final ObjectMapper MAPPER = OfficesudJson.newMapper();

    static {
        MAPPER.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    }

    private FilingDescription() {}

    /** The filing {@code description} describes, its documents bound to their files. */
    static Filing read(Context context, Path description) {
        if (!Files.isRegularFile(description)) {
            throw CliException.usage(context.t("file.noDescription", description));
        }
        JsonNode tree;
        try {
            if (Files.size(description) > MAX_BYTES) {
                throw CliException.usage(context.t("file.descriptionTooLarge", description));
            }
            tree = reader(description).readTree(description.toFile());
        } catch (JsonProcessingException e) {
            throw CliException.usage(context.t("file.badDescription", description, e.getOriginalMessage()));
        } catch (IOException e) {
            throw CliException.usage(context.t("error.io", description + ": " + e.getMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw CliException.usage(context.t("file.badDescription", description, "not an object"));
        }
        Path folder = description.toAbsolutePath().getParent();
        Map<String, Path> files = new HashMap<>();
        replaceDocuments(context, tree, folder, files);
        Filing filing;
        try {
            filing = MAPPER.treeToValue(tree, Filing.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw CliException.usage(context.t("file.badDescription", description, why));
        }
        return filing.withDocuments(a -> {
            Path file = files.get(key(a));
            if (file == null) {
                throw CliException.usage(context.t("file.documentWithoutPath", a.fileName()));
            }
            return a.withContent(ContentSource.ofPath(file));
        });
    }

    private static ObjectMapper reader(Path description) {
        String name = description.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new ObjectMapper();
    }

    /** Replaces every {@code {"path": …}} object under {@code node} by the metadata of its file. */
    private static void replaceDocuments(Context context, JsonNode node, Path folder, Map<String, Path> files) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (isDocument(field.getValue())) {
                    field.setValue(document(context, (ObjectNode) field.getValue(), folder, files));
                } else {
                    replaceDocuments(context, field.getValue(), folder, files);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isDocument(array.get(i))) {
                    array.set(i, document(context, (ObjectNode) array.get(i), folder, files));
                } else {
                    replaceDocuments(context, array.get(i), folder, files);
                }
            }
        }
    }

    private static boolean isDocument(JsonNode node) {
        return node.isObject() && node.has("path") && !node.has("sha256");
    }

    private static JsonNode document(Context context, ObjectNode given, Path folder, Map<String, Path> files) {
        JsonNode pathNode = given.get("path");
        if (!pathNode.isTextual() || pathNode.textValue().isBlank()) {
            throw CliException.usage(context.t("file.badPath", pathNode));
        }
        Path file = folder.resolve(pathNode.textValue()).normalize();
        if (!Files.isRegularFile(file)) {
            throw CliException.usage(context.t("file.noDocument", file));
        }
        String fileName =
                given.hasNonNull("fileName") ? given.get("fileName").asText() : String.valueOf(file.getFileName());
        Attachment hashed = hash(context, file, fileName);
        files.put(key(hashed), file);
        ObjectNode metadata = Json.object();
        metadata.put("fileName", hashed.fileName());
        metadata.put("mediaType", hashed.mediaType());
        metadata.put("size", hashed.size());
        metadata.put("sha256", hashed.sha256().hex());
        return metadata;
    }

    /** The file's metadata, its SHA-256 computed while reading it once behind a progress bar. */
    private static Attachment hash(Context context, Path file, String fileName) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw CliException.usage(context.t("error.io", file + ": " + e.getMessage()));
        }
        try (Progress progress = Progress.forBytes(context, context.t("file.hashing", fileName), size)) {
            ContentSource counted = new ContentSource() {
                @Override
                public InputStream open() throws IOException {
                    return progress.counting(Files.newInputStream(file));
                }

                @Override
                public long size() {
                    return size;
                }
            };
            return Attachment.of(fileName, counted);
        }
    }

    private static String key(Attachment a) {
        return a.fileName() + "\n" + a.sha256().hex();
    }
}
