package org.silkchain.iso20022.common;

import java.util.Objects;
import java.util.Optional;

/**
 * A structured postal address ({@code PostalAddress24}): town and country are required, as the
 * payment market's structured-address rules ask; street, building number and post code are
 * optional.
 */
public record PostalAddress(
    Optional<String> streetName,
    Optional<String> buildingNumber,
    Optional<String> postCode,
    String townName,
    String country) {

  public PostalAddress {
    IsoText.optionalText("address.streetName", streetName, IsoText.MAX_70);
    IsoText.optionalText("address.buildingNumber", buildingNumber, IsoText.MAX_16);
    IsoText.optionalText("address.postCode", postCode, IsoText.MAX_16);
    IsoText.text("address.townName", townName, IsoText.MAX_35);
    IsoText.country("address.country", Objects.requireNonNull(country, "address.country"));
  }

  /** An address of a town and an ISO 3166 alpha-2 country only. */
  public static PostalAddress of(String townName, String country) {
    return new PostalAddress(
        Optional.empty(), Optional.empty(), Optional.empty(), townName, country);
  }
}
