package org.bilateralkg.reference;

import java.time.LocalDate;

/** A person holding a post (country + role) from {@code start} to {@code end} (null = still in office). */
public record Tenure(String personId, String country, String role, LocalDate start, LocalDate end, String source) {
    public boolean covers(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
}
