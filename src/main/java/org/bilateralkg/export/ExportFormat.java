package org.bilateralkg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats of {@code ./bkg export --format} and of {@code /export?format=}, with their media types. */
public enum ExportFormat {
    GRAPHML("graphml", "graphml", "application/graphml+xml"),
    GEXF("gexf", "gexf", "application/gexf+xml"),
    DOT("dot", "dot", "text/vnd.graphviz; charset=utf-8"),
    /** Cytoscape.js JSON (elements with data); .cyjs is what Cytoscape desktop opens. */
    CYTOSCAPE("cytoscape", "cyjs", "application/json"),
    CSV("csv", "csv", "text/csv; charset=utf-8"),
    TSV("tsv", "tsv", "text/tab-separated-values; charset=utf-8"),
    TRIG("trig", "trig", "application/trig"),
    NQUADS("nquads", "nq", "application/n-quads"),
    JSONLD("jsonld", "jsonld", "application/ld+json"),
    TTL("ttl", "ttl", "text/turtle; charset=utf-8"),
    RDFXML("rdfxml", "rdf", "application/rdf+xml");

    private final String id;
    private final String extension;
    private final String contentType;

    ExportFormat(String id, String extension, String contentType) {
        this.id = id;
        this.extension = extension;
        this.contentType = contentType;
    }

    public String id() {
        return id;
    }

    /** File extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The media type an HTTP response carries. */
    public String contentType() {
        return contentType;
    }

    /** True for the tables (csv, tsv). */
    public boolean isTable() {
        return this == CSV || this == TSV;
    }

    /**
     * True for the formats of the full dump written as the store's index is read, with memory that
     * does not grow with the store (N-Quads, TriG): a server may send them without buffering.
     */
    public boolean streams() {
        return this == NQUADS || this == TRIG;
    }

    public static Optional<ExportFormat> byId(String s) {
        String k = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(k)).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "));
    }
}
