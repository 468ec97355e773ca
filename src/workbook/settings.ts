/*
 * The workbook's own Captrack settings (Office.js document settings, saved in the file), so a
 * workbook that counts only its own lines keeps doing so when reopened.
 */
const EMBEDDED = "captrack.embeddedDataset";

/** Whether the formulas count the embedded dataset in this workbook (they do unless turned off). */
export function embeddedSetting(): boolean {
  return Office.context.document?.settings?.get(EMBEDDED) !== false;
}

export function saveEmbeddedSetting(embedded: boolean): Promise<void> {
  const settings = Office.context.document?.settings;
  if (!settings) return Promise.reject(new Error("This host keeps no settings in the workbook."));
  settings.set(EMBEDDED, embedded);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(result.error?.message ?? "the setting was not saved"))
    )
  );
}
