package org.bilateralkg.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.vocabulary.RDFS;
import org.bilateralkg.extract.Commitment;
import org.bilateralkg.extract.Evidence;
import org.bilateralkg.extract.Extraction;
import org.bilateralkg.extract.Meeting;
import org.bilateralkg.extract.MultilateralEvent;
import org.bilateralkg.extract.Participant;
import org.bilateralkg.extract.PersonRef;
import org.bilateralkg.extract.Photo;
import org.bilateralkg.extract.Statement;
import org.bilateralkg.ingest.Article;
import org.bilateralkg.reference.ReferenceData;

/**
 * Turns one {@link Extraction} into the article's named graph: the article itself (with its full
 * stored text), what it reports, and an evidence node (exact quote, code-point offsets, rule) for
 * every fact. Plain RDF nodes only, so every standard parser reads it.
 */
public final class ArticleGraphWriter {
    private final Iris iris;
    private final ReferenceData ref;

    public ArticleGraphWriter(Iris iris, ReferenceData ref) {
        this.iris = iris;
        this.ref = ref;
    }

    /** The article's IRI, which also names its graph. */
    public Node articleIri(Article a) {
        return iris.article(a.id());
    }

    public Graph write(Extraction x) {
        return new Run(x).write();
    }

    /** State of one write; discarded afterwards. */
    private final class Run {
        final Extraction x;
        final Article a;
        final Node article;
        final GraphBuilder g = new GraphBuilder();
        final Map<String, Node> evidenceNodes = new HashMap<>();
        final String text;

        Run(Extraction x) {
            this.x = x;
            this.a = x.article();
            this.article = articleIri(a);
            this.text = a.text();
        }

        Graph write() {
            article();
            people();
            events();
            meetings();
            statements();
            commitments();
            photos();
            SectionIndex.addEntries(iris, g.graph, SectionIndex.Scope.ARTICLE, article);
            return g.graph;
        }

        void article() {
            g.type(article, Vocab.Article, Vocab.schemaNewsArticle);
            g.string(article, Vocab.schemaArticleBody, text);
            g.string(article, Vocab.contentHash, a.contentHash());
            g.string(article, Vocab.extractorVersion, x.extractorVersion());
            g.string(article, Vocab.referenceDataVersion, ref.version());
            g.string(article, Vocab.schemaInLanguage, x.language());
            g.string(article, Vocab.schemaHeadline, a.title());
            g.string(article, Vocab.schemaPublisher, a.source());
            if (a.published() != null) {
                g.typed(article, Vocab.schemaDatePublished, a.published().toString(), XSDDatatype.XSDdate);
            }
            if (a.url() != null && !a.url().isBlank()) {
                String url = a.url().strip();
                if (isAbsoluteIri(url)) {
                    g.add(article, Vocab.schemaUrl, NodeFactory.createURI(url));
                } else {
                    g.typed(article, Vocab.schemaUrl, url, XSDDatatype.XSDanyURI);
                }
            }
        }

        boolean isAbsoluteIri(String s) {
            try {
                return IRIx.create(s).isAbsolute();
            } catch (IRIException e) {
                return false;
            }
        }

        void people() {
            for (PersonRef p : x.people()) {
                Node person = iris.person(p.key());
                g.type(person, Vocab.Person, Vocab.foafPerson);
                for (String n : p.namesSeen()) {
                    g.lang(person, RDFS.label.asNode(), n, x.language());
                }
                if (p.country() != null && p.role() != null) {
                    Node post = iris.post(p.country(), p.role());
                    g.type(post, Vocab.Post, Vocab.orgPost);
                    g.add(post, Vocab.postIn, iris.country(p.country()));
                    g.add(post, Vocab.role, iris.role(p.role()));
                }
            }
        }

        void events() {
            for (MultilateralEvent e : x.events()) {
                Node ev = iris.fact(article, "event", e.index() + 1);
                g.type(ev, Vocab.MultilateralEvent, Vocab.semEvent);
                g.lang(ev, RDFS.label.asNode(), e.label(), e.labelLang());
                g.add(ev, Vocab.organiser, iris.organisation(e.organiser()));
                provenance(ev, List.of(e.evidence()));
            }
        }

        void meetings() {
            for (Meeting m : x.meetings()) {
                Node mt = meetingIri(m.index());
                g.type(mt, Vocab.Meeting, Vocab.semEvent, Vocab.schemaEvent);
                switch (m.type()) {
                    case "bilateral" -> g.type(mt, Vocab.BilateralMeeting);
                    case "summit" -> g.type(mt, Vocab.Summit);
                    case "call" -> g.type(mt, Vocab.Call);
                    case "visit" -> g.type(mt, Vocab.Visit);
                    default -> { }
                }
                g.lang(mt, RDFS.label.asNode(), label(m), "en");
                g.string(mt, Vocab.status, m.status());
                if (m.date() != null) {
                    g.typed(mt, Vocab.schemaStartDate, m.date().lexical(),
                            m.date().isFull() ? XSDDatatype.XSDdate : XSDDatatype.XSDgMonthDay);
                }
                if (m.locationCountry() != null) {
                    g.add(mt, Vocab.locationCountry, iris.country(m.locationCountry()));
                }
                if (m.locationCity() != null) {
                    g.add(mt, Vocab.locationPlace, iris.city(m.locationCity()));
                }
                if (m.duration() != null) {
                    g.typed(mt, Vocab.schemaDuration, m.duration(), XSDDatatype.XSDduration);
                    g.bool(mt, Vocab.durationApproximate, m.durationApproximate());
                }
                if (m.eventIndex() != null) {
                    g.add(mt, Vocab.onSidelinesOf, iris.fact(article, "event", m.eventIndex() + 1));
                }
                if (m.host() != null) {
                    g.add(mt, Vocab.host, iris.country(m.host()));
                }
                eventCodes(mt, m.cameo());
                g.string(mt, Vocab.ploverType, m.ploverType());
                g.string(mt, Vocab.ploverMode, m.ploverMode());
                g.add(mt, Vocab.ploverEvent, iris.plover(m.ploverType(), m.ploverMode()));
                for (String c : m.countries()) {
                    g.add(mt, Vocab.participantCountry, iris.country(c));
                }
                int n = 0;
                for (Participant p : m.participants()) {
                    Node person = agent(p.personKey());
                    g.add(mt, Vocab.participant, person);
                    Node part = NodeFactory.createURI(mt.getURI() + "/participation/" + (++n));
                    g.type(part, Vocab.Participation);
                    g.add(mt, Vocab.participation, part);
                    g.add(part, Vocab.agent, person);
                    if (p.country() != null) {
                        g.add(part, Vocab.onBehalfOf, iris.country(p.country()));
                        if (p.role() != null) {
                            g.add(part, Vocab.inPost, iris.post(p.country(), p.role()));
                        }
                    }
                    evidence(part, p.evidence());
                }
                provenance(mt, m.evidence());
            }
        }

        String label(Meeting m) {
            String kind = switch (m.type()) {
                case "bilateral" -> "Bilateral meeting";
                case "call" -> "Call";
                case "visit" -> "Visit";
                case "summit" -> "Summit";
                default -> "Meeting";
            };
            String who = String.join("–", m.countries());
            return kind + " " + who + (m.date() != null ? ", " + m.date().lexical() : "");
        }

        void statements() {
            for (Statement s : x.statements()) {
                Node st = iris.fact(article, "statement", s.index() + 1);
                g.type(st, Vocab.Statement);
                g.add(st, Vocab.speaker, agent(s.speakerKey()));
                if (s.country() != null) {
                    g.add(st, Vocab.onBehalfOf, iris.country(s.country()));
                }
                if (s.meetingIndex() != null) {
                    g.add(st, Vocab.madeAt, meetingIri(s.meetingIndex()));
                }
                if (s.reportedBy() != null) {
                    g.add(st, Vocab.reportedBy, iris.organisation(s.reportedBy()));
                }
                for (String t : s.topics()) {
                    g.add(st, Vocab.topic, iris.topic(t));
                }
                g.string(st, Vocab.statementKind, s.kind());
                eventCodes(st, s.cameo());
                provenance(st, List.of(s.evidence()));
            }
        }

        void commitments() {
            for (Commitment c : x.commitments()) {
                Node cm = iris.fact(article, "commitment", c.index() + 1);
                g.type(cm, Vocab.Commitment);
                g.add(cm, Vocab.committingCountry, iris.country(c.country()));
                if (c.partner() != null) {
                    g.add(cm, Vocab.partnerCountry, iris.country(c.partner()));
                }
                if (c.topic() != null) {
                    g.add(cm, Vocab.topic, iris.topic(c.topic()));
                }
                g.string(cm, Vocab.stance, c.stance());
                g.string(cm, Vocab.modality, c.modality());
                g.add(cm, Vocab.speaker, agent(c.speakerKey()));
                g.add(cm, Vocab.expressedIn, iris.fact(article, "statement", c.statementIndex() + 1));
                eventCodes(cm, "030");
                provenance(cm, c.evidence());
            }
        }

        void photos() {
            for (Photo p : x.photos()) {
                Node ph = iris.fact(article, "photo", p.index() + 1);
                g.type(ph, Vocab.Photo);
                g.add(ph, Vocab.creditedTo, iris.organisation(p.creditedTo()));
                if (p.meetingIndex() != null) {
                    g.add(ph, Vocab.depicts, meetingIri(p.meetingIndex()));
                }
                provenance(ph, List.of(p.evidence()));
            }
        }

        /**
         * A person; for officials the article names only by post ("post:CN:spokesperson") the post,
         * which stands for whoever held it; for a ministry or government speaking ("country:CN") the
         * country.
         */
        Node agent(String key) {
            if (key.startsWith("country:")) {
                return iris.country(key.substring("country:".length())); // a country speaking as an institution
            }
            if (key.startsWith("post:")) {
                String[] f = key.split(":", 3);
                Node post = iris.post(f[1], f[2]);
                g.type(post, Vocab.Post, Vocab.orgPost);
                g.add(post, Vocab.postIn, iris.country(f[1]));
                g.add(post, Vocab.role, iris.role(f[2]));
                return post;
            }
            return iris.person(key);
        }

        /** The CAMEO code as a string (leading zeros kept) and as the concept of data/event-codes/cameo.ttl. */
        void eventCodes(Node fact, String cameo) {
            g.string(fact, Vocab.cameoCode, cameo);
            g.add(fact, Vocab.cameoEvent, iris.cameo(cameo));
            // PLOVER treats plain statements (CAMEO 01) as no event; intents and requests are.
            String plover = cameo.startsWith("03") ? "AGREE" : cameo.startsWith("02") || cameo.startsWith("10") ? "REQUEST" : null;
            if (plover != null) {
                g.string(fact, Vocab.ploverType, plover);
                g.add(fact, Vocab.ploverEvent, iris.plover(plover, null));
            }
        }

        Node meetingIri(int index) {
            return iris.fact(article, "meeting", index + 1);
        }

        void provenance(Node fact, List<Evidence> evidence) {
            g.add(fact, Vocab.provWasDerivedFrom, article);
            evidence.forEach(e -> evidence(fact, e));
        }

        void evidence(Node fact, Evidence e) {
            String key = e.start() + ":" + e.end() + ":" + e.rule();
            Node ev = evidenceNodes.get(key);
            if (ev == null) {
                ev = iris.fact(article, "evidence", evidenceNodes.size() + 1);
                evidenceNodes.put(key, ev);
                g.type(ev, Vocab.Evidence, Vocab.oaTextQuoteSelector, Vocab.oaTextPositionSelector);
                g.string(ev, Vocab.oaExact, e.exact());
                // Offsets count Unicode code points, as the Web Annotation model does.
                g.nonNegative(ev, Vocab.oaStart, text.codePointCount(0, e.start()));
                g.nonNegative(ev, Vocab.oaEnd, text.codePointCount(0, e.end()));
                g.integer(ev, Vocab.sentenceIndex, e.sentence());
                g.string(ev, Vocab.rule, e.rule());
                g.decimal(ev, Vocab.confidence, e.confidence());
                g.add(ev, Vocab.provWasDerivedFrom, article);
            }
            g.add(fact, Vocab.evidence, ev);
        }
    }
}
