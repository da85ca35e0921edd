package org.bilateralkg.reference;

/** A city (data/cities.tsv): where meetings happen and datelines come from. */
public record City(String id, String country, Names names, boolean capital, String source) {
}
