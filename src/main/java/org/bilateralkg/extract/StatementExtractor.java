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
 *     the person next to the cue, or "he"/"उन्होंने" for the last speaker. A news agency in the
 *     attribution ("according to Xinhua") is who reported it, and keeps reporting the same speaker's
 *     following statements until someone else speaks.</li>
 * <li>A sentence right after a statement, with no cue and nobody new in it, continues that statement.</li>
 * <li>A commitment is a commitment cue ("ready to", "will", "तैयार है", future verb) whose subject is a
 *     country (or its capital, "we", "both sides"); the partner is the country "with" whom; topics come
 *     from cue phrases between the subject and the next subject. "X should ..." is an appeal, and
 *     retrospective claims ("have maintained") are statements, never commitments.</li>
 * </ul>
 */
final class StatementExtractor {
    private static final int OPPOSE_WINDOW = 6;
    /** Tokens between the start of the reported words and a commitment cue that still leave the speaker as its subject. */
    private static final int SPEAKER_SUBJECT_WINDOW = 3;

    private final ArticleState state;
    private final List<Meeting> meetings;
    private final Map<Integer, Integer> meetingOfSentence;
    final List<Statement> statements = new ArrayList<>();
    final List<Commitment> commitments = new ArrayList<>();
    private Statement last;
    private int lastSentence = -10;

    StatementExtractor(ArticleState state, List<Meeting> meetings, Map<Integer, Integer> meetingOfSentence) {
        this.state = state;
        this.meetings = meetings;
        this.meetingOfSentence = meetingOfSentence;
    }

    void sentence(AnnotatedSentence s, List<PersonMention> persons) {
        if (s.sentence.caption()) {
            return;
        }
        int idx = s.sentence.index();
        Attribution a = attribution(s, persons);
        if (a == null && narratedAgreement(s)) {
            return;
        }
        if (a == null) {
            boolean continues = last != null && lastSentence == idx - 1 && persons.isEmpty()
                    && !meetingOfSentence.containsKey(idx);
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
     * "The Philippines and China agreed to ...", "दोनों पक्षों ने ... पर सहमति जताई". Each party
     * commits for itself; the party's participant in the meeting (else the country) is the speaker.
     */
    private boolean narratedAgreement(AnnotatedSentence s) {
        List<Match> cues = s.of(EntryKind.COMMIT).stream()
                .filter(c -> (c.value().equals("agreed-to") || c.value().equals("committed-to")) && !negated(s, c)).toList();
        if (cues.isEmpty()) {
            return false;
        }
        Meeting meeting = meetingFor(s);
        Match cue = cues.get(0);
        List<Subject> subjects = subjects(s, 0, s.size(), null);
        Subject subj = null;
        for (Subject c : subjects) {
            if (c.to() <= cue.from()) {
                subj = c;
            }
        }
        if (subj == null) {
            return false;
        }
        boolean any = false;
        List<TopicHit> topics = topics(s, subj.from(), s.size());
        String explicitPartner = partner(s, subj.to(), s.size());
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
            String partner = explicitPartner != null && !explicitPartner.equals(country) ? explicitPartner
                    : subj.countries().size() == 2 ? subj.countries().stream().filter(c -> !c.equals(country)).findFirst().orElse(null)
                    : null;
            int index = statements.size();
            Set<String> notations = new LinkedHashSet<>();
            topics.forEach(t -> notations.add(t.notation));
            List<TopicHit> list = topics.isEmpty() ? java.util.Collections.singletonList(null) : topics;
            Set<String> seen = new LinkedHashSet<>();
            for (TopicHit t : list) {
                if (!seen.add(t == null ? "" : t.notation)) {
                    continue;
                }
                List<Evidence> ev = new ArrayList<>();
                ev.add(s.wholeSentence(state.text, "commitment:" + s.lang + ":agreement", 0.75));
                if (t != null) {
                    ev.add(s.evidence(state.text, t.from, t.to, "topic-cue:" + t.notation, 0.8));
                }
                commitments.add(new Commitment(commitments.size(), country, partner, t == null ? null : t.notation,
                        t == null ? "support" : t.stance, cue.value(), speaker, index, List.copyOf(ev)));
            }
            Statement st = new Statement(index, speaker, country, meeting == null ? null : meeting.index(), null,
                    List.copyOf(notations), "statement", "030",
                    s.wholeSentence(state.text, "statement:" + s.lang + ":agreement", 0.7));
            statements.add(st);
            any = true;
        }
        last = null; // an agreement is nobody's speech: the next sentence does not continue it
        return any;
    }

    /** The meeting this sentence reports, else the latest one reported before it. */
    private Meeting meetingFor(AnnotatedSentence s) {
        Integer here = meetingOfSentence.get(s.sentence.index());
        if (here != null) {
            return meetings.get(here);
        }
        Meeting best = null;
        int bestSentence = -1;
        for (Map.Entry<Integer, Integer> e : meetingOfSentence.entrySet()) {
            if (e.getKey() < s.sentence.index() && e.getKey() > bestSentence) {
                bestSentence = e.getKey();
                best = meetings.get(e.getValue());
            }
        }
        return best;
    }

    /**
     * The meeting "the two sides", "they", "दोनों पक्ष" refer to: this sentence's, else the latest
     * one between two countries (a three-party meeting in passing is not "the two"), else the latest.
     */
    private Meeting pairMeetingFor(AnnotatedSentence s) {
        Integer here = meetingOfSentence.get(s.sentence.index());
        if (here != null) {
            return meetings.get(here);
        }
        Meeting best = null;
        int bestSentence = -1;
        for (Map.Entry<Integer, Integer> e : meetingOfSentence.entrySet()) {
            Meeting m = meetings.get(e.getValue());
            if (e.getKey() < s.sentence.index() && e.getKey() > bestSentence && m.countries().size() == 2) {
                bestSentence = e.getKey();
                best = m;
            }
        }
        return best != null ? best : meetingFor(s);
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
            int at = s.isHindi() ? m.from() : m.to() + (s.norm(m.to()).equals("the") ? 1 : 0);
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
                if (q != null) {
                    return new Institution(List.of(q.value()), q.from(), inst.to());
                }
            }
            for (EntryKind k : new EntryKind[]{EntryKind.COUNTRY, EntryKind.CAPITAL}) {
                Match c = s.endingAt(k, end);
                if (c != null && isSubjectPosition(s, c)) {
                    return new Institution(List.of(c.value()), c.from(), c.to());
                }
            }
            Match both = s.endingAt(EntryKind.BOTH_SIDES, end);
            if (both == null) {
                both = s.endingAt(EntryKind.PLURAL_PRONOUN, end);
            }
            if (both != null) {
                Meeting m = pairMeetingFor(s);
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
            if (p.to() <= cue.from() && cue.from() - p.to() <= 3) {
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
            // "X ने इस बात की पुष्टि की": the ergative subject may stand further from the verb.
            for (PersonMention p : persons) {
                if (p.to() <= cue.from() && s.norm(p.to()).equals("ने")) {
                    best = p;
                }
            }
        }
        return best;
    }

    private static final int MAX_PARENTHETICAL = 14;

    private static boolean noCommaBetween(AnnotatedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.norm(i).equals(",")) {
                return false;
            }
        }
        return true;
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
        for (Meeting m : meetings) {
            if (m.participants().stream().anyMatch(p -> p.personKey().equals(speaker))) {
                return m.index();
            }
        }
        return meetings.size() == 1 ? 0 : null;
    }

    private void add(AnnotatedSentence s, String speaker, String country, String reportedBy, Integer meeting,
                     int from, int to, String rule, double confidence) {
        int index = statements.size();
        List<Commitment> found = s.has(EntryKind.APPEAL) || s.has(EntryKind.DEMAND) ? List.of()
                : commitments(s, from, to, speaker, country, index);
        String kind = s.has(EntryKind.DEMAND) ? "demand" : s.has(EntryKind.APPEAL) ? "appeal"
                : found.isEmpty() && s.has(EntryKind.RETROSPECTIVE) ? "retrospective" : "statement";
        String cameo = switch (kind) {
            case "appeal" -> "020";
            case "demand" -> "100";
            default -> found.isEmpty() ? "010" : "030";
        };
        Set<String> topics = new LinkedHashSet<>();
        for (TopicHit t : topics(s, from, to)) {
            topics.add(t.notation);
        }
        Statement st = new Statement(index, speaker, country, meeting, reportedBy, List.copyOf(topics), kind, cameo,
                s.wholeSentence(state.text, rule, confidence));
        statements.add(st);
        commitments.addAll(found);
        last = st;
        lastSentence = s.sentence.index();
    }

    // ---- commitments ------------------------------------------------------------------------

    private record Subject(int from, int to, List<String> countries) {
    }

    private record TopicHit(String notation, String stance, int from, int to) {
    }

    private List<Commitment> commitments(AnnotatedSentence s, int from, int to, String speaker, String speakerCountry,
                                         int statementIndex) {
        List<Commitment> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Subject> subjects = subjects(s, from, to, speakerCountry);
        List<Match> cues = new ArrayList<>(s.of(EntryKind.COMMIT));
        cues.addAll(s.of(EntryKind.FUTURE_SUFFIX));
        for (Match cue : cues) {
            if (cue.from() < from || cue.to() > to || negated(s, cue)) {
                continue;
            }
            Subject subj = null;
            Subject next = null;
            for (Subject c : subjects) {
                if (c.to() <= cue.from()) {
                    subj = c;
                } else if (next == null && c.from() >= cue.to()) {
                    next = c;
                }
            }
            if (subj == null && speakerCountry != null && cue.from() - from <= SPEAKER_SUBJECT_WINDOW) {
                // "They stressed their commitment to ...", "he said he was ready to ...": the speaker's own intent
                subj = new Subject(from, from, List.of(speakerCountry));
            }
            if (subj == null) {
                continue;
            }
            int windowEnd = next != null ? next.from() : to;
            String partner = partner(s, subj.to(), windowEnd);
            List<TopicHit> topics = topics(s, subj.from(), windowEnd);
            for (String country : subj.countries()) {
                String p = partner != null ? partner
                        : subj.countries().size() == 2 ? subj.countries().stream().filter(c -> !c.equals(country)).findFirst().orElse(null)
                        : null;
                if (country.equals(p)) {
                    p = null;
                }
                List<TopicHit> list = topics.isEmpty() ? java.util.Collections.singletonList(null) : topics;
                for (TopicHit t : list) {
                    String key = country + "|" + (t == null ? "" : t.notation);
                    if (!seen.add(key)) {
                        continue;
                    }
                    List<Evidence> ev = new ArrayList<>();
                    ev.add(s.wholeSentence(state.text, "commitment:" + s.lang + ":" + cue.value(), 0.8));
                    if (t != null) {
                        ev.add(s.evidence(state.text, t.from, t.to, "topic-cue:" + t.notation, 0.8));
                    }
                    out.add(new Commitment(commitments.size() + out.size(), country, p, t == null ? null : t.notation,
                            t == null ? "support" : t.stance, cue.value(), speaker, statementIndex, List.copyOf(ev)));
                }
            }
        }
        return out;
    }

    /** Countries (or capitals) standing as grammatical subjects, "we", "both sides"; coordinated ones joined. */
    private List<Subject> subjects(AnnotatedSentence s, int from, int to, String speakerCountry) {
        List<Subject> out = new ArrayList<>();
        List<Match> cands = new ArrayList<>(s.of(EntryKind.COUNTRY));
        cands.addAll(s.of(EntryKind.CAPITAL));
        cands.sort(java.util.Comparator.comparingInt(Match::from));
        for (Match c : cands) {
            if (c.from() < from || c.to() > to || !isSubjectPosition(s, c)) {
                continue;
            }
            Subject prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && c.from() == prev.to() + 1 && isAnd(s.norm(prev.to()))) {
                List<String> both = new ArrayList<>(prev.countries());
                if (!both.contains(c.value())) {
                    both.add(c.value());
                }
                out.set(out.size() - 1, new Subject(prev.from(), c.to(), both));
            } else {
                out.add(new Subject(c.from(), c.to(), List.of(c.value())));
            }
        }
        for (Match d : s.of(EntryKind.DEMONYM)) {
            // "the Chinese side", "चीनी पक्ष": a country speaking of itself
            Match inst = s.startingAt(EntryKind.INSTITUTION, d.to());
            if (inst != null && d.from() >= from && inst.to() <= to) {
                out.add(new Subject(d.from(), inst.to(), List.of(d.value())));
            }
        }
        for (Match m : s.of(EntryKind.FIRST_PERSON)) {
            if (m.from() >= from && m.to() <= to && speakerCountry != null) {
                out.add(new Subject(m.from(), m.to(), List.of(speakerCountry)));
            }
        }
        List<Match> both = new ArrayList<>(s.of(EntryKind.BOTH_SIDES));
        both.addAll(s.of(EntryKind.PLURAL_PRONOUN));
        for (Match m : both) {
            if (m.from() >= from && m.to() <= to) {
                Meeting meeting = pairMeetingFor(s);
                List<String> pair = meeting != null && meeting.countries().size() >= 2
                        && (speakerCountry == null || meeting.countries().contains(speakerCountry))
                        ? meeting.countries() : meetingPair(speakerCountry);
                if (pair != null) {
                    out.add(new Subject(m.from(), m.to(), pair));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Subject::from));
        return out;
    }

    /** "both sides": the two countries of the article's meeting that the speaker's country took part in. */
    private List<String> meetingPair(String speakerCountry) {
        for (Meeting m : meetings) {
            if (m.countries().size() == 2 && (speakerCountry == null || m.countries().contains(speakerCountry))) {
                return m.countries();
            }
        }
        return null;
    }

    private static boolean isSubjectPosition(AnnotatedSentence s, Match c) {
        if (s.isHindi()) {
            int next = c.to();
            if (s.startingAt(EntryKind.POSTPOSITION, next) != null) {
                return s.norm(next).equals("ने"); // ergative subject: "चीन ने ... सहमति जताई"
            }
            return s.startingAt(EntryKind.PARTNER_AFTER, next) == null;
        }
        if (s.endingAt(EntryKind.PREPOSITION, c.from()) != null) {
            return false;
        }
        return !(s.norm(c.to()).equals("'") && s.norm(c.to() + 1).equals("s")); // "China's": genitive
    }

    private static boolean isAnd(String norm) {
        return norm.equals("and") || norm.equals("और") || norm.equals("तथा") || norm.equals("एवं");
    }

    private static String partner(AnnotatedSentence s, int from, int to) {
        List<Match> cands = new ArrayList<>(s.of(EntryKind.COUNTRY));
        cands.addAll(s.of(EntryKind.CAPITAL));
        for (Match c : cands) {
            if (c.from() < from || c.to() > to) {
                continue;
            }
            boolean with = s.isHindi() ? s.startingAt(EntryKind.PARTNER_AFTER, c.to()) != null
                    : s.endingAt(EntryKind.PARTNER_BEFORE, c.from()) != null;
            if (with) {
                return c.value();
            }
        }
        return null;
    }

    private static boolean negated(AnnotatedSentence s, Match cue) {
        for (Match n : s.of(EntryKind.NEGATION)) {
            if (n.to() == cue.from() || n.from() == cue.to() || (n.from() >= cue.from() && n.to() <= cue.to())) {
                return true;
            }
        }
        return false;
    }

    /** Topic cues in tokens {@code [from, to)} with their stance; a named opposite counts only when opposed. */
    private static List<TopicHit> topics(AnnotatedSentence s, int from, int to) {
        List<TopicHit> out = new ArrayList<>();
        for (EntryKind k : new EntryKind[]{EntryKind.TOPIC, EntryKind.TOPIC_OPPOSITE}) {
            for (Match t : s.of(k)) {
                if (t.from() < from || t.to() > to) {
                    continue;
                }
                boolean opposed = opposed(s, t);
                if (k == EntryKind.TOPIC) {
                    out.add(new TopicHit(t.value(), opposed ? "oppose" : "support", t.from(), t.to()));
                } else if (opposed) {
                    out.add(new TopicHit(t.value(), "support", t.from(), t.to()));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(TopicHit::from));
        return out;
    }

    /** "prevent interference" (English: verb before), "हस्तक्षेप ... को रोकने" (Hindi: verb after). */
    private static boolean opposed(AnnotatedSentence s, Match t) {
        for (Match o : s.of(EntryKind.OPPOSE)) {
            if (s.isHindi() ? (o.from() >= t.to() && o.from() <= t.to() + OPPOSE_WINDOW)
                    : (o.to() <= t.from() && o.to() >= t.from() - 3)) {
                return true;
            }
        }
        return false;
    }
}
