/**
 * One validator class per message kind, each a pure function of the message, a {@link
 * org.silkchain.consensus.validation.ValidationContext} and the message already stored for the same
 * author and step, answering {@link org.silkchain.consensus.validation.ValidationResult}.
 */
package org.silkchain.consensus.validation;
