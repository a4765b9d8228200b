package dev.paycontract.mock.internal.routing;

import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Method + raw path (+ optional {@code __server}) to an operation, or Prism's 404 / 405 problems
 * (section 4). Paths are matched as written in the spec, without the servers' base path; the table
 * is built and ordered once, at construction.
 */
public final class Router {

  private record Route(
      PathTemplate template,
      PathItem.HttpMethod method,
      LoadedSpec spec,
      String pathKey,
      Operation operation,
      List<ServerPattern> servers) {}

  private final List<Route> routes;
  private final boolean anyServers;

  public Router(List<LoadedSpec> specs) {
    List<Route> list = new ArrayList<>();
    for (LoadedSpec spec : specs) {
      for (Map.Entry<String, PathItem> path : spec.openApi().getPaths().entrySet()) {
        PathTemplate template = new PathTemplate(spec.mountPrefix() + path.getKey());
        for (var op : path.getValue().readOperationsMap().entrySet()) {
          List<ServerPattern> servers =
              serversOf(spec, path.getValue(), op.getValue()).stream()
                  .map(ServerPattern::of)
                  .toList();
          list.add(new Route(template, op.getKey(), spec, path.getKey(), op.getValue(), servers));
        }
      }
    }
    // Among equally specific templates Prism picks the last declared one: reverse, then a stable
    // sort.
    java.util.Collections.reverse(list);
    list.sort(Comparator.comparing(Route::template, PathTemplate::bySpecificity));
    this.routes = List.copyOf(list);
    this.anyServers = routes.stream().anyMatch(r -> !r.servers().isEmpty());
  }

  /**
   * @param method request method, any case ({@code PROPFIND} simply matches nothing)
   * @param rawPath request path, still percent-encoded, no query
   * @param serverUrl value of the {@code __server} query parameter, or null
   */
  public Outcome<RoutedOperation> route(String method, String rawPath, String serverUrl) {
    List<Route> candidates = routes;
    if (serverUrl != null) {
      if (!anyServers) {
        return Outcome.failed(
            ProblemType.NO_SERVER_CONFIGURATION_PROVIDED_ERROR,
            "No server configuration has been provided, although "
                + serverUrl
                + " has been set as server url");
      }
      candidates =
          routes.stream()
              .filter(r -> r.servers().stream().anyMatch(s -> s.matches(serverUrl)))
              .toList();
      if (candidates.isEmpty()) {
        return Outcome.failed(
            ProblemType.NO_SERVER_MATCHED_ERROR,
            "The server url "
                + serverUrl
                + " hasn't been matched with any of the provided servers");
      }
    }
    List<String> segments = PathTemplate.decodedSegments(rawPath);
    String wanted = method.toUpperCase(Locale.ROOT);
    boolean pathMatched = false;
    for (Route route : candidates) {
      Map<String, String> params = route.template().match(segments);
      if (params == null) {
        continue;
      }
      pathMatched = true;
      if (route.method().name().equals(wanted)) {
        return Outcome.ok(
            new RoutedOperation(
                route.spec(), route.pathKey(), route.method(), route.operation(), params));
      }
    }
    if (pathMatched) {
      return Outcome.failed(
          ProblemType.NO_METHOD_MATCHED_ERROR,
          "The route "
              + rawPath
              + " has been matched, but it does not have \""
              + method.toLowerCase(Locale.ROOT)
              + "\" method defined");
    }
    return Outcome.failed(
        ProblemType.NO_PATH_MATCHED_ERROR,
        "The route " + rawPath + " hasn't been found in the specification file");
  }

  /** Operation servers, else path servers, else root servers; the parser's implicit "/" is none. */
  private static List<Server> serversOf(LoadedSpec spec, PathItem item, Operation op) {
    for (List<Server> servers :
        java.util.Arrays.asList(op.getServers(), item.getServers(), spec.openApi().getServers())) {
      if (servers != null && !servers.isEmpty()) {
        boolean implicit = servers.size() == 1 && "/".equals(servers.get(0).getUrl());
        return implicit ? List.of() : servers;
      }
    }
    return List.of();
  }
}
