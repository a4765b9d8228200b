// Prints, for one OpenAPI document, every schema Prism 5.16.0 compiles to validate an exchange and
// whether its validator (Ajv, as Prism sets it up) refuses it. Prism then validates nothing against
// that schema (docs/prism-behaviour.md 15, quirk 19). PrismCompileGapsConformanceTest compares these lines
// with the mock's PrismCompileGaps.
//
// usage: node compile-gaps.js <spec>   (run from this folder, or with NODE_PATH=<this>/node_modules)
// output: one line per schema: METHOD<TAB>path<TAB>scope<TAB>ok|refused<TAB>Ajv's message
//   scope: "request body <media type>", "request query|header|path",
//          "response <code> body <media type>", "response <code> headers"
'use strict';
const { getHttpOperationsFromSpec } = require('@stoplight/prism-cli/dist/operations');
const Ajv = require('ajv').default;
const Ajv2019 = require('ajv/dist/2019').default;
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const mergeAllOf = require('@stoplight/json-schema-merge-allof');
const { stripReadOnlyProperties, stripWriteOnlyProperties } = require('@stoplight/prism-http/dist/utils/filterRequiredProperties');

// Prism's options (prism-http validator/validators/utils.js), without its logger
const options = { allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, logger: false };
const instances = [Ajv, Ajv2019, Ajv2020].map(A => { const a = new A(options); addFormats(a); return a; });
function ajvFor(schema) {
  const s = String(schema.$schema);
  if (/^https?:\/\/json-schema.org\/draft\/2019-09\/schema#?$/.test(s)) return instances[1];
  if (/^https?:\/\/json-schema.org\/draft\/2020-12\/schema#?$/.test(s)) return instances[2];
  return instances[0];
}
// What Prism validates a body against (prism-http validator/validators/body.js): allOf merged
// (deep; the schema as it was when the merge fails), then readOnly properties taken out of request
// bodies and writeOnly ones out of response bodies.
function bodySchema(schema, strip) {
  let merged;
  try {
    merged = mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch (e) {
    merged = schema;
  }
  const stripped = strip(merged);
  return stripped._tag === 'Some' ? stripped.value : merged;
}
// Prism's schema of a parameter group (prism-http validator/validators/params.js)
function groupSchema(params) {
  const properties = {};
  const required = [];
  for (const p of params) {
    if (p.schema) properties[p.name.toLocaleLowerCase()] = p.schema;
    if (p.required) required.push(p.name.toLowerCase());
  }
  return { type: 'object', properties, required };
}

(async () => {
  const operations = await getHttpOperationsFromSpec(process.argv[2]);
  const out = [];
  for (const op of operations) {
    const schemas = [];
    const request = op.request || {};
    for (const c of (request.body && request.body.contents) || []) {
      if (c.schema) schemas.push(['request body ' + c.mediaType, bodySchema(c.schema, stripReadOnlyProperties)]);
    }
    for (const where of ['query', 'headers', 'path']) {
      if (request[where] && request[where].length) {
        schemas.push(['request ' + (where === 'headers' ? 'header' : where), groupSchema(request[where])]);
      }
    }
    for (const r of op.responses || []) {
      for (const c of r.contents || []) {
        if (c.schema) schemas.push(['response ' + r.code + ' body ' + c.mediaType, bodySchema(c.schema, stripWriteOnlyProperties)]);
      }
      if (r.headers && r.headers.length) schemas.push(['response ' + r.code + ' headers', groupSchema(r.headers)]);
    }
    for (const [scope, schema] of schemas) {
      let verdict = 'ok\t';
      try {
        ajvFor(schema).compile({ ...schema, __bundled__: op.__bundled__ });
      } catch (e) {
        verdict = 'refused\t' + String(e.message).split('\n')[0].slice(0, 200);
      }
      out.push([op.method.toUpperCase(), op.path, scope, verdict].join('\t'));
    }
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
})().catch(e => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
