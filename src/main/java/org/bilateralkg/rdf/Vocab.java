package org.bilateralkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the project's ontology (ontology/bkg.ttl) and of the standard vocabularies it writes,
 * where Jena has no constants for them (SEM, W3C ORG, PROV-O, Web Annotation, schema.org terms).
 */
public final class Vocab {
    public static final String BKG = "https://bilateral-kg.org/ontology#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private Vocab() {
    }

    static Node bkg(String local) {
        return NodeFactory.createURI(BKG + local);
    }

    static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    // classes
    public static final Node Country = bkg("Country");
    public static final Node City = bkg("City");
    public static final Node IntergovernmentalOrganisation = bkg("IntergovernmentalOrganisation");
    public static final Node NewsAgency = bkg("NewsAgency");
    public static final Node Organisation = bkg("Organisation");
    public static final Node Person = bkg("Person");
    public static final Node Post = bkg("Post");
    public static final Node Tenure = bkg("Tenure");
    public static final Node Meeting = bkg("Meeting");
    public static final Node BilateralMeeting = bkg("BilateralMeeting");
    public static final Node Summit = bkg("Summit");
    public static final Node Call = bkg("Call");
    public static final Node Visit = bkg("Visit");
    public static final Node MultilateralEvent = bkg("MultilateralEvent");
    public static final Node Participation = bkg("Participation");
    public static final Node ReportedPost = bkg("ReportedPost");
    public static final Node Statement = bkg("Statement");
    public static final Node Commitment = bkg("Commitment");
    public static final Node Article = bkg("Article");
    public static final Node Evidence = bkg("Evidence");
    public static final Node Photo = bkg("Photo");

    // properties
    public static final Node isoCode = bkg("isoCode");
    public static final Node demonym = bkg("demonym");
    public static final Node capital = bkg("capital");
    public static final Node member = bkg("member");
    public static final Node homeCountry = bkg("homeCountry");
    public static final Node postIn = bkg("postIn");
    public static final Node role = bkg("role");
    public static final Node holder = bkg("holder");
    public static final Node post = bkg("post");
    public static final Node participant = bkg("participant");
    public static final Node participantCountry = bkg("participantCountry");
    public static final Node participation = bkg("participation");
    public static final Node agent = bkg("agent");
    public static final Node onBehalfOf = bkg("onBehalfOf");
    public static final Node inPost = bkg("inPost");
    public static final Node host = bkg("host");
    public static final Node locationCountry = bkg("locationCountry");
    public static final Node locationPlace = bkg("locationPlace");
    public static final Node durationApproximate = bkg("durationApproximate");
    public static final Node status = bkg("status");
    public static final Node onSidelinesOf = bkg("onSidelinesOf");
    public static final Node organiser = bkg("organiser");
    public static final Node cameoCode = bkg("cameoCode");
    public static final Node cameoEvent = bkg("cameoEvent");
    public static final Node ploverEvent = bkg("ploverEvent");
    public static final Node ploverType = bkg("ploverType");
    public static final Node ploverMode = bkg("ploverMode");
    public static final Node speaker = bkg("speaker");
    public static final Node madeAt = bkg("madeAt");
    public static final Node reportedBy = bkg("reportedBy");
    public static final Node topic = bkg("topic");
    public static final Node statementKind = bkg("statementKind");
    public static final Node committingCountry = bkg("committingCountry");
    public static final Node partnerCountry = bkg("partnerCountry");
    public static final Node stance = bkg("stance");
    public static final Node modality = bkg("modality");
    public static final Node expressedIn = bkg("expressedIn");
    public static final Node evidence = bkg("evidence");
    public static final Node sentenceIndex = bkg("sentenceIndex");
    public static final Node rule = bkg("rule");
    public static final Node confidence = bkg("confidence");
    public static final Node contentHash = bkg("contentHash");
    public static final Node extractorVersion = bkg("extractorVersion");
    public static final Node referenceDataVersion = bkg("referenceDataVersion");
    public static final Node report = bkg("report");
    public static final Node awaitsMerge = bkg("awaitsMerge");
    public static final Node listedIn = bkg("listedIn");
    public static final Node contents = bkg("contents");
    public static final Node directory = bkg("directory");
    public static final Node postHolder = bkg("postHolder");
    public static final Node firstReported = bkg("firstReported");
    public static final Node lastReported = bkg("lastReported");
    public static final Node articleCount = bkg("articleCount");
    public static final Node awaitsCount = bkg("awaitsCount");
    public static final Node creditedTo = bkg("creditedTo");
    public static final Node depicts = bkg("depicts");

    // standard terms
    public static final Node schemaNewsArticle = schema("NewsArticle");
    public static final Node schemaCountry = schema("Country");
    public static final Node schemaEvent = schema("Event");
    public static final Node schemaStartDate = schema("startDate");
    public static final Node schemaEndDate = schema("endDate");
    public static final Node schemaDuration = schema("duration");
    public static final Node schemaUrl = schema("url");
    public static final Node schemaHeadline = schema("headline");
    public static final Node schemaDatePublished = schema("datePublished");
    public static final Node schemaInLanguage = schema("inLanguage");
    public static final Node schemaArticleBody = schema("articleBody");
    public static final Node schemaPublisher = schema("publisher");
    public static final Node schemaContainedInPlace = schema("containedInPlace");
    public static final Node semEvent = NodeFactory.createURI(SEM + "Event");
    public static final Node foafPerson = NodeFactory.createURI(FOAF + "Person");
    public static final Node orgPost = NodeFactory.createURI(ORG + "Post");
    public static final Node provWasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");
    public static final Node oaTextQuoteSelector = NodeFactory.createURI(OA + "TextQuoteSelector");
    public static final Node oaTextPositionSelector = NodeFactory.createURI(OA + "TextPositionSelector");
    public static final Node oaExact = NodeFactory.createURI(OA + "exact");
    public static final Node oaStart = NodeFactory.createURI(OA + "start");
    public static final Node oaEnd = NodeFactory.createURI(OA + "end");
    public static final Node dctSource = NodeFactory.createURI(DCT + "source");
}
