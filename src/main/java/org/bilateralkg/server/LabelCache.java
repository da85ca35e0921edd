package org.bilateralkg.server;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.apache.jena.graph.Node;

/**
 * The naming literals of resources, shared by all requests: a page names dozens of resources and
 * most of them are the same from page to page. When nobody can write (no --update-users) the store
 * cannot change while it is served and entries live until the cache is full; when writes are
 * possible an entry lives {@code ttlMillis}.
 */
final class LabelCache {
    /** One naming literal: the property and the literal. */
    record Name(String property, Node literal) {
    }

    private record Entry(List<Name> names, long at) {
    }

    private static final int MAX = 50_000;

    private final ConcurrentHashMap<Node, Entry> map = new ConcurrentHashMap<>();
    private final long ttlMillis;

    /** {@code ttlMillis <= 0}: entries do not expire. */
    LabelCache(long ttlMillis) {
        this.ttlMillis = ttlMillis;
    }

    List<Name> get(Node n, Function<Node, List<Name>> load) {
        long now = System.currentTimeMillis();
        Entry e = map.get(n);
        if (e != null && (ttlMillis <= 0 || now - e.at() < ttlMillis)) {
            return e.names();
        }
        List<Name> names = List.copyOf(load.apply(n));
        if (map.size() >= MAX) {
            map.clear();
        }
        map.put(n, new Entry(names, now));
        return names;
    }
}
