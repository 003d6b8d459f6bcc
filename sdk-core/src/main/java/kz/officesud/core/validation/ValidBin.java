package kz.officesud.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text (a {@code CharSequence}) or {@link kz.officesud.core.model.Bin} is a valid БИН: 12
 * digits with a correct check digit. {@code null} is valid (add {@code @NotNull} to require a value).
 * Messages in kk/ru/en under the key {@code kz.officesud.core.validation.ValidBin.message}.
 */
@Documented
@Constraint(validatedBy = {BinConstraintValidator.ForText.class, BinConstraintValidator.ForBin.class})
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidBin {
    String message() default "{kz.officesud.core.validation.ValidBin.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * True to accept 12 digits whose check digit is wrong (the NCA's test identities), as with {@code
     * ValidationOptions.allowUnverifiedIdentities}.
     */
    boolean allowUnverified() default false;
}
