package org.silkchain.state.tree;

/** A stored tree node. Immutable; encoded by {@link NodeCodec}. */
sealed interface Node permits EmptyNode, LeafNode, InternalNode {}
