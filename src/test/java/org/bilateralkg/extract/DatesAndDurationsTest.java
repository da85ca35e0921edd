package org.bilateralkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.bilateralkg.it.SeedStore;
import org.bilateralkg.reference.ReferenceData;
import org.bilateralkg.text.Sentence;
import org.bilateralkg.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class DatesAndDurationsTest {
    static final ReferenceData REF = SeedStore.reference();

    private static AnnotatedSentence sentence(String text, String lang) {
        Sentence s = new SentenceSplitter(REF.textConventions()).split(text).sentences().get(0);
        return new AnnotatedSentence(s, REF.gazetteer().findAll(s.tokens()), lang);
    }

    private static String date(String text, String lang, String published) {
        var f = DateExpressionParser.first(sentence(text, lang), published == null ? null : LocalDate.parse(published), false);
        return f == null ? null : f.value().lexical();
    }

    @Test
    void dayAndMonthTakeTheYearNearestPublication() {
        assertEquals("2023-12-28", date("They met on 28 December.", "en", "2024-01-03"));
        assertEquals("2024-07-25", date("25 जुलाई को बैठक हुई।", "hi", "2024-07-26"));
        assertEquals("--07-25", date("25 जुलाई को बैठक हुई।", "hi", null));
        assertEquals("2002-06-01", date("They met on June 1, 2002.", "en", "2024-07-26"));
        assertEquals("2001-03-05", date("५ मार्च २००१ को बैठक हुई।", "hi", null));
    }

    @Test
    void intervalsStartOnTheirFirstDayAndHindiDaysMayBeWords() {
        // "से" and "to" are range-separators of the lexicons; the dash is DateExpressionParser's own.
        assertEquals("2019-12-15", date("आबे की 15 से 17 दिसंबर तक प्रस्तावित यात्रा स्थगित कर दी गई।", "hi", "2019-12-13"));
        assertEquals("2021-03-08", date("The summit runs from 8 to 10 March.", "en", "2021-03-01"));
        assertEquals("2021-03-08", date("The summit runs 8-10 March.", "en", "2021-03-01"));
        assertEquals("2019-11-04", date("दोनों की मुलाकात चार नवंबर को हुई थी।", "hi", "2019-12-13"));
    }

    @Test
    void impossibleDatesAreNoDates() {
        assertNull(date("They met on 31 February.", "en", "2024-07-26"));
    }

    @Test
    void weekdaysResolveAgainstPublication() {
        assertEquals("2024-07-26", date("Wang met Lavrov on Friday.", "en", "2024-07-27"));
        assertNull(date("Wang met Lavrov on Friday.", "en", null));
    }

    @Test
    void durations() {
        var d = DurationParser.first(sentence("They held a 40-minute meeting.", "en"));
        assertEquals("PT40M", d.lexical());
        var h = DurationParser.first(sentence("The talks lasted about an hour.", "en"));
        assertEquals("PT1H", h.lexical());
        assertTrue(h.approximate());
        assertEquals("PT1H30M", DurationParser.first(sentence("दोनों नेताओं ने डेढ़ घंटे बातचीत की।", "hi")).lexical());
    }
}
