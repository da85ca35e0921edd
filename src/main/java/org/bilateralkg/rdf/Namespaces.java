package org.bilateralkg.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prefixes every document we write uses: the vocabularies, then the entity namespaces under
 * the store's base. One list, so that exports, data pages and the VoID description agree.
 */
public final class Namespaces {
    private static final Map<String, String> VOCABULARIES = new LinkedHashMap<>();

    static {
        VOCABULARIES.put("bkg", Vocab.BKG);
        VOCABULARIES.put("schema", Vocab.SCHEMA);
        VOCABULARIES.put("sem", Vocab.SEM);
        VOCABULARIES.put("org", Vocab.ORG);
        VOCABULARIES.put("prov", Vocab.PROV);
        VOCABULARIES.put("oa", Vocab.OA);
        VOCABULARIES.put("dct", Vocab.DCT);
        VOCABULARIES.put("foaf", Vocab.FOAF);
        VOCABULARIES.put("skos", "http://www.w3.org/2004/02/skos/core#");
        VOCABULARIES.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        VOCABULARIES.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        VOCABULARIES.put("owl", "http://www.w3.org/2002/07/owl#");
        VOCABULARIES.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        VOCABULARIES.put("void", "http://rdfs.org/ns/void#");
        VOCABULARIES.put("sh", "http://www.w3.org/ns/shacl#");
    }

    /** Entity kinds under {@code <base>id/}; "org" is taken by W3C ORG, hence "idorg". */
    private static final String[] ENTITY_KINDS = {"country", "person", "org", "topic", "role", "post", "city", "meeting", "article"};

    private Namespaces() {
    }

    /** Prefix -> namespace of the vocabularies. */
    public static Map<String, String> vocabularies() {
        return Collections.unmodifiableMap(VOCABULARIES);
    }

    /** The vocabularies plus the entity namespaces and the graph namespace under {@code base}. */
    public static Map<String, String> forBase(String base) {
        Map<String, String> m = new LinkedHashMap<>(VOCABULARIES);
        for (String kind : ENTITY_KINDS) {
            m.put(kind.equals("org") ? "idorg" : kind, base + "id/" + kind + "/");
        }
        m.put("graph", base + "graph/");
        return m;
    }
}
