/**
 * The custom functions metadata the build writes (dist/functions.json): valid against Microsoft's
 * JSON schema, extended only by the keys the current generator emits; declares what the add-in
 * documents; and is what custom-functions-metadata generates from src/functions/functions.ts
 * without errors (its CLI exits 0 even when it reports errors, so the result is checked here).
 */
import Ajv from "ajv-draft-04";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const root = path.resolve(__dirname, "..");
const shared = path.resolve(__dirname, "..", "..", "shared");
const originalSchemaPath = path.join(
  shared,
  "schemas",
  "custom-functions",
  "custom-functions.schema.json"
);
const schemaPath = path.join(__dirname, "schemas", "custom-functions.schema.json");
const metadataPath = path.join(root, "dist", "functions.json");

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface CustomFunction {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}
interface Metadata {
  functions: CustomFunction[];
  [key: string]: unknown;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}

function metadata(): Metadata {
  if (!fs.existsSync(metadataPath)) {
    throw new Error(`${metadataPath} is missing: run npm run build first`);
  }
  return readJson<Metadata>(metadataPath);
}

const schema = readJson<Record<string, unknown>>(schemaPath);
const ajv = new Ajv({ allErrors: true, strict: true });
// Microsoft's schema annotates with "examples", a keyword of later drafts that validates nothing
ajv.addKeyword("examples");
const validate = ajv.compile(schema);

/** validation errors as "path keyword message" lines, for readable failures */
function errors(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`.trim());
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe("the extended custom-functions schema", () => {
  test("is a valid draft-04 schema", () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  test("is Microsoft's schema plus allowCustomDataForDataTypeAny and nothing else", () => {
    // the one other change: the original's empty `required: []` under result, which draft-04
    // forbids (required needs at least one name) and which requires nothing, is left out
    const original = readJson<Record<string, unknown>>(originalSchemaPath);
    const reverted = clone(schema) as {
      properties: Record<string, unknown> & {
        functions: { items: { properties: { result: Record<string, unknown> } } };
      };
    };
    delete reverted.properties.allowCustomDataForDataTypeAny;
    reverted.properties.functions.items.properties.result.required = [];
    expect(reverted).toEqual(original);
  });

  test("accepts dist/functions.json", () => {
    expect(errors(metadata())).toEqual([]);
  });

  const broken: [string, (m: Metadata) => void, string][] = [
    [
      "a function without id",
      (m) => delete (m.functions[0] as Partial<CustomFunction>).id,
      "/functions/0 required must have required property 'id'",
    ],
    [
      "a function without result",
      (m) => delete (m.functions[0] as Partial<CustomFunction>).result,
      "/functions/0 required must have required property 'result'",
    ],
    [
      "a parameter without name",
      (m) => delete (m.functions[0].parameters[0] as Partial<Parameter>).name,
      "/functions/0/parameters/0 required must have required property 'name'",
    ],
    [
      "an unknown key on a function",
      (m) => Object.assign(m.functions[0], { helpurl: "https://example.com" }),
      "/functions/0 additionalProperties must NOT have additional properties",
    ],
    [
      "an unknown key on a parameter",
      (m) => Object.assign(m.functions[0].parameters[0], { repeat: true }),
      "/functions/0/parameters/0 additionalProperties must NOT have additional properties",
    ],
    [
      "an unknown top-level key",
      (m) => Object.assign(m, { allowErrorsForDataTypeAny: true }),
      "additionalProperties must NOT have additional properties",
    ],
    [
      "an unknown parameter type",
      (m) => (m.functions[0].parameters[0].type = "date"),
      "/functions/0/parameters/0/type enum",
    ],
    [
      "a bad result dimensionality",
      (m) => (m.functions[1].result.dimensionality = "spill"),
      "/functions/1/result/dimensionality enum",
    ],
    [
      "a non-boolean allowCustomDataForDataTypeAny",
      (m) => (m.allowCustomDataForDataTypeAny = "yes"),
      "/allowCustomDataForDataTypeAny type must be boolean",
    ],
  ];

  test.each(broken)("rejects %s", (_name, breakIt, expected) => {
    const data = clone(metadata());
    breakIt(data);
    expect(errors(data)).toEqual([expect.stringContaining(expected)]);
  });
});

describe("dist/functions.json declares the documented functions", () => {
  const byId = (id: string): CustomFunction => {
    const found = metadata().functions.find((f) => f.id === id);
    if (!found) throw new Error(`${id} is not declared`);
    return found;
  };

  test("CAPACITY, LINES, COUNT and BREAKDOWN, each once, id and name alike", () => {
    const ids = metadata().functions.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["BREAKDOWN", "CAPACITY", "COUNT", "LINES"]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of metadata().functions) expect(f.name).toBe(f.id);
  });

  test.each(["CAPACITY", "LINES", "COUNT", "BREAKDOWN"])(
    "%s and each of its parameters have a description",
    (id) => {
      const f = byId(id);
      expect(f.description?.trim()).toBeTruthy();
      expect(f.parameters.filter((p) => !p.description?.trim()).map((p) => p.name)).toEqual([]);
    }
  );

  const signatures: [string, string[]][] = [
    ["CAPACITY", ["query", "material", "status", "asOf", "unit"]],
    ["LINES", ["query", "material", "status", "asOf"]],
    ["COUNT", ["query", "material", "status", "asOf"]],
  ];

  test.each(signatures)("%s takes %j, all but query optional", (id, names) => {
    const f = byId(id);
    expect(f.parameters.map((p) => p.name)).toEqual(names);
    expect(f.parameters.map((p) => p.optional === true)).toEqual(
      f.parameters.map((p) => p.name !== "query")
    );
  });

  test("LINES spills a matrix; CAPACITY and COUNT return a single number", () => {
    expect(byId("LINES").result.dimensionality).toBe("matrix");
    expect(byId("BREAKDOWN").result.dimensionality).toBe("matrix");
    for (const id of ["CAPACITY", "COUNT"]) {
      expect(byId(id).result.dimensionality ?? "scalar").toBe("scalar");
      expect(byId(id).result.type).toBe("number");
    }
  });
});

describe("custom-functions-metadata on src/functions/functions.ts", () => {
  test("reports no errors and generates exactly dist/functions.json", async () => {
    const source = path.join(root, "src", "functions", "functions.ts");
    const result = await generateCustomFunctionsMetadata([source], true);
    expect(result.errors).toEqual([]);
    expect(JSON.parse(result.metadataJson)).toEqual(metadata());
  });

  test("reports errors it finds, with no metadata, so the check above is not vacuous", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "functions-metadata-"));
    try {
      const source = path.join(dir, "bad.ts");
      fs.writeFileSync(
        source,
        [
          "/**",
          " * Takes a Date, which Excel cannot pass.",
          " * @customfunction",
          " * @param when a date",
          " */",
          "export function since(when: Date): number {",
          "  return when.getTime();",
          "}",
          "",
        ].join("\n")
      );
      const result = await generateCustomFunctionsMetadata([source], false);
      expect(result.errors).toEqual([expect.stringContaining('does not support type "Date"')]);
      expect(result.metadataJson).toBe("");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
