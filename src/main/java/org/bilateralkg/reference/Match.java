package org.bilateralkg.reference;

/** A dictionary phrase found in a token list: tokens {@code [from, to)}. */
public record Match(Entry entry, int from, int to) {
    public EntryKind kind() {
        return entry.kind();
    }

    public String value() {
        return entry.value();
    }
}
