package dev.paycontract.mock.internal.state;

import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.spec.Refs;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.links.Link;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which operations create, read, update and delete which resource, worked out once per spec: from
 * the spec's Link Objects first (OpenAPI 3.0.3 section 4.7.20, "Link Object": a 2xx response's
 * link whose parameter is {@code $response.body#/...} says "this response's id is that
 * operation's path parameter"); when the spec declares no links at all, inferred from the paths
 * (a POST on {@code /items} and operations on {@code /items/{id}}, the id a property of the
 * POST's response named like the path parameter). {@link #lines()} say what was wired, for the
 * start-up log.
 */
public final class StateWiring {

  private static final Set<HttpMethod> MEMBER_METHODS = Set.of(HttpMethod.GET, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private final Map<Operation, CreateRule> creates = new IdentityHashMap<>();
  private final Map<Operation, MemberRule> members = new IdentityHashMap<>();
  private final List<String> lines = new ArrayList<>();

  private StateWiring() {}

  public static StateWiring of(LoadedSpec spec) {
    StateWiring w = new StateWiring();
    Map<String, PathItem> paths = spec.openApi().getPaths() == null ? Map.of() : spec.openApi().getPaths();
    Refs refs = new Refs(spec.openApi());
    if (hasLinks(paths)) {
      w.fromLinks(spec, paths, refs);
    } else {
      w.inferred(spec, paths, refs);
    }
    return w;
  }

  public Optional<CreateRule> create(Operation op) {
    return Optional.ofNullable(creates.get(op));
  }

  public Optional<MemberRule> member(Operation op) {
    return Optional.ofNullable(members.get(op));
  }

  /** The create that stores resources of this kind (the first one wired). */
  public Optional<CreateRule> createOf(String kind) {
    return creates.values().stream().filter(c -> c.kind().equals(kind)).findFirst();
  }

  /** One line per wired create, naming inferred pairs as such. */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  private void fromLinks(LoadedSpec spec, Map<String, PathItem> paths, Refs refs) {
    paths.forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
      for (Map.Entry<String, ApiResponse> r : successes(op)) {
        if (r.getValue().getLinks() == null) {
          continue;
        }
        for (Map.Entry<String, Link> l : r.getValue().getLinks().entrySet()) {
          Optional<Target> target = target(paths, l.getValue());
          if (target.isEmpty() || l.getValue().getParameters() == null) {
            continue;
          }
          for (Map.Entry<String, String> p : l.getValue().getParameters().entrySet()) {
            String param = p.getKey().startsWith("path.") ? p.getKey().substring(5) : p.getKey();
            Optional<String> pointer = RuntimeExpression.responseBodyPointer(p.getValue());
            if (pointer.isPresent() && target.get().path().contains("{" + param + "}") && !creates.containsKey(op)) {
              wire(spec, method, path, op, target.get().path(), paths.get(target.get().path()), param, pointer.get(),
                  schema(r.getValue(), refs), "from link \"" + l.getKey() + "\"");
            }
          }
        }
      }
    }));
  }

  private void inferred(LoadedSpec spec, Map<String, PathItem> paths, Refs refs) {
    paths.forEach((path, item) -> {
      Operation post = item.getPost();
      if (post == null) {
        return;
      }
      for (Map.Entry<String, PathItem> member : paths.entrySet()) {
        String param = memberParam(path, member.getKey());
        if (param == null || creates.containsKey(post)) {
          continue;
        }
        Schema<?> schema = successes(post).stream().map(r -> schema(r.getValue(), refs)).filter(s -> s != null).findFirst().orElse(null);
        String property = IdProperty.matching(param, schema, refs);
        if (property != null) {
          wire(spec, HttpMethod.POST, path, post, member.getKey(), member.getValue(), param, "/" + property, schema, "inferred");
        }
      }
    });
  }

  private void wire(LoadedSpec spec, HttpMethod method, String path, Operation create, String memberPath, PathItem member,
      String param, String pointer, Schema<?> schema, String origin) {
    String kind = spec.mountPrefix() + memberPath;
    creates.put(create, new CreateRule(kind, param, pointer, schema, origin.equals("inferred")));
    List<String> served = new ArrayList<>();
    member.readOperationsMap().forEach((m, op) -> {
      if (MEMBER_METHODS.contains(m) && !members.containsKey(op)) {
        members.put(op, new MemberRule(kind, param));
        served.add(m.name());
      }
    });
    lines.add("stateful: " + (origin.equals("inferred") ? "inferred " : "") + method + " " + spec.mountPrefix() + path
        + " creates " + kind + " (" + param + " = $response.body#" + pointer + (origin.equals("inferred") ? "" : ", " + origin)
        + "); served from the store: " + (served.isEmpty() ? "none" : String.join(" ", served)));
  }

  /** The single path parameter {@code member} adds to {@code collection} ({@code /items} + {@code /items/{id}}), or null. */
  static String memberParam(String collection, String member) {
    String base = collection.endsWith("/") ? collection : collection + "/";
    if (!member.startsWith(base)) {
      return null;
    }
    String rest = member.substring(base.length());
    if (rest.length() > 2 && rest.startsWith("{") && rest.endsWith("}") && rest.indexOf('/') < 0 && rest.indexOf('}') == rest.length() - 1) {
      return rest.substring(1, rest.length() - 1);
    }
    return null;
  }

  private record Target(String path, Operation op) {}

  /** The operation a link points to, by {@code operationId} or a local {@code operationRef}. */
  private static Optional<Target> target(Map<String, PathItem> paths, Link link) {
    for (Map.Entry<String, PathItem> e : paths.entrySet()) {
      for (Map.Entry<HttpMethod, Operation> o : e.getValue().readOperationsMap().entrySet()) {
        if (link.getOperationId() != null && link.getOperationId().equals(o.getValue().getOperationId())) {
          return Optional.of(new Target(e.getKey(), o.getValue()));
        }
        String ref = "#/paths/" + e.getKey().replace("~", "~0").replace("/", "~1") + "/" + o.getKey().name().toLowerCase(java.util.Locale.ROOT);
        if (ref.equals(link.getOperationRef())) {
          return Optional.of(new Target(e.getKey(), o.getValue()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasLinks(Map<String, PathItem> paths) {
    return paths.values().stream()
        .flatMap(item -> item.readOperations().stream())
        .flatMap(op -> op.getResponses() == null ? java.util.stream.Stream.empty() : op.getResponses().values().stream())
        .anyMatch(r -> r.getLinks() != null && !r.getLinks().isEmpty());
  }

  /** The 2xx responses of an operation, in declaration order. */
  static List<Map.Entry<String, ApiResponse>> successes(Operation op) {
    if (op.getResponses() == null) {
      return List.of();
    }
    List<Map.Entry<String, ApiResponse>> out = new ArrayList<>();
    for (Map.Entry<String, ApiResponse> e : new LinkedHashMap<>(op.getResponses()).entrySet()) {
      if (e.getKey().startsWith("2") && e.getValue() != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first JSON media type's schema, resolved, or null. */
  @SuppressWarnings("rawtypes")
  static Schema<?> schema(ApiResponse response, Refs refs) {
    if (response.getContent() == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> e : response.getContent().entrySet()) {
      if (e.getKey().contains("json") && e.getValue() != null && e.getValue().getSchema() != null) {
        Schema s = refs.schema(e.getValue().getSchema());
        return s;
      }
    }
    return null;
  }
}
