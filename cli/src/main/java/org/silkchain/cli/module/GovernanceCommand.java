package org.silkchain.cli.module;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.silkchain.cli.client.Failure;
import org.silkchain.crypto.PublicKey;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.module.Empty;
import org.silkchain.runtime.validators.ValidatorRegistry;
import org.silkchain.sdk.SilkchainClient;
import org.silkchain.trade.basket.Composition;
import org.silkchain.trade.governance.Ballot;
import org.silkchain.trade.governance.Cast;
import org.silkchain.trade.governance.GovernanceModule;
import org.silkchain.trade.governance.Proposal;
import org.silkchain.trade.governance.ProposalRef;
import org.silkchain.trade.governance.ProposalType;
import org.silkchain.trade.governance.Table;
import org.silkchain.trade.governance.concentration.ConcentrationReport;
import org.silkchain.trade.governance.concentration.Share;
import org.silkchain.trade.governance.concentration.Warning;
import org.silkchain.trade.governance.measure.AddValidator;
import org.silkchain.trade.governance.measure.AdmitMember;
import org.silkchain.trade.governance.measure.AdoptText;
import org.silkchain.trade.governance.measure.Measure;
import org.silkchain.trade.governance.measure.RemoveValidator;
import org.silkchain.trade.governance.measure.SetBasket;
import org.silkchain.trade.governance.measure.SetParameter;
import org.silkchain.trade.governance.voting.Vote;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code silkchain governance ...}: proposals, votes and the consortium's concentration. */
@Command(
    name = "governance",
    mixinStandardHelpOptions = true,
    description = {
      "Consortium governance: members table proposals ('table MEASURE'), vote on them in the"
          + " voting period, and anyone closes a proposal after its deadline (it executes if"
          + " adopted) or executes a scheduled one. Proposal ids are in the 'tabled' event.",
      "Exit 0 ok, 1 refused, 2 bad input, 3 node unreachable."
    },
    subcommands = {
      GovernanceCommand.TableCmd.class,
      GovernanceCommand.VoteCmd.class,
      GovernanceCommand.WithdrawCmd.class,
      GovernanceCommand.CloseCmd.class,
      GovernanceCommand.ExecuteCmd.class,
      GovernanceCommand.ProposalCmd.class,
      GovernanceCommand.VotesCmd.class,
      GovernanceCommand.ConcentrationCmd.class
    })
public final class GovernanceCommand extends GroupCommand {
  private static final String M = GovernanceModule.NAME;

  @Command(
      name = "table",
      mixinStandardHelpOptions = true,
      description = "Tables a proposal; the subcommand names its measure.",
      subcommands = {
        SetParameterCmd.class,
        SetBasketCmd.class,
        AdmitMemberCmd.class,
        AddValidatorCmd.class,
        RemoveValidatorCmd.class,
        AdoptTextCmd.class
      })
  static final class TableCmd extends GroupCommand {}

  /** What every tabling shares: the timetable. */
  abstract static class TableTx extends ModuleTx {
    @Option(
        names = "--deliberation-ms",
        defaultValue = "0",
        description = "Block time before voting opens (default ${DEFAULT-VALUE}).")
    long deliberationMillis;

    @Option(
        names = "--voting-ms",
        defaultValue = "86400000",
        description = "How long voting lasts in block time (default ${DEFAULT-VALUE}).")
    long votingMillis;

    @Option(
        names = "--execute-at",
        defaultValue = "0",
        description = "Height at which an adopted measure executes (0: when closed).")
    long executeAtHeight;

    abstract Measure measure() throws Failure;

    @Override
    Payload payload() throws Failure {
      if (deliberationMillis < 0 || votingMillis < 0 || executeAtHeight < 0) {
        throw new Failure(Failure.BAD_INPUT, "the timetable's values must not be negative");
      }
      return payload(
          M,
          GovernanceModule.TABLE,
          new Table(measure(), deliberationMillis, votingMillis, executeAtHeight));
    }
  }

  @Command(
      name = "set-parameter",
      mixinStandardHelpOptions = true,
      description = "Sets a governed parameter (e.g. fees, limits) to one or more values.")
  static final class SetParameterCmd extends TableTx {
    @Option(names = "--name", required = true, description = "The parameter's name.")
    String name;

    @Option(names = "--value", required = true, description = "A value (repeat for a list).")
    List<Long> values;

    @Override
    Measure measure() {
      return new SetParameter(name, List.copyOf(values));
    }
  }

  @Command(
      name = "set-basket",
      mixinStandardHelpOptions = true,
      description = "Replaces the basket currency's composition.")
  static final class SetBasketCmd extends TableTx {
    @Option(names = "--code", defaultValue = "XDR", description = "The basket's code.")
    String code;

    @Option(names = "--minor-units", defaultValue = "2", description = "Its minor units.")
    int minorUnits;

    @Option(names = "--lot-size", required = true, description = "Basket minor units per lot.")
    long lotSize;

    @Option(
        names = "--leg",
        required = true,
        description = "CODE=AMOUNT: a currency's minor units per lot (repeat per currency).")
    List<String> legs;

    @Override
    Measure measure() throws Failure {
      List<Composition.Leg> parsed = new ArrayList<>();
      for (String leg : legs) {
        int eq = leg.indexOf('=');
        try {
          parsed.add(
              new Composition.Leg(leg.substring(0, eq), Long.parseLong(leg.substring(eq + 1))));
        } catch (RuntimeException e) {
          throw new Failure(Failure.BAD_INPUT, "--leg must be CODE=AMOUNT, got '" + leg + "'");
        }
      }
      return new SetBasket(new Composition(code, minorUnits, lotSize, List.copyOf(parsed)));
    }
  }

  @Command(
      name = "admit-member",
      mixinStandardHelpOptions = true,
      description = "Admits an institution with its registry entry and account keys.")
  static final class AdmitMemberCmd extends TableTx {
    @Option(names = "--id", required = true, description = "The member id (a-z0-9._-).")
    String id;

    @Option(names = "--name", required = true, description = "Its name.")
    String name;

    @Option(names = "--role", required = true, description = "A role label (repeatable).")
    List<String> roles;

    @Option(names = "--jurisdiction", required = true, description = "ISO 3166 country.")
    String jurisdiction;

    @Option(names = "--bic", description = "BIC, for banks.")
    String bic;

    @Option(
        names = "--public-key",
        required = true,
        description = "An account key in hex (repeatable), as 'silkchain keys show' prints it.")
    List<String> keys;

    @Option(names = "--threshold", defaultValue = "1", description = "Signatures required.")
    int threshold;

    @Override
    Measure measure() throws Failure {
      EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
      for (String r : roles) {
        parsed.add(
            Role.fromLabel(r)
                .orElseThrow(() -> new Failure(Failure.BAD_INPUT, "unknown role '" + r + "'")));
      }
      List<PublicKey> accountKeys = new ArrayList<>();
      for (String k : keys) {
        accountKeys.add(Args.publicKey("--public-key", k));
      }
      return new AdmitMember(
          id,
          name,
          parsed,
          jurisdiction,
          Optional.ofNullable(bic),
          List.copyOf(accountKeys),
          threshold);
    }
  }

  static ValidatorRegistry.Entry entry(String hex) throws Failure {
    try {
      return ValidatorRegistry.Entry.CODEC.decode(Args.hex("--entry", hex));
    } catch (RuntimeException e) {
      throw new Failure(
          Failure.BAD_INPUT,
          "--entry is not a registry entry: " + String.valueOf(e.getMessage()).replace('\n', ' '));
    }
  }

  @Command(
      name = "add-validator",
      mixinStandardHelpOptions = true,
      description = "Adds (or re-weights) a validator: the entry 'silkchain net add-node' prints.")
  static final class AddValidatorCmd extends TableTx {
    @Option(names = "--entry", required = true, description = "The registry entry in hex.")
    String entry;

    @Override
    Measure measure() throws Failure {
      ValidatorRegistry.Entry e = entry(entry);
      return new AddValidator(e.key(), e.power(), e.operator(), e.address(), e.tlsFingerprint());
    }
  }

  @Command(
      name = "remove-validator",
      mixinStandardHelpOptions = true,
      description = "Removes the validator of a registry entry (as 'net add-node' printed it).")
  static final class RemoveValidatorCmd extends TableTx {
    @Option(names = "--entry", required = true, description = "The registry entry in hex.")
    String entry;

    @Override
    Measure measure() throws Failure {
      return new RemoveValidator(entry(entry).key());
    }
  }

  @Command(
      name = "adopt-text",
      mixinStandardHelpOptions = true,
      description = "Adopts a text: a decision, trade rule, waiver, interpretation or report.")
  static final class AdoptTextCmd extends TableTx {
    @Option(
        names = "--type",
        defaultValue = "adopt-decision",
        description =
            "adopt-decision, adopt-trade-rule, adopt-waiver, adopt-interpretation or"
                + " adopt-ds-report (default ${DEFAULT-VALUE}).")
    String type;

    @Option(names = "--reference", required = true, description = "The text's reference.")
    String reference;

    @Option(names = "--title", required = true, description = "Its title.")
    String title;

    @Option(names = "--content-file", required = true, description = "The text (UTF-8 file).")
    Path contentFile;

    @Override
    Measure measure() throws Failure {
      ProposalType kind = null;
      for (ProposalType t : ProposalType.values()) {
        if (t.label().equals(type)) {
          kind = t;
        }
      }
      if (kind == null) {
        throw new Failure(Failure.BAD_INPUT, "unknown --type '" + type + "'");
      }
      try {
        return new AdoptText(kind, reference, title, Files.readString(contentFile));
      } catch (IOException e) {
        throw new Failure(Failure.BAD_INPUT, "cannot read " + contentFile + ": " + e.getMessage());
      }
    }
  }

  static final class Choice {
    @Option(names = "--for", required = true, description = "Vote for.")
    boolean votesFor;

    @Option(names = "--against", required = true, description = "Vote against.")
    boolean against;

    @Option(names = "--abstain", required = true, description = "Abstain.")
    boolean abstain;

    Vote vote() {
      return votesFor ? Vote.FOR : against ? Vote.AGAINST : Vote.ABSTAIN;
    }
  }

  @Command(
      name = "vote",
      mixinStandardHelpOptions = true,
      description = "Votes on an open proposal (a later vote replaces the earlier one).")
  static final class VoteCmd extends ModuleTx {
    @Option(names = "--id", required = true, description = "The proposal id.")
    long id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    @Override
    Payload payload() throws Failure {
      return payload(M, GovernanceModule.VOTE, new Cast(id, choice.vote()));
    }
  }

  abstract static class RefTx extends ModuleTx {
    @Option(names = "--id", required = true, description = "The proposal id.")
    long id;
  }

  @Command(
      name = "withdraw",
      mixinStandardHelpOptions = true,
      description = "Author: withdraws an open proposal.")
  static final class WithdrawCmd extends RefTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, GovernanceModule.WITHDRAW, new ProposalRef(id));
    }
  }

  @Command(
      name = "close",
      mixinStandardHelpOptions = true,
      description =
          "Counts the votes after the deadline; an adopted measure executes now or is"
              + " scheduled.")
  static final class CloseCmd extends RefTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, GovernanceModule.CLOSE, new ProposalRef(id));
    }
  }

  @Command(
      name = "execute",
      mixinStandardHelpOptions = true,
      description = "Executes a scheduled proposal at or after its height.")
  static final class ExecuteCmd extends RefTx {
    @Override
    Payload payload() throws Failure {
      return payload(M, GovernanceModule.EXECUTE, new ProposalRef(id));
    }
  }

  @Command(
      name = "proposal",
      mixinStandardHelpOptions = true,
      description = "A proposal: its measure, author, timetable, status and decision.")
  static final class ProposalCmd extends ModuleQuery {
    @Option(names = "--id", required = true, description = "The proposal id.")
    long id;

    @Override
    void answer(SilkchainClient client) throws Failure {
      Proposal p = query(client, M, GovernanceModule.PROPOSAL, new ProposalRef(id));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", p.id());
      out.put("author", p.author().toString());
      out.put("measure", p.measure().type().label());
      out.put("tabledAt", p.tabledAt());
      out.put("tabledHeight", p.tabledHeight());
      out.put("opensAt", p.opensAt());
      out.put("deadline", p.deadline());
      out.put("executeAtHeight", p.executeAtHeight());
      out.put("status", p.status().name());
      p.decision()
          .ifPresent(
              d -> {
                Map<String, Object> decision = new LinkedHashMap<>();
                decision.put("outcome", d.outcome().name());
                decision.put("for", d.count().votesFor());
                decision.put("against", d.count().against());
                decision.put("abstain", d.count().abstain());
                decision.put("electorate", d.count().electorate());
                decision.put("closedAt", d.closedAt());
                decision.put("closedHeight", d.closedHeight());
                out.put("decision", decision);
              });
      p.execution()
          .ifPresent(
              x -> {
                Map<String, Object> execution = new LinkedHashMap<>();
                execution.put("height", x.height());
                execution.put("code", x.code().value());
                execution.put("message", x.message());
                out.put("execution", execution);
              });
      show(out);
    }
  }

  @Command(
      name = "votes",
      mixinStandardHelpOptions = true,
      description = "The ballots on a proposal: voter, vote, when, and the casting transaction.")
  static final class VotesCmd extends ModuleQuery {
    @Option(names = "--id", required = true, description = "The proposal id.")
    long id;

    @Override
    void answer(SilkchainClient client) throws Failure {
      List<Ballot> ballots = query(client, M, GovernanceModule.VOTES, new ProposalRef(id));
      List<Map<String, Object>> list = new ArrayList<>();
      for (Ballot b : ballots) {
        Map<String, Object> ballot = new LinkedHashMap<>();
        ballot.put("voter", b.voter().toString());
        ballot.put("vote", b.vote().name());
        ballot.put("castAt", b.castAt());
        ballot.put("height", b.height());
        ballot.put("tx", b.txId().toHex());
        ballot.put("changes", b.changes());
        list.add(ballot);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("proposal", id);
      out.put("ballots", list);
      show(out);
    }
  }

  @Command(
      name = "concentration",
      mixinStandardHelpOptions = true,
      description =
          "Voting and validator power by member, jurisdiction and control group, with"
              + " warnings near the Byzantine limit or a blocking minority.")
  static final class ConcentrationCmd extends ModuleQuery {
    @Override
    void answer(SilkchainClient client) throws Failure {
      ConcentrationReport r = query(client, M, GovernanceModule.CONCENTRATION, Empty.INSTANCE);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("electorate", r.electorate());
      out.put("totalPower", r.totalPower());
      out.put("members", shares(r.members()));
      out.put("jurisdictions", shares(r.jurisdictions()));
      out.put("groups", shares(r.groups()));
      List<Map<String, Object>> warnings = new ArrayList<>();
      for (Warning w : r.warnings()) {
        Map<String, Object> warning = new LinkedHashMap<>();
        warning.put("kind", w.kind());
        warning.put("subjectKind", w.subjectKind());
        warning.put("subject", w.subject());
        warning.put("amount", w.amount());
        warning.put("total", w.total());
        warning.put("limit", w.limit());
        warning.put("proposalType", w.proposalType());
        warnings.add(warning);
      }
      out.put("warnings", warnings);
      show(out);
    }

    private static List<Map<String, Object>> shares(List<Share> shares) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Share s : shares) {
        Map<String, Object> share = new LinkedHashMap<>();
        share.put("subject", s.subject());
        share.put("votes", s.votes());
        share.put("validatorPower", s.validatorPower());
        list.add(share);
      }
      return list;
    }
  }
}
