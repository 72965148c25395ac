package org.silkchain.trade.governance;

import java.util.Objects;
import java.util.Optional;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.codec.DecodeException;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.trade.governance.measure.Measure;
import org.silkchain.trade.governance.voting.RuleSet;

/**
 * A tabled proposal as state keeps it, for ever ({@code governance/proposal/<id>}): what it would
 * change, the rules in force when it was tabled, its timetable in block time, and, once closed, its
 * decision and execution.
 *
 * <p>Timetable: deliberation from {@code tabledAt} to {@code opensAt}; votes are accepted at block
 * times in {@code [opensAt, deadline)}; from {@code deadline} on anyone may close it. If adopted it
 * executes in the closing transaction, or, when {@code executeAtHeight} is later than the closing
 * height, by an {@code execute} transaction at or after that height.
 *
 * @param executeAtHeight 0 to execute when closed
 */
public record Proposal(
    long id,
    AccountId author,
    Measure measure,
    RuleSet rules,
    long tabledAt,
    long tabledHeight,
    long opensAt,
    long deadline,
    long executeAtHeight,
    Status status,
    Optional<Decision> decision,
    Optional<ExecutionRecord> execution) {
  public static final int TYPE_TAG = 0x1001;

  public static final Codec<Proposal> CODEC =
      new Codec<>() {
        @Override
        public void encode(Proposal p, CanonicalWriter out) {
          out.header(TYPE_TAG, 1).u63(p.id);
          AccountId.CODEC.encode(p.author, out);
          Measure.CODEC.encode(p.measure, out);
          RuleSet.CODEC.encode(p.rules, out);
          out.u63(p.tabledAt).u63(p.tabledHeight).u63(p.opensAt).u63(p.deadline);
          out.u63(p.executeAtHeight).u8(p.status.code());
          out.optional(p.decision, Decision.CODEC).optional(p.execution, ExecutionRecord.CODEC);
        }

        @Override
        public Proposal decode(CanonicalReader in) {
          in.header("proposal", TYPE_TAG, 1);
          long id = in.u63("proposal.id");
          AccountId author = AccountId.CODEC.decode(in);
          Measure measure = Measure.CODEC.decode(in);
          RuleSet rules = RuleSet.CODEC.decode(in);
          long tabledAt = in.u63("proposal.tabledAt");
          long tabledHeight = in.u63("proposal.tabledHeight");
          long opensAt = in.u63("proposal.opensAt");
          long deadline = in.u63("proposal.deadline");
          long executeAt = in.u63("proposal.executeAtHeight");
          int code = in.u8("proposal.status");
          Status status =
              Status.fromCode(code)
                  .orElseThrow(
                      () ->
                          new DecodeException(
                              DecodeException.Reason.INVALID_VALUE, "proposal.status " + code));
          return new Proposal(
              id,
              author,
              measure,
              rules,
              tabledAt,
              tabledHeight,
              opensAt,
              deadline,
              executeAt,
              status,
              in.optional("proposal.decision", Decision.CODEC),
              in.optional("proposal.execution", ExecutionRecord.CODEC));
        }
      };

  public Proposal {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(status, "status");
  }

  public ProposalType type() {
    return measure.type();
  }

  public Proposal withStatus(Status next) {
    return new Proposal(
        id,
        author,
        measure,
        rules,
        tabledAt,
        tabledHeight,
        opensAt,
        deadline,
        executeAtHeight,
        next,
        decision,
        execution);
  }

  public Proposal decided(Status next, Decision d) {
    return new Proposal(
        id,
        author,
        measure,
        rules,
        tabledAt,
        tabledHeight,
        opensAt,
        deadline,
        executeAtHeight,
        next,
        Optional.of(d),
        execution);
  }

  public Proposal executed(ExecutionRecord record) {
    Status next = record.code().isOk() ? Status.EXECUTED : Status.FAILED;
    return new Proposal(
        id,
        author,
        measure,
        rules,
        tabledAt,
        tabledHeight,
        opensAt,
        deadline,
        executeAtHeight,
        next,
        decision,
        Optional.of(record));
  }
}
