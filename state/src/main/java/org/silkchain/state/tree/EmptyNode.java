package org.silkchain.state.tree;

/**
 * The root of an empty state. Stored only as a root, so that every version, empty or not, has a
 * root node to read.
 */
enum EmptyNode implements Node {
  INSTANCE
}
