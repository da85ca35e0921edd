package org.bilateralkg.extract;

import java.util.List;

/**
 * A person the article speaks of. {@code key} is the reference id when the reference data knows
 * the person, otherwise a slug minted from the name; {@code country} and {@code role} are as the
 * article or (failing that) the reference data for the article's date say, or null.
 */
public record PersonRef(String key, boolean known, List<String> namesSeen, String lang, String country,
                        String role, List<Evidence> evidence) {
}
