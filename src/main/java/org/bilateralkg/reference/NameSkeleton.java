package org.bilateralkg.reference;

import java.text.Normalizer;
import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * A spelling-tolerant key for personal names across scripts: the name transliterated to ASCII
 * (ICU), lower case, vowels and 'h' dropped, a few sound-alike letters merged and doubled letters
 * collapsed. "सर्गेई लावरोव" and "Sergey Lavrov" both give "srg lvrv"; "वांग यी" and "Wang Yi" give
 * "vng". Equal skeletons mean "probably the same name", to be confirmed by context.
 */
public final class NameSkeleton {
    // ICU transliterators are not thread-safe for concurrent use; one per thread.
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameSkeleton() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(TO_ASCII.get().transliterate(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : ascii.split("[^a-z]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word.replace("ph", "f").replace("sh", "s").replace("ch", "c").replace("kh", "k")
                    .replace("th", "t").replace("dh", "d").replace("bh", "b").replace("gh", "g")
                    .replace('w', 'v').replace('q', 'k').replace('z', 'j').replace('x', 'k').replace('c', 'k');
            StringBuilder sk = new StringBuilder();
            for (char ch : w.toCharArray()) {
                if ("aeiouyh".indexOf(ch) >= 0) {
                    continue;
                }
                if (sk.length() == 0 || sk.charAt(sk.length() - 1) != ch) {
                    sk.append(ch);
                }
            }
            if (sk.length() > 0) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(sk);
            }
        }
        return out.toString();
    }
}
