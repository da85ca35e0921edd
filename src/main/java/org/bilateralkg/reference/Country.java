package org.bilateralkg.reference;

/** A country (ISO 3166-1 alpha-2), with names, demonyms and capital in several languages. */
public record Country(String code, Names names, Names demonyms, Names capital, String source) {
}
