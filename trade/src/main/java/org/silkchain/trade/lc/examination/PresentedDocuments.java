package org.silkchain.trade.lc.examination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;

/**
 * The documents of one presentation, each optional (a missing required one is a discrepancy), as
 * they are sealed to the parties of the credit.
 */
public record PresentedDocuments(
    Optional<ExaminedInvoice> invoice,
    Optional<ExaminedTransportDocument> transport,
    Optional<ExaminedInsuranceCertificate> insurance,
    Optional<ExaminedPackingList> packingList,
    Optional<ExaminedCertificateOfOrigin> origin) {
  public static final int TYPE_TAG = 0x0F16;

  public static final Codec<PresentedDocuments> CODEC =
      new Codec<>() {
        @Override
        public void encode(PresentedDocuments d, CanonicalWriter out) {
          out.header(TYPE_TAG, 1);
          out.optional(d.invoice, ExaminedInvoice.CODEC);
          out.optional(d.transport, ExaminedTransportDocument.CODEC);
          out.optional(d.insurance, ExaminedInsuranceCertificate.CODEC);
          out.optional(d.packingList, ExaminedPackingList.CODEC);
          out.optional(d.origin, ExaminedCertificateOfOrigin.CODEC);
        }

        @Override
        public PresentedDocuments decode(CanonicalReader in) {
          in.header("documents", TYPE_TAG, 1);
          return new PresentedDocuments(
              in.optional("documents.invoice", ExaminedInvoice.CODEC),
              in.optional("documents.transport", ExaminedTransportDocument.CODEC),
              in.optional("documents.insurance", ExaminedInsuranceCertificate.CODEC),
              in.optional("documents.packingList", ExaminedPackingList.CODEC),
              in.optional("documents.origin", ExaminedCertificateOfOrigin.CODEC));
        }
      };

  public PresentedDocuments {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(insurance, "insurance");
    Objects.requireNonNull(packingList, "packingList");
    Objects.requireNonNull(origin, "origin");
  }

  /** The kinds present. */
  public Set<DocumentKind> kinds() {
    EnumSet<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
    invoice.ifPresent(x -> kinds.add(DocumentKind.COMMERCIAL_INVOICE));
    transport.ifPresent(x -> kinds.add(DocumentKind.TRANSPORT_DOCUMENT));
    insurance.ifPresent(x -> kinds.add(DocumentKind.INSURANCE_CERTIFICATE));
    packingList.ifPresent(x -> kinds.add(DocumentKind.PACKING_LIST));
    origin.ifPresent(x -> kinds.add(DocumentKind.CERTIFICATE_OF_ORIGIN));
    return kinds;
  }

  /** Each document's own date, by field name, in a fixed order (for Art. 14(i)). */
  List<Dated> dates() {
    List<Dated> dates = new ArrayList<>();
    invoice.ifPresent(i -> dates.add(new Dated("invoice.date", i.date())));
    transport.ifPresent(t -> dates.add(new Dated("transport.issueDate", t.issueDate())));
    insurance.ifPresent(c -> dates.add(new Dated("insurance.date", c.date())));
    packingList.ifPresent(p -> dates.add(new Dated("packingList.date", p.date())));
    origin.ifPresent(o -> dates.add(new Dated("origin.date", o.date())));
    return dates;
  }

  record Dated(String field, LocalDate date) {}
}
