/*
 * End to end: the Import tab in headless Chromium against the preview host. An article pasted
 * or opened, Extract, review, Add: the lines land in the workbook's Tracker table; adding them
 * again flags them instead.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { Page } from "playwright-core";
import { PreviewPage, previewSession } from "../support/browser";

const DOCS = join(__dirname, "..", "..", "docs");
const ARTICLE_FILE = join(__dirname, "..", "fixtures", "import", "nova-debrecen.txt");
const ARTICLE = readFileSync(ARTICLE_FILE, "utf8");
const URL = "https://example.org/news/nova-cathode-debrecen";
const session = previewSession({ width: 1400, height: 900 });

async function openImport(): Promise<PreviewPage> {
  const opened = await session.open();
  await opened.pane.getByRole("tab", { name: "Import" }).click();
  return opened;
}

async function sheetTabs(page: Page): Promise<string[]> {
  return page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").allTextContents();
}

async function rows(page: Page): Promise<string[][]> {
  return page
    .locator(".view table.grid tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim()))
    );
}

test("paste, Extract, review, Add: the lines go to a new Tracker; Add again: flagged, not added twice", async () => {
  const { page, pane, errors } = await openImport();
  await pane.getByLabel("Article", { exact: true }).fill(ARTICLE);
  await pane.getByRole("button", { name: "Extract" }).click();

  const lines = pane.getByRole("group", { name: "Proposed lines" }).locator("section");
  await expect(lines.count()).resolves.toBe(2);
  await expect(pane.getByLabel("Line 1 company").inputValue()).resolves.toBe("Nova Cathode");
  await expect(pane.getByLabel("Line 1 capacity").inputValue()).resolves.toBe("20000");
  const material2 = pane.getByRole("combobox", { name: "Line 2 material" });
  await expect(material2.inputValue()).resolves.toBe("cathode precursor (pCAM)");
  await expect(pane.getByRole("textbox", { name: /^Date/ }).inputValue()).resolves.toBe(
    "2024-05-03"
  );

  // the first line's sentence is highlighted in the article; the article is text, not HTML
  const article = pane.locator("#import-article");
  await expect(article.locator("#import-focused-sentence").textContent()).resolves.toMatch(
    /^DEBRECEN, Hungary, May 3, 2024 - Nova Cathode said .* from 2026\.$/
  );
  await expect(article.textContent()).resolves.toContain("<b>Example</b> Research");
  await expect(article.locator("b").count()).resolves.toBe(0);
  // focusing line 2 highlights its sentence instead
  await pane.getByLabel("Line 2 company").focus();
  await expect(article.locator("#import-focused-sentence").textContent()).resolves.toMatch(
    /^The company also signed an agreement with Hajdu Metals/
  );

  // edits: the second plant is Nova Cathode's too; a wrong capacity is said at once
  await pane.getByLabel("Line 2 company").fill("Nova Cathode");
  await pane.getByLabel("Line 2 capacity").fill("ten thousand");
  await expect(lines.nth(1).getByRole("alert").textContent()).resolves.toMatch(
    /capacity "ten thousand" is not a number/
  );
  await pane.getByLabel("Line 2 capacity").fill("10,000");
  // the material field offers the taxonomy's names that contain what is typed
  await material2.fill("graphene sheets");
  await expect(lines.nth(1).getByRole("alert").textContent()).resolves.toMatch(
    /material "graphene sheets" is not in the taxonomy/
  );
  await material2.fill("pcam");
  await material2.click();
  await pane.getByRole("option", { name: "cathode precursor (pCAM)" }).click();
  await expect(material2.inputValue()).resolves.toBe("cathode precursor (pCAM)");
  await expect(lines.nth(1).getByRole("alert").count()).resolves.toBe(0);

  // Add needs the article's address
  await pane.getByRole("button", { name: "Add 2 lines to the Tracker" }).click();
  await pane
    .getByText(/Give the article's address/)
    .first()
    .waitFor();
  expect(await sheetTabs(page)).toEqual(["Sheet1"]);
  await pane.getByRole("textbox", { name: /^Article address/ }).fill(URL);
  await pane.getByRole("button", { name: "Add 2 lines to the Tracker" }).click();
  await pane
    .getByText("2 lines added to the Tracker (the Tracker sheet was made for them).")
    .waitFor();
  await expect(lines.nth(0).locator("[data-mark]").textContent()).resolves.toBe(
    "added to the Tracker, row 2"
  );

  expect(await sheetTabs(page)).toEqual(["Sheet1", "Tracker"]);
  const shown = await rows(page);
  expect(shown[0].slice(0, 4)).toEqual(["company", "parent", "material", "capacity"]);
  expect(shown.slice(1, 3).map((r) => [r[0], r[2], r[3], r[6], r[10], r[12], r[15]])).toEqual([
    ["Nova Cathode", "LFP cathode", "20,000", "under construction", "Debrecen", "Hungary", URL],
    [
      "Nova Cathode",
      "cathode precursor (pCAM)",
      "10,000",
      "agreement signed",
      "Debrecen",
      "Hungary",
      URL,
    ],
  ]);
  await expect(lines.nth(1).textContent()).resolves.toContain(
    "2. Nova Cathode · cathode precursor (pCAM) · 10,000 t/yr"
  );
  // the README's picture: the article with its marked sentences, the first line, the Tracker
  await page.setViewportSize({ width: 1400, height: 1150 });
  await pane.locator("body").evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(DOCS, "import.png") });

  // the same lines again: flagged, the Tracker unchanged
  await lines.nth(0).getByRole("checkbox").check();
  await lines.nth(1).getByRole("checkbox").check();
  await pane.getByRole("button", { name: "Add 2 lines to the Tracker" }).click();
  await pane.getByText("0 lines added to the Tracker. 2 already there, not added twice.").waitFor();
  await expect(lines.nth(1).locator("[data-mark]").textContent()).resolves.toBe(
    "already in the Tracker, row 3: not added twice"
  );
  const again = await rows(page);
  expect(again.filter((r) => r[0] === "Nova Cathode")).toHaveLength(2);
  expect(errors).toEqual([]);
  await page.close();
}, 90000);

test("open a .txt file: its text is read and extracted; a binary file is refused with a reason", async () => {
  const { page, pane, errors } = await openImport();
  await pane.getByLabel("Article file").setInputFiles(ARTICLE_FILE);
  await expect(pane.getByLabel("Article", { exact: true }).inputValue()).resolves.toBe(ARTICLE);
  await expect(
    pane.getByRole("group", { name: "Proposed lines" }).locator("section").count()
  ).resolves.toBe(2);

  await pane.getByLabel("Article file").setInputFiles({
    name: "photo.txt",
    mimeType: "text/plain",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a]),
  });
  await pane.getByText("That file cannot be read").waitFor();
  await expect(pane.getByText(/photo\.txt looks binary/).count()).resolves.toBe(1);

  // a line Captrack's dataset holds already is said so
  await pane
    .getByLabel("Article", { exact: true })
    .fill(
      "RABAT, Morocco, June 3, 2024 - BTR New Material Group said on Monday it has started building a ternary cathode material plant in Tangier with a capacity of 25,000 tonnes a year."
    );
  await pane.getByRole("button", { name: "Extract" }).click();
  await pane
    .getByText(/^Captrack's dataset has this line already \(.*, 20\d\d-\d\d-\d\d\)\.$/)
    .waitFor();

  await pane.getByLabel("Article", { exact: true }).fill("Copper prices rose 3% on Monday.");
  await pane.getByRole("button", { name: "Extract" }).click();
  await pane.getByText("No production lines found").waitFor();
  expect(errors).toEqual([]);
  await page.close();
}, 90000);
