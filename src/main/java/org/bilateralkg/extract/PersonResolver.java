package org.bilateralkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.bilateralkg.reference.EntryKind;
import org.bilateralkg.reference.Match;
import org.bilateralkg.text.Token;

/**
 * Finds the people a sentence speaks of and settles who they are:
 * <ul>
 * <li>title patterns: "[Russian] Foreign Minister Sergey Lavrov", "रूसी विदेश मंत्री सर्गेई लावरोव",
 *     "Foreign Minister of India";</li>
 * <li>"his Chinese counterpart Wang Yi": the counterpart holds the previous person's role;</li>
 * <li>role-only descriptions: "the head of China's foreign ministry", "चीन के विदेश मंत्रालय के प्रमुख",
 *     "the Russian foreign minister": the person of that post met earlier, else the reference holder
 *     on the article's date;</li>
 * <li>names from the reference data, and later mentions by full or family name.</li>
 * </ul>
 */
final class PersonResolver {
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_HINDI_NAME_WORDS = 4;

    private final ArticleState state;

    PersonResolver(ArticleState state) {
        this.state = state;
    }

    List<PersonMention> resolve(AnnotatedSentence s) {
        List<PersonMention> out = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        List<Match> anchors = new ArrayList<>();
        anchors.addAll(s.of(EntryKind.ROLE));
        anchors.addAll(s.of(EntryKind.COUNTERPART));
        anchors.addAll(s.of(EntryKind.MINISTRY));
        anchors.sort(Comparator.comparingInt(Match::from));
        for (Match a : anchors) {
            if (used[a.from()]) {
                continue;
            }
            if (a.kind() == EntryKind.ROLE && isPlural(s, a)) {
                for (PersonMention m : pluralPosts(s, a)) {
                    mark(used, m);
                    out.add(m);
                }
                continue;
            }
            PersonMention m = switch (a.kind()) {
                case ROLE -> titled(s, a);
                case COUNTERPART -> counterpart(s, a);
                default -> ministryHead(s, a);
            };
            if (m != null) {
                mark(used, m);
                out.add(m);
                if (a.kind() == EntryKind.COUNTERPART && a.value().equals("counterparts")) {
                    for (PersonMention more : listedAfter(s, m, used)) {
                        mark(used, more);
                        out.add(more);
                    }
                }
            }
        }
        for (Match p : s.of(EntryKind.PERSON)) {
            if (!used[p.from()]) {
                PersonMention m = named(s, p.value(), p.from(), p.to(), null, null, p.from(), "person:reference-name");
                mark(used, m);
                out.add(m);
            }
        }
        laterMentions(s, used, out);
        out.sort(Comparator.comparingInt(PersonMention::from));
        return out;
    }

    private static boolean isAnd(String norm) {
        return norm.equals("and") || norm.equals("और") || norm.equals("तथा") || norm.equals("एवं");
    }

    /** "[demonym|country's] [ministry] ROLE [Name]" or "ROLE of COUNTRY [Name]". */
    private PersonMention titled(AnnotatedSentence s, Match role) {
        int start = role.from();
        String country = null;
        int qualified = role.from();
        // "Chinese foreign ministry spokesperson", "चीनी विदेश मंत्रालय की प्रवक्ता"
        Match ministry = s.endingAt(EntryKind.MINISTRY, role.from());
        if (ministry == null && role.from() >= 2 && s.covers(EntryKind.POSTPOSITION, role.from() - 1)) {
            ministry = s.endingAt(EntryKind.MINISTRY, role.from() - 1);
        }
        if (ministry != null) {
            qualified = ministry.from();
            start = ministry.from();
        }
        Match q = qualifierBefore(s, qualified);
        if (q != null) {
            country = q.value();
            start = q.from();
        }
        int after = role.to();
        if (country == null && s.norm(after).equals("of")) {
            Match c = s.startingAt(EntryKind.COUNTRY, after + 1);
            if (c != null) {
                country = c.value();
                after = c.to();
            }
        }
        return nameOrPost(s, start, after, country, role.value(), "person:title");
    }

    private static boolean isPlural(AnnotatedSentence s, Match role) {
        if (role == null) {
            return false;
        }
        String last = s.norm(role.to() - 1);
        return s.isHindi() ? last.endsWith("यों") || last.endsWith("ओं") : last.endsWith("s") && !last.endsWith("ss");
    }

    /**
     * "the foreign ministers of India and Pakistan", "भारत और पाकिस्तान के विदेश मंत्रियों": one
     * holder of the post per country named.
     */
    private List<PersonMention> pluralPosts(AnnotatedSentence s, Match role) {
        List<Match> countries = new ArrayList<>();
        if (s.isHindi()) {
            int i = role.from() - 1;
            if (s.covers(EntryKind.POSTPOSITION, i)) {
                i--;
            }
            while (i >= 0) {
                Match c = s.endingAt(EntryKind.COUNTRY, i + 1);
                if (c == null) {
                    break;
                }
                countries.add(0, c);
                i = c.from() - 1;
                if (i >= 0 && (s.norm(i).equals("और") || s.norm(i).equals(","))) {
                    i--;
                } else {
                    break;
                }
            }
        } else if (s.startingAt(EntryKind.PREPOSITION, role.to(), "of") != null) {
            int i = role.to() + 1;
            while (i < s.size()) {
                Match c = s.startingAt(EntryKind.COUNTRY, i);
                if (c == null) {
                    break;
                }
                countries.add(c);
                i = c.to();
                if (s.norm(i).equals("and") || s.norm(i).equals(",")) {
                    i++;
                } else {
                    break;
                }
            }
        }
        List<PersonMention> out = new ArrayList<>();
        for (Match c : countries) {
            Evidence ev = s.evidence(state.text, Math.min(c.from(), role.from()), Math.max(c.to(), role.to()), "person:plural-post", 0.7);
            Optional<String> key = state.byPost(c.value(), role.value());
            out.add(key.isPresent() ? state.mention(key.get(), null, null, c.value(), role.value(), role.from(), role.to(), ev)
                    : state.mentionPost(c.value(), role.value(), role.from(), role.to(), ev));
        }
        return out;
    }

    /** "his Chinese counterpart Wang Yi": same role as the person mentioned just before. */
    private PersonMention counterpart(AnnotatedSentence s, Match c) {
        Match q = qualifierBefore(s, c.from());
        String country = q != null ? q.value() : null;
        int start = q != null ? q.from() : c.from();
        String role = state.lastMention().map(PersonMention::role).orElse(null);
        int after = c.to();
        if (after + 1 < s.size() && s.norm(after).equals(",") && s.tokens.get(after + 1).isCapitalised()) {
            after++; // "their Russian counterparts, Sergei Lavrov and Sergei Shoigu,"
        }
        return nameOrPost(s, start, after, country, role, "person:counterpart");
    }

    /**
     * "their Japanese counterparts Yoko Kamikawa and Minoru Kihara": the names listed after the
     * first ("A, B and C") are counterparts from the same country too.
     */
    private List<PersonMention> listedAfter(AnnotatedSentence s, PersonMention first, boolean[] used) {
        List<PersonMention> out = new ArrayList<>();
        int j = first.to();
        while (j < s.size()) {
            int next = j;
            if (s.norm(next).equals(",")) {
                next++;
            }
            if (next < s.size() && isAnd(s.norm(next))) {
                next++;
            }
            if (next == j || next >= s.size() || used[next]) {
                break;
            }
            Match known = s.startingAt(EntryKind.PERSON, next);
            PersonMention m;
            if (known != null) {
                m = named(s, known.value(), known.from(), known.to(), first.country(), null, known.from(), "person:counterpart");
            } else {
                int end = nameEnd(s, next);
                if (end <= next || (s.isHindi() && end == next + 1)) {
                    break;
                }
                List<Token> name = s.tokens.subList(next, end);
                String seen = state.text.substring(name.get(0).start(), name.get(name.size() - 1).end());
                String key = state.knownName(name);
                Evidence ev = s.evidence(state.text, next, end, "person:counterpart", 0.8);
                m = state.mention(key != null && state.person(key).known ? key : null, seen, name, first.country(), null,
                        next, end, ev);
            }
            if (m == null) {
                break;
            }
            out.add(m);
            j = m.to();
        }
        return out;
    }

    /** "चीन के विदेश मंत्रालय के प्रमुख", "the head of China's foreign ministry", "Chinese foreign ministry chief". */
    private PersonMention ministryHead(AnnotatedSentence s, Match ministry) {
        Match q = qualifierBefore(s, ministry.from());
        int start = q != null ? q.from() : ministry.from();
        int end = ministry.to();
        boolean head = false;
        // Head after the ministry: "... मंत्रालय के प्रमुख", "... ministry chief".
        for (int i = ministry.to(); i <= ministry.to() + 1 && i < s.size(); i++) {
            Match h = s.startingAt(EntryKind.HEAD, i);
            if (h != null) {
                head = true;
                end = h.to();
                break;
            }
        }
        // Head before: "the head of China's foreign ministry".
        if (!head && q != null) {
            Match h = s.endingAt(EntryKind.HEAD, q.from());
            if (h != null) {
                head = true;
                start = h.from();
            }
        }
        if (!head || q == null) {
            return null;
        }
        Optional<String> key = state.byPost(q.value(), ministry.value());
        if (key.isEmpty()) {
            return null;
        }
        Evidence ev = s.evidence(state.text, start, end, "person:ministry-head", 0.8);
        return state.mention(key.get(), null, null, q.value(), ministry.value(), start, end, ev);
    }

    /** The name after a title, else the post alone (resolved to its holder), else nothing. */
    private PersonMention nameOrPost(AnnotatedSentence s, int start, int after, String country, String role, String rule) {
        Match honorific = s.startingAt(EntryKind.HONORIFIC, after);
        boolean honoured = false;
        if (honorific != null && s.startingAt(EntryKind.PERSON, after) == null) {
            honoured = true;
            after = honorific.to(); // "Prince Faisal bin Farhan": the title is not the name
            if (s.norm(after).equals(".")) {
                after++;
            }
        }
        Match known = s.startingAt(EntryKind.PERSON, after);
        if (known != null) {
            return named(s, known.value(), known.from(), known.to(), country, role, start, rule);
        }
        // "प्रधानमंत्री शेख हसीना": after an honorific, one word is a name, not a noun
        int end = nameEnd(s, after);
        if (end == after + 1 && s.isHindi() && country == null && !honoured && state.knownName(s.tokens.subList(after, end)) == null
                && s.startingAt(EntryKind.PERSON, after) == null) {
            end = after; // one unknown word after a bare Hindi title is as likely a noun ("विदेश सचिव स्तर") as a name
        }
        if (end > after) {
            List<Token> name = s.tokens.subList(after, end);
            String seen = state.text.substring(name.get(0).start(), name.get(name.size() - 1).end());
            String key = state.knownName(name);
            Evidence ev = s.evidence(state.text, start, end, rule, 0.85);
            return state.mention(key != null && state.person(key).known ? key : null, seen, name, country, role,
                    start, end, ev);
        }
        if (!s.isHindi()) {
            PersonMention before = nameBefore(s, start, country, role, after, rule);
            if (before != null) {
                return before;
            }
        }
        if (role == null) {
            return null;
        }
        if (country == null) {
            // "the minister said": the holder of that role met last in the article.
            Optional<String> key = state.lastWithRole(role);
            final int titleEnd = after;
            if (key.isEmpty() && state.ref.pressHome(s.lang).isPresent() && !isPlural(s, s.of(EntryKind.ROLE).stream()
                    .filter(r -> r.to() == titleEnd).findFirst().orElse(null))) {
                country = state.ref.pressHome(s.lang).get();
                key = state.byPost(country, role);
                Evidence ev = s.evidence(state.text, start, after, rule + "-post-only", 0.6);
                return key.isPresent() ? state.mention(key.get(), null, null, country, role, start, after, ev)
                        : state.mentionPost(country, role, start, after, ev);
            }
            if (key.isEmpty()) {
                return null;
            }
            Evidence ev = s.evidence(state.text, start, after, rule + "-role-only", 0.6);
            return state.mention(key.get(), null, null, null, role, start, after, ev);
        }
        Optional<String> key = state.byPost(country, role);
        Evidence ev = s.evidence(state.text, start, after, rule + "-post-only", 0.75);
        if (key.isEmpty()) {
            return state.mentionPost(country, role, start, after, ev);
        }
        return state.mention(key.get(), null, null, country, role, start, after, ev);
    }

    /** English apposition: "Ahmed Ali, Egypt's foreign minister, said". */
    private PersonMention nameBefore(AnnotatedSentence s, int titleStart, String country, String role, int after, String rule) {
        int comma = titleStart - 1;
        if (s.startingAt(EntryKind.DETERMINER, comma, "the") != null) {
            comma--;
        }
        if (comma < 1 || !s.norm(comma).equals(",")) {
            return null;
        }
        int end = comma;
        int begin = end;
        while (begin > 0 && end - begin < MAX_NAME_WORDS && s.tokens.get(begin - 1).isWord()
                && s.tokens.get(begin - 1).isCapitalised() && !isTaken(s, begin - 1)) {
            begin--;
        }
        if (begin == end) {
            return null;
        }
        List<Token> name = s.tokens.subList(begin, end);
        String seen = state.text.substring(name.get(0).start(), name.get(name.size() - 1).end());
        Match known = s.startingAt(EntryKind.PERSON, begin);
        Evidence ev = s.evidence(state.text, begin, after, rule + "-apposition", 0.8);
        return state.mention(known != null ? known.value() : null, seen, name, country, role, begin, after, ev);
    }

    private PersonMention named(AnnotatedSentence s, String id, int from, int to, String country, String role,
                                int start, String rule) {
        List<Token> name = s.tokens.subList(from, to);
        String seen = state.text.substring(name.get(0).start(), name.get(name.size() - 1).end());
        Evidence ev = s.evidence(state.text, start, to, rule, 0.95);
        return state.mention(id, seen, name, country, role, start, to, ev);
    }

    /** Names already met, written again in full or by family name ("लावरोव", "Wang"). */
    private void laterMentions(AnnotatedSentence s, boolean[] used, List<PersonMention> out) {
        for (int i = 0; i < s.size(); i++) {
            if (used[i] || !s.tokens.get(i).isWord() || !state.startsAName(s.tokens.get(i).norm())) {
                continue;
            }
            for (int len = Math.min(MAX_NAME_WORDS, s.size() - i); len >= 1; len--) {
                if (anyUsed(used, i, i + len)) {
                    continue;
                }
                List<Token> cand = s.tokens.subList(i, i + len);
                if (!cand.get(len - 1).isWord()) {
                    continue;
                }
                String key = state.knownName(cand);
                if (key != null && (s.isHindi() || cand.get(0).isCapitalised())) {
                    String seen = state.text.substring(cand.get(0).start(), cand.get(len - 1).end());
                    Evidence ev = s.evidence(state.text, i, i + len, "person:earlier-name", 0.85);
                    PersonMention m = state.mention(state.person(key).known ? key : null, seen, cand,
                            null, null, i, i + len, ev);
                    mark(used, m);
                    out.add(m);
                    break;
                }
            }
        }
    }

    /** Plain words a title may carry before it: "ईरान के शीर्ष सुरक्षा अधिकारी", "Iran's top security official". */
    private static final int MAX_TITLE_MODIFIERS = 2;

    /**
     * A demonym or country name just before a title ("रूसी", "Russian", "रूस के", "Russia's"), also
     * across up to two plain modifier words.
     */
    private static Match qualifierBefore(AnnotatedSentence s, int at) {
        Match m = qualifierRightBefore(s, at);
        for (int skip = 1; m == null && skip <= MAX_TITLE_MODIFIERS && at - skip > 0; skip++) {
            int w = at - skip;
            Token t = s.tokens.get(w);
            if (!t.isWord() || t.isNumber() || isTaken(s, w) || s.covers(EntryKind.POSTPOSITION, w)
                    || s.covers(EntryKind.PREPOSITION, w) || (!s.isHindi() && t.isCapitalised())) {
                return null;
            }
            m = qualifierRightBefore(s, w);
        }
        return m;
    }

    private static Match qualifierRightBefore(AnnotatedSentence s, int at) {
        for (EntryKind k : new EntryKind[]{EntryKind.DEMONYM, EntryKind.COUNTRY}) {
            Match m = s.endingAt(k, at);
            if (m != null) {
                return m;
            }
        }
        // "रूस के विदेश मंत्री", "Russia's foreign minister"
        if (at >= 2 && (s.norm(at - 1).equals("के") || s.norm(at - 1).equals("की") || s.norm(at - 1).equals("का"))) {
            return s.endingAt(EntryKind.COUNTRY, at - 1);
        }
        if (at >= 3 && s.norm(at - 1).equals("s") && s.norm(at - 2).equals("'")) {
            return s.endingAt(EntryKind.COUNTRY, at - 2);
        }
        return null;
    }

    /** End (exclusive) of a personal name starting at {@code i}, or {@code i} when there is none. */
    private static int nameEnd(AnnotatedSentence s, int i) {
        int j = i;
        if (s.isHindi()) {
            int words = 0;
            while (j < s.size() && words < MAX_HINDI_NAME_WORDS) {
                if (isHindiNameWord(s, j)) {
                    if (!isHindiInitial(s.tokens.get(j))) {
                        words++; // "ए पी जे अब्दुल कलाम": initials do not use up the name's words
                    }
                    j++;
                } else if (j > i && joinsHyphenated(s, j)) {
                    j += 2; // "होसैन अमीर-अब्दुल्लाहियन", "मुसाद अल-ऐबान": one name across the hyphen
                } else {
                    break;
                }
            }
            return j;
        }
        while (j < s.size() && j - i < MAX_NAME_WORDS + 3) {
            Token t = s.tokens.get(j);
            if (t.isWord() && t.isCapitalised() && !isTaken(s, j)) {
                j++;
            } else if (j > i && s.covers(EntryKind.NAME_PARTICLE, j) && j + 1 < s.size()
                    && s.tokens.get(j + 1).isCapitalised()) {
                j++; // "Faisal bin Farhan", "Ursula von der Leyen"

            } else if (t.text().equals(".") && j > i && s.tokens.get(j - 1).text().length() == 1
                    && t.start() == s.tokens.get(j - 1).end()) {
                j++; // initial: "S. Jaishankar"
            } else if (t.text().equals("-") && j > i && j + 1 < s.size() && s.tokens.get(j + 1).isCapitalised()
                    && t.start() == s.tokens.get(j - 1).end()) {
                j++; // "Jean-Yves"
            } else {
                break;
            }
        }
        while (j > i && !s.tokens.get(j - 1).isWord()) {
            j--;
        }
        return j;
    }

    /** An initial spelt out in Devanagari: one letter with at most a vowel sign ("ए", "पी", "जे", "के"). */
    private static boolean isHindiInitial(Token t) {
        String w = t.text();
        return w.length() == 1 || (w.length() == 2 && Character.getType(w.charAt(1)) != Character.OTHER_LETTER);
    }

    /** A hyphen written tight between the name word before it and a name word after it. */
    private static boolean joinsHyphenated(AnnotatedSentence s, int j) {
        if (j + 1 >= s.size() || !s.tokens.get(j).text().equals("-")) {
            return false;
        }
        Token hyphen = s.tokens.get(j);
        return hyphen.start() == s.tokens.get(j - 1).end() && s.tokens.get(j + 1).start() == hyphen.end()
                && isHindiNameWord(s, j + 1);
    }

    private static boolean isHindiNameWord(AnnotatedSentence s, int j) {
        Token t = s.tokens.get(j);
        return t.isWord() && !t.isNumber() && (s.covers(EntryKind.NAME_PARTICLE, j) || !s.covers(EntryKind.STOP, j)
                && !isTaken(s, j) && !s.covers(EntryKind.POSTPOSITION, j));
    }

    /** Token already names something else (a country, a role, a cue word). */
    private static boolean isTaken(AnnotatedSentence s, int j) {
        for (EntryKind k : new EntryKind[]{EntryKind.COUNTRY, EntryKind.DEMONYM, EntryKind.CAPITAL, EntryKind.ROLE,
                EntryKind.ORGANISATION, EntryKind.AGENCY, EntryKind.MINISTRY, EntryKind.COUNTERPART, EntryKind.STOP,
                EntryKind.SPEECH, EntryKind.MEETING, EntryKind.MONTH, EntryKind.WEEKDAY, EntryKind.PRONOUN,
                EntryKind.EVENT_KIND}) {
            if (s.covers(k, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, PersonMention m) {
        for (int i = m.from(); i < m.to() && i < used.length; i++) {
            used[i] = true;
        }
    }
}
