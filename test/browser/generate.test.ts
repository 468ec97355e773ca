/*
 * End to end: the built task pane in headless Chromium against the preview host, which serves
 * dist/ with its stand-in for office.js over an in-memory workbook. The pane calls Excel.run
 * exactly as in Excel; the test reads the workbook as the preview shows it.
 */
import { join } from "path";
import { FrameLocator, Page } from "playwright-core";
import { LINE_COLUMNS } from "../../src/core/table";
import { planSheet } from "../../src/sheet/plan";
import { embeddedLedger } from "../../src/data/embedded";
import { previewSession, routeOfficeJs, serveDist } from "../support/browser";

const DOCS = join(__dirname, "..", "..", "docs");
const { open, browser } = previewSession();

/** Types into the query box as a user does, and picks the suggestion named `pick`. */
async function choose(pane: FrameLocator, typed: string, pick: RegExp): Promise<void> {
  const query = pane.getByRole("combobox", { name: "Place, company or material" });
  await query.click();
  await query.pressSequentially(typed);
  await pane.getByRole("option", { name: pick }).click();
}

/** The rows of the sheet on show in the preview, as text. */
async function rows(page: Page): Promise<string[][]> {
  return page
    .locator(".view table.grid tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim()))
    );
}

async function sheetTabs(page: Page): Promise<string[]> {
  return page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").allTextContents();
}

test("type Baotou, pick it, Generate: the sheet with the Baotou lines and the 20,000 t/yr total; again: one sheet", async () => {
  const { page, pane, errors } = await open();
  await choose(pane, "Baotou", /^Baotou\s*city in Inner Mongolia/);
  await expect(
    pane.getByRole("combobox", { name: "Place, company or material" }).inputValue()
  ).resolves.toBe("Baotou");
  await pane.getByLabel("As of").fill("2019-03-01");
  await pane.getByRole("button", { name: "Generate" }).click();
  await pane.getByText('Sheet "Baotou, 2019-03-01" created').waitFor();
  await expect(
    pane.getByText("3 lines and 1 regional total, total 20,000 t/yr.").count()
  ).resolves.toBe(1);

  expect(await sheetTabs(page)).toEqual(["Sheet1", "Baotou, 2019-03-01"]);
  const shown = await rows(page);
  expect(shown[0][0]).toBe("Baotou: announced production capacity");
  expect(shown[2].slice(0, 3)).toEqual(["Total (as CT.CAPACITY)", "20,000", "t/yr"]);
  expect(shown[4].slice(0, 4)).toEqual(["company", "material", "capacity", "unit"]);
  expect(shown.slice(5, 9).map((r) => [r[0], r[2]])).toEqual([
    ["Baotou Xinhao Rare Earth New Materials", "5,000"],
    ["Baotou Jigan Rare Earth New Materials", "2,500"],
    ["Baotou Jigan Rare Earth New Materials", "500"],
    ["Baotou companies (aggregate)", "20,000"],
  ]);
  expect(shown[9][0]).toBe("");
  await expect(
    page
      .locator(".view a", { hasText: "Baotou Rapidly Expanding REE Metals" })
      .first()
      .getAttribute("href")
  ).resolves.toBe("https://www.adamasintel.com/baotou-expanding-metals-production/");
  await expect(page.locator("figure.chart svg").getAttribute("aria-label")).resolves.toBe(
    "Capacity by company (t/yr)"
  );
  await page.screenshot({ path: join(DOCS, "generate.png") });
  // the summaries and the chart, to the right of the table
  await page.locator(".view").evaluate((view, gapColumn) => {
    // the empty column between the table and the summaries, at the left edge
    const gap = view.querySelectorAll("thead th")[gapColumn + 1] as HTMLElement;
    view.scrollLeft = gap.offsetLeft - 44;
  }, LINE_COLUMNS.length);
  await page.screenshot({ path: join(DOCS, "generate-summary.png") });

  // the same query again refreshes that sheet
  await pane.getByRole("button", { name: "Generate" }).click();
  await pane.getByText('Sheet "Baotou, 2019-03-01" refreshed').waitFor();
  expect(await sheetTabs(page)).toEqual(["Sheet1", "Baotou, 2019-03-01"]);
  expect((await rows(page))[2].slice(0, 2)).toEqual(["Total (as CT.CAPACITY)", "20,000"]);
  expect(errors).toEqual([]);
  await page.close();
}, 90000);

test("by keyboard alone: type, arrow to a suggestion, Enter, then Generate", async () => {
  const { page, pane, errors } = await open();
  const query = pane.getByRole("combobox", { name: "Place, company or material" });
  await query.focus();
  await page.keyboard.type("Baotou Jig");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(query.inputValue()).resolves.toBe("Baotou Jigan Rare Earth New Materials");
  const generate = pane.getByRole("button", { name: "Generate" });
  // Tab moves through the labelled fields to the button
  for (let i = 0; i < 15 && !(await generate.evaluate((b) => b === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(generate.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
  await page.keyboard.press("Enter");
  await pane.getByText('Sheet "Baotou Jigan Rare Earth New Ma…" created').waitFor();
  expect((await rows(page))[2].slice(0, 3)).toEqual(["Total (as CT.CAPACITY)", "3,000", "t/yr"]);
  expect(errors).toEqual([]);
  await page.close();
}, 90000);

test("the material filter: Baotou's hydrogen-storage alloy, 500 t/yr", async () => {
  const { page, pane } = await open();
  await choose(pane, "Baotou", /^Baotou\s*city in Inner Mongolia/);
  const material = pane.getByRole("combobox", { name: "Material", exact: true });
  await material.click();
  await material.pressSequentially("hydrogen");
  await pane.getByRole("option", { name: /hydrogen-storage alloy/ }).click();
  await pane.getByLabel("As of").fill("2019-03-01");
  await pane.getByRole("button", { name: "Generate" }).click();
  await pane.getByText(/^Sheet "Baotou, hydrogen-storage alloy…" created$/).waitFor();
  expect((await rows(page))[2].slice(0, 3)).toEqual(["Total (as CT.CAPACITY)", "500", "t/yr"]);
  await page.close();
}, 90000);

test("a misspelt name: nothing matches, with the suggestion one click away", async () => {
  const { page, pane } = await open();
  const query = pane.getByRole("combobox", { name: "Place, company or material" });
  await query.fill("Baotu");
  await pane.getByRole("button", { name: "Generate" }).click();
  await pane.getByText("Nothing matches").waitFor();
  await expect(pane.getByText(/Did you mean "Baotou"\?/).count()).resolves.toBe(1);
  expect(await sheetTabs(page)).toEqual(["Sheet1"]);
  await pane.getByRole("button", { name: "Use Baotou" }).click();
  await pane.getByText('Sheet "Baotou" created').waitFor();
  expect(await sheetTabs(page)).toEqual(["Sheet1", "Baotou"]);
  await page.close();
}, 90000);

test("filters that leave nothing, an empty query, and Excel refusing: each says so", async () => {
  const { page, pane } = await open();
  await pane.getByRole("button", { name: "Generate" }).click();
  await pane.getByText("Nothing to generate yet").waitFor();

  await pane.getByRole("combobox", { name: "Place, company or material" }).fill("Morocco");
  await pane.getByLabel("As of").fill("2000-01-01");
  await pane.getByRole("button", { name: "Generate" }).click();
  await pane.getByText("Nothing matches").waitFor();
  await pane.getByRole("button", { name: "Without filters" }).click();
  await pane.getByText('Sheet "Morocco" created').waitFor();

  // a table of the user's own takes the name Captrack gives its table: Excel refuses
  const taken = planSheet(embeddedLedger(), { query: "Indonesia" }).table.name;
  await page
    .frameLocator("#pane")
    .locator("body")
    .evaluate((_, name) => {
      const wb = (window as unknown as { captrackPreview: { host: { workbook: any } } })
        .captrackPreview.host.workbook;
      const sheet = wb.sheets[0];
      sheet.write({ r0: 0, c0: 0, r1: 1, c1: 0 }, [["mine"], [1]], "values");
      wb.renameTable(sheet.addTable({ r0: 0, c0: 0, r1: 1, c1: 0 }, true), name);
      wb.changed();
    }, taken);
  await pane.getByRole("combobox", { name: "Place, company or material" }).fill("Indonesia");
  await pane.getByLabel("As of").fill("");
  await pane.getByRole("button", { name: "Generate" }).click();
  await pane.getByText("Excel refused to write the sheet").waitFor();
  await expect(pane.getByText(/already exists/).count()).resolves.toBe(1);
  await page.close();
}, 90000);

test("outside Excel (the real office.js in a plain browser), Generate says where it works", async () => {
  const server = await serveDist();
  const page = await browser().newPage({ viewport: { width: 360, height: 700 } });
  try {
    await routeOfficeJs(page);
    await page.goto(`${server.url}/taskpane.html`);
    await page
      .getByRole("status")
      .filter({ hasText: /^Dataset / })
      .waitFor({ timeout: 20000 });
    await expect(page.getByRole("tab", { name: "Import" }).count()).resolves.toBe(1);
    await expect(page.locator("#import-panel").count()).resolves.toBe(1);
    await page.getByRole("combobox", { name: "Place, company or material" }).fill("Baotou");
    await page.getByRole("button", { name: "Generate" }).click();
    await page.getByText("Sheets can be generated only in Excel").waitFor();
  } finally {
    await page.close();
    await server.close();
  }
}, 60000);
