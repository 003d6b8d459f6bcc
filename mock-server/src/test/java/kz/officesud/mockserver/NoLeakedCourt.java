package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.ConnectException;
import java.net.Socket;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After a test class whose static {@link ReferenceCourtExtension} has been closed: its port refuses connections
 * and no court worker thread is alive. Registered with {@code @ExtendWith}, so its {@code afterAll} runs after
 * the court's.
 */
final class NoLeakedCourt implements BeforeEachCallback, AfterAllCallback {
    private int port = -1;

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        if (port != -1) {
            return;
        }
        for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ReferenceCourtExtension.class) {
                field.setAccessible(true);
                port = ((ReferenceCourtExtension) field.get(null)).court().port();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (port == -1) {
            return;
        }
        int closed = port;
        port = -1;
        assertThatThrownBy(() -> new Socket("127.0.0.1", closed).close())
                .as("port %d is closed after the court", closed)
                .isInstanceOf(ConnectException.class);
        assertThat(Thread.getAllStackTraces().keySet().stream()
                        .filter(Thread::isAlive)
                        .map(Thread::getName)
                        .filter(name -> name.startsWith("reference-court-http-")
                                || name.equals("reference-court-timer")
                                || name.equals("reference-court-webhooks")))
                .as("court worker threads left")
                .isEmpty();
    }
}
