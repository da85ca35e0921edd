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
 * General meeting patterns, on sentences written for this test (not taken from the gold set):
 * several meetings in one sentence, a visit's first day, meetings named only by a noun, "the two
 * leaders" before any meeting was reported, and meetings that must stay apart.
 */
class MeetingPatternsTest {
    private static final Extractor EXTRACTOR = new Extractor(SeedStore.reference());

    private static List<Meeting> meetings(String text, String lang, String published) {
        Article a = new Article(null, null, LocalDate.parse(published), lang, null, text, "test");
        return EXTRACTOR.extract(a).meetings();
    }

    private static Set<String> keys(List<Meeting> ms) {
        return ms.stream().map(m -> (m.date() == null ? "-" : m.date().lexical()) + "|" + m.locationCountry() + "|"
                + m.countries().stream().sorted().collect(Collectors.joining(","))).collect(Collectors.toSet());
    }

    @Test
    void twoCallsInOneSentenceAreTwoMeetings() {
        List<Meeting> ms = meetings("The visit follows a phone call between Narendra Modi and Joe Biden on Monday "
                + "and a call between Xi Jinping and Vladimir Putin on May 2.", "en", "2023-05-10");
        assertEquals(Set.of("2023-05-08|null|IN,US", "2023-05-02|null|CN,RU"), keys(ms));
    }

    @Test
    void aPlannedVisitForTalksIsPlannedInTheVisitedCountryOnTheComingWeekday() {
        // 2023-05-10 is a Wednesday: "on Friday" of a plan is the 12th, not the 5th.
        List<Meeting> ms = meetings("Indonesian President Joko Widodo will visit Japan on Friday for talks with Japanese "
                + "Prime Minister Fumio Kishida.", "en", "2023-05-10");
        assertEquals(Set.of("2023-05-12|JP|ID,JP"), keys(ms));
        assertEquals("planned", ms.get(0).status());
    }

    @Test
    void undatedTalksOfAVisitTakeItsFirstDayAndHost() {
        List<Meeting> ms = meetings("TOKYO, May 10 (Reuters) - Indian Prime Minister Narendra Modi arrived in Tokyo on "
                + "Monday for a three-day official visit to Japan.\nDuring the visit Modi held talks with Japanese "
                + "Prime Minister Fumio Kishida.", "en", "2023-05-10");
        assertEquals(Set.of("2023-05-08|JP|IN,JP"), keys(ms));
    }

    @Test
    void hindiTalksNamedByANounNeedPeopleOfTwoCountries() {
        List<Meeting> ms = meetings("रूस के राष्ट्रपति व्लादिमीर पुतिन ने सोमवार को चीन के राष्ट्रपति शी जिनपिंग के साथ "
                + "बीजिंग में बातचीत के बाद कहा कि संबंध मजबूत हैं।", "hi", "2024-05-14");
        assertEquals(Set.of("2024-05-13|CN|CN,RU"), keys(ms));
        assertTrue(meetings("विदेश मंत्रालय ने कहा कि बातचीत जारी रहेगी।", "hi", "2024-05-14").isEmpty());
    }

    @Test
    void theTwoLeadersBeforeAnyMeetingAreThePairJustNamed() {
        List<Meeting> ms = meetings("Japanese Prime Minister Fumio Kishida and Australian Prime Minister Anthony "
                + "Albanese agreed on Friday to deepen defence ties.\nThe two leaders met in Canberra.", "en", "2023-08-04");
        assertEquals(Set.of("2023-08-04|AU|AU,JP"), keys(ms));
    }

    @Test
    void meetingsOfDifferentPeopleStayApart() {
        List<Meeting> ms = meetings("The two foreign ministers last met in March. Presidents Xi Jinping and Joe Biden "
                + "met in Bali on Nov. 14 last year.", "en", "2023-07-01");
        assertTrue(keys(ms).contains("2022-11-14|ID|CN,US"), keys(ms).toString());
    }
}
