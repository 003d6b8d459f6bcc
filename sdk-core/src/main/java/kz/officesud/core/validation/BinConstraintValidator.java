package kz.officesud.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import kz.officesud.core.internal.Checksums;
import kz.officesud.core.model.Bin;
import org.jspecify.annotations.Nullable;

/** The validators of {@link ValidBin}, found by the validation engine through the annotation; not for direct use. */
public final class BinConstraintValidator {
    private BinConstraintValidator() {}

    static boolean accept(@Nullable CharSequence value, boolean allowUnverified) {
        if (value == null) {
            return true;
        }
        return allowUnverified ? Checksums.isTwelveDigits(value) : Checksums.isValid(value);
    }

    /** For text. */
    public static final class ForText implements ConstraintValidator<ValidBin, CharSequence> {
        private boolean allowUnverified;

        /** Instantiated by the validation engine. */
        public ForText() {}

        @Override
        public void initialize(ValidBin annotation) {
            allowUnverified = annotation.allowUnverified();
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return accept(value, allowUnverified);
        }
    }

    /** For {@link Bin}, which may hold a number whose check digit is wrong. */
    public static final class ForBin implements ConstraintValidator<ValidBin, Bin> {
        private boolean allowUnverified;

        /** Instantiated by the validation engine. */
        public ForBin() {}

        @Override
        public void initialize(ValidBin annotation) {
            allowUnverified = annotation.allowUnverified();
        }

        @Override
        public boolean isValid(@Nullable Bin value, ConstraintValidatorContext context) {
            return value == null || allowUnverified || value.checksumValid();
        }
    }
}
