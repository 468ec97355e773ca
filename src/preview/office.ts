/*
 * office.js for the preview host: the globals the add-in uses (Office, Excel, OfficeExtension,
 * CustomFunctions) over an in-memory workbook. The preview serves this file in place of
 * Microsoft's office.js; the add-in's own code runs unchanged, calling Excel.run as in Excel.
 * Custom functions associated are evaluated in the workbook's cells, with the metadata the
 * add-in serves (functions.json) saying which stream.
 */
import { ExcelError, ExcelHost } from "./excel/api";
import { CustomFunction, FunctionsMetadata } from "./excel/functions";
import { WorkbookModel } from "./excel/model";
import { documentSettings } from "./settings";

/** The API versions Excel on the web supports, for Office.context.requirements. */
const SUPPORTED: Record<string, string> = {
  ExcelApi: "1.17",
  SharedRuntime: "1.1",
  CustomFunctionsRuntime: "1.4",
};

function atLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export interface PreviewGlobals {
  host: ExcelHost;
  /** custom functions the add-in associated, by id */
  functions: Map<string, CustomFunction>;
}

declare global {
  interface Window {
    captrackPreview?: PreviewGlobals;
  }
}

const host = new ExcelHost(new WorkbookModel("Sheet1"));
// which functions stream, and their parameters: until it is read, their cells show #BUSY!
fetch("functions.json")
  .then((response) => (response.ok ? response.json() : { functions: [] }))
  .catch(() => ({ functions: [] }))
  .then((metadata: FunctionsMetadata) => host.customFunctions.setMetadata(metadata));
const info = { host: "Excel", platform: "OfficeOnline" };
const ready = new Promise<typeof info>((resolve) => {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => resolve(info), { once: true });
  else resolve(info);
});

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message ?? code);
  }
}

const globals = window as unknown as Record<string, unknown>;
globals.Office = {
  onReady: (callback?: (i: typeof info) => void) =>
    ready.then((i) => {
      callback?.(i);
      return i;
    }),
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: {
    DocumentSelectionChanged: "documentSelectionChanged",
    SettingsChanged: "settingsChanged",
    DialogMessageReceived: "dialogMessageReceived",
    DialogEventReceived: "dialogEventReceived",
  },
  context: {
    host: "Excel",
    platform: "OfficeOnline",
    displayLanguage: "en-US",
    document: { settings: documentSettings() },
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        SUPPORTED[name] !== undefined && atLeast(SUPPORTED[name], String(version)),
    },
  },
  actions: { associate: () => undefined },
};
globals.Excel = host.excel();
globals.OfficeExtension = {
  Error: ExcelError,
  ErrorCodes: { generalException: "GeneralException" },
};
globals.CustomFunctions = {
  associate: (id: string | Record<string, CustomFunction>, fn?: CustomFunction) =>
    host.customFunctions.associate(id, fn),
  Error: CustomFunctionError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
};
window.captrackPreview = { host, functions: host.customFunctions.functions };
