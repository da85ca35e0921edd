package org.bilateralkg.rdf;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every IRI of the graph under one configurable base. Entity IRIs are deterministic and
 * shared by all articles; they all contain "/id/".
 */
public record Iris(String base) {
    public Iris {
        if (!base.endsWith("/")) {
            base = base + "/";
        }
    }

    public static final String DEFAULT_BASE = "https://bilateral-kg.org/";

    public Node country(String code) {
        return uri("id/country/" + code.toUpperCase(Locale.ROOT));
    }

    /** A city of data/cities.tsv by its id ("la-vientiane"). */
    public Node city(String id) {
        return uri("id/city/" + id);
    }

    /** A capital known only from data/countries.tsv: minted the way data/cities.tsv ids are. */
    public Node capitalOf(String code, String name) {
        return city(code.toLowerCase(Locale.ROOT) + "-" + slug(name));
    }

    public Node organisation(String id) {
        return uri("id/org/" + id);
    }

    public Node person(String key) {
        return uri("id/person/" + key);
    }

    public Node post(String country, String role) {
        return uri("id/post/" + country.toLowerCase(Locale.ROOT) + "/" + role);
    }

    public Node role(String notation) {
        return uri("id/role/" + notation);
    }

    public Node topic(String notation) {
        return uri("id/topic/" + notation);
    }

    public Node cameo(String code) {
        return uri("id/cameo/" + code);
    }

    /** A PLOVER event type ("CONSULT"), or with a mode its mode ("CONSULT/phone"). */
    public Node plover(String type, String mode) {
        return uri("id/plover/" + type + (mode == null ? "" : "/" + mode));
    }

    public Node tenure(String person, String country, String role, String start) {
        return uri("id/tenure/" + person + "/" + country.toLowerCase(Locale.ROOT) + "-" + role + "-" + start);
    }

    public Node article(String id) {
        return uri("id/article/" + id);
    }

    /** A fact reported by an article: {@code <article>/meeting/1}. */
    public Node fact(Node article, String kind, int n) {
        return NodeFactory.createURI(article.getURI() + "/" + kind + "/" + n);
    }

    /** The article that reported a fact minted by {@link #fact}, or null when the IRI is not such a fact. */
    public Node articleOfFact(Node fact) {
        if (!fact.isURI() || !fact.getURI().startsWith(articlePrefix())) {
            return null;
        }
        String u = fact.getURI();
        int kind = u.indexOf('/', articlePrefix().length());
        return kind < 0 ? null : NodeFactory.createURI(u.substring(0, kind));
    }

    public Node canonicalMeeting(String key) {
        return uri("id/meeting/" + key);
    }

    public Node graph(String path) {
        return uri("graph/" + path);
    }

    public String articlePrefix() {
        return base + "id/article/";
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }

    static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String out = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return out.isEmpty() ? "x" : out;
    }
}
