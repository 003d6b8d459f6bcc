/**
 * Validation of filings before they are sent (and by the court when they arrive): {@link
 * kz.officesud.core.validation.FilingValidator} returns every {@link kz.officesud.core.validation.Violation}
 * at once, each with a message in Kazakh, Russian and English; the Jakarta Validation constraints {@link
 * kz.officesud.core.validation.ValidIin} and {@link kz.officesud.core.validation.ValidBin} check identities
 * in an application's own forms.
 */
@NullMarked
package kz.officesud.core.validation;

import org.jspecify.annotations.NullMarked;
