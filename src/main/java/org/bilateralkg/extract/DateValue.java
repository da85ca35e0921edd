package org.bilateralkg.extract;

import java.time.LocalDate;
import java.time.MonthDay;

/** A date as far as the text fixes it: a full date, or a day and month without a year. */
public record DateValue(LocalDate date, MonthDay monthDay) {
    public static DateValue of(LocalDate d) {
        return new DateValue(d, null);
    }

    public static DateValue of(MonthDay md) {
        return new DateValue(null, md);
    }

    /** xsd:date or xsd:gMonthDay lexical form. */
    public String lexical() {
        return date != null ? date.toString() : monthDay.toString();
    }

    public boolean isFull() {
        return date != null;
    }

    /** Same day, where a missing year is compatible with any year. */
    public boolean compatible(DateValue o) {
        if (o == null) {
            return true;
        }
        MonthDay a = date != null ? MonthDay.from(date) : monthDay;
        MonthDay b = o.date != null ? MonthDay.from(o.date) : o.monthDay;
        if (!a.equals(b)) {
            return false;
        }
        return date == null || o.date == null || date.equals(o.date);
    }
}
