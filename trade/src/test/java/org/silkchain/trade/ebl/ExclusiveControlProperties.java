package org.silkchain.trade.ebl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.silkchain.crypto.Hash;
import org.silkchain.ledger.transaction.AccountId;
import org.silkchain.runtime.receipt.Receipt;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.ebl.SurrenderRequest.Purpose;

/**
 * Single ownership of a bill of lading under random attempts by random parties to endorse, endorse
 * in blank, transfer, surrender, accomplish and amend it: there is always exactly one holder, only
 * the holder moves it (the carrier only acts on what was surrendered to it), a bill surrendered for
 * delivery never moves again, and the chain of holders is a chain.
 */
class ExclusiveControlProperties {
  enum Kind {
    ENDORSE,
    ENDORSE_BLANK,
    TRANSFER,
    SURRENDER_DELIVERY,
    SURRENDER_AMENDMENT,
    ACCOMPLISH,
    AMEND,
    TAKE_INTO_CUSTODY,
    RELEASE_FROM_CUSTODY
  }

  /**
   * An actor index of {@code HOLDER} or above (half of them) stands for the current holder, when it
   * can sign, so that attempts succeed often enough to move the bill far.
   */
  private static final int HOLDER = 6;

  record Attempt(Kind kind, int actor, int target) {}

  @Provide
  Arbitrary<List<Attempt>> attempts() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.integers().between(0, 2 * HOLDER - 1),
            Arbitraries.integers().between(0, 5))
        .as(Attempt::new)
        .list()
        .ofMinSize(4)
        .ofMaxSize(16);
  }

  @Property(tries = 40)
  void exactlyOneHolderAndOnlyTheHolderMovesIt(
      @ForAll("attempts") List<Attempt> attempts, @ForAll boolean straight) {
    Shipping s = new Shipping();
    List<Party> parties =
        List.of(
            s.consortium.traderCn,
            s.consortium.traderDe,
            s.consortium.bankCn,
            s.consortium.bankDe,
            s.consortium.bankFr,
            s.carrier);
    Hash id =
        straight
            ? s.issueStraight(s.consortium.traderCn, s.consortium.traderDe)
            : s.issueToOrder(s.consortium.traderCn);
    List<AccountId> everyone = new ArrayList<>(parties.stream().map(Party::id).toList());
    everyone.add(CustodyTestModule.account());
    boolean deliveredOnce = false;
    int moves = 0;

    for (Attempt a : attempts) {
      Bill before = s.bill(id);
      Party actor =
          a.actor() < HOLDER
              ? parties.get(a.actor())
              : parties.stream()
                  .filter(p -> p.id().equals(before.holder()))
                  .findFirst()
                  .orElse(parties.get(0));
      Party target = parties.get(a.target());
      Receipt r = attempt(s, id, a.kind(), actor, target);
      Bill after = s.bill(id);

      if (!r.code().isOk()) {
        assertThat(after).as("a refused %s changes nothing", a).isEqualTo(before);
      } else if (!before.holder().equals(after.holder())) {
        moves++;
        AccountId mover =
            switch (a.kind()) {
              case AMEND -> before.carrier();
              case RELEASE_FROM_CUSTODY -> CustodyTestModule.account();
              default -> actor.id();
            };
        assertThat(mover).as("%s moved the bill", a).isEqualTo(before.holder());
        if (a.kind() == Kind.AMEND) {
          assertThat(before.status()).isEqualTo(Bill.Status.SURRENDERED_FOR_AMENDMENT);
        }
      }
      if (deliveredOnce) {
        assertThat(after.holder())
            .as("surrendered for delivery: stays with the carrier")
            .isEqualTo(s.carrier.id());
        assertThat(after.status())
            .isIn(Bill.Status.SURRENDERED_FOR_DELIVERY, Bill.Status.ACCOMPLISHED);
      }
      deliveredOnce |= after.status() == Bill.Status.SURRENDERED_FOR_DELIVERY;
      checkInvariants(s, id, everyone);
    }
    Statistics.label("bill moved").collect(moves > 0);
  }

  private static Receipt attempt(Shipping s, Hash id, Kind kind, Party actor, Party target) {
    return switch (kind) {
      case ENDORSE -> s.endorse(actor, id, target);
      case ENDORSE_BLANK -> s.endorseInBlank(actor, id);
      case TRANSFER -> s.transfer(actor, id, target);
      case SURRENDER_DELIVERY -> s.surrender(actor, id, Purpose.DELIVERY);
      case SURRENDER_AMENDMENT -> s.surrender(actor, id, Purpose.AMENDMENT);
      case ACCOMPLISH -> s.accomplish(actor, id);
      case AMEND -> {
        Bill bill = s.bill(id);
        BillData amended =
            BillSamples.data(
                "AMD" + (bill.amendments() + 1),
                s.carrier.id(),
                BillSamples.party("Yangtze Textiles Ltd", bill.shipper(), "Shanghai", "CN"),
                bill.consignee()
                    .map(c -> BillSamples.party("Hanse Import GmbH", c, "Hamburg", "DE")),
                List.of(),
                true,
                List.of());
        yield s.chain.act(
            actor, EblModule.AMEND, EblModule.NAME, s.client.amend(s.view(), id, amended));
      }
      case TAKE_INTO_CUSTODY -> s.custody(actor, CustodyTestModule.TAKE, new BillRef(id));
      case RELEASE_FROM_CUSTODY ->
          s.custody(
              actor,
              CustodyTestModule.RELEASE,
              new Endorsement(id, target.id(), s.resealFor(id, target.id())));
    };
  }

  private static void checkInvariants(Shipping s, Hash id, List<AccountId> everyone) {
    Bill bill = s.bill(id);
    List<AccountId> listing = new ArrayList<>();
    for (AccountId account : everyone) {
      if (Bills.heldBy(s.view(), account, 0, Bills.MAX_PAGE).contains(id)) {
        listing.add(account);
      }
    }
    if (bill.status().isFinal()) {
      assertThat(listing).as("a finished bill is nobody's holding").isEmpty();
    } else {
      assertThat(listing).as("exactly one holder").containsExactly(bill.holder());
    }

    List<HolderEntry> chain = s.history(id);
    assertThat(chain).hasSize((int) bill.entries());
    assertThat(chain.get(0).from()).isEqualTo(s.carrier.id());
    for (int i = 0; i < chain.size(); i++) {
      assertThat(chain.get(i).seq()).isEqualTo(i);
      if (i > 0) {
        assertThat(chain.get(i).from())
            .as("entry %d starts where %d ended", i, i - 1)
            .isEqualTo(chain.get(i - 1).to());
        assertThat(chain.get(i).timeMillis()).isGreaterThanOrEqualTo(chain.get(i - 1).timeMillis());
      }
    }
    assertThat(chain.get(chain.size() - 1).to()).isEqualTo(bill.holder());
    assertThat(Optional.of(bill.commitment()))
        .isEqualTo(Bills.data(s.view(), id).map(Sealed::commitment));
  }
}
