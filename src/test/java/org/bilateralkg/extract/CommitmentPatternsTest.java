package org.bilateralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.bilateralkg.ingest.Article;
import org.bilateralkg.it.SeedStore;
import org.junit.jupiter.api.Test;

/**
 * Commitments (country|topic, "-" for none) and statement speakers on sentences written for this
 * test (not taken from the gold sets), one general pattern per test, in both languages where the
 * pattern exists in both.
 */
class CommitmentPatternsTest {
    private static final Extractor EXTRACTOR = new Extractor(SeedStore.reference());

    private static Extraction extract(String text, String lang) {
        return EXTRACTOR.extract(new Article(null, null, LocalDate.parse("2024-05-14"), lang, null, text, "test"));
    }

    private static Set<String> commitments(String text, String lang) {
        return extract(text, lang).commitments().stream()
                .map(c -> c.country() + "|" + (c.topic() == null ? "-" : c.topic())).collect(Collectors.toSet());
    }

    private static Set<String> speakers(String text, String lang) {
        return extract(text, lang).statements().stream().map(Statement::country).collect(Collectors.toSet());
    }

    @Test
    void refusingANamedOppositeIsSupportForItsTopic() {
        assertEquals(Set.of("NP|counter-terrorism"), commitments("Nepal's foreign ministry said Nepal will not allow "
                + "its territory to be used for terrorism against any neighbour.", "en"));
        assertEquals(Set.of("NP|non-interference"), commitments("Nepal's foreign ministry said Nepal would not "
                + "interfere in Bhutan's internal affairs.", "en"));
        // Hindi: the negation stands before a compound verb ("नहीं होने देगा").
        assertEquals(Set.of("NP|counter-terrorism"), commitments("नेपाल के विदेश मंत्रालय ने कहा कि नेपाल अपनी जमीन का "
                + "इस्तेमाल आतंकवाद के लिए नहीं होने देगा।", "hi"));
        // Refusing anything else is no intent at all.
        assertTrue(commitments("Nepal's foreign ministry said Nepal will not sign a trade deal this year.", "en").isEmpty());
        assertTrue(commitments("नेपाल के विदेश मंत्रालय ने कहा कि नेपाल इस साल व्यापार समझौते पर हस्ताक्षर नहीं करेगा।", "hi")
                .isEmpty());
    }

    @Test
    void anIntentInsideAConditionIsNoCommitment() {
        assertTrue(commitments("नेपाल के विदेश मंत्रालय ने कहा कि अगर भूटान सीमा खोलेगा तो बातचीत होगी।", "hi").stream()
                .noneMatch(c -> c.startsWith("BT")));
        assertTrue(commitments("Nepal's foreign ministry said talks would resume only if Bhutan will reopen the border.",
                "en").stream().noneMatch(c -> c.startsWith("BT")));
    }

    @Test
    void anIntentAfterTheConditionEndsIsACommitment() {
        // "तो" and "then" close the condition (condition-end in the lexicons): without them Nepal's intent stays conditional.
        assertEquals(Set.of("NP|trade-and-investment"), commitments("नेपाल के विदेश मंत्रालय ने कहा कि अगर भूटान सीमा "
                + "खोलेगा तो नेपाल व्यापार बढ़ाने के लिए काम करेगा।", "hi"));
        assertEquals(Set.of("NP|trade-and-investment"), commitments("Nepal's foreign ministry said if Bhutan reopens the "
                + "border then Nepal will work to boost trade and investment.", "en"));
    }

    @Test
    void anAgendaIsNoCommitment() {
        assertTrue(commitments("Nepal's foreign ministry said Nepal will discuss trade and investment with Bhutan.", "en")
                .isEmpty());
        assertTrue(commitments("नेपाल के विदेश मंत्रालय ने कहा कि नेपाल भूटान के साथ व्यापार पर चर्चा करेगा।", "hi").isEmpty());
    }

    @Test
    void aCountryInsideANameOrACompoundOrAfterAPrepositionIsNoSubject() {
        // "the South China Sea" does not make China the subject that ends Vietnam's words.
        assertEquals(Set.of("VN|peaceful-resolution", "VN|international-law"), commitments("Vietnam's foreign ministry "
                + "said Vietnam was ready to settle disputes in the South China Sea peacefully under international law.", "en"));
        // "with the Philippines" and "in Hanoi and Bangkok" are no subjects either.
        assertEquals(Set.of("VN|trade-and-investment"), commitments("Vietnam's foreign ministry said Vietnam was ready "
                + "to work with the Philippines to boost trade and investment.", "en"));
        // "नेपाल-भूटान" is a compound: the subject of "सहमति जताई" is the pair before it.
        assertEquals(Set.of("NP|connectivity", "BT|connectivity"), commitments("नेपाल और भूटान ने नेपाल-भूटान आर्थिक "
                + "गलियारे को आगे बढ़ाने पर सहमति जताई।", "hi"));
        // "भूटान और भारत का" shares the genitive: Nepal stays the subject of "करता रहेगा".
        assertEquals(Set.of("NP|-"), commitments("नेपाल के विदेश मंत्रालय ने कहा कि नेपाल सीमा विवाद के हल के लिए भूटान और "
                + "भारत का समर्थन करता रहेगा।", "hi"));
    }

    @Test
    void anAppealEndsOnlyItsOwnClause() {
        // "दोनों पक्षों को": the dative postposition (value "to" in hi.tsv) starts the appeal and ends Nepal's words.
        assertEquals(Set.of("NP|peaceful-resolution"), commitments("नेपाल के विदेश मंत्रालय ने कहा कि नेपाल विवादों को "
                + "बातचीत के जरिए सुलझाने के लिए तैयार है और दोनों पक्षों को संयम बरतना चाहिए।", "hi"));
        assertTrue(commitments("नेपाल के विदेश मंत्रालय ने कहा कि भूटान को सीमा पर संयम बरतना चाहिए।", "hi").isEmpty());
    }

    @Test
    void oneSpeakerCommitsOnlyTheirOwnCountryUnlessBothAgreed() {
        assertEquals(Set.of("NP|peace-and-stability"), commitments("Nepal's foreign ministry said Nepal and Bhutan "
                + "will keep working for peace and stability in the Himalayas.", "en"));
        assertEquals(Set.of("NP|peace-and-stability", "BT|peace-and-stability"), commitments("Nepal's foreign ministry "
                + "said Nepal and Bhutan agreed to keep working for peace and stability in the Himalayas.", "en"));
    }

    @Test
    void coordinatedAgreementsAreSeparateCommitments() {
        assertEquals(Set.of("NP|peaceful-resolution", "NP|-", "BT|peaceful-resolution", "BT|-"),
                commitments("Nepal and Bhutan agreed to settle their border dispute peacefully and to open a new "
                        + "consulate in Thimphu.", "en"));
        assertEquals(Set.of("NP|peace-and-stability", "NP|-", "BT|peace-and-stability", "BT|-"),
                commitments("नेपाल और भूटान ने सीमा पर शांति और स्थिरता बनाए रखने की प्रतिबद्धता जताई और नियमित बैठकें "
                        + "करने पर सहमति जताई।", "hi"));
        // One agreement and a hope about it are one intent: the topic is not split off.
        assertEquals(Set.of("NP|peaceful-resolution", "BT|peaceful-resolution"), commitments("नेपाल और भूटान ने वार्ता "
                + "शुरू करने पर सहमति जताई और विश्वास व्यक्त किया कि इससे विवाद का शांतिपूर्ण समाधान निकलेगा।", "hi"));
    }

    @Test
    void narratedAgreementsNamePeopleAndSkipThePastPerfect() {
        assertEquals(Set.of("IN|trade-and-investment", "RU|trade-and-investment"), commitments("Indian External "
                + "Affairs Minister S. Jaishankar and Russian Foreign Minister Sergei Lavrov agreed to expand "
                + "trade and investment.", "en"));
        assertTrue(commitments("नेपाल और भूटान ने पिछले साल व्यापार बढ़ाने पर सहमति जताई थी।", "hi").isEmpty());
        assertTrue(commitments("Nepal and Bhutan had agreed last year to expand trade.", "en").isEmpty());
        // A decision of one side alone is no agreement: "decided to bat first".
        assertTrue(commitments("नेपाल ने टॉस जीतकर पहले बल्लेबाजी करने का फैसला किया।", "hi").isEmpty());
        assertEquals(Set.of("NP|strategic-partnership", "BT|strategic-partnership"), commitments("नेपाल और भूटान ने "
                + "अपने संबंधों को रणनीतिक साझेदारी के स्तर तक ले जाने का फैसला किया।", "hi"));
    }

    @Test
    void theSpeakerIsTheSubjectOfAClauseOpeningWithAPronoun() {
        assertEquals(Set.of("NP|sovereignty"), commitments("नेपाल ने कहा कि वह भूटान की संप्रभुता की रक्षा में उसका समर्थन "
                + "करता रहेगा।", "hi"));
    }

    @Test
    void topicPhrasesSurviveQuotationMarks() {
        assertEquals(Set.of("NP|one-china-policy"), commitments("Nepal's foreign ministry said Nepal remains committed "
                + "to the \"one China\" policy.", "en"));
    }

    @Test
    void speakersOfDefiniteAndHindiCommaAttributions() {
        // "the official said" is the official who spoke before.
        assertEquals(Set.of("NP"), speakers("\"We have no objection,\" a Nepalese official told reporters. Nepal will "
                + "reopen the border next week, the official said.", "en"));
        // "It accused ... and said": the ministry that spoke before.
        assertEquals(Set.of("NP|-"), commitments("Nepal's foreign ministry said the talks had ended without a result. "
                + "It accused Bhutan of delays and said Nepal will closely monitor the river.", "en"));
        // "X ने सोमवार को कहा, ''...''": a speaker set apart from the verb.
        assertEquals(Set.of("IN"), speakers("विदेश मंत्री एस जयशंकर ने सोमवार को कहा, ''हम बातचीत जारी रखेंगे।''", "hi"));
        // The person spoken to ("वाजपेयी को") is not the speaker.
        assertEquals(Set.of("RU"), speakers("रूसी विदेश मंत्री सर्गेई लावरोव ने जयशंकर को आश्वासन दिया कि रूस तेल की "
                + "आपूर्ति जारी रखेगा।", "hi"));
    }
}
