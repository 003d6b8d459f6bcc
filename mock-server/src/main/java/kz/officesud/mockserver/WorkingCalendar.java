package kz.officesud.mockserver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which days the court works: Monday to Friday by default. The seam for Kazakhstan's public holidays and
 * transferred days off, which come later as data.
 */
@FunctionalInterface
public interface WorkingCalendar {
    boolean isWorkingDay(LocalDate date);

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
