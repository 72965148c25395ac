/**
 * camt.053.001.08, bank-to-customer statement: one account's day ({@link
 * org.silkchain.iso20022.camt053.Statement}) written by {@link
 * org.silkchain.iso20022.camt053.Camt053Writer}.
 */
package org.silkchain.iso20022.camt053;
