/*
 * The .xlsx renderer: the same sheet plan, written with exceljs, for the command line.
 * exceljs writes cells, formats, the table, links, column widths and the frozen header; it has
 * no charts, so the bar chart is added to the package afterwards as a DrawingML part
 * (xlsx-chart.ts).
 */
import ExcelJS from "exceljs";
import { addChart } from "./xlsx-chart";
import { GENERAL_FORMAT, PlanCell, SheetPlan, TEXT_FORMAT } from "./plan";
import { LINK_COLOR, Look, LOOKS } from "./styles";

function argb(color: string): string {
  return `FF${color.replace("#", "").toUpperCase()}`;
}

function xlsxValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "object") return { text: cell.text, hyperlink: cell.url };
  return cell;
}

function applyLook(cell: ExcelJS.Cell, look: Look): void {
  if (look.bold || look.italic || look.size || look.color) {
    cell.font = {
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
    };
  }
  if (look.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
}

/** The workbook of one generated sheet, as exceljs holds it (before the chart is added). */
export function planWorkbook(plan: SheetPlan): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Captrack";
  workbook.title = plan.title;
  workbook.description = `${plan.stamp}\nCaptrack sheet key: ${plan.key}`;
  const sheet = workbook.addWorksheet(plan.name, {
    views: [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0 }],
  });
  plan.columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  const t = plan.table;
  const link = { color: { argb: argb(LINK_COLOR) }, underline: true as const };
  sheet.addTable({
    name: t.name,
    ref: sheet.getCell(t.row + 1, t.col + 1).address,
    headerRow: true,
    totalsRow: false,
    style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: t.columns.map((name) => ({ name, filterButton: true })),
    rows: t.rows.map((r) => r.map(xlsxValue)),
  });
  // formats that are not text; text is written as text whatever its cell's format
  t.columnFormats.forEach((format, c) => {
    const isLink = t.rows.some((r) => r[c] !== null && typeof r[c] === "object");
    if (format === GENERAL_FORMAT && !isLink) return;
    if (format === TEXT_FORMAT) return;
    for (let i = 0; i < t.rows.length; i++) {
      const cell = sheet.getCell(t.row + 2 + i, t.col + c + 1);
      if (format !== GENERAL_FORMAT) cell.numFmt = format;
      if (isLink && typeof t.rows[i][c] === "object" && t.rows[i][c] !== null) cell.font = link;
    }
  });
  for (const f of t.cellFormats)
    sheet.getCell(t.row + 2 + f.row, t.col + f.col + 1).numFmt = f.format;

  for (const b of plan.blocks) {
    b.cells.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = sheet.getCell(b.row + i + 1, b.col + j + 1);
        cell.value = xlsxValue(value);
        const format = b.formats[i][j];
        if (format !== GENERAL_FORMAT && format !== TEXT_FORMAT) cell.numFmt = format;
        const style = b.rowStyles[i];
        if (style) applyLook(cell, LOOKS[style]);
      })
    );
  }
  return workbook;
}

/** The .xlsx file of a plan: one worksheet with the table, the summaries and the chart. */
export async function planToXlsx(plan: SheetPlan): Promise<Buffer> {
  const written = await planWorkbook(plan).xlsx.writeBuffer();
  const bytes = Buffer.from(written as ArrayBuffer);
  return plan.chart ? addChart(bytes, plan, plan.chart) : bytes;
}
