package dev.paycontract.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycontract.mock.api.MockRequest;
import dev.paycontract.mock.api.ResourceRef;
import dev.paycontract.mock.api.ResourceRef.Action;
import dev.paycontract.mock.internal.body.assemble.ResponseAssembler.Parts;
import dev.paycontract.mock.internal.negotiation.PairedExample;
import dev.paycontract.mock.internal.negotiation.Preferences;
import dev.paycontract.mock.internal.negotiation.ResponseSelector;
import dev.paycontract.mock.internal.negotiation.Selection;
import dev.paycontract.mock.internal.problem.Outcome;
import dev.paycontract.mock.internal.problem.Problem;
import dev.paycontract.mock.internal.problem.ProblemType;
import dev.paycontract.mock.internal.routing.RoutedOperation;
import dev.paycontract.mock.internal.spec.LoadedSpec;
import dev.paycontract.mock.internal.state.CreateRule;
import dev.paycontract.mock.internal.state.FreshId;
import dev.paycontract.mock.internal.state.MemberRule;
import dev.paycontract.mock.internal.state.ReadView;
import dev.paycontract.mock.internal.state.RequestEcho;
import dev.paycontract.mock.internal.state.ResourceStore;
import dev.paycontract.mock.internal.state.StateWiring;
import dev.paycontract.mock.internal.state.StoredResource;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * {@code --stateful}: the parts of a valid request's response when the request creates, reads,
 * updates or deletes a stored resource (docs/response-selection.md, "Stateful mode"), and paired
 * examples. Everything else is the {@link ResponseSelector}'s. {@code Prefer: code=} or {@code
 * example=} on a read, update or delete bypass the store: the client asked for that answer.
 */
final class StatefulPicker {

  /**
   * @param selection the response to assemble, with the example it came from
   * @param resource the stored resource it came from, or null
   * @param fresh true when the body was made for this request (never kept in {@link
   *     StaticResponses})
   */
  record Pick(Outcome<Selection> selection, ResourceRef resource, boolean fresh) {}

  private final ResponseSelector selector;
  private final ResourceStore store;
  private final Map<LoadedSpec, StateWiring> wirings = new IdentityHashMap<>();

  /** One per spec, built once: its integer counter must outlive the request. */
  private final Map<LoadedSpec, FreshId> freshIds = new IdentityHashMap<>();

  private final List<String> lines = new java.util.ArrayList<>();

  /**
   * @param specs in load order (the order of the start-up log lines)
   */
  StatefulPicker(
      ResponseSelector selector,
      ResourceStore store,
      List<LoadedSpec> specs,
      Map<LoadedSpec, SpecRuntime> runtimes) {
    this.selector = selector;
    this.store = store;
    for (LoadedSpec spec : specs) {
      SpecRuntime rt = runtimes.get(spec);
      StateWiring wiring = StateWiring.of(spec);
      wirings.put(spec, wiring);
      lines.addAll(wiring.lines());
      freshIds.put(
          spec, new FreshId(rt.refs(), schema -> rt.generator().generate(schema, new Random())));
    }
  }

  /** What was wired, one line per create, for the start-up log. */
  List<String> lines() {
    return List.copyOf(lines);
  }

  Pick pick(
      SpecRuntime rt,
      RoutedOperation op,
      Preferences p,
      MockRequest request,
      JsonNode sent,
      boolean head) {
    StateWiring wiring = wirings.get(op.spec());
    boolean forced = p.code() != null || p.example() != null;
    Optional<MemberRule> member = wiring.member(op.operation());
    if (member.isPresent() && !forced) {
      return member(rt, op, p, request, sent, head, member.get());
    }
    Outcome<Selection> parts =
        paired(
            rt,
            op.operation(),
            p,
            sent,
            selector.forValid(rt, op.operation(), p, request.header("accept"), head));
    Optional<CreateRule> create = wiring.create(op.operation());
    if (create.isEmpty()
        || !(parts instanceof Outcome.Ok<Selection>(Selection sel))
        || !isSuccess(sel.parts())
        || !sel.parts().body().isObject()) {
      return new Pick(parts, null, false);
    }
    Parts chosen = sel.parts();
    CreateRule rule = create.get();
    ObjectNode body = (ObjectNode) chosen.body().deepCopy();
    new RequestEcho(rt.refs())
        .apply(
            body, sent, requestSchema(op.operation(), request), rule.resourceSchema(), false, null);
    String id =
        freshIds
            .get(op.spec())
            .assign(
                body,
                rule.idPointer(),
                rule.resourceSchema(),
                taken -> store.find(rule.kind(), taken).isPresent());
    if (id == null) {
      return new Pick(parts, null, false);
    }
    store.put(rule.kind(), id, body);
    return new Pick(
        Outcome.ok(new Selection(withBody(chosen, body), null)),
        new ResourceRef(Action.CREATED, rule.kind(), id),
        true);
  }

  private Pick member(
      SpecRuntime rt,
      RoutedOperation op,
      Preferences p,
      MockRequest request,
      JsonNode sent,
      boolean head,
      MemberRule rule) {
    String id = op.pathParams().get(rule.idParam());
    Optional<StoredResource> found = id == null ? Optional.empty() : store.find(rule.kind(), id);
    if (found.isEmpty()) {
      return new Pick(
          notFound(rt, op, p, request, head, rule, id),
          new ResourceRef(Action.MISSING, rule.kind(), String.valueOf(id)),
          false);
    }
    Outcome<Selection> parts =
        selector.forValid(rt, op.operation(), p, request.header("accept"), head);
    if (!(parts instanceof Outcome.Ok<Selection>(Selection sel)) || !isSuccess(sel.parts())) {
      return new Pick(parts, null, false);
    }
    HttpMethod method = op.method();
    JsonNode resource = found.get().body();
    Action action = Action.READ;
    if (method == HttpMethod.DELETE) {
      store.remove(rule.kind(), id);
      action = Action.DELETED;
    } else if (method == HttpMethod.PUT || method == HttpMethod.PATCH) {
      ObjectNode updated = (ObjectNode) resource.deepCopy();
      Schema<?> resourceSchema = resourceSchema(op, rule);
      new RequestEcho(rt.refs())
          .apply(
              updated,
              sent,
              requestSchema(op.operation(), request),
              resourceSchema,
              method == HttpMethod.PATCH,
              null);
      store.put(rule.kind(), id, updated);
      resource = updated;
      action = Action.UPDATED;
    }
    Parts chosen = sel.parts();
    ResourceRef ref = new ResourceRef(action, rule.kind(), id);
    if (chosen.body() == null || chosen.body().isMissingNode() || method == HttpMethod.DELETE) {
      return new Pick(parts, ref, false);
    }
    JsonNode view = new ReadView(rt.refs()).of(resource, schema(chosen), chosen.body());
    return new Pick(Outcome.ok(new Selection(withBody(chosen, view), null)), ref, true);
  }

  /** The operation's declared 404, else the catalogue's NOT_FOUND problem. */
  private Outcome<Selection> notFound(
      SpecRuntime rt,
      RoutedOperation op,
      Preferences p,
      MockRequest request,
      boolean head,
      MemberRule rule,
      String id) {
    if (op.operation().getResponses() != null && op.operation().getResponses().containsKey("404")) {
      Preferences as404 = new Preferences(404, null, p.dynamic(), p.seed());
      return selector.forValid(rt, op.operation(), as404, request.header("accept"), head);
    }
    return Outcome.failed(
        Problem.of(
            ProblemType.NOT_FOUND,
            "No stored resource "
                + rule.kind()
                + " with "
                + rule.idParam()
                + "="
                + id
                + " (--stateful); declare a 404 response on "
                + op.method()
                + " "
                + op.pathTemplate()
                + " to answer with your own body."));
  }

  /** The body of the request example the sent body equals, answered under the same name. */
  private Outcome<Selection> paired(
      SpecRuntime rt, Operation op, Preferences p, JsonNode sent, Outcome<Selection> parts) {
    if (p.example() != null
        || sent == null
        || !(parts instanceof Outcome.Ok<Selection>(Selection sel))) {
      return parts;
    }
    Parts c = sel.parts();
    if (c.mediaType() == null
        || c.response() == null
        || c.response().getContent() == null
        || op.getRequestBody() == null
        || op.getRequestBody().getContent() == null) {
      return parts;
    }
    Map<String, JsonNode> responseExamples =
        rt.bodies().examples(c.response().getContent().get(c.mediaType()));
    for (MediaType requestType : op.getRequestBody().getContent().values()) {
      Optional<String> name =
          PairedExample.name(sent, rt.bodies().examples(requestType), responseExamples);
      if (name.isPresent()) {
        Parts paired =
            new Parts(
                c.status(),
                c.response(),
                c.mediaType(),
                responseExamples.get(name.get()),
                c.deprecated(),
                c.head(),
                null,
                c.errorPath());
        return Outcome.ok(new Selection(paired, name.get()));
      }
    }
    return parts;
  }

  /** The schema of the resource an update changes: the create's. */
  private Schema<?> resourceSchema(RoutedOperation op, MemberRule rule) {
    return wirings
        .get(op.spec())
        .createOf(rule.kind())
        .map(CreateRule::resourceSchema)
        .orElse(null);
  }

  private static Schema<?> requestSchema(Operation op, MockRequest request) {
    if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
      return null;
    }
    for (Map.Entry<String, MediaType> e : op.getRequestBody().getContent().entrySet()) {
      if (e.getKey().contains("json") && e.getValue() != null) {
        return e.getValue().getSchema();
      }
    }
    return null;
  }

  private static Schema<?> schema(Parts parts) {
    MediaType m =
        parts.response() == null || parts.response().getContent() == null
            ? null
            : parts.response().getContent().get(parts.mediaType());
    return m == null ? null : m.getSchema();
  }

  private static boolean isSuccess(Parts parts) {
    return parts.status() >= 200 && parts.status() < 300 && parts.body() != null;
  }

  private static Parts withBody(Parts c, JsonNode body) {
    return new Parts(
        c.status(),
        c.response(),
        c.mediaType(),
        body,
        c.deprecated(),
        c.head(),
        c.random(),
        c.errorPath());
  }
}
