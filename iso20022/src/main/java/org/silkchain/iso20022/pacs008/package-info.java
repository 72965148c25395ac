/**
 * pacs.008.001.09, FI-to-FI customer credit transfer: a settled cross-border payment ({@link
 * org.silkchain.iso20022.pacs008.CreditTransfer}) written by {@link
 * org.silkchain.iso20022.pacs008.Pacs008Writer}.
 */
package org.silkchain.iso20022.pacs008;
