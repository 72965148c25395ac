/**
 * The storage port of the state tree: {@link org.silkchain.state.store.NodeStore} (reads, which a
 * storage engine implements), the write values {@link org.silkchain.state.store.StateDelta} and
 * {@link org.silkchain.state.store.PruneBatch} (which it applies atomically), the key layouts
 * {@link org.silkchain.state.store.NodeKey} and {@link org.silkchain.state.store.StaleNode}, and
 * {@link org.silkchain.state.store.InMemoryNodeStore}. See {@link org.silkchain.state}.
 */
package org.silkchain.state.store;
