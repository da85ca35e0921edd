package org.bilateralkg.rdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import java.util.Optional;

import org.bilateralkg.reference.City;
import org.bilateralkg.reference.Concept;
import org.bilateralkg.reference.Country;
import org.bilateralkg.reference.Names;
import org.bilateralkg.reference.Organisation;
import org.bilateralkg.reference.Person;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.reference.Tenure;

/**
 * The reference data as RDF, one named graph per table: ontology, countries, organisations,
 * people (with posts and tenures), topics, roles. Each record carries dct:source.
 */
public final class ReferenceGraphWriter {
    private final Iris iris;
    private final ReferenceData ref;

    public ReferenceGraphWriter(Iris iris, ReferenceData ref) {
        this.iris = iris;
        this.ref = ref;
    }

    /** Graph name -> graph. */
    public Map<Node, Graph> graphs() {
        Map<Node, Graph> out = new LinkedHashMap<>();
        Graph ontology = GraphFactory.createDefaultGraph();
        RDFParser.source(ref.home().resolve("ontology/bkg.ttl")).base(iris.base()).parse(ontology);
        out.put(iris.graph("ontology"), ontology);
        out.put(iris.graph("reference/countries"), countries());
        out.put(iris.graph("reference/organisations"), organisations());
        out.put(iris.graph("reference/people"), people());
        out.put(iris.graph("reference/topics"), ref.topicGraph());
        out.put(iris.graph("reference/roles"), ref.roleGraph());
        for (String scheme : java.util.List.of("cameo", "plover")) {
            java.nio.file.Path file = ref.home().resolve("data/event-codes/" + scheme + ".ttl");
            if (java.nio.file.Files.isRegularFile(file)) {
                Graph g = GraphFactory.createDefaultGraph();
                RDFParser.source(file).base(iris.base()).parse(g);
                out.put(iris.graph("reference/" + scheme), g);
            }
        }
        return out;
    }

    private Graph countries() {
        GraphBuilder g = new GraphBuilder();
        for (Country c : ref.countries().values()) {
            Node n = iris.country(c.code());
            g.type(n, Vocab.Country, Vocab.schemaCountry);
            g.string(n, Vocab.isoCode, c.code());
            labels(g, n, c.names());
            c.demonyms().byLanguage().forEach((lang, l) -> l.forEach(d -> g.lang(n, Vocab.demonym, d, lang)));
            String capital = c.capital().best("en");
            Optional<City> listed = ref.capitalCity(c.code());
            if (listed.isPresent()) {
                g.add(n, Vocab.capital, iris.city(listed.get().id()));
            } else if (capital != null) {
                Node city = iris.capitalOf(c.code(), capital);
                g.type(city, Vocab.City);
                labels(g, city, c.capital());
                g.add(city, Vocab.schemaContainedInPlace, n);
                g.add(n, Vocab.capital, city);
            }
            g.string(n, Vocab.dctSource, c.source());
        }
        for (City c : ref.cities().values()) {
            Node n = iris.city(c.id());
            g.type(n, Vocab.City);
            labels(g, n, c.names());
            g.add(n, Vocab.schemaContainedInPlace, iris.country(c.country()));
            g.string(n, Vocab.dctSource, c.source());
        }
        return g.graph;
    }

    private Graph organisations() {
        GraphBuilder g = new GraphBuilder();
        for (Organisation o : ref.organisations().values()) {
            Node n = iris.organisation(o.id());
            g.type(n, Vocab.Organisation, o.kind() == Organisation.Kind.AGENCY ? Vocab.NewsAgency : Vocab.IntergovernmentalOrganisation);
            labels(g, n, o.names());
            o.members().forEach(m -> g.add(n, Vocab.member, iris.country(m)));
            if (o.country() != null) {
                g.add(n, Vocab.homeCountry, iris.country(o.country()));
            }
            g.string(n, Vocab.dctSource, o.source());
        }
        return g.graph;
    }

    private Graph people() {
        GraphBuilder g = new GraphBuilder();
        for (Person p : ref.people().values()) {
            Node n = iris.person(p.id());
            g.type(n, Vocab.Person, Vocab.foafPerson);
            labels(g, n, p.names());
            for (Tenure t : p.tenures()) {
                Node post = iris.post(t.country(), t.role());
                g.type(post, Vocab.Post, Vocab.orgPost);
                g.add(post, Vocab.postIn, iris.country(t.country()));
                g.add(post, Vocab.role, iris.role(t.role()));
                Concept role = ref.roles().get(t.role());
                Country country = ref.countries().get(t.country());
                if (role != null && country != null) {
                    for (String lang : List.of("en", "hi")) {
                        String r = role.labels().best(lang);
                        String c = country.names().best(lang);
                        g.lang(post, RDFS.label.asNode(), lang.equals("hi") ? c + " के " + r : r + " of " + c, lang);
                    }
                }
                String start = t.start() == null ? "unknown" : t.start().toString();
                Node ten = iris.tenure(p.id(), t.country(), t.role(), start);
                g.type(ten, Vocab.Tenure);
                g.add(ten, Vocab.holder, n);
                g.add(ten, Vocab.post, post);
                if (t.start() != null) {
                    g.typed(ten, Vocab.schemaStartDate, t.start().toString(), XSDDatatype.XSDdate);
                }
                if (t.end() != null) {
                    g.typed(ten, Vocab.schemaEndDate, t.end().toString(), XSDDatatype.XSDdate);
                }
                g.string(ten, Vocab.dctSource, t.source());
            }
        }
        return g.graph;
    }

    /** rdfs:label for every name; skos:prefLabel for the first of each language, skos:altLabel for the rest. */
    private static void labels(GraphBuilder g, Node n, Names names) {
        names.byLanguage().forEach((lang, list) -> {
            for (int i = 0; i < list.size(); i++) {
                g.lang(n, RDFS.label.asNode(), list.get(i), lang);
                g.lang(n, i == 0 ? SKOS.prefLabel.asNode() : SKOS.altLabel.asNode(), list.get(i), lang);
            }
        });
    }
}
