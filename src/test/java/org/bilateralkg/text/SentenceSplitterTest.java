package org.bilateralkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    static final SentenceSplitter SPLITTER = new SentenceSplitter(
            TextConventions.load(Path.of(System.getProperty("bkg.home", ".")).resolve("data/text")));

    private static List<String> sentences(String text) {
        Document d = SPLITTER.split(text);
        return d.sentences().stream().map(s -> s.text(text)).toList();
    }

    @Test
    void dandaEndsAHindiSentence() {
        assertEquals(List.of("भारत और चीन ने बातचीत की।", "दोनों पक्ष सहमत हुए।"), sentences("भारत और चीन ने बातचीत की। दोनों पक्ष सहमत हुए।"));
    }

    @Test
    void initialsAndAbbreviationsDoNotEndASentence() {
        assertEquals(List.of("External Affairs Minister S. Jaishankar met U.S. Secretary of State Antony Blinken on Friday.",
                        "Mr. Blinken said more."),
                sentences("External Affairs Minister S. Jaishankar met U.S. Secretary of State Antony Blinken on Friday. Mr. Blinken said more."));
    }

    @Test
    void devanagariInitialsOfMoreThanOneSyllableDoNotEndASentence() {
        assertEquals(List.of("विदेश मंत्री एस. एम. कृष्णा ने एल. के. आडवाणी से बात की।", "बैठक हुई।"),
                sentences("विदेश मंत्री एस. एम. कृष्णा ने एल. के. आडवाणी से बात की। बैठक हुई।"));
    }

    @Test
    void furnitureIsSetAsideAndCaptionsMarked() {
        String text = "पहला वाक्य।\n| फोटो कैप्शन (स्रोत: एएफपी) |\n\nटिप्पणी (0)";
        Document d = SPLITTER.split(text);
        assertEquals(1, d.furniture().size());
        assertEquals("टिप्पणी (0)", text.substring(d.furniture().get(0).start(), d.furniture().get(0).end()));
        assertTrue(d.sentences().stream().filter(Sentence::caption).count() >= 1);
        assertTrue(d.sentences().stream().noneMatch(s -> s.text(text).contains("|")), "the caption bars are framing, not text");
    }

    @Test
    void offsetsIndexTheOriginalTextEvenWithInvisibleCharacters() {
        String text = "\u200Fरूस\u200D और चीन।";
        Sentence s = SPLITTER.split(text).sentences().get(0);
        assertEquals("रूस", text.substring(s.tokens().get(0).start(), s.tokens().get(0).end()));
    }
}
