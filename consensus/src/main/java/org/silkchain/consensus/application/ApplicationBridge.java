package org.silkchain.consensus.application;

import java.util.Optional;
import org.silkchain.consensus.statemachine.ConsensusAction;
import org.silkchain.consensus.statemachine.ConsensusEvent;

/**
 * Answers the engine's application requests by calling an {@link Application}: the glue every
 * driver needs. Returns the event to feed back into the engine, or empty for actions that are not
 * application requests.
 */
public final class ApplicationBridge {
  private final Application application;

  public ApplicationBridge(Application application) {
    this.application = application;
  }

  public Optional<ConsensusEvent> answer(ConsensusAction action) {
    return switch (action) {
      case ConsensusAction.RequestProposal r ->
          Optional.of(
              new ConsensusEvent.ProposalPrepared(
                  r.height(),
                  r.round(),
                  application.prepareProposal(r.height(), r.maxBlockBytes())));
      case ConsensusAction.ValidateProposal v ->
          Optional.of(
              new ConsensusEvent.ProposalValidated(
                  v.height(), v.valueHash(), application.processProposal(v.height(), v.block())));
      case ConsensusAction.Decide d -> {
        FinalizeResult result = application.finalizeBlock(d.height(), d.block(), d.certificate());
        application.commit(d.height());
        yield Optional.of(new ConsensusEvent.BlockFinalized(d.height(), result));
      }
      default -> Optional.empty();
    };
  }
}
