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

    @Test
    void aSentenceAboutTheCallDatesTheCallJustReported() {
        List<Meeting> ms = meetings("Indian Prime Minister Narendra Modi spoke over the phone with French President "
                + "Emmanuel Macron.\nThe call took place on March 8.", "en", "2022-03-10");
        assertEquals(Set.of("2022-03-08|null|FR,IN"), keys(ms));
    }

    @Test
    void theTwoMetOnAWeekdayCompletesTheMeetingRatherThanStartingOneAtTheDateline() {
        List<Meeting> ms = meetings("BERLIN, March 10 (Reuters) - Visiting Japanese Prime Minister Fumio Kishida held "
                + "talks with Joe Biden in the American capital.\nThe two met on Tuesday.", "en", "2022-03-10");
        assertEquals(Set.of("2022-03-08|US|JP,US"), keys(ms));
    }

    @Test
    void anEarlierOccasionOfTheTwoStaysItsOwnMeeting() {
        List<Meeting> ms = meetings("Narendra Modi held talks with Emmanuel Macron in Paris.\nThe two leaders had "
                + "previously met on March 1.", "en", "2022-03-10");
        assertEquals(Set.of("-|FR|FR,IN", "2022-03-01|null|FR,IN"), keys(ms));
    }

    @Test
    void furtherTalksTheTwoLeadersPlanSomewhereAreAPlannedMeeting() {
        List<Meeting> en = meetings("Narendra Modi met Olaf Scholz in Berlin on Monday.\nThe two leaders plan to hold "
                + "further talks in New Delhi later this year.", "en", "2022-03-10");
        assertEquals(Set.of("2022-03-07|DE|DE,IN", "-|IN|DE,IN"), keys(en));
        assertEquals("planned", en.stream().filter(m -> m.date() == null).findFirst().orElseThrow().status());
        List<Meeting> hi = meetings("नरेंद्र मोदी ने सोमवार को बर्लिन में ओलाफ शोल्ज से मुलाकात की।\nदोनों नेताओं के बीच "
                + "अगली बातचीत नई दिल्ली में होने की उम्मीद है।", "hi", "2022-03-10");
        assertEquals(Set.of("2022-03-07|DE|DE,IN", "-|IN|DE,IN"), keys(hi));
    }

    @Test
    void aPostponedMeetingKeepsTheDateOfItsOwnPhrase() {
        List<Meeting> en = meetings("A meeting between Japanese Prime Minister Fumio Kishida and Indian Prime Minister "
                + "Narendra Modi, due to take place in Tokyo on March 21, has been postponed.", "en", "2022-03-10");
        assertEquals(Set.of("2022-03-21|JP|IN,JP"), keys(en));
        List<Meeting> hi = meetings("20 मार्च को तोक्यो में होने वाली जापानी प्रधानमंत्री फुमियो किशिदा और भारतीय प्रधानमंत्री "
                + "नरेंद्र मोदी की बैठक स्थगित कर दी गई है।", "hi", "2022-03-10");
        assertEquals(Set.of("2022-03-20|JP|IN,JP"), keys(hi));
    }

    @Test
    void aCalledOffMeetingOnAWeekdayIsTheComingOne() {
        // 2022-03-10 is a Thursday: the Monday a meeting was to take place is the 14th.
        List<Meeting> ms = meetings("TOKYO, March 10 (Reuters) - Japanese Prime Minister Fumio Kishida has called off a "
                + "planned meeting with Indian Prime Minister Narendra Modi here on Monday.", "en", "2022-03-10");
        assertEquals(Set.of("2022-03-14|JP|IN,JP"), keys(ms));
    }

    @Test
    void ofTwoPlacesInASentenceTheOneNearestTheMeetingVerbWins() {
        List<Meeting> ms = meetings("Narendra Modi will attend a conference in Paris on Monday, before travelling to "
                + "Berlin on Tuesday to meet German Chancellor Olaf Scholz.", "en", "2022-03-10");
        assertEquals(Set.of("2022-03-15|DE|DE,IN"), keys(ms));
    }

    @Test
    void aCountryNamedAsPartnerIsTheOtherSideWhenOnlyOneSideIsNamed() {
        List<Meeting> ms = meetings("जापानी प्रधानमंत्री फुमियो किशिदा ने बुधवार को भारत के साथ 18 मार्च को तोक्यो में होने "
                + "वाली वार्ता रद्द कर दी।", "hi", "2022-03-10");
        assertEquals(Set.of("2022-03-18|JP|IN,JP"), keys(ms));
        assertEquals("cancelled", ms.get(0).status());
    }

    @Test
    void anEarlierSummitOfTheTwoLeadersInHindiIsItsOwnMeeting() {
        List<Meeting> ms = meetings("नरेंद्र मोदी ने सोमवार को बर्लिन में ओलाफ शोल्ज से मुलाकात की।\nदोनों नेताओं के बीच "
                + "पिछला शिखर सम्मेलन 2 मई 2021 को नई दिल्ली में हुआ था।", "hi", "2022-03-10");
        assertEquals(Set.of("2022-03-07|DE|DE,IN", "2021-05-02|IN|DE,IN"), keys(ms));
    }

    @Test
    void anUnnamedPostAndTheNamedHolderOfItAreOneMeeting() {
        List<Meeting> ms = meetings("भारत ने बुधवार को जापान के साथ 18 मार्च को तोक्यो में होने वाली प्रधानमंत्री स्तर की वार्ता "
                + "रद्द कर दी।\nप्रधानमंत्री नरेंद्र मोदी और जापानी प्रधानमंत्री फुमियो किशिदा के बीच यह वार्ता होनी थी।",
                "hi", "2022-03-10");
        assertEquals(Set.of("2022-03-18|JP|IN,JP"), keys(ms));
        assertTrue(ms.get(0).participants().stream().noneMatch(p -> p.personKey().startsWith("post:")),
                ms.get(0).participants().toString());
    }

    @Test
    void aHindiOnlineSummitIsOneVideoMeetingWithNoPlaceNotTheDateline() {
        List<Meeting> ms = meetings("नयी दिल्ली, 10 मई (भाषा) प्रधानमंत्री नरेंद्र मोदी और जापानी प्रधानमंत्री फुमियो किशिदा ने बुधवार को रक्षा सहयोग "
                + "बढ़ाने पर सहमति जताई।\nदोनों नेताओं के बीच ऑनलाइन शिखर वार्ता में यह फैसला किया गया।\n"
                + "बातचीत के दौरान मोदी ने किशिदा को भारत आने का न्योता दिया।", "hi", "2023-05-10");
        assertEquals(Set.of("2023-05-10|null|IN,JP"), keys(ms));
        assertEquals("video", ms.get(0).ploverMode());
    }

    @Test
    void aDecisionTakenAtTheTalksLeavesTheirDateWithThem() {
        List<Meeting> ms = meetings("नयी दिल्ली, 10 मई (भाषा) भारत और जापान ने बुधवार को रक्षा सहयोग बढ़ाने का फैसला किया और "
                + "एक समझौते पर हस्ताक्षर किए।\nप्रधानमंत्री नरेंद्र मोदी और जापानी प्रधानमंत्री फुमियो किशिदा के बीच ऑनलाइन शिखर "
                + "वार्ता में यह फैसला किया गया।", "hi", "2023-05-10");
        assertEquals(Set.of("2023-05-10|null|IN,JP"), keys(ms));
    }

    @Test
    void everyNameListedAfterCounterpartsTakesPart() {
        List<Meeting> ms = meetings("Australian Foreign Minister Penny Wong and Defence Minister Richard Marles held talks with "
                + "their Indian counterparts, S. Jaishankar and Rajnath Singh, in New Delhi on Monday.", "en", "2024-11-20");
        assertEquals(Set.of("2024-11-18|IN|AU,IN"), keys(ms));
        Set<String> people = new java.util.TreeSet<>();
        ms.get(0).participants().forEach(p -> people.add(p.personKey() + "/" + p.country()));
        assertTrue(people.stream().anyMatch(p -> p.contains("rajnath") && p.endsWith("/IN")), people.toString());
        assertTrue(people.stream().anyMatch(p -> p.contains("jaishankar") && p.endsWith("/IN")), people.toString());
        assertEquals(4, people.size(), people.toString());
    }

    @Test
    void anEnglishVirtualSummitAfterTheLeadIsTheSameVideoMeeting() {
        List<Meeting> ms = meetings("NEW DELHI, May 10 (Reuters) - Prime Minister Narendra Modi and Japanese Prime Minister "
                + "Fumio Kishida agreed on Wednesday to expand defence cooperation.\nThe decision came at a virtual summit "
                + "between Modi and Kishida.", "en", "2023-05-10");
        assertEquals(Set.of("2023-05-10|null|IN,JP"), keys(ms));
        assertEquals("video", ms.get(0).ploverMode());
    }

    @Test
    void aCountryTheSpeakerTravelsOnToIsNotAParticipantsCountry() {
        List<Meeting> ms = meetings("Indian Foreign Minister S. Jaishankar will fly on to Seoul, where he and Commerce "
                + "Secretary Arjun Mehra will hold talks on Monday with their South Korean counterparts Cho Tae-yul and "
                + "Ahn Duk-geun, before visiting the Philippines.",
                "en", "2024-06-05");
        assertEquals(Set.of("2024-06-10|KR|IN,KR"), keys(ms));
    }

    @Test
    void aFirstMeetingSinceANamedSummitRecordsThatEarlierSummit() {
        List<Meeting> ms = meetings("Prime Minister Narendra Modi and Chinese President Xi Jinping met on Tuesday in Kazan, "
                + "their first meeting since the Mamallapuram summit in October 2019.", "en", "2024-10-24");
        assertEquals(Set.of("2024-10-22|RU|CN,IN", "-|IN|CN,IN"), keys(ms));
        // A year alone names no meeting.
        assertEquals(1, meetings("Prime Minister Narendra Modi and Chinese President Xi Jinping met on Tuesday in Kazan, "
                + "their first meeting since 2019.", "en", "2024-10-24").size());
    }

    @Test
    void aHindiFirstMeetingAfterANamedSummitRecordsThatEarlierSummit() {
        List<Meeting> ms = meetings("प्रधानमंत्री नरेंद्र मोदी और चीनी राष्ट्रपति शी जिनपिंग ने मंगलवार को कजान में मुलाकात की। "
                + "अक्टूबर 2019 में मामल्लपुरम शिखर वार्ता के बाद यह दोनों की पहली मुलाकात थी।", "hi", "2024-10-24");
        assertEquals(Set.of("2024-10-22|RU|CN,IN", "-|IN|CN,IN"), keys(ms));
    }

    @Test
    void theTwoLeadersEarlierMeetingInHindiIsTheirsNotTheirEnvoysPlan() {
        List<Meeting> ms = meetings("प्रधानमंत्री नरेंद्र मोदी और चीन के राष्ट्रपति शी जिनपिंग ने बुधवार को बीजिंग में मुलाकात की।\n"
                + "चीन के विदेश मंत्री वांग यी और भारत के विदेश मंत्री एस जयशंकर जल्द ही मिलेंगे।\n"
                + "दोनों नेताओं की पिछली बैठक 5 मार्च 2019 को नयी दिल्ली में हुई थी।", "hi", "2024-10-24");
        assertTrue(keys(ms).contains("2019-03-05|IN|CN,IN"), keys(ms).toString());
        Meeting earlier = ms.stream().filter(m -> m.date() != null && m.date().lexical().equals("2019-03-05")).findFirst().orElseThrow();
        assertEquals(Set.of("narendra-modi", "xi-jinping"),
                earlier.participants().stream().map(Participant::personKey).collect(Collectors.toSet()));
    }
}
