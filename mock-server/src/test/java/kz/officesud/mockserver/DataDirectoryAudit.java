package kz.officesud.mockserver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a court's data directory holds, read from the files themselves (not through the court) and checked against
 * each other: every filing's uploads and blobs there and whole, its case file (registration card) made, numbered
 * once registered, its notices given once, each with its e-mail; no temporary file, no record set aside as damaged, no blob that no upload
 * names. A finding is one line in {@link #problems()}.
 *
 * @param filings filing records read
 * @param uploads upload records read
 * @param blobs blob files
 * @param temporary temporary files (an interrupted write's leftovers; the court sweeps them at start)
 * @param states the filings' current states by filing id
 * @param problems what does not hold
 */
record DataDirectoryAudit(
        int filings, int uploads, int blobs, int temporary, Map<String, String> states, List<String> problems) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The filing states after the clerk's registration. */
    private static final Set<String> REGISTERED_OR_LATER = Set.of("REGISTERED", "IN_PROCEEDINGS", "CLOSED");

    static DataDirectoryAudit of(Path data) {
        try {
            return read(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataDirectoryAudit read(Path data) throws IOException {
        List<String> problems = new ArrayList<>();
        int temporary = 0;
        try (Stream<Path> all = Files.walk(data)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                Path relative = data.relativize(file);
                if ((name.startsWith(".tmp-") && name.endsWith(".part")) || relative.startsWith("tmp")) {
                    temporary++;
                }
                if (relative.startsWith("damaged")) {
                    problems.add("a record set aside as damaged: " + relative);
                }
            }
        }

        Map<String, JsonNode> uploads = records(data.resolve("uploads"), "uploadId");
        Map<String, JsonNode> filings = records(data.resolve("filings"), "filingId");
        Map<String, JsonNode> cases = records(data.resolve("cases"), "filingId");
        Set<String> mailed = new HashSet<>();
        for (JsonNode email :
                records(data.resolve("outbox").resolve("emails"), "messageId").values()) {
            mailed.add(email.path("notificationId").asText());
        }
        Map<String, Integer> notices = new HashMap<>();
        for (JsonNode notice :
                records(data.resolve("notifications"), "notificationId").values()) {
            notices.merge(
                    notice.path("filingId").asText() + " " + notice.path("kind").asText(), 1, Integer::sum);
            if (!mailed.contains(notice.path("notificationId").asText())) {
                problems.add("notice " + notice.path("notificationId").asText() + " has no e-mail");
            }
        }

        Map<String, String> blobs = new HashMap<>(); // name -> SHA-256 of the bytes
        Path blobRoot = data.resolve("blobs");
        if (Files.isDirectory(blobRoot)) {
            try (Stream<Path> all = Files.walk(blobRoot)) {
                for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".tmp-")) {
                        blobs.put(name, sha256(file));
                    }
                }
            }
        }
        blobs.forEach((name, hash) -> {
            if (!name.equals(hash)) {
                problems.add("blob " + name + " holds bytes that hash to " + hash);
            }
        });

        Set<String> named = new HashSet<>();
        for (JsonNode upload : uploads.values()) {
            String sha256 = upload.path("sha256").asText();
            named.add(sha256);
            if (!blobs.containsKey(sha256)) {
                problems.add("upload " + upload.path("uploadId").asText() + " has no blob " + sha256);
            } else if (Files.size(blobFile(blobRoot, sha256))
                    != upload.path("size").asLong()) {
                problems.add("upload " + upload.path("uploadId").asText() + " is not the size of its blob");
            }
        }
        for (String blob : blobs.keySet()) {
            if (!named.contains(blob)) {
                problems.add("blob " + blob + " is named by no upload (an orphan)");
            }
        }

        Map<String, String> states = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (JsonNode filing : filings.values()) {
            String id = filing.path("filingId").asText();
            String userId = filing.path("userId").asText();
            JsonNode history = filing.path("history");
            String state = history.path(history.size() - 1).path("state").asText();
            states.put(id, state);
            String key = userId + " " + filing.path("idempotencyKey").asText();
            String other = keys.put(key, id);
            if (other != null) {
                problems.add("filings " + other + " and " + id + " under one idempotency key");
            }
            filing.path("uploads").fields().forEachRemaining(entry -> {
                JsonNode upload = uploads.get(entry.getValue().asText());
                if (upload == null) {
                    problems.add(
                            "filing " + id + " names upload " + entry.getValue().asText() + ", not stored");
                } else if (!upload.path("userId").asText().equals(userId)
                        || !upload.path("sha256").asText().equals(entry.getKey())) {
                    problems.add(
                            "filing " + id + " names upload " + entry.getValue().asText() + " of other bytes");
                }
            });
            for (JsonNode document : filing.path("documents")) {
                if (!blobs.containsKey(document.path("sha256").asText())) {
                    problems.add("filing " + id + " has no bytes of "
                            + document.path("fileName").asText());
                }
            }
            JsonNode caseFile = cases.get(id);
            if (caseFile == null) {
                problems.add("filing " + id + " (" + state + ") has no registration card");
            } else if (REGISTERED_OR_LATER.contains(state)
                    && caseFile.path("card").path("registrationNumber").isNull()) {
                problems.add("filing " + id + " is " + state + " and its card has no registration number");
            }
            int sendings = 0;
            for (JsonNode change : history) {
                sendings += change.path("state").asText().equals("SENT") ? 1 : 0;
            }
            int arrived = notices.getOrDefault(id + " ARRIVED", 0);
            if (arrived != sendings) {
                problems.add("filing " + id + " sent " + sendings + " time(s) has " + arrived + " notices of arrival");
            }
            int refusals = 0;
            for (JsonNode change : history) {
                refusals += change.path("state").asText().equals("REFUSED")
                                && !change.path("ground").isNull()
                        ? 1
                        : 0;
            }
            int refused = notices.getOrDefault(id + " REFUSED", 0);
            if (refused != refusals) {
                problems.add("filing " + id + " refused " + refusals + " time(s) has " + refused + " notices of it");
            }
            int registered = notices.getOrDefault(id + " REGISTERED", 0);
            if (registered != (REGISTERED_OR_LATER.contains(state) ? 1 : 0)) {
                problems.add("filing " + id + " (" + state + ") has " + registered + " notices of registration");
            }
        }
        return new DataDirectoryAudit(
                filings.size(), uploads.size(), blobs.size(), temporary, Map.copyOf(states), List.copyOf(problems));
    }

    private static Path blobFile(Path root, String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /** The JSON records of a table by their id; a file that is not one is a finding of the caller's checks. */
    private static Map<String, JsonNode> records(Path directory, String id) throws IOException {
        Map<String, JsonNode> records = new HashMap<>();
        if (!Files.isDirectory(directory)) {
            return records;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (Files.isRegularFile(file) && name.endsWith(".json") && !name.startsWith(".tmp-")) {
                    JsonNode record = MAPPER.readTree(file.toFile());
                    records.put(record.path(id).asText(), record);
                }
            }
        }
        return records;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
