package kz.officesud.core.wire;

import java.util.List;
import java.util.Objects;

/**
 * A file format the court accepts, in a {@link FilingPolicy}.
 *
 * @param code the format's short name ({@code pdf}, {@code docx}…)
 * @param mediaType its media type
 * @param extensions the file-name extensions that name it, without the dot
 */
public record AcceptedFormat(String code, String mediaType, List<String> extensions) {
    public AcceptedFormat {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(mediaType, "mediaType");
        extensions = List.copyOf(extensions);
    }
}
