package org.bilateralkg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * One news article as read from the input, before any text processing.
 *
 * @param url       canonical URL, or null
 * @param title     headline, or null
 * @param published publication date, or null when unknown
 * @param language  BCP 47 tag ("hi", "en"), or "auto" when it must be detected
 * @param source    publisher or feed name, or null
 * @param text      the decoded input text, stored as is (evidence offsets index it)
 * @param origin    where it came from ("path" or "path:line"), for messages
 */
public record Article(String url, String title, LocalDate published, String language, String source,
                      String text, String origin) {

    /** Identity per DESIGN.md: the canonical URL when there is one, otherwise the text. */
    public String id() {
        String basis = (url != null && !url.isBlank()) ? "url:" + url.strip() : "text:" + text;
        return sha256(basis).substring(0, 16);
    }

    /** Hash of everything that, when changed, must make a re-ingest replace the article's graph. */
    public String contentHash() {
        return sha256(String.join("\u0000", String.valueOf(url), String.valueOf(title),
                String.valueOf(published), String.valueOf(language), String.valueOf(source), text));
    }

    public Article withLanguage(String lang) {
        return new Article(url, title, published, lang, source, text, origin);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
