package org.bilateralkg.extract;

/** A multilateral gathering named in the article ("ASEAN Foreign Ministers' Meeting"). */
public record MultilateralEvent(int index, String organiser, String label, String labelLang, Evidence evidence) {
}
