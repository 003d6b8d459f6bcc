package kz.officesud.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import kz.officesud.core.internal.Checksums;
import kz.officesud.core.model.Iin;
import org.jspecify.annotations.Nullable;

/** The validators of {@link ValidIin}, found by the validation engine through the annotation; not for direct use. */
public final class IinConstraintValidator {
    private IinConstraintValidator() {}

    static boolean accept(@Nullable CharSequence value, boolean allowUnverified) {
        if (value == null) {
            return true;
        }
        return allowUnverified ? Checksums.isTwelveDigits(value) : Checksums.isValid(value);
    }

    /** For text. */
    public static final class ForText implements ConstraintValidator<ValidIin, CharSequence> {
        private boolean allowUnverified;

        /** Instantiated by the validation engine. */
        public ForText() {}

        @Override
        public void initialize(ValidIin annotation) {
            allowUnverified = annotation.allowUnverified();
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return accept(value, allowUnverified);
        }
    }

    /** For {@link Iin}, which may hold a number whose check digit is wrong. */
    public static final class ForIin implements ConstraintValidator<ValidIin, Iin> {
        private boolean allowUnverified;

        /** Instantiated by the validation engine. */
        public ForIin() {}

        @Override
        public void initialize(ValidIin annotation) {
            allowUnverified = annotation.allowUnverified();
        }

        @Override
        public boolean isValid(@Nullable Iin value, ConstraintValidatorContext context) {
            return value == null || allowUnverified || value.checksumValid();
        }
    }
}
