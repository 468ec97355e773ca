/*
 * End to end: the workbook's own lines in headless Chromium against the preview host. Start a
 * tracker from the pane, type a row into it as a user does, and watch a CT.CAPACITY cell
 * change with no recalculation; a bad row is listed with a link to its cell; the dataset can be
 * switched off for the workbook.
 */
import { join } from "path";
import { Page } from "playwright-core";
import { capacity } from "../../src/core/query";
import { embeddedLedger } from "../../src/data/embedded";
import { TRACKER_COLUMNS } from "../../src/workbook/columns";
import { columnLetter } from "../../src/workbook/create";
import { previewSession } from "../support/browser";

const DOCS = join(__dirname, "..", "..", "docs");
const { open } = previewSession();

/** What a user typing into a cell of the preview's grid does (the grid's editor calls the same). */
async function type(page: Page, sheet: string, address: string, text: string): Promise<void> {
  await page
    .frameLocator("#pane")
    .locator("body")
    .evaluate(
      async (_, [s, a, t]) => {
        const preview = (
          window as unknown as {
            captrackPreview: {
              host: { userEdit: (s: string, a: string, t: string) => Promise<void> };
            };
          }
        ).captrackPreview;
        await preview.host.userEdit(s, a, t);
      },
      [sheet, address, text]
    );
}

/** Types a Tracker row, cell by cell, in the order of the columns. */
async function typeRow(page: Page, row: number, cells: Partial<Record<string, string>>) {
  for (const [name, text] of Object.entries(cells)) {
    const column = columnLetter(TRACKER_COLUMNS.indexOf(name as (typeof TRACKER_COLUMNS)[number]));
    await type(page, "Tracker", `${column}${row}`, text!);
  }
}

/** Waits until `read` gives `want` (the preview redraws after each change), or fails with the last value. */
async function until(read: () => Promise<string | null>, want: string, ms = 10000): Promise<void> {
  const end = Date.now() + ms;
  let got = await read();
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    got = await read();
  }
  expect(got).toBe(want);
}

async function showSheet(page: Page, name: string): Promise<void> {
  await page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name, exact: true })
    .click();
}

async function cell(page: Page, row: number, column: number): Promise<string> {
  return (
    (await page
      .locator(".view table.grid tbody tr")
      .nth(row - 1)
      .locator("td")
      .nth(column - 1)
      .textContent()) ?? ""
  ).trim();
}

test("start a tracker, type a row: the CT.CAPACITY cell changes by itself; a bad row is listed with its cell; the dataset can be left out", async () => {
  const { page, pane, errors } = await open();
  const morocco = capacity(embeddedLedger(), "Morocco");
  expect(morocco).toBeGreaterThan(0);

  await type(page, "Sheet1", "A1", '=CT.CAPACITY("Morocco")');
  await showSheet(page, "Sheet1");
  await until(() => cell(page, 1, 1), String(morocco));

  await pane.getByRole("tab", { name: "Tracker" }).click();
  await pane.getByText("This workbook has no Tracker table.", { exact: false }).waitFor();
  await pane.getByRole("button", { name: "Start a tracker" }).click();
  await pane
    .getByText("The formulas count the Tracker's 0 lines with Captrack's dataset.")
    .waitFor();
  const tabs = page.getByRole("tablist", { name: "Sheets" }).getByRole("tab");
  // the validation lists' sheet is hidden
  await expect(tabs.allTextContents()).resolves.toEqual(["Sheet1", "Tracker"]);

  await typeRow(page, 2, {
    company: "Atlas Anodes",
    material: "anode",
    capacity: "30000",
    unit: "t/yr",
    status: "under construction",
    city: "Tangier",
    country: "Morocco",
    announced: "2025-06-01",
    source: "https://example.org/atlas-anodes",
  });
  await pane
    .getByText("The formulas count the Tracker's 1 line with Captrack's dataset.")
    .waitFor();
  await showSheet(page, "Sheet1");
  await until(() => cell(page, 1, 1), String(morocco + 30000));

  // text in the capacity column: the row is listed, not counted, and its link selects the cell
  await typeRow(page, 3, {
    company: "Rif Cathodes",
    material: "LFP cathode",
    capacity: "lots",
    status: "announced",
    country: "Morocco",
    announced: "2025-07-01",
    source: "https://example.org/rif",
  });
  const problems = pane.getByRole("region", { name: "Rows not counted" });
  await problems.getByText(/capacity "lots" is not a number/).waitFor();
  await expect(problems.textContent()).resolves.toMatch(
    /^1 row is not counted:Row 3: capacity "lots"/
  );
  await showSheet(page, "Sheet1");
  await expect(cell(page, 1, 1)).resolves.toBe(String(morocco + 30000));
  const capacityCell = `${columnLetter(TRACKER_COLUMNS.indexOf("capacity"))}3`;
  await problems.getByRole("button", { name: `Go to 'Tracker'!${capacityCell}` }).click();
  await until(
    () => page.getByRole("tab", { name: "Tracker", exact: true }).getAttribute("aria-selected"),
    "true"
  );
  await expect(page.locator(".view [data-selected]").first().textContent()).resolves.toBe("lots");
  await page.screenshot({ path: join(DOCS, "tracker.png") });

  // the dataset switched off: the formula counts the workbook's line alone; the choice is saved
  await pane.getByRole("switch", { name: "Count Captrack's dataset too" }).click();
  await pane.getByText("The formulas count the Tracker's 1 line alone.").waitFor();
  await showSheet(page, "Sheet1");
  await until(() => cell(page, 1, 1), "30000");
  const saved = await pane
    .locator("body")
    .evaluate(() => Office.context.document.settings.get("captrack.embeddedDataset"));
  expect(saved).toBe(false);
  expect(errors).toEqual([]);
  await page.close();
}, 120000);
