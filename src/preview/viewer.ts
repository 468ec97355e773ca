/*
 * The preview's view of the workbook: the sheets as HTML tables beside the task pane, redrawn
 * after every sync. It reads the in-memory workbook of the stand-in office.js loaded in the
 * pane's frame; it never writes to it.
 */
import { alignment, display } from "./excel/display";
import { ChartModel, colName, SheetModel, WorkbookModel } from "./excel/model";
import { PreviewGlobals } from "./office";

const ROW_HEIGHT = 20;
const HEADER_HEIGHT = 20;
const ROW_NUMBER_WIDTH = 44;
const DEFAULT_WIDTH = 64;
/** Rows drawn at most: a sheet of 100,000 lines is summarised below its first rows. */
const MAX_ROWS = 400;
const MAX_COLS = 40;

function px(points: number | undefined): number {
  return points === undefined ? DEFAULT_WIDTH : Math.round((points * 4) / 3);
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function tableAt(sheet: SheetModel, r: number, c: number) {
  return sheet.tables.find(
    (t) => r >= t.rect.r0 && r <= t.rect.r1 && c >= t.rect.c0 && c <= t.rect.c1
  );
}

function chartSvg(
  sheet: SheetModel,
  chart: ChartModel,
  width: number,
  height: number
): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(height));
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", chart.title || chart.name);
  const series = chart.series[0];
  const bars: Array<{ label: string; value: number }> = [];
  if (series) {
    for (let r = series.values.r0; r <= series.values.r1; r++) {
      const label = series.categories
        ? String(sheet.cell(r, series.categories.c0)?.value ?? "")
        : String(r - series.values.r0 + 1);
      const value = Number(sheet.cell(r, series.values.c0)?.value ?? 0);
      bars.push({ label, value });
    }
  }
  if (!chart.reversePlotOrder) bars.reverse(); // Excel draws the first category at the bottom
  const text = (x: number, y: number, content: string, attrs: Record<string, string> = {}) => {
    const t = document.createElementNS(ns, "text");
    t.setAttribute("x", String(x));
    t.setAttribute("y", String(y));
    for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
    t.textContent = content;
    svg.appendChild(t);
  };
  const rect = (x: number, y: number, w: number, h: number, fill: string) => {
    const r = document.createElementNS(ns, "rect");
    for (const [k, v] of Object.entries({ x, y, width: w, height: h, fill }))
      r.setAttribute(k, String(v));
    svg.appendChild(r);
  };
  rect(0, 0, width, height, "#ffffff");
  if (chart.titleVisible)
    text(width / 2, 22, chart.title, {
      "text-anchor": "middle",
      "font-weight": "600",
      "font-size": "13",
    });
  const labelWidth = Math.min(180, width * 0.42);
  const top = 36;
  const bottom = height - 24;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const band = bars.length > 0 ? (bottom - top) / bars.length : 0;
  const plot = width - labelWidth - 70;
  bars.forEach((b, i) => {
    const y = top + i * band;
    const label = b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label;
    text(labelWidth - 6, y + band / 2 + 4, label, { "text-anchor": "end", "font-size": "11" });
    const w = Math.max(1, (b.value / max) * plot);
    rect(labelWidth, y + band * 0.2, w, band * 0.6, "#107C41");
    text(labelWidth + w + 4, y + band / 2 + 4, b.value.toLocaleString("en-US"), {
      "font-size": "10",
      fill: "#605E5C",
    });
  });
  return svg;
}

function renderSheet(sheet: SheetModel): HTMLElement {
  const used = sheet.usedRange();
  const rows = Math.min(used.r1 + 1, MAX_ROWS);
  // the columns under the charts too, so that a chart sits on the grid
  const lastCol = Math.max(used.c1, ...sheet.charts.map((c) => c.position?.to.c1 ?? 0));
  const cols = Math.min(lastCol + 1, MAX_COLS);
  const widths = Array.from({ length: cols }, (_, c) => px(sheet.columnWidths.get(c)));
  const wrap = el("div", { class: "sheet", "data-sheet": sheet.name });
  const grid = el("table", { class: "grid", "aria-label": `Sheet ${sheet.name}` });
  const colgroup = el("colgroup");
  colgroup.appendChild(el("col", { style: `width:${ROW_NUMBER_WIDTH}px` }));
  for (const w of widths) colgroup.appendChild(el("col", { style: `width:${w}px` }));
  grid.appendChild(colgroup);
  grid.style.width = `${ROW_NUMBER_WIDTH + widths.reduce((a, b) => a + b, 0)}px`;
  const head = el("thead");
  const headRow = el("tr");
  headRow.appendChild(el("th", { class: "corner" }));
  for (let c = 0; c < cols; c++) headRow.appendChild(el("th", { scope: "col" }, colName(c)));
  head.appendChild(headRow);
  grid.appendChild(head);
  const body = el("tbody");
  for (let r = 0; r < rows; r++) {
    const tr = el("tr", { "data-row": String(r + 1) });
    if (r < sheet.freezeRows) {
      tr.classList.add("frozen");
      tr.style.setProperty("--top", `${HEADER_HEIGHT + r * ROW_HEIGHT}px`);
    }
    if (r === sheet.freezeRows - 1) tr.classList.add("frozen-last");
    tr.appendChild(el("th", { scope: "row" }, String(r + 1)));
    for (let c = 0; c < cols; c++) {
      const cell = sheet.cell(r, c);
      const td = el("td");
      const style = sheet.style(r, c);
      const table = tableAt(sheet, r, c);
      if (table) {
        td.classList.add(
          r === table.rect.r0
            ? "table-header"
            : (r - table.rect.r0) % 2 === 1
              ? "table-band"
              : "table-row"
        );
        td.dataset.table = table.name;
      }
      if (cell) {
        const text = display(cell.value, sheet.numberFormat(r, c));
        if (cell.link) {
          const a = el(
            "a",
            { href: cell.link, target: "_blank", rel: "noopener noreferrer" },
            text
          );
          td.appendChild(a);
        } else td.textContent = text;
        const align = style.horizontalAlignment?.toLowerCase() ?? alignment(cell.value);
        td.style.textAlign = align;
        td.title = cell.formula ?? text;
        // as in Excel, text runs on over the empty cells to its right
        if (!table && align === "left" && typeof cell.value === "string") {
          const needed = text.length * (style.font.size ?? 12) * 0.6;
          let span = 1;
          let room = widths[c];
          while (
            c + span < cols &&
            room < needed &&
            !sheet.cell(r, c + span) &&
            !tableAt(sheet, r, c + span)
          ) {
            room += widths[c + span];
            span++;
          }
          if (span > 1) {
            td.colSpan = span;
            c += span - 1;
          }
        }
      }
      if (style.font.bold) td.style.fontWeight = "600";
      if (style.font.italic) td.style.fontStyle = "italic";
      if (style.font.size) td.style.fontSize = `${style.font.size}px`;
      if (style.font.color) td.style.color = style.font.color;
      if (style.fill) td.style.background = style.fill;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  grid.appendChild(body);
  wrap.appendChild(grid);
  if (used.r1 + 1 > rows)
    wrap.appendChild(
      el(
        "p",
        { class: "more" },
        `… ${(used.r1 + 1 - rows).toLocaleString("en-US")} more rows (the preview draws the first ${MAX_ROWS}).`
      )
    );

  const left = (c: number) =>
    ROW_NUMBER_WIDTH +
    widths.slice(0, c).reduce((a, b) => a + b, 0) +
    (c > cols ? (c - cols) * DEFAULT_WIDTH : 0);
  for (const chart of sheet.charts) {
    const from = chart.position?.from ?? { r0: 0, c0: cols + 1 };
    const to = chart.position?.to ?? { r1: from.r0 + 15, c1: from.c0 + 7 };
    const x = left(from.c0);
    const y = HEADER_HEIGHT + from.r0 * ROW_HEIGHT;
    const w = Math.max(240, left(to.c1 + 1) - x);
    const h = Math.max(160, HEADER_HEIGHT + (to.r1 + 1) * ROW_HEIGHT - y);
    const box = el("figure", { class: "chart", "data-chart": chart.name });
    box.style.left = `${x}px`;
    box.style.top = `${y}px`;
    box.appendChild(chartSvg(sheet, chart, w, h));
    wrap.appendChild(box);
  }
  return wrap;
}

function render(root: HTMLElement, workbook: WorkbookModel, shown: { name: string | null }): void {
  const sheet = (shown.name && workbook.sheet(shown.name)) || workbook.active;
  root.replaceChildren();
  const tabs = el("div", { class: "tabs", role: "tablist", "aria-label": "Sheets" });
  for (const s of workbook.sheets) {
    const tab = el(
      "button",
      { role: "tab", "aria-selected": String(s === sheet), class: "tab", type: "button" },
      s.name
    );
    tab.addEventListener("click", () => {
      shown.name = s.name;
      render(root, workbook, shown);
    });
    tabs.appendChild(tab);
  }
  root.appendChild(tabs);
  const view = el("div", { class: "view", role: "tabpanel", "aria-label": sheet.name });
  view.appendChild(renderSheet(sheet));
  root.appendChild(view);
}

/** Waits for the pane's frame to load the stand-in office.js, then follows its workbook. */
function follow(frame: HTMLIFrameElement, root: HTMLElement): void {
  const attach = () => {
    const preview = (frame.contentWindow as (Window & { captrackPreview?: PreviewGlobals }) | null)
      ?.captrackPreview;
    if (!preview) {
      setTimeout(attach, 50);
      return;
    }
    const workbook = preview.host.workbook;
    const shown: { name: string | null } = { name: null };
    const redraw = () => {
      shown.name = null; // follow the active sheet, as Excel does after Generate
      render(root, workbook, shown);
      document.body.dataset.syncs = String(preview.host.stats.syncs.length);
    };
    workbook.onChange(redraw);
    redraw();
  };
  frame.addEventListener("load", attach);
  attach();
}

const frame = document.getElementById("pane") as HTMLIFrameElement | null;
const root = document.getElementById("workbook");
if (frame && root) follow(frame, root);
