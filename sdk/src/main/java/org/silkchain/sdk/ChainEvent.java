package org.silkchain.sdk;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One message of the node's event stream: {@code kind} is {@code block}, {@code receipt} or {@code
 * event}; {@code height} the height it belongs to; {@code data} its JSON (a block, a receipt, or a
 * module event with its transaction id).
 */
public record ChainEvent(String kind, long height, JsonNode data) {}
