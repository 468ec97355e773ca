/* Office.context.document.settings in the preview: in memory, saved to sessionStorage by saveAsync. */
import { AsyncResult, documentSettings } from "../src/preview/settings";

/** A Storage in memory, as sessionStorage is in the pane's frame. */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
}

function save(settings: ReturnType<typeof documentSettings>): Promise<AsyncResult> {
  return new Promise((resolve) => settings.saveAsync(resolve));
}

test("get, set and remove; null for a setting never set; values are copies", () => {
  const settings = documentSettings(null);
  expect(settings.get("captrack.embeddedDataset")).toBeNull();
  const value = { lines: [1, 2] };
  settings.set("captrack.embeddedDataset", false);
  settings.set("other", value);
  value.lines.push(3);
  expect(settings.get("captrack.embeddedDataset")).toBe(false);
  expect(settings.get("other")).toEqual({ lines: [1, 2] });
  settings.remove("other");
  expect(settings.get("other")).toBeNull();
});

test("saveAsync calls back later with succeeded; what it saved survives a reload", async () => {
  const storage = new MemoryStorage() as unknown as Storage;
  const settings = documentSettings(storage);
  settings.set("captrack.embeddedDataset", false);
  settings.set("unsaved?", "no: saved below");
  let called = false;
  const result = new Promise<AsyncResult>((resolve) =>
    settings.saveAsync({ asyncContext: "ctx" }, (r) => {
      called = true;
      resolve(r);
    })
  );
  expect(called).toBe(false); // asynchronous, as in Office
  await expect(result).resolves.toMatchObject({ status: "succeeded", asyncContext: "ctx" });
  settings.set("unsaved", 1);
  // the pane's frame reloads: a new settings object over the same storage
  const reloaded = documentSettings(storage);
  expect(reloaded.get("captrack.embeddedDataset")).toBe(false);
  expect(reloaded.get("unsaved")).toBeNull();
  reloaded.remove("captrack.embeddedDataset");
  await expect(save(reloaded)).resolves.toMatchObject({ status: "succeeded" });
  expect(documentSettings(storage).get("captrack.embeddedDataset")).toBeNull();
});

test("the add-in's saveEmbeddedSetting and embeddedSetting over these settings", async () => {
  const settings = documentSettings(null);
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { document: { settings } },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  const { embeddedSetting, saveEmbeddedSetting } = await import("../src/workbook/settings");
  expect(embeddedSetting()).toBe(true);
  await saveEmbeddedSetting(false);
  expect(embeddedSetting()).toBe(false);
});
