/**
 * The versioned 16-way sparse Merkle tree: {@link org.silkchain.state.tree.StateTree} (reads,
 * proofs, batch updates, pruning). Node encodings are package-private ({@code NodeCodec}, type tags
 * {@code 0x0401}-{@code 0x0403}). See {@link org.silkchain.state} for the design.
 */
package org.silkchain.state.tree;
