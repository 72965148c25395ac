package org.silkchain.node.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.silkchain.codec.Bytes;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.envelope.EnvelopeException;
import org.silkchain.ledger.block.Block;
import org.silkchain.ledger.transaction.Payload;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.ValidityWindow;
import org.silkchain.node.TestLedger;
import org.silkchain.runtime.state.StateAccess;
import org.silkchain.state.store.StateDelta;
import org.silkchain.trade.confidential.Sealer;
import org.silkchain.trade.messages.Message;
import org.silkchain.trade.messages.MessageClient;
import org.silkchain.trade.messages.MessageId;
import org.silkchain.trade.messages.MessageReference;
import org.silkchain.trade.messages.Messages;
import org.silkchain.trade.messages.MessagesModule;

/**
 * Confidentiality through the node's own execution and storage: two banks exchange a message sealed
 * to the encryption keys their genesis gave them; the recipient reads it with the private key the
 * consortium generator wrote for it, while everything a validator stores (every block and every
 * state node since genesis) holds no word of it.
 */
class ConfidentialLedgerTest {
  private static final String TEXT = "请于五个银行工作日内审核单据。Discrepant: late shipment.";

  @Test
  void aMessageSealedToGenesisKeysIsReadByItsRecipientAndStoredOnlyAsCiphertext() throws Exception {
    TestLedger ledger = TestLedger.create(2);
    MessageClient client =
        new MessageClient(new Sealer(ledger.genesis.hashFunction(), new SecureRandom()));

    SignedTransaction send =
        sign(
            ledger,
            "bank-1",
            MessagesModule.SEND.payload(
                MessagesModule.NAME,
                client.compose(
                    state(ledger),
                    ledger.account("bank-1"),
                    ledger.account("bank-2"),
                    MessageReference.of("LC-SG-7"),
                    TEXT)));
    Hash id = send.id(ledger.genesis.hashFunction()).hash();
    // Delivered in the same block (the test ledger appends one block): sent, then acknowledged.
    SignedTransaction acknowledge =
        sign(
            ledger,
            "bank-2",
            MessagesModule.ACKNOWLEDGE.payload(MessagesModule.NAME, new MessageId(id)));
    ledger.commit(List.of(send, acknowledge));
    assertThat(Messages.message(state(ledger), id).orElseThrow().status())
        .isEqualTo(Message.Status.DELIVERED);

    assertThat(client.read(state(ledger), id, ledger.keys.get("bank-2").encryption()))
        .isEqualTo(TEXT);
    assertThat(client.read(state(ledger), id, ledger.keys.get("bank-1").encryption()))
        .isEqualTo(TEXT);
    assertThatThrownBy(() -> client.read(state(ledger), id, ledger.keys.get("trader").encryption()))
        .isInstanceOfSatisfying(
            EnvelopeException.class,
            e -> assertThat(e.reason()).isEqualTo(EnvelopeException.Reason.NOT_A_RECIPIENT));

    List<Bytes> stored = new ArrayList<>();
    for (long h = 0; h <= ledger.chain.tip().height(); h++) {
      stored.add(Block.CODEC.encode(ledger.store.blockAt(h).orElseThrow().block()));
    }
    for (StateDelta delta : ledger.deltas) {
      delta
          .nodes()
          .forEach(
              (k, v) -> {
                stored.add(k);
                stored.add(v);
              });
    }
    assertThat(stored.stream().anyMatch(b -> contains(b, Bytes.utf8("LC-SG-7"))))
        .as("the public reference is stored, so the scan does see message data")
        .isTrue();
    for (String word : List.of(TEXT, "审核单据", "银行工作日", "Discrepant", "late shipment")) {
      assertThat(stored.stream().noneMatch(b -> contains(b, Bytes.utf8(word))))
          .as("\"%s\" is stored by a validator", word)
          .isTrue();
    }
  }

  private static StateAccess state(TestLedger ledger) {
    long version = ledger.chain.tip().height();
    return key -> ledger.tree.get(key, version);
  }

  private static SignedTransaction sign(TestLedger ledger, String member, Payload payload) {
    long nonce =
        org.silkchain.runtime.account.Accounts.read(state(ledger), ledger.account(member))
            .orElseThrow()
            .nonce();
    TransactionBody body =
        new TransactionBody(
            ledger.genesis.chainId(),
            ledger.account(member),
            nonce,
            new ValidityWindow(0, 1000),
            payload);
    return SignedTransaction.sign(
        body, List.of(ledger.signer(member)), ledger.genesis.signatureSuite());
  }

  private static boolean contains(Bytes haystack, Bytes needle) {
    return new String(haystack.toArray(), StandardCharsets.ISO_8859_1)
        .contains(new String(needle.toArray(), StandardCharsets.ISO_8859_1));
  }
}
