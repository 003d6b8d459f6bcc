/**
 * Filing into the court office «Судебный кабинет» / «Сот кабинеті»: log-in, claims, talons, «Мои дела».
 *
 * <p>Start with {@link kz.officesud.filing.CourtOffice#builder()}; every error is a {@link
 * kz.officesud.transport.CourtOfficeException} (sdk-transport, shared with the case-search client).
 */
@NullMarked
package kz.officesud.filing;

import org.jspecify.annotations.NullMarked;
