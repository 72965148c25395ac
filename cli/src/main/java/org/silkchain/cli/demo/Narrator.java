package org.silkchain.cli.demo;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the demo prints its story: chapters, one line per transaction, indented notes, XML excerpts,
 * and amounts in their currency's units (CNY 78,109.37, JPY 13,452).
 */
final class Narrator {
  private final PrintWriter out;
  private final Map<String, Integer> minorUnits = new TreeMap<>();

  Narrator(PrintWriter out) {
    this.out = out;
  }

  /** Remembers {@code code}'s minor units, for {@link #money}. */
  void currency(String code, int units) {
    minorUnits.put(code, units);
  }

  /** {@code EUR 10,000.00}: {@code minor} in {@code code}'s units (2 decimals if unknown). */
  String money(String code, long minor) {
    int units = minorUnits.getOrDefault(code, 2);
    return code + " " + String.format("%,." + units + "f", BigDecimal.valueOf(minor, units));
  }

  void chapter(String title) {
    out.println();
    out.println("== " + title);
    out.flush();
  }

  void transaction(Outcome o, String verdict) {
    out.printf(
        "%3d. %s%n     tx %s  block %d  %s%n",
        o.step(), o.title(), o.txId().substring(0, 12), o.height(), verdict);
    out.flush();
  }

  void note(String text) {
    out.println("     . " + text);
    out.flush();
  }

  /** Prints the lines of {@code xml} that open one of {@code elements}. */
  void excerpt(String xml, String... elements) {
    for (String line : xml.lines().toList()) {
      String t = line.strip();
      for (String e : elements) {
        if (t.startsWith("<" + e + ">") || t.startsWith("<" + e + " ")) {
          out.println("       " + t);
          break;
        }
      }
    }
    out.flush();
  }
}
