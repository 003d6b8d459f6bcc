/** Filing into the court office: log-in, claims, talons, «Мои дела». */
@NullMarked
package kz.officesud.filing;

import org.jspecify.annotations.NullMarked;
