/**
 * The Java client of a Silkchain node's HTTP API (docs/api.md).
 *
 * <pre>{@code
 * SilkchainClient client = SilkchainClient.connect(URI.create("http://127.0.0.1:28601"));
 * Member bank = Member.open(Path.of("members/icbc/signing.key"), passphrase);
 * TxReceipt r = client.execute(bank,
 *     Actions.of(CurrencyModule.NAME, CurrencyModule.TRANSFER, new Movement(code, to, 100)),
 *     Duration.ofSeconds(30));
 * long balance =
 *     client.query(CurrencyModule.NAME, CurrencyModule.BALANCE, new CurrencyAccount(code, to));
 * Proofs.Inclusion proof = client.inclusionProof(r.id(), genesis.validatorSet());
 * try (Subscription s = client.subscribe(EventRequest.fromHeight(1), System.out::println)) { ... }
 * }</pre>
 *
 * <p>Refusals are {@link org.silkchain.sdk.ApiError}s carrying the node's stable code.
 */
package org.silkchain.sdk;
