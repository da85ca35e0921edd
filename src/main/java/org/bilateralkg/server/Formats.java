package org.bilateralkg.server;

import java.util.List;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The representations a resource has, and content negotiation over them with Jena's
 * {@link AcceptList} (q-values, specificity, then the order offered: Turtle first, so that
 * {@code *}{@code /*} gets Turtle).
 */
final class Formats {
    record Format(String name, String suffix, String mediaType, Lang lang, RDFFormat format, boolean quads) {
    }

    static final Format HTML = new Format("HTML", "html", "text/html", null, null, false);
    static final Format TURTLE = new Format("Turtle", "ttl", "text/turtle", Lang.TURTLE, RDFFormat.TURTLE_PRETTY, false);
    static final Format JSONLD = new Format("JSON-LD", "jsonld", "application/ld+json", Lang.JSONLD, RDFFormat.JSONLD11_PRETTY, false);
    static final Format RDFXML = new Format("RDF/XML", "rdf", "application/rdf+xml", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, false);
    static final Format NTRIPLES = new Format("N-Triples", "nt", "application/n-triples", Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8, false);
    static final Format TRIG = new Format("TriG", "trig", "application/trig", Lang.TRIG, RDFFormat.TRIG_PRETTY, true);

    /** The RDF formats, in order of preference. */
    static final List<Format> RDF = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, TRIG);
    /** What an entity IRI offers: Turtle first (for * / *), then HTML, then the other RDF formats. */
    static final List<Format> ENTITY = List.of(TURTLE, HTML, JSONLD, RDFXML, NTRIPLES, TRIG);

    private Formats() {
    }

    static Format bySuffix(String suffix, List<Format> among) {
        for (Format f : among) {
            if (f.suffix().equals(suffix)) {
                return f;
            }
        }
        return null;
    }

    /** Extra media types clients send for the same formats. */
    private static Format alias(String mediaType) {
        return switch (mediaType) {
            case "application/xhtml+xml" -> HTML;
            case "application/x-turtle" -> TURTLE;
            case "application/json" -> JSONLD;
            case "text/plain" -> NTRIPLES;
            case "application/x-trig" -> TRIG;
            default -> null;
        };
    }

    /**
     * The best offer for an Accept header, or null when nothing offered is acceptable (406). No
     * header at all means any format: the first offered.
     */
    static Format choose(String accept, List<Format> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        AcceptList wanted;
        try {
            wanted = new AcceptList(accept);
        } catch (RuntimeException e) {
            return offers.get(0);
        }
        Format best = null;
        double bestQ = 0;
        int bestExact = -1;
        for (Format f : offers) {
            for (String mt : mediaTypes(f, offers)) {
                MediaRange m = wanted.match(MediaType.create(mt));
                if (m == null || m.get_q() <= 0) {
                    continue;
                }
                double q = m.get_q();
                int exact = "*".equals(m.getType()) ? 0 : "*".equals(m.getSubType()) ? 1 : 2;
                if (best == null || q > bestQ || (q == bestQ && exact > bestExact)) {
                    best = f;
                    bestQ = q;
                    bestExact = exact;
                }
            }
        }
        return best;
    }

    private static List<String> mediaTypes(Format f, List<Format> offers) {
        List<String> out = new java.util.ArrayList<>(List.of(f.mediaType()));
        for (String a : List.of("application/xhtml+xml", "application/x-turtle", "application/json", "text/plain", "application/x-trig")) {
            if (alias(a) == f) {
                out.add(a);
            }
        }
        return out;
    }
}
