package kz.officesud.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import kz.officesud.core.model.Bin;
import kz.officesud.core.model.Iin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code @ValidIin} / {@code @ValidBin} with Hibernate Validator as the engine. */
class IdentityConstraintsTest {
    private static ValidatorFactory factory;
    private static Validator validator;

    record Form(
            @ValidIin String iin,
            @ValidBin String bin,
            @ValidIin(allowUnverified = true) String testIin,
            @ValidIin Iin typedIin,
            @ValidBin Bin typedBin) {}

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static final SplittableRandom RANDOM = new SplittableRandom(5);

    @Test
    void validIdentities_pass_andNullIsLeftToNotNull() {
        Iin iin = Iin.random(RANDOM);
        Bin bin = Bin.random(RANDOM);
        assertThat(validator.validate(new Form(iin.value(), bin.value(), "123456789011", iin, bin)))
                .isEmpty();
        assertThat(validator.validate(new Form(null, null, null, null, null))).isEmpty();
    }

    @Test
    void wrongCheckDigitsAndFormats_areViolations() {
        Set<ConstraintViolation<Form>> violations = validator.validate(new Form(
                "123456789011",
                "123456789021",
                "12345",
                Iin.ofUnverified("123456789012"),
                Bin.ofUnverified("123456789021")));
        assertThat(violations)
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("iin", "bin", "testIin", "typedIin", "typedBin");
    }

    @Test
    void messages_inKazakhRussianEnglish() {
        ConstraintViolation<Form> violation = validator
                .validate(new Form("123456789011", null, null, null, null))
                .iterator()
                .next();
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public jakarta.validation.metadata.ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
        String template = violation.getMessageTemplate();
        assertThat(template).isEqualTo("{kz.officesud.core.validation.ValidIin.message}");
        List<String> messages = List.of(
                interpolator.interpolate(template, context, Locale.forLanguageTag("kk")),
                interpolator.interpolate(template, context, Locale.forLanguageTag("ru")),
                interpolator.interpolate(template, context, Locale.ENGLISH));
        assertThat(messages)
                .containsExactly(
                        "дұрыс ЖСН болуы тиіс (бақылау цифры дұрыс 12 цифр)",
                        "должен быть правильным ИИН (12 цифр с верной контрольной цифрой)",
                        "must be a valid IIN (12 digits with a correct check digit)");
    }
}
