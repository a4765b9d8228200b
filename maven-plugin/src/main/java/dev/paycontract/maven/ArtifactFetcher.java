package dev.paycontract.maven;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves one artifact ({@code groupId:artifactId[:extension[:classifier]]:version}) through
 * Maven.
 */
final class ArtifactFetcher {

  private final RepositorySystem system;
  private final RepositorySystemSession session;
  private final List<RemoteRepository> repositories;

  ArtifactFetcher(
      RepositorySystem system,
      RepositorySystemSession session,
      List<RemoteRepository> repositories) {
    this.system = system;
    this.session = session;
    this.repositories = List.copyOf(repositories);
  }

  Path fetch(String coordinates, String parameter) throws MojoExecutionException {
    DefaultArtifact artifact;
    try {
      artifact = new DefaultArtifact(coordinates.trim());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "<"
              + parameter
              + "> '"
              + coordinates
              + "' is not groupId:artifactId[:extension[:classifier]]:version");
    }
    try {
      return system
          .resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
          .getArtifact()
          .getFile()
          .toPath();
    } catch (ArtifactResolutionException e) {
      throw new MojoExecutionException(
          "<" + parameter + "> " + coordinates + " cannot be resolved: " + e.getMessage(), e);
    }
  }
}
