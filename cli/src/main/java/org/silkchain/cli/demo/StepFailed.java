package org.silkchain.cli.demo;

/** A demo step did not end as the story expects; the message names the step and the reason. */
public final class StepFailed extends Exception {
  public StepFailed(String message) {
    super(message);
  }

  public StepFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
