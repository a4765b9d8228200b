package dev.paycontract.mock.internal.engine;

import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;

/**
 * A spec served under a mount prefix: its paths as the client sees them and as the spec declares
 * them.
 */
final class MountPrefix {

  private MountPrefix() {}

  /**
   * The request as the spec sees it: the spec's mount prefix taken off the path ({@code "/"} when
   * nothing is left).
   */
  static MockRequest strip(MockRequest request, LoadedSpec spec) {
    if (spec.mountPrefix().isEmpty()) {
      return request;
    }
    String path = request.path().substring(spec.mountPrefix().length());
    return new MockRequest(
        request.method(),
        path.isEmpty() ? "/" : path,
        request.query(),
        request.headers(),
        request.body());
  }

  /** The operation's path template as the client sees it, mount prefix included. */
  static String operationPath(RoutedOperation op) {
    return op.spec().mountPrefix() + op.pathTemplate();
  }
}
