package org.bilateralkg.extract;

/** A person taking part in a meeting, for a country, in a role; evidence is the mention. */
public record Participant(String personKey, String country, String role, Evidence evidence) {
}
