package org.bilateralkg.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Dates in running text, Hindi and English: "25 जुलाई", "25 जुलाई 2024", "July 25", "25th July, 2024",
 * "on Friday" / "शुक्रवार को", "today", "yesterday". A day and month without a year takes the year that puts the date
 * nearest to publication ("28 December" in a 3 January article is the previous year); without a
 * publication date it stays a day and month. Weekdays need the publication date.
 */
final class DateExpressionParser {
    /** A date found in a sentence: tokens {@code [from, to)}. */
    record Found(DateValue value, int from, int to) {
    }

    private DateExpressionParser() {
    }

    static Found first(AnnotatedSentence s, LocalDate published, boolean future) {
        List<Found> all = all(s, published, future);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every date of the sentence, in text order (absolute dates first, then relative ones). */
    static List<Found> all(AnnotatedSentence s, LocalDate published, boolean future) {
        List<Found> out = new ArrayList<>();
        for (Match month : s.of(EntryKind.MONTH)) {
            if (!s.isHindi() && !s.tokens.get(month.from()).isCapitalised()) {
                continue; // "may", "march" as ordinary words
            }
            int m = Integer.parseInt(month.value());
            Integer day = day(s, month.from() - 1);
            int from = month.from() - 1;
            int to = month.to();
            Integer firstDay = day == null ? null : rangeStart(s, from);
            if (firstDay != null) {
                day = firstDay; // "15 से 17 दिसंबर", "15-17 December": an interval starts on its first day
                from -= 2;
            }
            if (day == null) {
                int after = s.norm(month.to()).equals(".") ? month.to() + 1 : month.to(); // "Nov. 14"
                day = day(s, after);
                from = month.from();
                to = after + 1;
            }
            if (day == null) {
                continue;
            }
            Integer year = year(s, to);
            if (year != null) {
                to += s.norm(to).equals(",") ? 2 : 1;
            } else if (published != null) {
                // "13 October last year", "पिछले साल 13 अक्टूबर"
                Match rel = s.endingAt(EntryKind.RELATIVE_YEAR, from);
                if (rel == null) {
                    rel = s.startingAt(EntryKind.RELATIVE_YEAR, to);
                }
                if (rel != null) {
                    year = published.getYear() + Integer.parseInt(rel.value());
                }
            }
            DateValue v = value(year, m, day, published);
            if (v != null) {
                out.add(new Found(v, from, to));
            }
        }
        if (published != null) {
            for (Match rel : s.of(EntryKind.RELATIVE_DAY)) {
                out.add(new Found(DateValue.of(published.plusDays(Integer.parseInt(rel.value()))), rel.from(), rel.to()));
            }
            for (Match wd : s.of(EntryKind.WEEKDAY)) {
                DayOfWeek dow = DayOfWeek.of(Integer.parseInt(wd.value()));
                LocalDate d = future ? published.with(TemporalAdjusters.nextOrSame(dow))
                        : published.with(TemporalAdjusters.previousOrSame(dow));
                out.add(new Found(DateValue.of(d), wd.from(), wd.to()));
            }
        }
        return out;
    }

    private static DateValue value(Integer year, int month, int day, LocalDate published) {
        try {
            if (year != null) {
                return DateValue.of(LocalDate.of(year, month, day));
            }
            MonthDay md = MonthDay.of(month, day);
            if (published == null) {
                return DateValue.of(md);
            }
            LocalDate best = null;
            for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                if (!md.isValidYear(y)) {
                    continue;
                }
                LocalDate c = md.atYear(y);
                if (best == null || Math.abs(c.toEpochDay() - published.toEpochDay())
                        < Math.abs(best.toEpochDay() - published.toEpochDay())) {
                    best = c;
                }
            }
            return best == null ? DateValue.of(md) : DateValue.of(best);
        } catch (DateTimeException e) {
            return null; // "31 February": not a date
        }
    }

    private static Integer day(AnnotatedSentence s, int i) {
        if (i < 0 || i >= s.size()) {
            return null;
        }
        String n = s.norm(i).replaceAll("(st|nd|rd|th)$", "");
        if (n.isEmpty() || n.length() > 2 || !n.chars().allMatch(Character::isDigit)) {
            // "चार नवंबर", as Hindi papers write small days
            Match word = s.isHindi() ? s.startingAt(EntryKind.NUMBER, i) : null;
            if (word == null || word.to() != i + 1 || !word.value().chars().allMatch(Character::isDigit)) {
                return null;
            }
            n = word.value();
        }
        int d = Integer.parseInt(n);
        return d >= 1 && d <= 31 ? d : null;
    }

    /**
     * The first day of "15 से 17", "15 to 17" (a range-separator of the lexicon) or "15-17" ending at
     * token {@code lastDay}, else null. The dash stays here: it can be the last token of a dateline
     * ("TOKYO, 15-17 May ..." cut at its first dash), whose matches are dropped. En and em dashes
     * reach here as "-" (TokenNormalizer folds them).
     */
    private static Integer rangeStart(AnnotatedSentence s, int lastDay) {
        boolean range = s.startingAt(EntryKind.RANGE_SEPARATOR, lastDay - 1) != null || s.norm(lastDay - 1).equals("-");
        return range ? day(s, lastDay - 2) : null;
    }

    private static Integer year(AnnotatedSentence s, int i) {
        if (s.norm(i).equals(",")) {
            i++;
        }
        String n = s.norm(i);
        if (n.length() == 4 && n.chars().allMatch(Character::isDigit)) {
            int y = Integer.parseInt(n);
            return y >= 1900 && y <= 2100 ? y : null;
        }
        return null;
    }
}
