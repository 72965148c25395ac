package org.silkchain.trade.lc.examination;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the examination compares words: case and runs of white space do not matter (a document need
 * not be a mirror image of the credit, ISBP), everything else does. Deterministic: no locale rules
 * beyond {@link Locale#ROOT}.
 */
final class Wording {
  private Wording() {}

  static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  static boolean same(String a, String b) {
    return normalize(a).equals(normalize(b));
  }

  static boolean blank(String s) {
    return s.isBlank();
  }

  /**
   * Art. 14(e): outside the invoice, goods may be described in general terms not conflicting with
   * the credit. Read here as: not blank, and every word of the document's description is a word of
   * the credit's.
   */
  static boolean generalTermsFit(String document, String credit) {
    Set<String> allowed = words(credit);
    Set<String> used = words(document);
    return !used.isEmpty() && allowed.containsAll(used);
  }

  private static Set<String> words(String s) {
    Set<String> words = new TreeSet<>();
    for (String w : normalize(s).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }
}
