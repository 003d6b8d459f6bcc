package kz.officesud.transport.internal;

import java.io.IOException;
import java.io.Serial;

/** The court's answer does not have the promised shape (thrown by a {@link ResponseReader}). */
public final class MalformedAnswer extends IOException {
    @Serial
    private static final long serialVersionUID = 1L;

    public MalformedAnswer(String message) {
        super(message);
    }
}
