package org.bilateralkg.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an export holds. The graph views and the events table are each defined by a SPARQL query in
 * queries/ ({@code export-<view>.rq}) that users can read and adapt; {@code full} is the whole dataset.
 */
public enum View {
    /** Countries, and edges between the pairs that met, committed or spoke to each other. */
    COUNTRIES("countries", false),
    /** People, the countries they act for, the meetings they take part in. */
    ACTORS("actors", false),
    /** Countries and topic concepts, edges carrying the stance. */
    TOPICS("topics", true),
    /** A flat event table (GDELT / Phoenix style): one row per meeting, statement and commitment. */
    EVENTS("events", false),
    /** Every named graph of the store. */
    FULL("full", false);

    private final String id;
    private final boolean directed;

    View(String id, boolean directed) {
        this.id = id;
        this.directed = directed;
    }

    public String id() {
        return id;
    }

    /** True for the views drawn as a network (nodes and edges). */
    public boolean isGraph() {
        return this == COUNTRIES || this == ACTORS || this == TOPICS;
    }

    /** Whether the network's edges have a direction (topics: country to topic). */
    public boolean directed() {
        return directed;
    }

    /** The name of the query in queries/ that defines this view (none for full). */
    public String queryName() {
        return "export-" + id;
    }

    /** The formats this view can be written in. */
    public Set<ExportFormat> formats() {
        if (isGraph()) {
            return EnumSet.of(ExportFormat.GRAPHML, ExportFormat.GEXF, ExportFormat.DOT, ExportFormat.CYTOSCAPE,
                    ExportFormat.CSV, ExportFormat.TSV);
        }
        if (this == EVENTS) {
            return EnumSet.of(ExportFormat.CSV, ExportFormat.TSV);
        }
        return EnumSet.of(ExportFormat.TRIG, ExportFormat.NQUADS, ExportFormat.JSONLD, ExportFormat.TTL, ExportFormat.RDFXML);
    }

    public static Optional<View> byId(String s) {
        String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(k)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(View::id).collect(Collectors.joining(", "));
    }
}
