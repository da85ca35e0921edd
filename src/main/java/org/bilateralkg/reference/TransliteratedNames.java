package org.bilateralkg.reference;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bilateralkg.text.Token;

/**
 * People the reference data knows only by their English names, found in Hindi text by sound: a run
 * of two or three Devanagari words whose {@link DevanagariSkeleton skeletons} spell the skeleton of
 * exactly one person's English name ("जॉन हावर्ड" is John Howard although no Hindi spelling is on
 * file). Words some other dictionary phrase already covers are never taken. Immutable.
 */
public final class TransliteratedNames {
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 3;
    /** Fewer consonants than this, in all or in one word, match too many ordinary word pairs. */
    private static final int MIN_CONSONANTS = 5;
    private static final int MIN_WORD_CONSONANTS = 2;

    private final Map<String, String> personBySkeleton;

    TransliteratedNames(Map<String, List<String>> peopleBySkeleton) {
        Map<String, String> m = new HashMap<>();
        peopleBySkeleton.forEach((sk, ids) -> {
            int words = sk.split(" ").length;
            boolean longEnough = sk.replace(" ", "").length() >= MIN_CONSONANTS
                    && java.util.Arrays.stream(sk.split(" ")).allMatch(w -> w.length() >= MIN_WORD_CONSONANTS);
            if (ids.size() == 1 && words >= MIN_WORDS && words <= MAX_WORDS && longEnough) {
                m.put(sk, ids.get(0));
            }
        });
        this.personBySkeleton = Collections.unmodifiableMap(m);
    }

    /** PERSON matches (language "hi") for such names among tokens no match in {@code known} covers. */
    public List<Match> find(List<Token> tokens, List<Match> known) {
        boolean[] covered = new boolean[tokens.size()];
        for (Match k : known) {
            for (int i = k.from(); i < k.to(); i++) {
                covered[i] = true;
            }
        }
        String[] sk = new String[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String s = !covered[i] && t.isWord() && !t.isNumber() ? DevanagariSkeleton.of(t.text()) : null;
            sk[i] = s == null || s.isEmpty() ? null : s;
        }
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder key = new StringBuilder();
            String found = null;
            int end = i;
            for (int j = i; j < tokens.size() && j < i + MAX_WORDS && sk[j] != null; j++) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(sk[j]);
                String id = j + 1 - i >= MIN_WORDS ? personBySkeleton.get(key.toString()) : null;
                if (id != null) {
                    found = id;
                    end = j + 1;
                }
            }
            if (found != null) {
                out.add(new Match(new Entry(EntryKind.PERSON, found, "hi"), i, end));
                i = end - 1;
            }
        }
        return out;
    }
}
