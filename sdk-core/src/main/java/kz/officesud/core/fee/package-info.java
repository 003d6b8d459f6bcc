/**
 * The state fee (государственная пошлина) as the cabinet calculates it: the rates of the Tax Code and the monthly
 * calculation index (МРП) kept as data with their sources ({@link kz.officesud.core.fee.StateFeeRates}), the exemption
 * categories, and one calculator the client and the court share.
 */
@NullMarked
package kz.officesud.core.fee;

import org.jspecify.annotations.NullMarked;
