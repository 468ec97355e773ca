/*
 * Office.context.document.settings for the preview: kept in memory, and what saveAsync saves
 * is kept in sessionStorage too, so a reload of the pane's frame finds it as a reopened
 * workbook would (without sessionStorage, only in memory).
 */
export interface AsyncResult<T = undefined> {
  status: "succeeded" | "failed";
  value: T;
  error: { name: string; message: string; code: number } | undefined;
  asyncContext: unknown;
}

type Callback = (result: AsyncResult) => void;

export interface Settings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(options?: { asyncContext?: unknown } | Callback, callback?: Callback): void;
  refreshAsync(callback?: (result: AsyncResult<Settings>) => void): void;
}

const KEY = "captrack-preview-settings";

function storageOf(storage: Storage | null | undefined): Storage | null {
  try {
    return storage ?? (typeof sessionStorage === "undefined" ? null : sessionStorage);
  } catch {
    return null; // storage refused (a sandboxed or opaque origin)
  }
}

export function documentSettings(given?: Storage | null): Settings {
  const storage = storageOf(given);
  const saved = (): Record<string, unknown> => {
    try {
      return JSON.parse(storage?.getItem(KEY) ?? "{}") as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  let values = saved();
  const later = (run: () => void) => setTimeout(run, 0);
  const settings: Settings = {
    // Office answers null for a setting never set, and copies of what was set (JSON values)
    get: (name) => (name in values ? (JSON.parse(JSON.stringify(values[name])) as unknown) : null),
    set: (name, value) => {
      values = { ...values, [name]: JSON.parse(JSON.stringify(value ?? null)) as unknown };
    },
    remove: (name) => {
      values = Object.fromEntries(Object.entries(values).filter(([k]) => k !== name));
    },
    saveAsync: (options, callback) => {
      const done = typeof options === "function" ? options : callback;
      const asyncContext = typeof options === "object" ? options?.asyncContext : undefined;
      let error: AsyncResult["error"];
      try {
        storage?.setItem(KEY, JSON.stringify(values));
      } catch (e) {
        error = { name: "Save Error", message: String(e), code: 6001 };
      }
      later(() =>
        done?.({ status: error ? "failed" : "succeeded", value: undefined, error, asyncContext })
      );
    },
    refreshAsync: (callback) => {
      values = saved();
      later(() =>
        callback?.({
          status: "succeeded",
          value: settings,
          error: undefined,
          asyncContext: undefined,
        })
      );
    },
  };
  return settings;
}
