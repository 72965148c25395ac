package org.silkchain.cli.demo;

/**
 * A committed demo transaction: its id (hex), the block it is in and the receipt's code.
 *
 * @param step the story's step number
 * @param title what the step does, in words
 * @param txId transaction id, hex
 * @param height height of the block that holds it
 * @param code the receipt's result code ({@code OK} or a rejection)
 * @param expected the code the story expects
 */
public record Outcome(
    int step, String title, String txId, long height, String code, String expected) {
  public boolean succeeded() {
    return code.equals(expected);
  }
}
