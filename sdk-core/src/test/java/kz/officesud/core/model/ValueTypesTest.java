package kz.officesud.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Equality, invariants and messages of the small value types. */
class ValueTypesTest {

    @Test
    void tenge_hasScaleTwo_andEqualityIgnoresHowItWasWritten() {
        assertThat(Tenge.of(1_500_000).toString()).isEqualTo("1500000.00");
        assertThat(Tenge.of(1_500_000)).isEqualTo(Tenge.of(new BigDecimal("1500000.0")));
        assertThat(Tenge.of(1_500_000)).hasSameHashCodeAs(Tenge.parse("1500000"));
        assertThat(Tenge.parse(" 12.5 ").amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(Tenge.parse(" 12.5 ").amount().scale()).isEqualTo(2);
        assertThat(Tenge.of(1)).isNotEqualTo(Tenge.of(2));
        assertThat(Tenge.of(1).plus(Tenge.parse("0.99"))).isEqualTo(Tenge.parse("1.99"));
        assertThat(Tenge.ZERO.isZero()).isTrue();
        assertThat(Tenge.of(2)).isGreaterThan(Tenge.of(1));
    }

    @Test
    void tenge_rejectsNegativeFractionsOfTiynAndText() {
        assertThatThrownBy(() -> Tenge.of(-1)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("tenge.negative");
            assertThat(e.message(Locale.forLanguageTag("ru"))).isEqualTo("Сумма не может быть отрицательной: -1.");
        });
        assertThatThrownBy(() -> Tenge.parse("1.005"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tenge.scale"));
        assertThatThrownBy(() -> Tenge.parse("сто"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("tenge.format"));
        // trailing zeros beyond tiyn are fine
        assertThat(Tenge.parse("1.500")).isEqualTo(Tenge.parse("1.5"));
    }

    @Test
    void sha256_knownVector_andHexNormalised() {
        // FIPS 180-2 test vector: SHA-256("abc")
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(Sha256.of("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .hex())
                .isEqualTo(abc);
        assertThat(Sha256.ofHex(abc.toUpperCase(Locale.ROOT))).isEqualTo(new Sha256(abc));
        assertThat(Sha256.ofHex(abc).bytes()).hasSize(32).startsWith((byte) 0xba, (byte) 0x78);
        assertThat(Sha256.ofHex(abc).toString()).isEqualTo(abc);
        assertThat(Sha256.ofHex(abc)).hasSameHashCodeAs(Sha256.ofHex(abc)).isNotEqualTo(Sha256.of(new byte[0]));
        assertThatThrownBy(() -> Sha256.ofHex("abc")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Sha256(abc.toUpperCase(Locale.ROOT))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Sha256.ofHex(abc.replace('a', 'g'))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void caseCategory_ofIsStrict_constructorKeepsAnyTextForValidation() {
        assertThat(CaseCategory.of("142030001200070000").isWellFormed()).isTrue();
        assertThat(CaseCategory.of("142030001200070000")).isEqualTo(new CaseCategory("142030001200070000"));
        assertThatThrownBy(() -> CaseCategory.of("14203000120007000"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("category.format"));
        assertThat(new CaseCategory("по договору").isWellFormed()).isFalse();
    }

    @Test
    void filingId_andTalon_equality() {
        assertThat(FilingId.of("F-1")).isEqualTo(new FilingId("F-1")).hasSameHashCodeAs(new FilingId("F-1"));
        assertThatThrownBy(() -> FilingId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        OffsetDateTime at = OffsetDateTime.parse("2025-06-16T10:15:30+05:00");
        Talon.Sender sender = new Talon.Sender("Иванов И. И.", Iin.ofUnverified("123456789011"), null);
        Talon a = new Talon(
                "T-1",
                FilingId.of("F-1"),
                at,
                sender,
                Talon.Recipient.of(Courts.standard().byCode("7599")));
        Talon b = new Talon(
                "T-1",
                FilingId.of("F-1"),
                at,
                new Talon.Sender("Иванов И. И.", Iin.ofUnverified("123456789011"), null),
                new Talon.Recipient("7599", "Алматинский городской суд"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new Talon("T-2", FilingId.of("F-1"), at, sender, b.recipient()));
    }

    @Test
    void partiesAndContacts_equalityAndFactories() {
        Party.Individual ivanov = Party.individual(Iin.ofUnverified("123456789011"), "Иванов Иван Иванович");
        assertThat(ivanov.kind()).isEqualTo(PersonKind.INDIVIDUAL);
        assertThat(ivanov.resident()).isTrue();
        assertThat(ivanov.contacts().isEmpty()).isTrue();
        assertThat(ivanov.identityNumber()).contains("123456789011");
        assertThat(ivanov.name()).isEqualTo("Иванов Иван Иванович");
        assertThat(ivanov).isEqualTo(Party.individual(Iin.ofUnverified("123456789011"), "Иванов Иван Иванович"));
        Party.Individual withPhone = ivanov.withContacts(Contacts.none().withPhone("+7 701 000 00 00"));
        assertThat(withPhone).isNotEqualTo(ivanov);
        assertThat(withPhone.contacts().phone()).isEqualTo("+7 701 000 00 00");
        assertThat(ivanov.withResident(false).resident()).isFalse();

        Party.LegalEntity alfa = Party.legalEntity(Bin.ofUnverified("123456789021"), "ТОО «Альфа»");
        assertThat(alfa.kind()).isEqualTo(PersonKind.LEGAL_ENTITY);
        assertThat(alfa).isEqualTo(Party.legalEntity(Bin.ofUnverified("123456789021"), "ТОО «Альфа»"));
        assertThat(alfa.hashCode())
                .isEqualTo(Party.legalEntity(Bin.ofUnverified("123456789021"), "ТОО «Альфа»")
                        .hashCode());
        assertThat(Party.nonResidentLegalEntity(null, "Acme GmbH").identityNumber())
                .isEmpty();
        assertThat(Party.nonResidentIndividual(null, "John Smith").resident()).isFalse();

        Contacts c = Contacts.of("1", "a@b.kz", "Алматы");
        assertThat(c)
                .isEqualTo(Contacts.none().withPhone("1").withEmail("a@b.kz").withPostalAddress("Алматы"));
        assertThat(new Participant(PartySide.PLAINTIFF, alfa)).isEqualTo(new Participant(PartySide.PLAINTIFF, alfa));
        assertThat(new Participant(PartySide.PLAINTIFF, alfa)).isNotEqualTo(new Participant(PartySide.DEFENDANT, alfa));
        assertThatThrownBy(() -> Party.individual(null, "x"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("iin");
        assertThatThrownBy(() -> new Participant(null, alfa))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("side");
    }

    @Test
    void stateFee_factoriesAndEquality() {
        assertThat(StateFee.paidOnline().paidAmount()).isEmpty();
        assertThat(StateFee.paidOnline(Tenge.of(10)).paidAmount()).contains(Tenge.of(10));
        assertThat(StateFee.exempt("ветераны").paidAmount()).isEmpty();
        assertThat(StateFee.exempt("ветераны")).isEqualTo(new StateFee.Exempt("ветераны"));
        Attachment scan = Attachment.of("чек.jpg", ContentSource.ofBytes(new byte[] {1, 2, 3}));
        assertThat(StateFee.receipt(Tenge.of(5), scan)).isEqualTo(new StateFee.Receipt(Tenge.of(5), scan));
        assertThatThrownBy(() -> StateFee.receipt(Tenge.of(5), null)).hasMessage("receipt");
    }

    @Test
    void statusChange_equality() {
        Instant at = Instant.parse("2025-06-16T05:00:00Z");
        assertThat(new StatusChange(FilingStatus.SENT, at, null))
                .isEqualTo(new StatusChange(FilingStatus.SENT, at, null));
        assertThat(new StatusChange(FilingStatus.SENT, at, "x"))
                .isNotEqualTo(new StatusChange(FilingStatus.SENT, at, null));
    }
}
