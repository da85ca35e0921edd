package org.bilateralkg.eval;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.bilateralkg.reference.NameSkeleton;

/** The keys under which gold and extracted facts are compared (docs/EVAL.md, "Scores"). */
final class FactKeys {
    private FactKeys() {
    }

    static String meeting(String date, String location, List<String> countries) {
        return (date == null ? "-" : date) + "|" + (location == null ? "-" : location.toUpperCase(Locale.ROOT)) + "|"
                + String.join(",", new TreeSet<>(countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()));
    }

    static String participant(String meetingKey, String person) {
        return meetingKey + "|" + person(person);
    }

    /** Person ids compared by a transliteration-tolerant skeleton of the slug. */
    static String person(String id) {
        return NameSkeleton.of(id.replace('-', ' '));
    }

    static String commitment(String country, String topic) {
        return country.toUpperCase(Locale.ROOT) + "|" + (topic == null ? "-" : topic);
    }
}
