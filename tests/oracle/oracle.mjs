// The reference side of the differential tests: graphql-js 17.1.0 speaking the conformance protocol
// (tests/README.md). It reads JSON lines on standard input and writes exactly one JSON line per input
// line, in order.
//
//   node oracle.mjs [run]              {"sdl","query","variables","operationName","rootValue","validateOnly"}
//   node oracle.mjs print-schema       {"sdl"} -> {"printed": printSchema(buildSchema(sdl))} or {"schemaErrors"}
//   node oracle.mjs introspection-query   prints the full introspection query (every option on) as one JSON string
//   node oracle.mjs specified-rules    prints the names of graphql-js's specifiedRules as one JSON array
//   node oracle.mjs version            prints the graphql-js version
//
// Other keys on a line are ignored. Blank lines are not inputs and produce no output.
import { createInterface } from 'node:readline';
import {
  GraphQLError,
  buildASTSchema,
  execute,
  experimentalExecuteIncrementally,
  getIntrospectionQuery,
  parse,
  printSchema,
  specifiedRules,
  validate,
  validateSchema,
  version,
} from 'graphql';
import { validateSDL } from 'graphql/validation/validate.js';

/** Every option graphql-js 17.1 offers, so the comparison covers everything a client can ask. */
export const introspectionOptions = Object.freeze({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  experimentalDirectiveDeprecation: true,
  oneOf: true,
});

/** An error as the protocol writes it: message, then locations and path when present. */
function errorJson(error) {
  const out = { message: error.message };
  if (error.locations && error.locations.length > 0) {
    out.locations = error.locations.map(({ line, column }) => ({ line, column }));
  }
  if (error.path) out.path = [...error.path];
  return out;
}

const errorsJson = (errors) => errors.map(errorJson);

const schemaCache = new Map();

/**
 * buildSchema then validateSchema, as the protocol requires. buildSchema runs the SDL rules
 * (validateSDL) and throws their messages joined; we run the same rules first to keep their locations.
 * Returns { schema } or { schemaErrors }.
 */
function loadSchema(sdl) {
  const cached = schemaCache.get(sdl);
  if (cached) return cached;
  let result;
  try {
    const document = parse(sdl);
    const sdlErrors = validateSDL(document);
    if (sdlErrors.length > 0) {
      result = { schemaErrors: errorsJson(sdlErrors) };
    } else {
      const schema = buildASTSchema(document);
      result = { schema };
    }
  } catch (error) {
    result = { schemaErrors: [errorJson(error)] };
  }
  schemaCache.set(sdl, result);
  return result;
}

function validSchema(sdl) {
  const loaded = loadSchema(sdl);
  if (!loaded.schema || loaded.validated) return loaded;
  const errors = validateSchema(loaded.schema);
  if (errors.length > 0) {
    const invalid = { schemaErrors: errorsJson(errors) };
    schemaCache.set(sdl, invalid);
    return invalid;
  }
  loaded.validated = true;
  return loaded;
}

async function run(input) {
  const { sdl, query, variables, operationName, rootValue, validateOnly } = input;
  const loaded = validSchema(sdl ?? '');
  if (!loaded.schema) return { schemaErrors: loaded.schemaErrors };
  const { schema } = loaded;

  let document;
  try {
    document = parse(query ?? '');
  } catch (error) {
    if (error instanceof GraphQLError) return { errors: [errorJson(error)] };
    throw error;
  }

  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { errors: errorsJson(validationErrors) };
  if (validateOnly === true) return { valid: true };

  // execute() reports operation-selection and variable-coercion failures as { errors } without data.
  // It refuses any schema that declares @defer or @stream; for such a schema the incremental executor gives
  // the same single result as long as the document defers nothing (a deferred payload is not in the protocol).
  const args = {
    schema,
    document,
    rootValue: rootValue ?? undefined,
    variableValues: variables ?? undefined,
    operationName: operationName ?? undefined,
  };
  const declaresIncremental = schema.getDirective('defer') || schema.getDirective('stream');
  const result = await (declaresIncremental ? experimentalExecuteIncrementally(args) : execute(args));
  if ('initialResult' in result) {
    return { internalError: 'The document uses @defer or @stream: incremental delivery is not part of the protocol.' };
  }
  const out = {};
  if (result.errors && result.errors.length > 0) out.errors = errorsJson(result.errors);
  if ('data' in result) out.data = result.data;
  return out;
}

function printSchemaOf(input) {
  const loaded = loadSchema(input.sdl ?? '');
  if (!loaded.schema) return { schemaErrors: loaded.schemaErrors };
  return { printed: printSchema(loaded.schema) };
}

async function main() {
  const mode = process.argv[2] ?? 'run';
  if (mode === 'introspection-query') {
    process.stdout.write(JSON.stringify(getIntrospectionQuery(introspectionOptions)) + '\n');
    return;
  }
  if (mode === 'specified-rules') {
    process.stdout.write(JSON.stringify(specifiedRules.map((rule) => rule.name)) + '\n');
    return;
  }
  if (mode === 'version') {
    process.stdout.write(version + '\n');
    return;
  }
  if (mode !== 'run' && mode !== 'print-schema') {
    process.stderr.write(`oracle: unknown mode "${mode}" (run, print-schema, introspection-query, specified-rules, version)\n`);
    process.exitCode = 2;
    return;
  }
  const handle = mode === 'run' ? run : printSchemaOf;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let response;
    try {
      response = await handle(JSON.parse(line));
    } catch (error) {
      // Not a protocol answer: the harness reports it as a broken case, never as agreement.
      response = { internalError: String(error?.stack ?? error) };
    }
    out.push(JSON.stringify(response));
    if (out.length >= 256) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
}

await main();
