package org.silkchain.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = SilkchainCommand.class.getPackage().getImplementationVersion();
    return new String[] {"silkchain " + (version == null ? "development build" : version)};
  }
}
