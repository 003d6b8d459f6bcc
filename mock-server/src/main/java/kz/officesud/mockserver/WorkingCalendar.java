package kz.officesud.mockserver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which days the court works. The court counts its terms in working days (registration within one working day, a
 * payment reaching the tax authority within three): {@link #kazakhstan()} is Kazakhstan's calendar with its holidays,
 * moved days off and swaps, kept as data; {@link #weekdays()} is Monday to Friday alone.
 */
@FunctionalInterface
public interface WorkingCalendar {
    boolean isWorkingDay(LocalDate date);

    /** Kazakhstan's working days: {@link KazakhstanCalendar#standard()}. */
    static WorkingCalendar kazakhstan() {
        return KazakhstanCalendar.standard();
    }

    /** Monday to Friday. */
    static WorkingCalendar weekdays() {
        return date -> date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** This calendar, with the given dates off as well. */
    default WorkingCalendar withHolidays(Collection<LocalDate> holidays) {
        Set<LocalDate> off = Set.copyOf(holidays);
        return date -> !off.contains(date) && isWorkingDay(date);
    }

    /** The {@code days}-th working day after {@code date} (a non-working {@code date} counts as no day). */
    default LocalDate plusWorkingDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate current = date;
        int left = days;
        while (left > 0) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                left--;
            }
        }
        return current;
    }
}
