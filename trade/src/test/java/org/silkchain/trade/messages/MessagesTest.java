package org.silkchain.trade.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.runtime.account.Role;
import org.silkchain.runtime.result.ResultCode;
import org.silkchain.trade.Consortium;
import org.silkchain.trade.TradeChain;
import org.silkchain.trade.TradeChain.Party;
import org.silkchain.trade.confidential.ConfidentialCodes;
import org.silkchain.trade.confidential.Sealed;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.listing.PageRequest;

class MessagesTest {
  private static final String TEXT = "请于五个银行工作日内审核单据。Please examine within five banking days.";
  private static final MessageReference LC = MessageReference.of("LC-2026-0042");

  private final Consortium c = new Consortium();
  private final TradeChain chain = c.chain;
  private final Party csrc = chain.member("csrc", "CN", null, Role.REGULATOR);
  private final Sealer sealer = new Sealer(TradeChain.SUITE.hash(), new SecureRandom());
  private final MessageClient client = new MessageClient(sealer);

  private Hash send(Party from, Party to, MessageReference reference, String text) {
    chain.ok(
        from,
        MessagesModule.SEND,
        MessagesModule.NAME,
        client.compose(chain.view(), from.id(), to.id(), reference, text));
    return chain.lastTxId();
  }

  private Message.Status status(Hash id) {
    return MessagesModule.STATUS.answer(chain.view(), new MessageId(id));
  }

  @Test
  void aChineseMessageIsReadByBothBanksAndTheRegulatorAndItsReceiptRecorded() throws Exception {
    Hash id = send(c.bankCn, c.bankDe, LC, TEXT);
    long sentAt = chain.time();
    Message m = MessagesModule.MESSAGE.answer(chain.view(), new MessageId(id));
    assertThat(m.sender()).isEqualTo(c.bankCn.id());
    assertThat(m.recipient()).isEqualTo(c.bankDe.id());
    assertThat(m.reference()).isEqualTo(LC);
    assertThat(m.sentAtMillis()).isEqualTo(sentAt);
    assertThat(status(id)).isEqualTo(Message.Status.SENT);

    for (Party reader : List.of(c.bankCn, c.bankDe, csrc)) {
      assertThat(client.read(chain.view(), id, reader.encryption())).isEqualTo(TEXT);
    }
    for (Party outsider : List.of(c.bankFr, c.regulator, c.traderCn)) {
      assertThatThrownBy(() -> client.read(chain.view(), id, outsider.encryption()))
          .isInstanceOfSatisfying(
              EnvelopeException.class,
              e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_A_RECIPIENT));
    }

    assertThat(ack(c.bankCn, id)).isEqualTo(MessagesCodes.NOT_RECIPIENT);
    chain.advance(60_000);
    assertThat(ack(c.bankDe, id)).isEqualTo(ResultCode.OK);
    Message delivered = MessagesModule.MESSAGE.answer(chain.view(), new MessageId(id));
    assertThat(status(id)).isEqualTo(Message.Status.DELIVERED);
    assertThat(delivered.deliveredAtMillis()).contains(chain.time());
    assertThat(delivered.deliveredAtMillis().orElseThrow()).isGreaterThan(sentAt);
    assertThat(ack(c.bankDe, id)).isEqualTo(MessagesCodes.ALREADY_DELIVERED);
    assertThat(ack(c.bankDe, Hash.ZERO)).isEqualTo(ResultCode.NOT_FOUND);
  }

  @Test
  void aPaymentReferenceAndCentralBanksWork() throws Exception {
    Hash payment = TradeChain.SUITE.hash().digest(Bytes.utf8("a payment"));
    Hash id = send(c.pboc, c.bankCn, MessageReference.of(payment), "请核对储备账户余额。");
    assertThat(MessagesModule.MESSAGE.answer(chain.view(), new MessageId(id)).reference().id())
        .contains(payment);
    assertThat(client.read(chain.view(), id, c.bankCn.encryption())).isEqualTo("请核对储备账户余额。");
    Hash reply = send(c.bankCn, c.pboc, MessageReference.of(payment), "已核对。");
    assertThat(MessagesModule.INBOX.answer(chain.view(), PageRequest.first(c.bankCn.id())).ids())
        .containsExactly(id);
    assertThat(MessagesModule.OUTBOX.answer(chain.view(), PageRequest.first(c.bankCn.id())).ids())
        .containsExactly(reply);
  }

  @Test
  void onlyBanksMessageOtherBanks() {
    var toTrader = client.compose(chain.view(), c.bankCn.id(), c.traderCn.id(), LC, TEXT);
    assertThat(chain.act(c.bankCn, MessagesModule.SEND, MessagesModule.NAME, toTrader).code())
        .isEqualTo(MessagesCodes.NOT_A_BANK);
    var fromTrader = client.compose(chain.view(), c.traderCn.id(), c.bankCn.id(), LC, TEXT);
    assertThat(chain.act(c.traderCn, MessagesModule.SEND, MessagesModule.NAME, fromTrader).code())
        .isEqualTo(ResultCode.UNAUTHORIZED);
    var toRegulator = client.compose(chain.view(), c.bankCn.id(), c.regulator.id(), LC, TEXT);
    assertThat(chain.act(c.bankCn, MessagesModule.SEND, MessagesModule.NAME, toRegulator).code())
        .isEqualTo(MessagesCodes.NOT_A_BANK);
    var self = client.compose(chain.view(), c.bankCn.id(), c.bankCn.id(), LC, TEXT);
    assertThat(chain.act(c.bankCn, MessagesModule.SEND, MessagesModule.NAME, self).code())
        .isEqualTo(MessagesCodes.SELF_ADDRESSED);
  }

  @Test
  void contentHiddenFromTheRecipientOrTheRegulatorIsRefused() {
    Sealed withoutRegulator =
        sealer.seal(
            MessageBody.CODEC,
            new MessageBody(TEXT),
            List.of(c.bankCn.encryption().publicKey(), c.bankDe.encryption().publicKey()));
    assertThat(
            chain
                .act(
                    c.bankCn,
                    MessagesModule.SEND,
                    MessagesModule.NAME,
                    new SendMessage(c.bankDe.id(), LC, withoutRegulator))
                .code())
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
    Sealed withoutRecipient =
        sealer.seal(
            MessageBody.CODEC,
            new MessageBody(TEXT),
            List.of(c.bankCn.encryption().publicKey(), csrc.encryption().publicKey()));
    assertThat(
            chain
                .act(
                    c.bankCn,
                    MessagesModule.SEND,
                    MessagesModule.NAME,
                    new SendMessage(c.bankDe.id(), LC, withoutRecipient))
                .code())
        .isEqualTo(ConfidentialCodes.MISSING_RECIPIENT);
  }

  @Test
  void theLedgerCarriesNeitherTheTextNorItsWords() {
    Hash id = send(c.bankCn, c.bankDe, LC, TEXT);
    ack(c.bankDe, id);
    List<Bytes> ledger = new ArrayList<>(chain.transactions);
    chain.state.forEach(
        (k, v) -> {
          ledger.add(k);
          ledger.add(v);
        });
    for (String word : List.of(TEXT, "审核单据", "银行工作日", "examine", "banking days")) {
      byte[] n = word.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(ledger.stream().noneMatch(b -> indexOf(b.toArray(), n) >= 0))
          .as("\"%s\" is on the ledger", word)
          .isTrue();
    }
  }

  private ResultCode ack(Party who, Hash id) {
    return chain
        .act(who, MessagesModule.ACKNOWLEDGE, MessagesModule.NAME, new MessageId(id))
        .code();
  }

  private static int indexOf(byte[] h, byte[] n) {
    outer:
    for (int i = 0; i + n.length <= h.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (h[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
