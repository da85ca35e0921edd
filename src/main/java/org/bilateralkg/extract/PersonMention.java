package org.bilateralkg.extract;

/** One place where a sentence names (or describes) a person: tokens {@code [from, to)}. */
record PersonMention(String key, int from, int to, String country, String role, Evidence evidence) {
}
