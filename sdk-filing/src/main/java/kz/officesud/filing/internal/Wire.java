package kz.officesud.filing.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import kz.officesud.core.wire.AccountView;
import kz.officesud.core.wire.SessionView;
import kz.officesud.filing.RegisteredUser;
import kz.officesud.signing.Cms;
import kz.officesud.signing.NcaSigner;
import kz.officesud.transport.internal.Answer;
import org.jspecify.annotations.Nullable;

/** The client's side of the wire types of {@code kz.officesud.core.wire}: writing them, and what it keeps of them. */
public final class Wire {
    private Wire() {}

    /** {@code POST /sessions[/signature]} → {@code {"token", "expiresAt", "user": {...}}}. */
    public record Session(String token, @Nullable Instant expiresAt, RegisteredUser user) {
        @Override
        public String toString() {
            return "Session[user=" + user.userId() + ", expiresAt=" + expiresAt + "]"; // never the token
        }
    }

    /** A detached CMS over {@code data}, as the court expects for challenges and manifests. */
    public static byte[] signDetached(NcaSigner signer, byte[] data) {
        return Cms.signDetached(signer, new ByteArrayInputStream(data));
    }

    /** The session of a log-in answer. */
    public static Session session(ObjectMapper mapper, Answer answer) throws IOException {
        SessionView view = mapper.readValue(answer.body(), SessionView.class);
        return new Session(view.token(), view.expiresAt(), user(view.user()));
    }

    /** The account of a registration or log-in answer. */
    public static RegisteredUser user(AccountView account) {
        return new RegisteredUser(
                account.userId(),
                account.login(),
                Iin.ofUnverified(account.iin()),
                account.bin() == null ? null : Bin.ofUnverified(account.bin()),
                account.name());
    }
}
