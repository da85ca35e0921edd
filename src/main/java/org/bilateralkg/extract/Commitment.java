package org.bilateralkg.extract;

import java.util.List;

/**
 * A country's stated intent (ready to, will, agreed to, committed to), optionally towards a partner
 * country and about a topic (a notation, or null when the text names none).
 */
public record Commitment(int index, String country, String partner, String topic, String stance, String modality,
                         String speakerKey, int statementIndex, List<Evidence> evidence) {
}
