/**
 * Offline checks of an add-in-only manifest (manifest.xml) that its XML schema cannot express:
 * every resid resolves to a resource of the kind its element needs, the custom functions and the
 * task pane share one long-lived runtime, the requirement sets, permission and namespace the
 * add-in relies on are declared, resource values fit Office's length limits, and every URL is
 * https. Pure functions of the manifest text: no Office, no network, no files.
 */
import { Parser, processors } from "xml2js";

/** One element of the manifest, its namespace prefix removed ("bt:Image" is "Image"). */
export interface ManifestElement {
  name: string;
  attrs: Record<string, string>;
  text: string;
  /** the enclosing elements, outermost first */
  ancestors: ManifestElement[];
}

export type ResourceKind = "image" | "url" | "shortString" | "longString";

export interface Resource {
  id: string;
  kind: ResourceKind;
  /** DefaultValue, then the Value of each locale Override */
  values: string[];
}

export interface ResidUse {
  resid: string;
  element: string;
  /** where it is used, e.g. "Supertip/Title" */
  where: string;
}

export interface ManifestCheckOptions {
  /** the custom functions namespace the add-in documents (=CT.CAPACITY) */
  namespace?: string;
}

/** The Resources collections and the kind of resource each holds. */
const COLLECTIONS: Record<string, ResourceKind> = {
  Images: "image",
  Urls: "url",
  ShortStrings: "shortString",
  LongStrings: "longString",
};

const COLLECTION_NAMES: Record<ResourceKind, string> = {
  image: "bt:Images",
  url: "bt:Urls",
  shortString: "bt:ShortStrings",
  longString: "bt:LongStrings",
};

/** Office's limits (OfficeAppBasicTypesV1_0.xsd): ShortString 125, LongString 250, URL 2048. */
export const MAX_LENGTH: Record<ResourceKind, number> = {
  image: 2048,
  url: 2048,
  shortString: 125,
  longString: 250,
};

/**
 * The kind of resource an element's resid must name. Supertip and GetStarted take their Title
 * from ShortStrings and their Description from LongStrings.
 */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  Runtime: "url",
  LearnMoreUrl: "url",
  Label: "shortString",
  Title: "shortString",
  Namespace: "shortString",
  Description: "longString",
};

/** The requirement sets the shared runtime and the functions' error messages need. */
export const REQUIRED_SETS: Record<string, string> = {
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.2",
};

interface XmlNode {
  "#name": string;
  $?: Record<string, string>;
  _?: string;
  $$?: XmlNode[];
}

/** Parses manifest XML into a flat list of its elements in document order; throws if malformed. */
export function parseManifest(xml: string): ManifestElement[] {
  const parser = new Parser({
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitCharkey: true,
    trim: true,
    tagNameProcessors: [processors.stripPrefix],
    async: false,
  });
  let root: Record<string, XmlNode> | undefined;
  let failure: unknown;
  // with async: false xml2js calls back before parseString returns
  parser.parseString(xml, (err: unknown, result: Record<string, XmlNode>) => {
    failure = err;
    root = result;
  });
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  if (!root) throw new Error("the XML parser returned no document");
  const elements: ManifestElement[] = [];
  const visit = (node: XmlNode, ancestors: ManifestElement[]) => {
    const element: ManifestElement = {
      name: node["#name"],
      attrs: node.$ ?? {},
      text: node._ ?? "",
      ancestors,
    };
    elements.push(element);
    for (const child of node.$$ ?? []) visit(child, [...ancestors, element]);
  };
  for (const node of Object.values(root)) visit(node, []);
  return elements;
}

function parent(element: ManifestElement): ManifestElement | undefined {
  return element.ancestors[element.ancestors.length - 1];
}

function xsiType(element: ManifestElement): string | undefined {
  return element.attrs["xsi:type"];
}

/** A short location for messages: the element and its two nearest ancestors. */
function where(element: ManifestElement): string {
  return [...element.ancestors.slice(-2), element].map((e) => e.name).join("/");
}

/** The resources declared under VersionOverrides/Resources, in document order. */
export function listResources(elements: ManifestElement[]): Resource[] {
  const resources: Resource[] = [];
  for (const element of elements) {
    const collection = parent(element);
    const grandparent = collection && parent(collection);
    if (!collection || grandparent?.name !== "Resources" || !("id" in element.attrs)) continue;
    const kind = COLLECTIONS[collection.name];
    if (!kind) continue;
    const overrides = elements.filter((e) => e.name === "Override" && parent(e) === element);
    resources.push({
      id: element.attrs.id,
      kind,
      values: [element.attrs.DefaultValue ?? "", ...overrides.map((o) => o.attrs.Value ?? "")],
    });
  }
  return resources;
}

/** Every resid the manifest uses, in document order. */
export function listResids(elements: ManifestElement[]): ResidUse[] {
  return elements
    .filter((e) => "resid" in e.attrs)
    .map((e) => ({ resid: e.attrs.resid, element: e.name, where: where(e) }));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function checkResids(elements: ManifestElement[], resources: Resource[]): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Resource>();
  for (const resource of resources) {
    if (byId.has(resource.id)) problems.push(`resource id "${resource.id}" is declared twice`);
    else byId.set(resource.id, resource);
  }
  for (const element of elements.filter((e) => "resid" in e.attrs)) {
    const resid = element.attrs.resid;
    const resource = byId.get(resid);
    if (!resource) {
      problems.push(`resid "${resid}" on ${where(element)} does not resolve to any resource`);
      continue;
    }
    const needed = RESID_KIND[element.name];
    if (needed && resource.kind !== needed) {
      problems.push(
        `resid "${resid}" on ${where(element)} is in ${COLLECTION_NAMES[resource.kind]}` +
          ` but <${element.name}> needs one in ${COLLECTION_NAMES[needed]}`
      );
    }
  }
  return problems;
}

function checkSharedRuntime(elements: ManifestElement[]): string[] {
  const problems: string[] = [];
  const runtimes = elements.filter((e) => e.name === "Runtime" && parent(e)?.name === "Runtimes");
  const pages = elements.filter(
    (e) =>
      e.name === "SourceLocation" &&
      parent(e)?.name === "Page" &&
      e.ancestors.some((a) => a.name === "ExtensionPoint" && xsiType(a) === "CustomFunctions")
  );
  const functionFiles = elements.filter((e) => e.name === "FunctionFile");
  if (runtimes.length === 0) problems.push("no <Runtimes><Runtime>: there is no shared runtime");
  if (pages.length === 0) problems.push("no CustomFunctions <Page><SourceLocation>");
  if (functionFiles.length === 0) problems.push("no <FunctionFile>");
  for (const runtime of runtimes) {
    if (runtime.attrs.lifetime !== "long") {
      problems.push(
        `Runtime "${runtime.attrs.resid}" has lifetime="${runtime.attrs.lifetime ?? ""}"; the` +
          ` shared runtime needs lifetime="long"`
      );
    }
  }
  const uses = [
    ...runtimes.map((e) => ({ what: "Runtime", resid: e.attrs.resid })),
    ...pages.map((e) => ({ what: "CustomFunctions Page SourceLocation", resid: e.attrs.resid })),
    ...functionFiles.map((e) => ({ what: "FunctionFile", resid: e.attrs.resid })),
  ];
  if (new Set(uses.map((u) => u.resid)).size > 1) {
    problems.push(
      "shared runtime: " +
        uses.map((u) => `${u.what} resid "${u.resid ?? ""}"`).join(", ") +
        " must all be the same"
    );
  }
  // a task pane opened from another page would start a second runtime beside the shared one
  const runtimeResids = new Set(runtimes.map((e) => e.attrs.resid));
  for (const action of elements.filter(
    (e) => e.name === "Action" && xsiType(e) === "ShowTaskpane"
  )) {
    for (const source of elements.filter(
      (e) => e.name === "SourceLocation" && parent(e) === action
    )) {
      if (runtimeResids.size > 0 && !runtimeResids.has(source.attrs.resid)) {
        problems.push(
          `ShowTaskpane SourceLocation resid "${source.attrs.resid}" is not the shared` +
            ` Runtime's resid`
        );
      }
    }
  }
  return problems;
}

function checkRequirements(
  elements: ManifestElement[],
  resources: Resource[],
  namespace: string
): string[] {
  const problems: string[] = [];
  const sets = elements.filter(
    (e) =>
      e.name === "Set" && e.ancestors.map((a) => a.name).join("/") === "OfficeApp/Requirements/Sets"
  );
  for (const [name, min] of Object.entries(REQUIRED_SETS)) {
    const set = sets.find((s) => s.attrs.Name === name);
    if (!set) {
      problems.push(`requirement set ${name} >= ${min} is not declared`);
      continue;
    }
    const version = set.attrs.MinVersion ?? parent(set)?.attrs.DefaultMinVersion ?? "1.1";
    if (compareVersions(version, min) < 0) {
      problems.push(`requirement set ${name} is declared at ${version}; it needs >= ${min}`);
    }
  }
  const permissions = elements.filter((e) => e.name === "Permissions").map((e) => e.text);
  if (permissions.join() !== "ReadWriteDocument") {
    problems.push(
      `Permissions is "${permissions.join()}"; the shared runtime needs ReadWriteDocument`
    );
  }
  const byId = new Map(resources.map((r) => [r.id, r]));
  const namespaces = elements.filter((e) => e.name === "Namespace");
  if (namespaces.length === 0) problems.push("no custom functions <Namespace>");
  for (const element of namespaces) {
    const value = byId.get(element.attrs.resid)?.values[0];
    if (value !== undefined && value !== namespace) {
      problems.push(`custom functions Namespace is "${value}"; expected "${namespace}"`);
    }
  }
  return problems;
}

function checkLengths(resources: Resource[]): string[] {
  const problems: string[] = [];
  for (const resource of resources) {
    const max = MAX_LENGTH[resource.kind];
    for (const value of resource.values) {
      if (value.length > max) {
        problems.push(
          `${COLLECTION_NAMES[resource.kind]} "${resource.id}" is ${value.length} characters;` +
            ` the limit is ${max}`
        );
      }
    }
  }
  return problems;
}

const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
const HTTPS = /^https:\/\/[^\s/?#]+/;
/** elements whose DefaultValue (and whose Overrides' Value) is a URL */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);

function checkUrls(elements: ManifestElement[], resources: Resource[]): string[] {
  const problems: string[] = [];
  const report = (value: string, what: string) => {
    if (!HTTPS.test(value)) problems.push(`${what} "${value}" is not an https URL`);
  };
  for (const resource of resources) {
    if (resource.kind !== "url" && resource.kind !== "image") continue;
    for (const value of resource.values) {
      report(value, `${COLLECTION_NAMES[resource.kind]} "${resource.id}"`);
    }
  }
  for (const element of elements) {
    // resource values were checked above, under their resource id
    if (isResourceOrOverride(element)) continue;
    const urlValued =
      URL_ELEMENTS.has(element.name) ||
      (element.name === "Override" && URL_ELEMENTS.has(parent(element)?.name ?? ""));
    for (const [name, value] of Object.entries(element.attrs)) {
      if (name === "xmlns" || name.startsWith("xmlns:") || name === "xsi:schemaLocation") continue;
      if (
        (urlValued && (name === "DefaultValue" || name === "Value")) ||
        LOOKS_LIKE_URL.test(value)
      ) {
        report(value, `${where(element)} ${name}`);
      }
    }
    if (element.name === "AppDomain") {
      report(element.text, where(element));
      // Office wants an origin: protocol, host and port, no path and no trailing slash
      if (!/^[a-z]+:\/\/[^\s/?#]+$/i.test(element.text)) {
        problems.push(
          `AppDomain "${element.text}" must be an origin, without a path or a final "/"`
        );
      }
    } else if (LOOKS_LIKE_URL.test(element.text)) {
      report(element.text, where(element));
    }
  }
  return problems;
}

/** A bt:Image, bt:Url or bt:String under Resources, or one of its locale Overrides. */
function isResourceOrOverride(element: ManifestElement): boolean {
  const owner = element.name === "Override" ? parent(element) : element;
  const collection = owner && parent(owner);
  return !!collection && collection.name in COLLECTIONS && parent(collection)?.name === "Resources";
}

/** All the checks; an empty list means the manifest passes. */
export function checkManifest(xml: string, options: ManifestCheckOptions = {}): string[] {
  let elements: ManifestElement[];
  try {
    elements = parseManifest(xml);
  } catch (err) {
    return [`manifest is not well-formed XML: ${(err as Error).message.split("\n")[0]}`];
  }
  const resources = listResources(elements);
  return [
    ...checkResids(elements, resources),
    ...checkSharedRuntime(elements),
    ...checkRequirements(elements, resources, options.namespace ?? "CT"),
    ...checkLengths(resources),
    ...checkUrls(elements, resources),
  ];
}
