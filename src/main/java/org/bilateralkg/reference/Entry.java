package org.bilateralkg.reference;

/** A dictionary entry: the kind of thing a phrase names and its value (a code, an id, a notation). */
public record Entry(EntryKind kind, String value, String lang) {
}
