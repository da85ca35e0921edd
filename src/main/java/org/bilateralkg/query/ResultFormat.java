package org.bilateralkg.query;

import java.util.Locale;

/** Output formats of {@code ./bkg query}: csv and tsv are the W3C SPARQL 1.1 result formats. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat parse(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
