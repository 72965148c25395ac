/**
 * State proofs and their standalone verifier. {@link org.silkchain.state.proof.StateHashing} holds
 * the hashing rules (domain tags {@code 0x40} empty, {@code 0x41} leaf, {@code 0x42} internal);
 * {@link org.silkchain.state.proof.StateProof} is the binary Merkle path (root-first siblings, at
 * most 256, ending at an empty subtree or a leaf); {@link
 * org.silkchain.state.proof.StateProofVerifier} checks one against a root with nothing else. See
 * {@link org.silkchain.state} for the whole design.
 */
package org.silkchain.state.proof;
