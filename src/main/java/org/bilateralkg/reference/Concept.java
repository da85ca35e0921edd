package org.bilateralkg.reference;

/**
 * A SKOS concept of the reference data (a topic or a role) with the phrases that name it in text.
 * {@code oppositeCues} name what the concept stands against ("interference" for non-interference).
 */
public record Concept(String notation, Names labels, Names cues, Names oppositeCues, Names ministryCues) {
}
