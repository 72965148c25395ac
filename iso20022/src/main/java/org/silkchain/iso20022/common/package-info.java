/**
 * Values shared by the ISO 20022 messages: {@link org.silkchain.iso20022.common.Money} in integer
 * minor units with {@link org.silkchain.iso20022.common.CurrencyExponents}, parties, agents,
 * accounts and charges, and the facet checks ({@link org.silkchain.iso20022.common.IsoText}, {@link
 * org.silkchain.iso20022.common.IsoTime}) every record runs in its constructor.
 *
 * <p>{@link org.silkchain.iso20022.common.IsoXmlWriter} is the writers' shared XML layer; other
 * modules have no reason to use it.
 */
package org.silkchain.iso20022.common;
