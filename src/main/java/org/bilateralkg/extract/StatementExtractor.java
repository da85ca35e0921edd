package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;

/**
 * Reported speech and the commitments inside it.
 * <ul>
 * <li>A statement needs a speech or attribution cue ("said", "ने कहा कि", "के अनुसार") and a speaker:
 *     the person next to the cue (not the one spoken to: "वाजपेयी को"), or "he"/"उन्होंने", "the
 *     official", "it" (an institution) for the last speaker. A news agency in the
 *     attribution ("according to Xinhua") is who reported it, and keeps reporting the same speaker's
 *     following statements until someone else speaks.</li>
 * <li>A sentence right after a statement, with no cue and nobody new in it, continues that statement.</li>
 * <li>Commitments inside the reported words, and agreements the article narrates itself, are found by
 *     {@link CommitmentFinder}: "X should ..." is an appeal, and retrospective claims ("have
 *     maintained") are statements, never commitments.</li>
 * </ul>
 */
final class StatementExtractor {
    private final ArticleState state;
    private final MeetingContext meetings;
    private final CommitmentFinder commitmentFinder;
    final List<Statement> statements = new ArrayList<>();
    final List<Commitment> commitments = new ArrayList<>();
    private Statement last;
    private int lastSentence = -10;

    StatementExtractor(ArticleState state, List<Meeting> meetings, Map<Integer, Integer> meetingOfSentence) {
        this.state = state;
        this.meetings = new MeetingContext(meetings, meetingOfSentence);
        this.commitmentFinder = new CommitmentFinder(new SubjectFinder(this.meetings));
    }

    void sentence(AnnotatedSentence s, List<PersonMention> persons) {
        if (s.sentence.caption()) {
            return;
        }
        int idx = s.sentence.index();
        Attribution a = attribution(s, persons);
        if (a == null && narratedAgreement(s, persons)) {
            return;
        }
        if (a == null) {
            boolean continues = last != null && lastSentence == idx - 1 && persons.isEmpty()
                    && !meetings.reportedIn(idx);
            if (continues) {
                add(s, last.speakerKey(), last.country(), last.reportedBy(), last.meetingIndex(), 0, s.size(),
                        "statement:continuation", 0.7);
            }
            return;
        }
        for (String speaker : a.speakers) {
            String reportedBy = a.agency;
            Integer meeting = atMeeting(s, speaker);
            if (last != null && last.speakerKey().equals(speaker)) {
                reportedBy = reportedBy != null ? reportedBy : last.reportedBy();
                meeting = meeting != null ? meeting : last.meetingIndex();
            }
            add(s, speaker, countryOf(speaker), reportedBy, meeting, a.clauseFrom, a.clauseTo, a.rule, 0.85);
        }
    }

    /** Speakers are people, posts ("post:CN:spokesperson") or countries speaking as institutions ("country:CN"). */
    private String countryOf(String speaker) {
        if (speaker.startsWith(COUNTRY)) {
            return speaker.substring(COUNTRY.length());
        }
        ArticleState.PersonBuilder p = state.person(speaker);
        return p == null ? null : p.country;
    }

    static final String COUNTRY = "country:";

    /**
     * An agreement the article itself reports, with no one quoted: "Both sides agreed to ...",
     * "The Philippines and China agreed to ...", "Lula and Fernandez agreed to ...", "दोनों पक्षों ने
     * ... पर सहमति जताई". Each party commits for itself; the party's participant in the meeting (else
     * the country) is the speaker.
     */
    private boolean narratedAgreement(AnnotatedSentence s, List<PersonMention> persons) {
        CommitmentFinder.Agreement agreement = commitmentFinder.narrated(s, persons);
        if (agreement == null) {
            return false;
        }
        Meeting meeting = meetings.meetingFor(s);
        SubjectFinder.Subject subj = agreement.subject();
        for (String country : subj.countries()) {
            String speaker = COUNTRY + country;
            if (meeting != null) {
                for (Participant p : meeting.participants()) {
                    if (country.equals(p.country())) {
                        speaker = p.personKey();
                        break;
                    }
                }
            }
            int index = statements.size();
            Set<String> notations = new LinkedHashSet<>();
            Set<String> seen = new LinkedHashSet<>();
            for (CommitmentFinder.Intent in : agreement.intents()) {
                if (!in.countries().contains(country)) {
                    continue;
                }
                TopicFinder.TopicHit t = in.topic();
                if (!seen.add(t == null ? "" : t.notation())) {
                    continue;
                }
                if (t != null) {
                    notations.add(t.notation());
                }
                commitments.add(commitment(s, in, speaker, index, "commitment:" + s.lang + ":agreement", 0.75));
            }
            Statement st = new Statement(index, speaker, country, meeting == null ? null : meeting.index(), null,
                    List.copyOf(notations), "statement", "030",
                    s.wholeSentence(state.text, "statement:" + s.lang + ":agreement", 0.7));
            statements.add(st);
        }
        last = null; // an agreement is nobody's speech: the next sentence does not continue it
        return !subj.countries().isEmpty();
    }

    private Commitment commitment(AnnotatedSentence s, CommitmentFinder.Intent in, String speaker, int statementIndex,
                                  String rule, double confidence) {
        TopicFinder.TopicHit t = in.topic();
        List<Evidence> ev = new ArrayList<>();
        ev.add(s.wholeSentence(state.text, rule, confidence));
        if (t != null) {
            ev.add(s.evidence(state.text, t.from(), t.to(), "topic-cue:" + t.notation(), 0.8));
        }
        return new Commitment(commitments.size(), in.countries().get(0), in.partner(), t == null ? null : t.notation(),
                t == null ? "support" : t.stance(), in.cue().value(), speaker, statementIndex, List.copyOf(ev));
    }

    /** Who speaks in this sentence, who reports it, and where the reported clause lies. */
    private record Attribution(List<String> speakers, String agency, int clauseFrom, int clauseTo, String rule) {
    }

    private Attribution attribution(AnnotatedSentence s, List<PersonMention> persons) {
        String agency = null;
        String speaker = null;
        int clauseFrom = 0;
        int clauseTo = s.size();
        String rule = null;
        for (Match m : s.of(EntryKind.ATTRIBUTION)) {
            // Hindi: "X के अनुसार"; English: "according to X".
            int at = s.isHindi() ? m.from() : m.to() + (s.startingAt(EntryKind.DETERMINER, m.to(), "the") != null ? 1 : 0);
            Match ag = s.isHindi() ? s.endingAt(EntryKind.AGENCY, at) : s.startingAt(EntryKind.AGENCY, at);
            if (ag != null) {
                agency = ag.value();
                clauseFrom = Math.max(clauseFrom, Math.max(ag.to(), m.to()));
                continue;
            }
            for (PersonMention p : persons) {
                if (s.isHindi() ? p.to() == at : p.from() == at) {
                    speaker = p.key();
                    clauseFrom = Math.max(clauseFrom, Math.max(p.to(), m.to()));
                    rule = "statement:" + s.lang + ":according-to";
                }
            }
        }
        if (speaker == null) {
            for (Match cue : s.of(EntryKind.SPEECH)) {
                PersonMention p = speakerNear(s, persons, cue);
                if (p != null) {
                    speaker = p.key();
                    rule = "statement:" + s.lang + ":speech-verb";
                    int[] c = clause(s, p.from(), cue);
                    clauseFrom = Math.max(clauseFrom, c[0]);
                    clauseTo = Math.min(clauseTo, c[1]);
                    break;
                }
                Match pron = pronounBefore(s, cue);
                if (pron == null) {
                    pron = definiteSpeakerNear(s, cue);
                }
                if (pron != null && last != null) {
                    speaker = last.speakerKey();
                    rule = "statement:" + s.lang + ":pronoun";
                    int[] c = clause(s, pron.from(), cue);
                    clauseFrom = Math.max(clauseFrom, c[0]);
                    clauseTo = Math.min(clauseTo, c[1]);
                    break;
                }
            }
        }
        List<String> speakers = speaker != null ? List.of(speaker) : List.of();
        if (speaker == null) {
            for (Match cue : s.of(EntryKind.SPEECH)) {
                Institution inst = institutionNear(s, cue);
                if (inst != null) {
                    speakers = inst.countries().stream().map(c -> COUNTRY + c).toList();
                    rule = "statement:" + s.lang + ":institution";
                    int[] c = clause(s, inst.from(), cue);
                    clauseFrom = Math.max(clauseFrom, c[0]);
                    clauseTo = Math.min(clauseTo, c[1]);
                    break;
                }
            }
        }
        if (speakers.isEmpty()) {
            return null;
        }
        for (Match c : s.of(EntryKind.COMPLEMENTIZER)) {
            if (c.from() >= clauseFrom - 1 && c.from() < clauseTo && c.from() <= clauseFrom + 6) {
                clauseFrom = c.to();
                break;
            }
        }
        if (clauseFrom < s.size() && s.norm(clauseFrom).equals(",")) {
            clauseFrom++;
        }
        return new Attribution(speakers, agency, Math.min(clauseFrom, clauseTo), clauseTo, rule);
    }

    /** Countries speaking as institutions, at tokens {@code [from, to)}. */
    private record Institution(List<String> countries, int from, int to) {
    }

    /**
     * "the Indian foreign ministry said", "चीन के विदेश मंत्रालय ने कहा", "China said", "the two
     * governments said in a joint statement", "they said": a country (or both parties) speaking.
     */
    private Institution institutionNear(AnnotatedSentence s, Match cue) {
        for (int end = cue.from(); end >= Math.max(1, cue.from() - 3); end--) {
            Match ministry = s.endingAt(EntryKind.MINISTRY, end);
            if (ministry != null) {
                Match q = s.endingAt(EntryKind.DEMONYM, ministry.from());
                if (q == null) {
                    q = s.endingAt(EntryKind.COUNTRY, ministry.from());
                }
                if (q == null && ministry.from() >= 2 && s.covers(EntryKind.POSTPOSITION, ministry.from() - 1)) {
                    q = s.endingAt(EntryKind.COUNTRY, ministry.from() - 1);
                }
                if (q == null && ministry.from() >= 3 && s.norm(ministry.from() - 1).equals("s")) {
                    q = s.endingAt(EntryKind.COUNTRY, ministry.from() - 2);
                }
                if (q != null) {
                    return new Institution(List.of(q.value()), q.from(), ministry.to());
                }
                Optional<String> home = state.ref.pressHome(s.lang);
                if (home.isPresent()) {
                    return new Institution(List.of(home.get()), ministry.from(), ministry.to()); // "विदेश मंत्रालय ने कहा"
                }
            }
            Match inst = s.endingAt(EntryKind.INSTITUTION, end);
            if (inst != null) {
                Match q = s.endingAt(EntryKind.DEMONYM, inst.from());
                if (q == null && inst.from() >= 2 && s.covers(EntryKind.POSTPOSITION, inst.from() - 1)) {
                    q = s.endingAt(EntryKind.COUNTRY, inst.from() - 1);
                }
                for (int gap = 0; q == null && !s.isHindi() && gap <= 2 && inst.from() - gap >= 3; gap++) {
                    int at = inst.from() - gap; // "Egypt's water resources ministry said"
                    if (s.norm(at - 1).equals("s") && s.norm(at - 2).equals("'")) {
                        q = s.endingAt(EntryKind.COUNTRY, at - 2);
                    }
                }
                if (q != null) {
                    return new Institution(List.of(q.value()), q.from(), inst.to());
                }
            }
            for (EntryKind k : new EntryKind[]{EntryKind.COUNTRY, EntryKind.CAPITAL}) {
                Match c = s.endingAt(k, end);
                if (c != null && SubjectFinder.isSubjectPosition(s, c)) {
                    return new Institution(List.of(c.value()), c.from(), c.to());
                }
            }
            Match both = s.endingAt(EntryKind.BOTH_SIDES, end);
            if (both == null) {
                both = s.endingAt(EntryKind.PLURAL_PRONOUN, end);
            }
            if (both != null) {
                Meeting m = meetings.pairMeetingFor(s);
                if (m != null && m.countries().size() >= 2) {
                    return new Institution(m.countries(), both.from(), both.to());
                }
            }
        }
        return null;
    }

    /**
     * Where the reported words lie, as {@code [from, to)}, for a speaker starting at token
     * {@code speaker} and its speech verb: "\"...,\" Jaishankar said", "..., said Lavrov",
     * "..., Prabowo told a joint news conference.", "Lavrov said that ...", "..., Lavrov said."
     */
    private static int[] clause(AnnotatedSentence s, int speaker, Match cue) {
        int quoteEnd = closingQuoteBefore(s, Math.min(speaker, cue.from()));
        if (quoteEnd > 0) {
            return new int[]{0, quoteEnd};
        }
        if (speaker >= cue.to()) {
            return new int[]{0, cue.from()};
        }
        if (trailingAttribution(s, speaker, cue)) {
            return new int[]{0, speaker - 1};
        }
        if (cue.to() < s.size() - 1) {
            return new int[]{cue.to(), s.size()};
        }
        return new int[]{0, speaker};
    }

    /** "..., Kishida told a joint news conference.": the speaker follows a comma and nothing is reported after the verb. */
    private static boolean trailingAttribution(AnnotatedSentence s, int speaker, Match cue) {
        if (s.isHindi() || speaker < 2 || !s.norm(speaker - 1).equals(",")) {
            return false;
        }
        for (int i = cue.to(); i < s.size(); i++) {
            if (s.covers(EntryKind.COMPLEMENTIZER, i) || s.covers(EntryKind.COMMIT, i) || isQuote(s.norm(i))) {
                return false;
            }
        }
        return true;
    }

    /** Index of a closing quotation mark before {@code before}, when the sentence opens with a quote; else 0. */
    private static int closingQuoteBefore(AnnotatedSentence s, int before) {
        if (s.size() == 0 || !isQuote(s.norm(0))) {
            return 0;
        }
        for (int i = before - 1; i > 0; i--) {
            if (isQuote(s.norm(i))) {
                return i;
            }
        }
        return 0;
    }

    private static boolean isQuote(String norm) {
        return norm.equals("\"") || norm.equals("'");
    }

    /** The person right before the speech verb (Hindi "X ने कहा", English "X said"), or right after ("said X"). */
    private static PersonMention speakerNear(AnnotatedSentence s, List<PersonMention> persons, Match cue) {
        PersonMention best = null;
        for (PersonMention p : persons) {
            if (p.to() <= cue.from() && cue.from() - p.to() <= 3 && !addressee(s, p)) {
                best = p;
            }
        }
        if (best == null && !s.isHindi()) {
            for (PersonMention p : persons) {
                if (p.from() >= cue.to() && p.from() - cue.to() <= 1) {
                    return p;
                }
            }
            // "Zelenskiy, whose country was not invited to the talks, said ...": a parenthetical between
            for (PersonMention p : persons) {
                if (p.to() < cue.from() && s.norm(p.to()).equals(",") && s.norm(cue.from() - 1).equals(",")
                        && cue.from() - p.to() <= MAX_PARENTHETICAL && noCommaBetween(s, p.to() + 1, cue.from() - 1)) {
                    best = p;
                }
            }
        }
        if (best == null && s.isHindi()) {
            // "X ने इस बात की पुष्टि की": the ergative subject may stand further from the verb. "ने" stays a
            // literal: a person mention may be made of plain tokens inside a dateline, whose matches are dropped.
            for (PersonMention p : persons) {
                if (p.to() <= cue.from() && s.norm(p.to()).equals("ने")) {
                    best = p;
                }
            }
        }
        return best;
    }

    private static final int MAX_PARENTHETICAL = 14;

    /** "मुशर्रफ ने वाजपेयी को आश्वासन दिया": the person marked by a postposition other than "ने" is spoken to. */
    private static boolean addressee(AnnotatedSentence s, PersonMention p) {
        Match post = s.isHindi() ? s.startingAt(EntryKind.POSTPOSITION, p.to()) : null;
        return post != null && !post.value().equals(SubjectFinder.ERGATIVE);
    }

    private static boolean noCommaBetween(AnnotatedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.norm(i).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the official said", "the ministry said", "said the spokesman", "It accused ...": a definite
     * mention of someone already speaking. "it" stands only for an institution, never a person.
     */
    private Match definiteSpeakerNear(AnnotatedSentence s, Match cue) {
        for (Match d : s.of(EntryKind.DEFINITE_SPEAKER)) {
            boolean near = d.to() <= cue.from() && cue.from() - d.to() <= 1 || !s.isHindi() && d.from() == cue.to();
            boolean fits = !d.value().equals("it") || last != null && state.person(last.speakerKey()) == null;
            if (near && fits) {
                return d;
            }
        }
        return null;
    }

    private static Match pronounBefore(AnnotatedSentence s, Match cue) {
        for (Match p : s.of(EntryKind.PRONOUN)) {
            if (p.to() <= cue.from() && cue.from() - p.to() <= 3) {
                return p;
            }
        }
        return null;
    }

    private Integer atMeeting(AnnotatedSentence s, String speaker) {
        if (!s.has(EntryKind.AT_MEETING)) {
            return null;
        }
        for (Meeting m : meetings.all()) {
            if (m.participants().stream().anyMatch(p -> p.personKey().equals(speaker))) {
                return m.index();
            }
        }
        return meetings.all().size() == 1 ? 0 : null;
    }

    private void add(AnnotatedSentence s, String speaker, String country, String reportedBy, Integer meeting,
                     int from, int to, String rule, double confidence) {
        int index = statements.size();
        List<Commitment> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (CommitmentFinder.Intent in : commitmentFinder.inStatement(s, from, to, country)) {
            String key = in.countries().get(0) + "|" + (in.topic() == null ? "" : in.topic().notation());
            if (seen.add(key)) {
                found.add(commitment(s, in, speaker, index, "commitment:" + s.lang + ":" + in.cue().value(), 0.8));
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Commitment c = found.get(i);
            found.set(i, new Commitment(commitments.size() + i, c.country(), c.partner(), c.topic(), c.stance(),
                    c.modality(), c.speakerKey(), c.statementIndex(), c.evidence()));
        }
        String kind = s.has(EntryKind.DEMAND) ? "demand" : s.has(EntryKind.APPEAL) ? "appeal"
                : found.isEmpty() && s.has(EntryKind.RETROSPECTIVE) ? "retrospective" : "statement";
        String cameo = switch (kind) {
            case "appeal" -> "020";
            case "demand" -> "100";
            default -> found.isEmpty() ? "010" : "030";
        };
        Set<String> topics = new LinkedHashSet<>();
        for (TopicFinder.TopicHit t : TopicFinder.in(s, from, to)) {
            topics.add(t.notation());
        }
        Statement st = new Statement(index, speaker, country, meeting, reportedBy, List.copyOf(topics), kind, cameo,
                s.wholeSentence(state.text, rule, confidence));
        statements.add(st);
        commitments.addAll(found);
        last = st;
        lastSentence = s.sentence.index();
    }
}
