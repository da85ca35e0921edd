package org.bilateralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bilateralkg.ingest.Article;
import org.bilateralkg.it.SeedStore;
import org.junit.jupiter.api.Test;

/**
 * Countries of people named after a bare title, and pronouns that take part in meetings, on
 * sentences written for this test (not taken from the gold sets).
 */
class TitlesAndPronounsTest {
    private static final Extractor EXTRACTOR = new Extractor(SeedStore.reference());

    private static Extraction extract(String text, String lang, String published) {
        return EXTRACTOR.extract(new Article(null, null, LocalDate.parse(published), lang, null, text, "test"));
    }

    private static Set<String> keys(List<Meeting> ms) {
        return ms.stream().map(m -> (m.date() == null ? "-" : m.date().lexical()) + "|" + m.locationCountry() + "|"
                + m.countries().stream().sorted().collect(Collectors.joining(","))).collect(Collectors.toSet());
    }

    @Test
    void unknownPersonAfterABareTitleIsNotTheHomeCountrysHolder() {
        // India's prime minister on that day is known and is someone else: the foreign dateline's country.
        Extraction e = extract("काठमांडू, पांच मार्च (भाषा) विदेश मंत्री एस जयशंकर ने मंगलवार को यहां प्रधानमंत्री "
                + "रामप्रसाद थापा से मुलाकात की।", "hi", "2024-03-05");
        assertEquals(Set.of("2024-03-05|NP|IN,NP"), keys(e.meetings()));
        // No foreign dateline: no country is guessed, so no meeting between countries.
        assertTrue(extract("विदेश मंत्री एस जयशंकर ने मंगलवार को प्रधानमंत्री रामप्रसाद थापा से मुलाकात की।", "hi",
                "2024-03-05").meetings().isEmpty());
    }

    @Test
    void bareTitleOfAKnownPersonTakesTheCountryOfTheirTenure() {
        Extraction e = extract("नयी दिल्ली, 10 जुलाई (भाषा) विदेश मंत्री एस जयशंकर ने बुधवार को प्रधानमंत्री शेख हसीना "
                + "से मुलाकात की।", "hi", "2019-07-10");
        assertEquals(Set.of("2019-07-10|IN|BD,IN"), keys(e.meetings()));
        assertTrue(e.people().stream().anyMatch(p -> p.key().equals("sheikh-hasina") && "BD".equals(p.country())));
    }

    @Test
    void subjectPronounTakesPartAsThePersonOfTheSentenceBefore() {
        Extraction en = extract("Indian Foreign Minister S. Jaishankar arrived in Tokyo on Monday.\nOn Tuesday he held "
                + "talks in Tokyo with Japanese Foreign Minister Yoko Kamikawa.", "en", "2024-03-06");
        assertEquals(Set.of("2024-03-05|JP|IN,JP"), keys(en.meetings()));
        Extraction hi = extract("विदेश मंत्री एस जयशंकर सोमवार को टोक्यो पहुंचे।\nमंगलवार को उन्होंने जापान की विदेश मंत्री "
                + "योको कामिकावा के साथ टोक्यो में बैठक की।", "hi", "2024-03-06");
        assertEquals(Set.of("2024-03-05|JP|IN,JP"), keys(hi.meetings()));
    }

    @Test
    void pronounAfterASpeechVerbIsItsSpeaker() {
        Extraction e = extract("अमेरिकी राष्ट्रपति डोनाल्ड ट्रंप ने कहा कि वह और रूसी राष्ट्रपति व्लादिमीर पुतिन जल्द मिलेंगे।",
                "hi", "2025-03-01");
        assertEquals(1, e.meetings().size());
        assertEquals(Set.of("RU", "US"), Set.copyOf(e.meetings().get(0).countries()));
        assertEquals("planned", e.meetings().get(0).status());
    }

    @Test
    void aPronounThatSpeaksIsNoParticipant() {
        Extraction e = extract("पाकिस्तान के विदेश मंत्री इशाक डार ने संवाददाताओं से बात की।\nउन्होंने कहा, ''भारत के "
                + "उच्चायुक्त के साथ बातचीत जरूरी है।''", "hi", "2025-03-01");
        assertTrue(e.meetings().isEmpty(), () -> keys(e.meetings()).toString());
    }

    @Test
    void aHindiNameWithNoHindiSpellingOnFileIsFoundByHowItSounds() {
        // The reference data has Julie Bishop only in English: "जूली बिशप" is her by sound, untitled, in a list.
        Extraction e = extract("2014 में तोक्यो में तत्कालीन विदेश मंत्रियों फुमियो किशिदा और जूली बिशप ने समझौते पर "
                + "बातचीत की थी।", "hi", "2024-03-05");
        assertTrue(e.people().stream().anyMatch(p -> p.key().equals("julie-bishop") && "AU".equals(p.country())),
                e.people().toString());
        assertEquals(Set.of("-|JP|AU,JP"), keys(e.meetings()));
    }

    @Test
    void aHindiSinghIsRomanisedSinghNotSinha() {
        Extraction e = extract("विदेश सचिव रंजना सिंह ने मंगलवार को पाकिस्तानी विदेश सचिव से मुलाकात की।", "hi", "2024-03-05");
        assertTrue(e.people().stream().anyMatch(p -> p.key().equals("ranjana-singh")), e.people().toString());
    }

    @Test
    void hindiInitialsDoNotCutAFullNameShort() {
        Extraction e = extract("भारत के विदेश सचिव ए पी जे रामन कुमार वर्मा ने मंगलवार को पाकिस्तानी विदेश सचिव से मुलाकात की।", "hi",
                "2024-03-05");
        assertTrue(e.people().stream().anyMatch(p -> p.key().contains("kumar") && p.key().contains("varma")),
                e.people().toString());
    }
}
