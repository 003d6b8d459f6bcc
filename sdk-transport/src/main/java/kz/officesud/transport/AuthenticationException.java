package kz.officesud.transport;

import java.io.Serial;
import org.jspecify.annotations.Nullable;

/**
 * The court office refused the credentials (HTTP 401): a wrong login or password, a signature it does not
 * accept, or a session that has expired. The message never repeats the password.
 */
public class AuthenticationException extends CourtServiceException {
    @Serial
    private static final long serialVersionUID = 1L;

    public AuthenticationException(
            String message, int statusCode, String code, @Nullable String detail, @Nullable String requestId) {
        super(message, statusCode, code, detail, requestId);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
