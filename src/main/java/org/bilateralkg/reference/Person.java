package org.bilateralkg.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A person known to the reference data, with every post held. */
public record Person(String id, Names names, List<Tenure> tenures) {
    /** The post held on {@code date}; without a date, the only country ever served, if unique. */
    public Optional<Tenure> tenureOn(LocalDate date) {
        if (date != null) {
            return tenures.stream().filter(t -> t.covers(date)).findFirst();
        }
        return tenures.isEmpty() ? Optional.empty() : Optional.of(tenures.get(tenures.size() - 1));
    }

    public Optional<String> countryOn(LocalDate date) {
        if (date != null) {
            Optional<Tenure> t = tenureOn(date);
            if (t.isPresent()) {
                return Optional.of(t.get().country());
            }
        }
        List<String> countries = tenures.stream().map(Tenure::country).distinct().toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }
}
