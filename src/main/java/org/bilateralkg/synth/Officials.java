package org.bilateralkg.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bilateralkg.reference.Person;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.reference.Tenure;

/**
 * Who held which post on a date, from the tenures of the reference data: an index by role and
 * country, so that picking the officials of an article costs a few dozen comparisons.
 */
final class Officials {
    /** A person in a post of a country (on the article's date). */
    record Official(Person person, String country, String role) {
        String id() {
            return person.id();
        }
    }

    private final ReferenceData ref;
    private final SynthData data;
    /** role -> country -> tenures (countries in code order, so iteration is deterministic). */
    private final Map<String, TreeMap<String, List<Tenure>>> byRole = new LinkedHashMap<>();
    private final List<String> countriesWithPeople;

    Officials(ReferenceData ref, SynthData data) {
        this.ref = ref;
        this.data = data;
        for (Person p : ref.people().values()) {
            for (Tenure t : p.tenures()) {
                // Open-ended tenures that no curator confirmed (Phoenix rows without an end date) may be
                // long over: an article must not show someone in a post they no longer held.
                boolean confirmed = t.source() != null && t.source().startsWith("curated");
                if (!ref.countries().containsKey(t.country()) || (!confirmed && t.end() == null)) {
                    continue;
                }
                byRole.computeIfAbsent(t.role(), k -> new TreeMap<>())
                        .computeIfAbsent(t.country(), k -> new ArrayList<>()).add(t);
            }
        }
        java.util.TreeSet<String> countries = new java.util.TreeSet<>();
        byRole.values().forEach(m -> countries.addAll(m.keySet()));
        countriesWithPeople = List.copyOf(countries);
    }

    /** The one person holding {@code role} for {@code country} on {@code date}; empty if none or several. */
    Optional<Official> holder(String country, String role, LocalDate date) {
        TreeMap<String, List<Tenure>> byCountry = byRole.get(role);
        if (byCountry == null) {
            return Optional.empty();
        }
        String found = null;
        for (Tenure t : byCountry.getOrDefault(country, List.of())) {
            if (t.covers(date)) {
                if (found != null && !found.equals(t.personId())) {
                    return Optional.empty();
                }
                found = t.personId();
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Official(ref.people().get(found), country, role));
    }

    /** Everyone uniquely holding {@code role} on {@code date}, one per country, in country-code order. */
    List<Official> holders(String role, LocalDate date) {
        List<Official> out = new ArrayList<>();
        TreeMap<String, List<Tenure>> byCountry = byRole.get(role);
        if (byCountry == null) {
            return out;
        }
        for (String c : byCountry.keySet()) {
            holder(c, role, date).ifPresent(out::add);
        }
        return out;
    }

    /** The country's leader on the date: the post leaders.tsv names, else the head of state, else of government. */
    Optional<Official> leader(String country, LocalDate date) {
        for (SynthData.LeaderRule r : data.leaders) {
            if (r.country().equals(country) && r.covers(date)) {
                return holder(country, r.role(), date);
            }
        }
        Optional<Official> hos = holder(country, "head-of-state", date);
        return hos.isPresent() ? hos : holder(country, "head-of-government", date);
    }

    /** The leaders of every country with one on the date. */
    List<Official> leaders(LocalDate date) {
        List<Official> out = new ArrayList<>();
        for (String c : countriesWithPeople()) {
            leader(c, date).ifPresent(out::add);
        }
        return out;
    }

    /** Officials of a level ("leader" or a role) on a date. */
    List<Official> level(String level, LocalDate date) {
        return level.equals("leader") ? leaders(date) : holders(level, date);
    }

    Optional<Official> level(String level, String country, LocalDate date) {
        return level.equals("leader") ? leader(country, date) : holder(country, level, date);
    }

    /** Countries with at least one post in the reference data, in code order. */
    List<String> countriesWithPeople() {
        return countriesWithPeople;
    }
}
