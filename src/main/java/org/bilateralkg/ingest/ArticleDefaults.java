package org.bilateralkg.ingest;

import java.time.LocalDate;

/** Metadata from the command line, used where a file carries none of its own. */
public record ArticleDefaults(LocalDate published, String language, String source) {
    public static ArticleDefaults none() {
        return new ArticleDefaults(null, "auto", null);
    }
}
