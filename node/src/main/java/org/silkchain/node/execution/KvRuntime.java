package org.silkchain.node.execution;

import java.util.Optional;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.DecodeException;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.ledger.transaction.SignedTransaction;
import org.silkchain.ledger.transaction.TransactionBody;
import org.silkchain.ledger.transaction.TxSignature;

/**
 * The minimal runtime of the node contract, until the execution issue replaces it. A transaction
 * may execute iff its chain id is this chain's, its validity window contains the height, its sender
 * account exists, its nonce equals the account's, every signature verifies and one of them is by a
 * key of the account. Then the nonce is consumed and the payload runs: {@code kv/put} writes {@code
 * kv/<sender>/<key>}; any other payload is committed with {@link ResultCode#UNKNOWN_MODULE}.
 *
 * <p>Checks come before any write, so a rejection leaves the state untouched.
 */
public final class KvRuntime implements TransactionExecutor {
  private final ChainId chainId;
  private final SignatureSuite suite;
  private final HashFunction hash;
  private final SignatureCache signatures;

  public KvRuntime(ChainId chainId, SignatureSuite suite, SignatureCache signatures) {
    this.chainId = chainId;
    this.suite = suite;
    this.hash = suite.hash();
    this.signatures = signatures;
  }

  @Override
  public TxOutcome execute(WorkingState state, SignedTransaction tx, long height) {
    TransactionBody body = tx.body();
    if (!body.chainId().equals(chainId)) {
      return reject(RejectionCode.WRONG_CHAIN, "signed for chain " + body.chainId());
    }
    if (body.validity().validUntilHeight() < height) {
      return reject(RejectionCode.EXPIRED, "valid until " + body.validity().validUntilHeight());
    }
    if (body.validity().validFromHeight() > height) {
      return reject(RejectionCode.NOT_YET_VALID, "valid from " + body.validity().validFromHeight());
    }
    Bytes accountKey = StateKeys.account(body.sender());
    Optional<Bytes> stored = state.get(accountKey);
    if (stored.isEmpty()) {
      return reject(RejectionCode.UNKNOWN_ACCOUNT, "no account " + body.sender());
    }
    Account account = Account.CODEC.decode(stored.get());
    if (body.nonce() < account.nonce()) {
      return reject(RejectionCode.NONCE_TOO_LOW, "account nonce is " + account.nonce());
    }
    if (body.nonce() > account.nonce()) {
      return reject(RejectionCode.NONCE_TOO_HIGH, "account nonce is " + account.nonce());
    }
    if (!signedByAccount(tx, account) || !signatures.verify(tx, tx.id(hash), suite)) {
      return reject(RejectionCode.BAD_SIGNATURE, "not validly signed by the sender's key");
    }
    state.put(accountKey, Account.CODEC.encode(account.withNonce(account.nonce() + 1)));
    return new TxOutcome.Executed(run(state, tx));
  }

  private static boolean signedByAccount(SignedTransaction tx, Account account) {
    for (TxSignature s : tx.signatures()) {
      if (account.keys().contains(s.signer())) {
        return true;
      }
    }
    return false;
  }

  private static ResultCode run(WorkingState state, SignedTransaction tx) {
    TransactionBody body = tx.body();
    if (!body.payload().module().equals(KvPut.MODULE)
        || !body.payload().action().equals(KvPut.ACTION)) {
      return ResultCode.UNKNOWN_MODULE;
    }
    KvPut put;
    try {
      put = KvPut.CODEC.decode(body.payload().body());
    } catch (DecodeException e) {
      return ResultCode.INVALID_BODY;
    }
    state.put(StateKeys.kv(body.sender(), put.key()), put.value());
    return ResultCode.OK;
  }

  private static TxOutcome reject(RejectionCode code, String detail) {
    return new TxOutcome.Rejected(code, detail);
  }
}
