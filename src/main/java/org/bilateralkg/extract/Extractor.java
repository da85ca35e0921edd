package org.bilateralkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bilateralkg.ingest.Article;
import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.text.Document;
import org.bilateralkg.text.SentenceSplitter;

/**
 * Article + reference data -> {@link Extraction}. A pure function: it keeps no state between calls
 * and shares only immutable reference data, so any number of threads (or a distributed engine)
 * can run it.
 */
public final class Extractor {
    /** Bumped whenever the rules change, so re-ingest replaces graphs an older extractor made. */
    public static final String VERSION = "0.4.0";
    static final Set<String> SUPPORTED = Set.of("hi", "en");

    private final ReferenceData ref;
    private final SentenceSplitter splitter;

    public Extractor(ReferenceData ref) {
        this.ref = ref;
        this.splitter = new SentenceSplitter(ref.textConventions());
    }

    /** Reference phrases in the tokens, plus, in Hindi, people known only by English names, found by sound. */
    private List<Match> dictionaryMatches(List<org.bilateralkg.text.Token> tokens, String lang) {
        List<Match> found = ref.gazetteer().findAll(tokens);
        if (!lang.equals("hi")) {
            return found;
        }
        List<Match> byName = ref.transliteratedNames().find(tokens, found);
        if (byName.isEmpty()) {
            return found;
        }
        List<Match> all = new ArrayList<>(found);
        all.addAll(byName);
        return all;
    }

    public Extraction extract(Article article) {
        String lang = article.language() == null || article.language().equals("auto")
                ? ref.languages().identify(article.text()) : article.language();
        if (!SUPPORTED.contains(lang)) {
            return new Extraction(article, lang, false, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), VERSION);
        }
        Document doc = splitter.split(article.text());
        List<AnnotatedSentence> sentences = new ArrayList<>();
        doc.sentences().forEach(s -> sentences.add(new AnnotatedSentence(s, dictionaryMatches(s.tokens(), lang), lang)));
        Place dateline = sentences.isEmpty() ? null : new PlaceFinder(ref).dateline(sentences.get(0));
        if (dateline != null) {
            // The dateline's date is the filing date and its agency the wire: neither is a fact of the story.
            AnnotatedSentence first = sentences.get(0);
            List<Match> rest = dictionaryMatches(first.tokens, lang).stream().filter(m -> m.from() >= dateline.to()).toList();
            sentences.set(0, new AnnotatedSentence(first.sentence, rest, lang));
        }

        LocalDate published = article.published();
        ArticleState state = new ArticleState(ref, article.text(), lang, published,
                dateline == null ? null : dateline.country());
        PersonResolver persons = new PersonResolver(state);
        MeetingExtractor meetingsX = new MeetingExtractor(state, published, dateline);
        List<List<PersonMention>> mentions = new ArrayList<>();
        for (AnnotatedSentence s : sentences) {
            List<PersonMention> m = persons.resolve(s);
            mentions.add(m);
            meetingsX.sentence(s, m);
        }
        Map<Integer, Integer> meetingOfSentence = new HashMap<>();
        List<Meeting> meetings = meetingsX.meetings(meetingOfSentence);

        StatementExtractor statementsX = new StatementExtractor(state, meetings, meetingOfSentence);
        for (int i = 0; i < sentences.size(); i++) {
            statementsX.sentence(sentences.get(i), mentions.get(i));
        }
        List<Photo> photos = photos(sentences, article.text(), meetingOfSentence);
        return new Extraction(article, lang, true, state.people(), List.copyOf(meetingsX.events), meetings,
                List.copyOf(statementsX.statements), List.copyOf(statementsX.commitments), photos, VERSION);
    }

    /** "(स्रोत: एएफपी)", "(Photo: AFP)": the agency credited in a caption, and the meeting it shows. */
    private static List<Photo> photos(List<AnnotatedSentence> sentences, String text, Map<Integer, Integer> meetingOfSentence) {
        List<Photo> out = new ArrayList<>();
        for (AnnotatedSentence s : sentences) {
            if (!s.sentence.caption()) {
                continue;
            }
            for (Match credit : s.of(EntryKind.PHOTO_CREDIT)) {
                for (Match agency : s.of(EntryKind.AGENCY)) {
                    if (agency.from() > credit.from() && agency.from() <= credit.to() + 2) {
                        Integer meeting = meetingOfParagraph(sentences, s, meetingOfSentence);
                        out.add(new Photo(out.size(), agency.value(), meeting,
                                s.evidence(text, credit.from(), agency.to(), "photo:credit", 0.9)));
                    }
                }
            }
        }
        return out;
    }

    /** A caption's credit often stands in a sentence of its own: the photo shows the caption's meeting. */
    private static Integer meetingOfParagraph(List<AnnotatedSentence> sentences, AnnotatedSentence credit,
                                              Map<Integer, Integer> meetingOfSentence) {
        for (AnnotatedSentence s : sentences) {
            if (s.sentence.paragraph() == credit.sentence.paragraph() && meetingOfSentence.containsKey(s.sentence.index())) {
                return meetingOfSentence.get(s.sentence.index());
            }
        }
        return null;
    }
}
