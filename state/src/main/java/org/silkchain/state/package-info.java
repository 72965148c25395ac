/**
 * Silkchain's authenticated world state: a key-value map whose root hash commits to all of it, with
 * inclusion and non-inclusion proofs, versioned by block height, at a cost per block that grows
 * with the change set and not with the state.
 *
 * <h2>Tree</h2>
 *
 * A sparse Merkle tree over 256-bit paths, {@code path = H(key)} with the network's {@link
 * org.silkchain.crypto.HashFunction}, in which a subtree holding a single leaf is that leaf (Diem /
 * Aptos "Jellyfish Merkle Tree"). Hashes ({@link org.silkchain.state.proof.StateHashing}): empty
 * subtree {@code H(0x40)}, leaf {@code H(0x41 || path || H(value))}, internal {@code H(0x42 || left
 * || right)}. The <b>empty state's root</b> is {@code H(0x40)}. The shape is canonical, so the root
 * depends only on the set of key/values, never on the order of updates: deleting a key gives back
 * exactly the root the tree would have had without it.
 *
 * <p>Hashing is binary, but nodes are stored 16-way, as in Jellyfish: an internal node holds up to
 * 16 children (one per nibble) and its hash is the root of the four binary levels below it. A
 * binary store would read and write one node per bit of depth (about 20 for a million keys); the
 * 16-way one about 5, and storage reads, not hashing, dominate on disk. Proofs stay binary: at most
 * 256 siblings, verifiable knowing only the root.
 *
 * <h2>Nodes, versions and keys</h2>
 *
 * Nodes are immutable and stored under a {@link org.silkchain.state.store.NodeKey}: the version
 * (height) that wrote them (8 bytes big-endian) then their position, the nibble prefix of the paths
 * under them (a count byte and the packed nibbles). An update to version {@code v} writes every
 * changed or moved node under {@code v}; an unchanged child keeps being referenced (by version and
 * hash) from its new parent. So a later version never overwrites a node of an earlier one, and
 * every version's root, the node at {@code (v, [])}, stays readable until pruned. Every version has
 * its own root node; the empty state's root node is a dedicated empty node. Node encodings (codec
 * type tags): {@code 0x0401} internal, {@code 0x0402} leaf (path, key, value; keys at most 1 KiB,
 * values at most 1 MiB), {@code 0x0403} empty root; {@code 0x0404} is the proof.
 *
 * <h2>Updates</h2>
 *
 * {@link org.silkchain.state.tree.StateTree#apply} sorts the changes by path and updates the tree
 * in one depth-first pass: it reads only the nodes on changed paths, hashes each new node once, and
 * returns everything to write as a {@link org.silkchain.state.store.StateDelta} (sorted node puts
 * plus the stale node keys) for storage to commit atomically with the block; the tree writes
 * nothing itself.
 *
 * <h2>Stale index and pruning</h2>
 *
 * When version {@code v} replaces or drops a node of an earlier version, the node is recorded as
 * <em>stale since {@code v}</em>: it belongs to versions before {@code v} only. Storage keeps these
 * records in an index keyed {@code v || nodeKey} ({@link org.silkchain.state.store.StaleNode}),
 * which sorts by {@code v}. {@link org.silkchain.state.tree.StateTree#prune prune(u)} scans it up
 * to {@code u} and yields deletions of those nodes and index entries; afterwards every version
 * {@code >= u} is still whole, and the store holds the latest version's nodes plus those stale
 * since after {@code u}. A node with no stale record is live in the latest version and never
 * pruned.
 *
 * <h2>Proofs</h2>
 *
 * A {@link org.silkchain.state.proof.StateProof} lists the sibling hashes along the key's path,
 * root first, and ends at an empty subtree or at the single leaf of its subtree: the key's own leaf
 * (inclusion, carrying its value hash) or another key's leaf sharing the walked prefix
 * (non-inclusion). {@link org.silkchain.state.proof.StateProofVerifier} recomputes the root from it
 * and checks the expected value.
 *
 * <p>Packages: {@code proof} (hashing rules, proof, verifier), {@code store} (the storage port and
 * key layouts, an in-memory store), {@code tree} (the tree itself).
 */
package org.silkchain.state;
