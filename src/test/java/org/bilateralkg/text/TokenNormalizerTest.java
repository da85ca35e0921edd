package org.bilateralkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TokenNormalizerTest {
    @Test
    void nuktaAndChandrabinduVariantsFold() {
        assertEquals(TokenNormalizer.normalize("ज़रूरी"), TokenNormalizer.normalize("जरूरी"));
        assertEquals(TokenNormalizer.normalize("\u095B"), TokenNormalizer.normalize("\u091C\u093C")); // precomposed and combining nukta
        assertEquals(TokenNormalizer.normalize("पाँच"), TokenNormalizer.normalize("पांच"));
    }

    @Test
    void differentHindiWordsStayDifferent() {
        assertNotEquals(TokenNormalizer.normalize("कि"), TokenNormalizer.normalize("की"));
        assertNotEquals(TokenNormalizer.normalize("में"), TokenNormalizer.normalize("मैं"));
    }

    @Test
    void digitsOfAnyScriptAndLatinCase() {
        assertEquals("2001", TokenNormalizer.normalize("२००१"));
        assertEquals("turkiye", TokenNormalizer.normalize("Türkiye"));
    }
}
