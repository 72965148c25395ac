package org.silkchain.storage;

class InMemoryLedgerStoreTest extends LedgerStoreContract {
  @Override
  protected LedgerStore openStore() {
    return new InMemoryLedgerStore();
  }
}
