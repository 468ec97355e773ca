/**
 * Offline checks of the add-in manifest, the development one (manifest.xml) and the production
 * one the build writes (dist/manifest.xml): the Office XML schema through xmllint, then what the
 * schema cannot express (scripts/manifest-check.ts). Each check is also shown to fail on a
 * manifest broken on purpose, so that none of them can pass vacuously.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, listResids, parseManifest } from "../scripts/manifest-check";

const root = path.resolve(__dirname, "..");
const shared = path.resolve(__dirname, "..", "..", "shared");
const xsd = path.join(shared, "schemas", "office-manifest-xsd", "OfficeAppManifestV1_1.xsd");
const devPath = path.join(root, "manifest.xml");
const prodPath = path.join(root, "dist", "manifest.xml");
const devUrl = "https://localhost:3000/";

const dev = fs.readFileSync(devPath, "utf8");
function prod(): string {
  if (!fs.existsSync(prodPath)) throw new Error(`${prodPath} is missing: run npm run build first`);
  return fs.readFileSync(prodPath, "utf8");
}

function xmllint(file: string): { status: number | null; stderr: string } {
  const result = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  if (result.error) throw new Error(`cannot run xmllint (Debian libxml2-utils): ${result.error}`);
  return { status: result.status, stderr: result.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-test-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function xmllintText(xml: string): { status: number | null; stderr: string } {
  const file = path.join(tmp, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  fs.writeFileSync(file, xml);
  return xmllint(file);
}

/** The manifest with one change; fails if the text to change is not there. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const changed = xml.replace(from, to);
  if (changed === xml) throw new Error(`mutation found nothing to change: ${from}`);
  return changed;
}

/**
 * The one base URL that replaces every development URL when the production manifest is the
 * development one with each of them rewritten to it; null otherwise.
 */
function rewrittenTo(devXml: string, prodXml: string): string | null {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const parts = devXml.split(devUrl).map(escape);
  const pattern = new RegExp(`^${parts[0]}(https://[^"<\\s/]+/)${parts.slice(1).join("\\1")}$`);
  return pattern.exec(prodXml)?.[1] ?? null;
}

function count(text: string, what: string): number {
  return text.split(what).length - 1;
}

describe("the Office XML schema (xmllint)", () => {
  test.each([
    ["manifest.xml", devPath],
    ["dist/manifest.xml", prodPath],
  ])("accepts %s", (_name, file) => {
    if (file === prodPath) prod();
    const result = xmllint(file);
    expect(result.stderr.trim()).toBe(`${file} validates`);
    expect(result.status).toBe(0);
  });

  test("rejects a manifest with an unknown element, so it cannot pass vacuously", () => {
    const broken = mutate(
      dev,
      "<ProviderName>",
      "<Publisher>Captrack</Publisher>\n  <ProviderName>"
    );
    const result = xmllintText(broken);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Publisher.*(not expected|This element is not expected)/);
  });

  test("rejects a manifest whose required element is missing", () => {
    const result = xmllintText(mutate(dev, /\s*<DefaultLocale>[^<]*<\/DefaultLocale>/, ""));
    expect(result.status).not.toBe(0);
  });

  test("accepts a dangling resid: why manifest-check exists", () => {
    const dangling = mutate(dev, 'resid="Group.Label"', 'resid="No.Such.Resource"');
    expect(xmllintText(dangling).status).toBe(0);
    expect(checkManifest(dangling).join("\n")).toContain('"No.Such.Resource"');
  });
});

describe("manifest-check", () => {
  test("passes manifest.xml", () => {
    expect(checkManifest(dev)).toEqual([]);
  });

  test("passes dist/manifest.xml", () => {
    expect(checkManifest(prod())).toEqual([]);
  });

  test("lists every resid with the element that uses it", () => {
    const uses = listResids(parseManifest(dev));
    expect(uses.length).toBe(count(dev, "resid="));
    expect(uses).toContainEqual({
      resid: "Taskpane.Url",
      element: "Runtime",
      where: "Host/Runtimes/Runtime",
    });
    expect(uses).toContainEqual({
      resid: "TaskpaneButton.Tooltip",
      element: "Description",
      where: "Control/Supertip/Description",
    });
  });

  const long = (n: number) => "x".repeat(n);
  const mutations: [string, string | RegExp, string, string][] = [
    [
      "a dangling resid",
      '<Label resid="Group.Label"/>',
      '<Label resid="Group.Lable"/>',
      'resid "Group.Lable" on OfficeTab/Group/Label does not resolve to any resource',
    ],
    [
      "an Icon resid that names a Url",
      '<bt:Image size="16" resid="Icon.16x16"/>',
      '<bt:Image size="16" resid="Taskpane.Url"/>',
      'resid "Taskpane.Url" on Group/Icon/Image is in bt:Urls but <Image> needs one in bt:Images',
    ],
    [
      "a SourceLocation resid that names a string",
      '<SourceLocation resid="Functions.Metadata.Url"/>',
      '<SourceLocation resid="Group.Label"/>',
      "needs one in bt:Urls",
    ],
    [
      "a Supertip Description from ShortStrings",
      '<Description resid="TaskpaneButton.Tooltip"/>',
      '<Description resid="TaskpaneButton.Label"/>',
      "<Description> needs one in bt:LongStrings",
    ],
    [
      "a Label from LongStrings",
      '<Label resid="Group.Label"/>',
      '<Label resid="TaskpaneButton.Tooltip"/>',
      "<Label> needs one in bt:ShortStrings",
    ],
    [
      "a resource id declared twice",
      '<bt:String id="Group.Label"',
      '<bt:String id="GetStarted.Title"',
      'resource id "GetStarted.Title" is declared twice',
    ],
    [
      "a Runtime resid different from the Page resid",
      '<Runtime resid="Taskpane.Url"',
      '<Runtime resid="Functions.Script.Url"',
      'Runtime resid "Functions.Script.Url", CustomFunctions Page SourceLocation resid' +
        ' "Taskpane.Url", FunctionFile resid "Taskpane.Url" must all be the same',
    ],
    [
      "a FunctionFile resid different from the Runtime resid",
      '<FunctionFile resid="Taskpane.Url"/>',
      '<FunctionFile resid="Functions.Script.Url"/>',
      'FunctionFile resid "Functions.Script.Url" must all be the same',
    ],
    [
      "a task pane opened from another page",
      /(<TaskpaneId>ButtonId1<\/TaskpaneId>\s*)<SourceLocation resid="Taskpane.Url"\/>/,
      '$1<SourceLocation resid="GetStarted.LearnMoreUrl"/>',
      'ShowTaskpane SourceLocation resid "GetStarted.LearnMoreUrl" is not the shared Runtime',
    ],
    [
      "no Runtimes",
      /<Runtimes>[\s\S]*<\/Runtimes>/,
      "",
      "no <Runtimes><Runtime>: there is no shared runtime",
    ],
    [
      'a Runtime without lifetime="long"',
      'lifetime="long"',
      'lifetime="short"',
      'Runtime "Taskpane.Url" has lifetime="short"; the shared runtime needs lifetime="long"',
    ],
    [
      "a missing CustomFunctionsRuntime set",
      /\s*<Set Name="CustomFunctionsRuntime"[^>]*>/,
      "",
      "requirement set CustomFunctionsRuntime >= 1.2 is not declared",
    ],
    [
      "CustomFunctionsRuntime 1.1",
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.2"/>',
      '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>',
      "requirement set CustomFunctionsRuntime is declared at 1.1; it needs >= 1.2",
    ],
    [
      "a missing SharedRuntime set",
      /\s*<Set Name="SharedRuntime"[^>]*>/,
      "",
      "requirement set SharedRuntime >= 1.1 is not declared",
    ],
    [
      "Permissions ReadDocument",
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>ReadDocument</Permissions>",
      'Permissions is "ReadDocument"; the shared runtime needs ReadWriteDocument',
    ],
    [
      "another namespace",
      '<bt:String id="Functions.Namespace" DefaultValue="CT"/>',
      '<bt:String id="Functions.Namespace" DefaultValue="CAPTRACK"/>',
      'custom functions Namespace is "CAPTRACK"; expected "CT"',
    ],
    [
      "an over-long ShortString",
      '<bt:String id="Group.Label" DefaultValue="Captrack"/>',
      `<bt:String id="Group.Label" DefaultValue="${long(126)}"/>`,
      'bt:ShortStrings "Group.Label" is 126 characters; the limit is 125',
    ],
    [
      "an over-long LongString",
      /(<bt:String id="TaskpaneButton.Tooltip" DefaultValue=")[^"]*"/,
      `$1${long(251)}"`,
      'bt:LongStrings "TaskpaneButton.Tooltip" is 251 characters; the limit is 250',
    ],
    [
      "an over-long locale Override of a ShortString",
      '<bt:String id="Group.Label" DefaultValue="Captrack"/>',
      '<bt:String id="Group.Label" DefaultValue="Captrack">' +
        `<bt:Override Locale="de-DE" Value="${long(130)}"/></bt:String>`,
      'bt:ShortStrings "Group.Label" is 130 characters; the limit is 125',
    ],
    [
      "an over-long Url",
      /(<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/help.html)"/,
      `$1?q=${long(2040)}"`,
      'bt:Urls "GetStarted.LearnMoreUrl" is 2075 characters; the limit is 2048',
    ],
    [
      "an http Url resource",
      '<bt:Url id="Taskpane.Url" DefaultValue="https://',
      '<bt:Url id="Taskpane.Url" DefaultValue="http://',
      'bt:Urls "Taskpane.Url" "http://localhost:3000/taskpane.html" is not an https URL',
    ],
    [
      "an http image",
      '<bt:Image id="Icon.80x80" DefaultValue="https://',
      '<bt:Image id="Icon.80x80" DefaultValue="http://',
      'bt:Images "Icon.80x80" "http://localhost:3000/assets/icon-80.png" is not an https URL',
    ],
    [
      "an http IconUrl",
      '<IconUrl DefaultValue="https://',
      '<IconUrl DefaultValue="http://',
      'OfficeApp/IconUrl DefaultValue "http://localhost:3000/assets/icon-32.png" is not an https',
    ],
    [
      "a relative SourceLocation",
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SourceLocation DefaultValue="taskpane.html"/>',
      'DefaultSettings/SourceLocation DefaultValue "taskpane.html" is not an https URL',
    ],
    [
      "an AppDomain with a final slash",
      "<Hosts>",
      "<AppDomains><AppDomain>https://example.com/</AppDomain></AppDomains><Hosts>",
      'AppDomain "https://example.com/" must be an origin, without a path or a final "/"',
    ],
    [
      "an http AppDomain",
      "<Hosts>",
      "<AppDomains><AppDomain>http://example.com</AppDomain></AppDomains><Hosts>",
      'AppDomains/AppDomain "http://example.com" is not an https URL',
    ],
    ["malformed XML", "</Permissions>", "</Permission>", "manifest is not well-formed XML"],
  ];

  test.each(mutations)("reports %s", (_name, from, to, expected) => {
    expect(checkManifest(mutate(dev, from, to))).toEqual(
      expect.arrayContaining([expect.stringContaining(expected)])
    );
  });
});

describe("the production manifest", () => {
  test("the development manifest points at localhost in several places", () => {
    expect(count(dev, "localhost")).toBeGreaterThan(5);
    // every localhost URL has the form the build rewrites; an origin without "/" would be missed
    expect(count(dev, "localhost")).toBe(count(dev, devUrl));
  });

  test("has no localhost left at all: the build rewrites every URL, not only the first", () => {
    expect(prod().match(/.{0,40}localhost.{0,40}/g) ?? []).toEqual([]);
  });

  test("is the development manifest with every localhost URL rewritten to one https origin", () => {
    const origin = rewrittenTo(dev, prod());
    expect(origin).toMatch(/^https:\/\/[^/]+\/$/);
    expect(origin).not.toContain("localhost");
  });

  test("these checks catch a build that rewrites only the first localhost URL", () => {
    const firstOnly = dev.replace(devUrl, "https://captrack.example.com/");
    expect(firstOnly).toContain("localhost");
    expect(rewrittenTo(dev, firstOnly)).toBeNull();
  });

  test("every file the manifest points at is in dist/", () => {
    const files = [...dev.matchAll(/https:\/\/localhost:3000\/([^"<\s?#]*)/g)].map((m) => m[1]);
    expect(files).toContain("functions.json");
    expect(files).toContain("taskpane.html");
    const missing = [...new Set(files)].filter((f) => !fs.existsSync(path.join(root, "dist", f)));
    expect(missing).toEqual([]);
  });
});
