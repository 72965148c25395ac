/**
 * pacs.002.001.11, FI-to-FI payment status report: the status of a credit transfer ({@link
 * org.silkchain.iso20022.pacs002.PaymentStatus}) written by {@link
 * org.silkchain.iso20022.pacs002.Pacs002Writer}.
 */
package org.silkchain.iso20022.pacs002;
