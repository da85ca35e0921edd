package org.bilateralkg.reference;

import java.util.List;

/** An intergovernmental organisation or a news agency. */
public record Organisation(String id, Kind kind, String country, Names names, List<String> members, String source) {
    public enum Kind { IGO, AGENCY }
}
