/*
 * The preview's view of the workbook in headless Chromium: a user selects and types into cells
 * as in Excel's grid (double-click, Enter or F2, or just typing; Enter commits, Escape cancels),
 * the add-in's custom functions answer in cells, hidden sheets have no tab, and a selection the
 * add-in makes is shown.
 */
import { Frame, Page } from "playwright-core";
import { previewSession } from "./support/browser";

const { open } = previewSession();

/** Runs Office.js calls in the pane's frame, as the add-in does. */
async function excel(frame: Frame, script: string): Promise<void> {
  await frame.evaluate(`Excel.run(async (context) => { ${script}; await context.sync(); })`);
}

function td(page: Page, cell: string) {
  return page.locator(`.view td[data-cell="${cell}"]`);
}

test("double-click, type, Enter; typing below a table extends it; Escape cancels", async () => {
  const { page, frame, errors } = await open();
  await excel(
    frame,
    `const sheet = context.workbook.worksheets.getItem("Sheet1");
     sheet.getRange("A1:B3").values = [["name", "capacity"], ["Ann", 10], ["Bob", 20]];
     const table = sheet.tables.add("A1:B3", true);
     table.columns.getItem("capacity").getDataBodyRange().dataValidation.rule =
       { wholeNumber: { formula1: 0, operator: "GreaterThan" } };
     table.columns.getItem("name").getDataBodyRange().dataValidation.rule =
       { list: { inCellDropDown: true, source: "Ann,Bob,Cy" } };`
  );
  await expect(td(page, "A2").getAttribute("class")).resolves.toMatch(/\blist\b/);

  await td(page, "B2").dblclick();
  const editor = page.getByRole("textbox", { name: "Edit B2" });
  await expect(editor.inputValue()).resolves.toBe("10");
  await editor.fill("35000");
  await editor.press("Enter");
  await expect(td(page, "B2").textContent()).resolves.toBe("35000");
  // Enter moved the selection down, as in Excel
  await expect(page.locator(".selection").getAttribute("data-selection")).resolves.toBe("B3");

  // typing on the selected cell replaces its content; Escape leaves it as it was
  await page.keyboard.type("99");
  await page.keyboard.press("Escape");
  await expect(td(page, "B3").textContent()).resolves.toBe("20");

  // the row below the table: typing there makes the table grow by that row
  await td(page, "A4").click();
  await page.keyboard.type("Cy");
  await page.keyboard.press("Enter");
  await expect(td(page, "A4").textContent()).resolves.toBe("Cy");
  await expect(td(page, "A4").getAttribute("data-table")).resolves.toBe("Table1");
  await expect(td(page, "B4").getAttribute("class")).resolves.toMatch(/\btable-/);
  const rect = await frame.evaluate(() => {
    const wb = (window as unknown as { captrackPreview: { host: { workbook: any } } })
      .captrackPreview.host.workbook;
    return wb.table("Table1").rect;
  });
  expect(rect).toEqual({ r0: 0, c0: 0, r1: 3, c1: 1 });

  // F2 edits a formula in place
  await td(page, "D1").click();
  await page.keyboard.press("F2");
  await page.keyboard.type('=CT.CAPACITY("Baotou",,,"2019-03-01")');
  await page.keyboard.press("Enter");
  await expect(td(page, "D1").textContent()).resolves.toBe("20000");
  await expect(td(page, "D1").getAttribute("title")).resolves.toBe(
    '=CT.CAPACITY("Baotou",,,"2019-03-01")'
  );
  expect(errors).toEqual([]);
  await page.close();
}, 90000);

test("a spilled array, a hidden sheet without a tab, and the add-in's select() shown", async () => {
  const { page, frame, errors } = await open();
  await excel(
    frame,
    `context.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas =
       [['=CT.LINES("Baotou",,,"2019-03-01")']];`
  );
  await expect(td(page, "A1").textContent()).resolves.toBe("company");
  await expect(td(page, "B1").textContent()).resolves.toBe("material");
  await expect(td(page, "A2").textContent()).resolves.not.toBe("");

  await excel(
    frame,
    `const lists = context.workbook.worksheets.add("Lists");
     lists.visibility = Excel.SheetVisibility.hidden;
     const data = context.workbook.worksheets.add("Data");
     data.getRange("C40").values = [["here"]];
     data.getRange("C40").select();`
  );
  await expect(
    page.getByRole("tablist", { name: "Sheets" }).getByRole("tab").allTextContents()
  ).resolves.toEqual(["Sheet1", "Data"]);
  await expect(page.getByRole("tab", { name: "Data" }).getAttribute("aria-selected")).resolves.toBe(
    "true"
  );
  await expect(page.locator(".selection").getAttribute("data-selection")).resolves.toBe("C40");
  await expect(page.locator(".view td[data-selected]").textContent()).resolves.toBe("here");
  // scrolled into view
  await expect(td(page, "C40").isVisible()).resolves.toBe(true);
  const inView = await td(page, "C40").evaluate((cell) => {
    const view = cell.closest(".view")!.getBoundingClientRect();
    const box = cell.getBoundingClientRect();
    return box.top >= view.top && box.bottom <= view.bottom;
  });
  expect(inView).toBe(true);

  // a user's tab click shows that sheet
  await page.getByRole("tab", { name: "Sheet1" }).click();
  await expect(
    page.getByRole("tab", { name: "Sheet1" }).getAttribute("aria-selected")
  ).resolves.toBe("true");
  await expect(td(page, "A1").textContent()).resolves.toBe("company");
  expect(errors).toEqual([]);
  await page.close();
}, 90000);
