package kz.officesud.mockserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit extension: in memory, reset before each test, injecting the court, its control and test users. */
@ExtendWith(NoLeakedCourt.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionTest {
    static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

    @RegisterExtension
    static ReferenceCourtExtension court = ReferenceCourtExtension.inProcess(
            builder -> builder.clock(CourtClock.fixed(NOW)).clerkPolicy(Clerk.Policy.IMMEDIATE));

    static String loginOfTheFirstTest;
    static String passwordOfTheFirstTest;

    @Test
    @Order(1)
    void injects_theCourt_itsControl_andFreshUsers(
            ReferenceCourt injected,
            CourtControl control,
            TestUser person,
            @ReferenceCourtExtension.LegalEntity TestUser company) {
        assertThat(injected).isSameAs(court.court());
        assertThat(injected.dataDirectory()).as("in memory").isEmpty();
        assertThat(control.health().status()).isEqualTo("UP");
        assertThat(person.bin()).isNull();
        assertThat(company.bin()).isNotNull();
        CourtHttp.of(court).logIn(person.login(), person.password()).expect(201);
        loginOfTheFirstTest = person.login();
        passwordOfTheFirstTest = person.password();
        control.advanceClock(Duration.ofDays(3));
        control.clerkPolicy(Clerk.Policy.MANUAL);
    }

    @Test
    @Order(2)
    void eachTest_startsFromAnEmptyCourt_atItsConfiguredTime(CourtControl control) {
        assertThat(control.now()).isEqualTo(NOW);
        assertThat(control.clerkPolicy()).isEqualTo(Clerk.Policy.IMMEDIATE);
        CourtHttp.of(court).logIn(loginOfTheFirstTest, passwordOfTheFirstTest).expect(401);
    }
}
