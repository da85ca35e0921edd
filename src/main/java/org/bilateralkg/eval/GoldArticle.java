package org.bilateralkg.eval;

import java.util.Set;

/** What a careful reader takes from one article (docs/EVAL.md), as comparable fact keys. */
record GoldArticle(String id, boolean negative, Set<String> meetings, Set<String> participants,
                   Set<String> statements, Set<String> commitments) {
}
