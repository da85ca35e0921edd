package org.bilateralkg.server;

import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.bilateralkg.rdf.Namespaces;

/** The prefixes used in data documents and to name IRIs that have no label. */
final class Prefixes {
    private static final Map<String, String> STANDARD = Namespaces.vocabularies();

    private Prefixes() {
    }

    /** The standard prefixes plus the entity namespaces under {@code <base>id/}. */
    static PrefixMapping mapping(String idPrefix) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        Namespaces.forBase(idPrefix.substring(0, idPrefix.length() - "id/".length())).forEach(pm::setNsPrefix);
        return pm;
    }

    /** {@code bkg:speaker} for a known namespace, else the last segment of the IRI. */
    static String shortForm(String iri) {
        for (Map.Entry<String, String> e : STANDARD.entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()) {
                return e.getKey() + ":" + iri.substring(e.getValue().length());
            }
        }
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) {
            s = s.substring(0, s.length() - 1);
        }
        int i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String tail = i >= 0 && i < s.length() - 1 ? s.substring(i + 1) : s;
        if (tail.matches("[0-9a-f]{16}") && s.substring(0, i).endsWith("/article")) {
            return "article " + tail;
        }
        if (tail.matches("[0-9]+") && i > 0) {
            // <article>/statement/5 reads as "statement 5"
            String head = s.substring(0, i);
            int j = Math.max(head.lastIndexOf('/'), head.lastIndexOf('#'));
            String kind = j >= 0 ? head.substring(j + 1) : head;
            if (!kind.isEmpty() && !kind.contains(":")) {
                return kind + " " + tail;
            }
        }
        return tail.isEmpty() ? iri : tail;
    }
}
