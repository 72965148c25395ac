package org.silkchain.node.genesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.silkchain.codec.Bytes;
import org.silkchain.codec.CanonicalReader;
import org.silkchain.codec.CanonicalWriter;
import org.silkchain.codec.Codec;
import org.silkchain.consensus.validator.Validator;
import org.silkchain.consensus.validator.ValidatorSet;
import org.silkchain.crypto.Hash;
import org.silkchain.crypto.HashFunction;
import org.silkchain.crypto.SignatureSuite;
import org.silkchain.crypto.SuiteId;
import org.silkchain.ledger.transaction.ChainId;
import org.silkchain.network.CertificateBinding;

/**
 * The agreed starting point of a chain: its id, signature suite, time, members and validator nodes.
 * Every node of a chain holds the same genesis; its {@link #hash()} (of the canonical encoding,
 * type tag {@value #TYPE_TAG}, never of a JSON text) is what peers compare in their hello and what
 * the initial state records, so a node refuses peers and stores of another genesis.
 *
 * <p>Members and validators keep the members file's order (validator n of {@code nodes/<n>} is the
 * n-th of {@link #validators()}).
 */
public record Genesis(
    ChainId chainId,
    SuiteId suite,
    long genesisTime,
    List<GenesisMember> members,
    List<GenesisValidator> validators) {
  public static final int TYPE_TAG = 0x0701;
  public static final int VERSION = 1;
  private static final int MAX_MEMBERS = 1024;

  public static final Codec<Genesis> CODEC =
      new Codec<>() {
        @Override
        public void encode(Genesis g, CanonicalWriter out) {
          out.header(TYPE_TAG, VERSION);
          ChainId.CODEC.encode(g.chainId, out);
          out.u8(g.suite.code()).u63(g.genesisTime);
          out.list(g.members, GenesisMember.CODEC);
          out.list(g.validators, GenesisValidator.CODEC);
        }

        @Override
        public Genesis decode(CanonicalReader in) {
          in.header("genesis", TYPE_TAG, VERSION);
          ChainId chainId = ChainId.CODEC.decode(in);
          SuiteId suite = SuiteId.fromCode(in.u8("genesis.suite"));
          long time = in.u63("genesis.genesisTime");
          return new Genesis(
              chainId,
              suite,
              time,
              in.list("genesis.members", MAX_MEMBERS, GenesisMember.CODEC),
              in.list("genesis.validators", MAX_MEMBERS, GenesisValidator.CODEC));
        }
      };

  public Genesis {
    Objects.requireNonNull(chainId, "chainId");
    Objects.requireNonNull(suite, "suite");
    members = List.copyOf(members);
    validators = List.copyOf(validators);
  }

  public SignatureSuite signatureSuite() {
    return SignatureSuite.of(suite);
  }

  /** The chain's hash function (SHA-256 or SM3, by suite). */
  public HashFunction hashFunction() {
    return signatureSuite().hash();
  }

  /** Hash of the canonical encoding: the chain's identity. */
  public Hash hash() {
    return hashFunction().digest(CODEC.encode(this));
  }

  public Optional<GenesisMember> member(String id) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public Optional<GenesisValidator> validator(String memberId) {
    return validators.stream().filter(v -> v.memberId().equals(memberId)).findFirst();
  }

  /** The validator set governing from height 1. */
  public ValidatorSet validatorSet() {
    List<Validator> set = new ArrayList<>();
    for (GenesisValidator v : validators) {
      set.add(new Validator(v.nodeKey(), v.power()));
    }
    return new ValidatorSet(set);
  }

  /**
   * Checks what the types cannot: unique member ids, every key of the chain's suite, one validator
   * node per member at most, distinct node keys and certificates, each certificate bound by its
   * node key.
   */
  public void check() throws GenesisException {
    if (members.isEmpty() || validators.isEmpty()) {
      throw new GenesisException("genesis: needs at least one member and one validator");
    }
    TreeSet<String> ids = new TreeSet<>();
    for (GenesisMember m : members) {
      if (!MemberSpec.ID.matcher(m.id()).matches() || !ids.add(m.id())) {
        throw new GenesisException("genesis: member id '" + m.id() + "' invalid or repeated");
      }
      if (m.signingKey().suite() != suite || m.encryptionKey().suite() != suite) {
        throw new GenesisException("genesis: member " + m.id() + " has keys of another suite");
      }
    }
    TreeSet<String> running = new TreeSet<>();
    TreeSet<Bytes> fingerprints = new TreeSet<>();
    for (GenesisValidator v : validators) {
      if (!ids.contains(v.memberId()) || !running.add(v.memberId())) {
        throw new GenesisException(
            "genesis: validator of member '" + v.memberId() + "' unknown or repeated");
      }
      if (!fingerprints.add(v.tlsFingerprint())) {
        throw new GenesisException("genesis: two validators pin one TLS certificate");
      }
      if (!CertificateBinding.verify(
          signatureSuite(), v.nodeKey(), v.tlsFingerprint(), v.tlsBinding())) {
        throw new GenesisException(
            "genesis: TLS binding of " + v.memberId() + " is not signed by its node key");
      }
    }
    try {
      validatorSet();
    } catch (IllegalArgumentException e) {
      throw new GenesisException("genesis: " + e.getMessage());
    }
  }
}
