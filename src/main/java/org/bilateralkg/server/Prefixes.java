package org.bilateralkg.server;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;
import org.bilateralkg.rdf.Vocab;

/** The prefixes used in data documents and to name IRIs that have no label. */
final class Prefixes {
    static final Map<String, String> STANDARD = new LinkedHashMap<>();

    static {
        STANDARD.put("bkg", Vocab.BKG);
        STANDARD.put("schema", Vocab.SCHEMA);
        STANDARD.put("sem", Vocab.SEM);
        STANDARD.put("org", Vocab.ORG);
        STANDARD.put("prov", Vocab.PROV);
        STANDARD.put("oa", Vocab.OA);
        STANDARD.put("dct", Vocab.DCT);
        STANDARD.put("foaf", Vocab.FOAF);
        STANDARD.put("skos", "http://www.w3.org/2004/02/skos/core#");
        STANDARD.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        STANDARD.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        STANDARD.put("owl", "http://www.w3.org/2002/07/owl#");
        STANDARD.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        STANDARD.put("void", "http://rdfs.org/ns/void#");
        STANDARD.put("sh", "http://www.w3.org/ns/shacl#");
    }

    private Prefixes() {
    }

    /** The standard prefixes plus the entity namespaces under {@code <base>id/}. */
    static PrefixMapping mapping(String idPrefix) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        STANDARD.forEach(pm::setNsPrefix);
        for (String kind : new String[]{"country", "person", "org", "topic", "role", "post", "city", "meeting", "article"}) {
            pm.setNsPrefix(kind.equals("org") ? "idorg" : kind, idPrefix + kind + "/");
        }
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
