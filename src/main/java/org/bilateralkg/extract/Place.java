package org.bilateralkg.extract;

/** Where something happened: always a country (ISO code), a city of data/cities.tsv when stated. */
record Place(String country, String city, int from, int to) {
}
