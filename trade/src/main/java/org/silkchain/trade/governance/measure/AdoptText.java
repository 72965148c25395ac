package org.silkchain.trade.governance.measure;

import java.util.Objects;
import java.util.regex.Pattern;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.runtime.module.Fields;
import org.silkchain.trade.governance.ProposalType;

/**
 * Adopts a text: a decision, trade rule, waiver, interpretation or dispute-settlement report. On
 * adoption it is stored under the hash of its content (UTF-8), with the content itself.
 *
 * @param reference a short public reference (such as {@code WT/DS999/R} for a panel report)
 */
public record AdoptText(ProposalType type, String reference, String title, String content)
    implements Measure {
  public static final int MAX_CONTENT_BYTES = 16 * 1024;
  private static final Codec<String> REFERENCE =
      Fields.string("text.reference", 64, Pattern.compile("[A-Za-z0-9][A-Za-z0-9/._:-]{0,63}"));
  private static final Codec<String> TITLE =
      Fields.string("text.title", 800, Pattern.compile("[^\\p{Cntrl}]{1,200}"));
  private static final Codec<String> CONTENT =
      Fields.string("text.content", MAX_CONTENT_BYTES, Pattern.compile("(?s).+"));

  public AdoptText {
    Objects.requireNonNull(reference, "reference");
    if (!type.isText()) {
      throw new IllegalArgumentException("not a text type: " + type);
    }
  }

  static void write(AdoptText t, CanonicalWriter out) {
    REFERENCE.encode(t.reference, out);
    TITLE.encode(t.title, out);
    CONTENT.encode(t.content, out);
  }

  static AdoptText read(ProposalType type, CanonicalReader in) {
    return new AdoptText(type, REFERENCE.decode(in), TITLE.decode(in), CONTENT.decode(in));
  }
}
