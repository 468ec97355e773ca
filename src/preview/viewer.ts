/*
 * The preview's view of the workbook: the sheets as HTML tables beside the task pane, redrawn
 * after every sync. It reads the in-memory workbook of the stand-in office.js loaded in the
 * pane's frame, and changes it only as a user of Excel would: selecting cells and sheets, and
 * typing into a cell (double-click, Enter or F2, or just type; Enter commits, Escape cancels),
 * through the host's userSelect and userEdit.
 */
import { ExcelHost } from "./excel/api";
import { alignment, display } from "./excel/display";
import {
  address,
  CellState,
  ChartModel,
  colName,
  MAX_COLS as SHEET_COLS,
  MAX_ROWS as SHEET_ROWS,
  parseAddress,
  Rect,
  SheetModel,
} from "./excel/model";
import { PreviewGlobals } from "./office";

const ROW_HEIGHT = 20;
const HEADER_HEIGHT = 20;
const ROW_NUMBER_WIDTH = 44;
const DEFAULT_WIDTH = 64;
/** Rows drawn at most: a sheet of 100,000 lines is summarised below its first rows. */
const MAX_ROWS = 400;
const MAX_COLS = 40;
/** Empty rows and columns drawn past the used range, to type into (below a table, say). */
const EXTRA_ROWS = 5;
const EXTRA_COLS = 2;

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
  const rows = Math.min(Math.max(used.r1, sheet.selection.r1) + 1 + EXTRA_ROWS, MAX_ROWS);
  // the columns under the charts too, so that a chart sits on the grid
  const lastCol = Math.max(
    used.c1,
    sheet.selection.c1,
    ...sheet.charts.map((c) => c.position?.to.c1 ?? 0)
  );
  const cols = Math.min(lastCol + 1 + EXTRA_COLS, MAX_COLS);
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
      const td = el("td", { "data-cell": address({ r0: r, c0: c, r1: r, c1: c }) });
      if (sheet.validation(r, c).rule?.list) td.classList.add("list");
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
        td.title = [cell.formula ?? text, cell.message].filter((t) => t).join("\n");
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
  if (used.r1 + 1 > MAX_ROWS)
    wrap.appendChild(
      el(
        "p",
        { class: "more" },
        `… ${(used.r1 + 1 - MAX_ROWS).toLocaleString("en-US")} more rows (the preview draws the first ${MAX_ROWS}).`
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

/** What a cell holds as its edit box shows it: the formula, or the value as typed. */
function editText(cell: CellState | undefined, format: string): string {
  if (!cell || cell.spill) return "";
  if (cell.formula !== null) return cell.formula;
  if (typeof cell.value === "number" && /[ymd]/.test(format)) return display(cell.value, format);
  return display(cell.value, "General");
}

/** The workbook beside the pane: the active sheet's grid, its tabs, and a user's edits. */
class WorkbookView {
  private editor: { input: HTMLInputElement; sheet: string; cell: string } | null = null;
  /** the selection last drawn, to scroll to one that the add-in makes */
  private drawn = "";

  /** the host of the pane's frame: a new one when the frame reloads */
  host: ExcelHost | null = null;

  constructor(private readonly root: HTMLElement) {
    root.tabIndex = 0;
    root.addEventListener("click", (e) => this.clicked(e));
    root.addEventListener("dblclick", (e) => {
      if (this.host && this.cellOf(e.target)) this.beginEdit();
    });
    root.addEventListener("keydown", (e) => this.key(e));
  }

  private get sheet(): SheetModel {
    return this.host!.workbook.active;
  }

  render(): void {
    if (!this.host) return;
    const host = this.host;
    const workbook = host.workbook;
    const sheet = this.sheet;
    const old = this.root.querySelector<HTMLElement>(".view");
    const keep = old?.getAttribute("aria-label") === sheet.name;
    const scroll = keep && old ? [old.scrollTop, old.scrollLeft] : [0, 0];
    this.root.replaceChildren();
    const tabs = el("div", { class: "tabs", role: "tablist", "aria-label": "Sheets" });
    // hidden sheets have no tab, as in Excel
    for (const s of workbook.sheets.filter((x) => x.visibility === "Visible")) {
      const tab = el(
        "button",
        { role: "tab", "aria-selected": String(s === sheet), class: "tab", type: "button" },
        s.name
      );
      tab.addEventListener("click", () => {
        host.userSelect(s.name, address(s.selection));
        this.render();
      });
      tabs.appendChild(tab);
    }
    this.root.appendChild(tabs);
    const view = el("div", { class: "view", role: "tabpanel", "aria-label": sheet.name });
    view.appendChild(renderSheet(sheet));
    this.root.appendChild(view);
    view.scrollTop = scroll[0];
    view.scrollLeft = scroll[1];
    this.drawSelection();
    if (this.editor) this.placeEditor();
  }

  /** Outlines the selected cells; a selection made since the last drawing is scrolled to. */
  private drawSelection(): void {
    const sheet = this.sheet;
    const wrap = this.root.querySelector<HTMLElement>(".sheet");
    if (!wrap) return;
    wrap.querySelector(".selection")?.remove();
    for (const td of wrap.querySelectorAll("td[data-selected]"))
      td.removeAttribute("data-selected");
    const sel = sheet.selection;
    for (let r = sel.r0; r <= Math.min(sel.r1, MAX_ROWS - 1); r++)
      for (let c = sel.c0; c <= Math.min(sel.c1, MAX_COLS - 1); c++)
        this.td(r, c)?.setAttribute("data-selected", "");
    const first = this.td(sel.r0, sel.c0);
    if (!first) return;
    const last = this.td(Math.min(sel.r1, MAX_ROWS - 1), Math.min(sel.c1, MAX_COLS - 1)) ?? first;
    const box = wrap.getBoundingClientRect();
    const a = first.getBoundingClientRect();
    const b = last.getBoundingClientRect();
    const outline = el("div", { class: "selection", "data-selection": address(sel) });
    outline.style.left = `${a.left - box.left}px`;
    outline.style.top = `${a.top - box.top}px`;
    outline.style.width = `${b.right - a.left}px`;
    outline.style.height = `${b.bottom - a.top}px`;
    wrap.appendChild(outline);
    const now = `${sheet.id}!${address(sel)}`;
    if (now !== this.drawn) first.scrollIntoView({ block: "nearest", inline: "nearest" });
    this.drawn = now;
  }

  private td(r: number, c: number): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(
      `td[data-cell="${address({ r0: r, c0: c, r1: r, c1: c })}"]`
    );
  }

  private cellOf(target: EventTarget | null): string | null {
    const td = (target as HTMLElement | null)?.closest?.("td[data-cell]");
    return td ? td.getAttribute("data-cell") : null;
  }

  private select(rect: Rect): void {
    this.host!.userSelect(this.sheet.name, address(rect));
    this.drawSelection();
  }

  private clicked(e: MouseEvent): void {
    const cell = this.host && this.cellOf(e.target);
    if (!cell || (this.editor && e.target === this.editor.input)) return;
    this.select(parseAddress(cell).rect);
    this.root.focus({ preventScroll: true });
  }

  private key(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    if (!this.host || this.editor || e.ctrlKey || e.metaKey || e.altKey) return;
    if (target.closest("button")) return; // a sheet's tab
    const sel = this.sheet.selection;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (moves[e.key]) {
      this.moveBy(...moves[e.key]);
    } else if (e.key === "Enter" || e.key === "F2") {
      this.beginEdit();
    } else if (e.key === "Delete") {
      void this.commit(this.sheet.name, address(sel), "");
    } else if (e.key === "Backspace") {
      this.beginEdit("");
    } else if (e.key.length === 1) {
      this.beginEdit(e.key); // typing replaces the cell's content, as in Excel
    } else return;
    e.preventDefault();
  }

  private moveBy(dr: number, dc: number): void {
    const sel = this.sheet.selection;
    const r = Math.min(Math.max(sel.r0 + dr, 0), SHEET_ROWS - 1);
    const c = Math.min(Math.max(sel.c0 + dc, 0), SHEET_COLS - 1);
    this.select({ r0: r, c0: c, r1: r, c1: c });
    if (!this.td(r, c)) this.render();
  }

  /** Opens an edit box over the selected cell: with its content, or with what was typed. */
  private beginEdit(typed?: string): void {
    const sheet = this.sheet;
    const { r0, c0 } = sheet.selection;
    const cell = address({ r0, c0, r1: r0, c1: c0 });
    const input = el("input", { class: "editor", type: "text", "aria-label": `Edit ${cell}` });
    input.value = typed ?? editText(sheet.cell(r0, c0), sheet.numberFormat(r0, c0));
    this.editor = { input, sheet: sheet.name, cell };
    input.addEventListener("keydown", (e) => {
      e.stopPropagation();
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        this.finish(true, e.key === "Tab" ? [0, 1] : [1, 0]);
      } else if (e.key === "Escape") {
        e.preventDefault();
        this.finish(false);
      }
    });
    // as in Excel, clicking elsewhere commits the entry
    input.addEventListener("blur", () => {
      if (this.editor?.input === input && input.isConnected) this.finish(true);
    });
    this.placeEditor();
  }

  private placeEditor(): void {
    if (!this.editor) return;
    const { input, cell } = this.editor;
    const { r0, c0 } = parseAddress(cell).rect;
    const td = this.td(r0, c0);
    const wrap = this.root.querySelector<HTMLElement>(".sheet");
    if (!td || !wrap) return;
    const box = wrap.getBoundingClientRect();
    const at = td.getBoundingClientRect();
    input.style.left = `${at.left - box.left}px`;
    input.style.top = `${at.top - box.top}px`;
    // as in Excel, the box grows with what is typed
    const fit = () => (input.style.width = `max(${at.width}px, ${input.value.length + 2}ch)`);
    fit();
    input.oninput = fit;
    input.style.height = `${at.height}px`;
    wrap.appendChild(input);
    input.focus({ preventScroll: true });
  }

  private finish(commit: boolean, move?: [number, number]): void {
    const editor = this.editor;
    if (!editor) return;
    this.editor = null;
    editor.input.remove();
    this.root.focus({ preventScroll: true });
    if (move) this.moveBy(...move);
    if (commit) void this.commit(editor.sheet, editor.cell, editor.input.value);
  }

  private async commit(sheet: string, cell: string, text: string): Promise<void> {
    try {
      await this.host?.userEdit(sheet, cell, text);
    } catch (e) {
      console.error(e);
    }
  }
}

/** Waits for the pane's frame to load the stand-in office.js, then follows its workbook. */
function follow(frame: HTMLIFrameElement, root: HTMLElement): void {
  const view = new WorkbookView(root);
  const attach = () => {
    const preview = (frame.contentWindow as (Window & { captrackPreview?: PreviewGlobals }) | null)
      ?.captrackPreview;
    if (!preview) {
      setTimeout(attach, 50);
      return;
    }
    if (view.host === preview.host) return;
    view.host = preview.host;
    const redraw = () => {
      if (view.host !== preview.host) return; // a host the frame has since replaced
      view.render(); // the active sheet, as Excel shows after Generate
      document.body.dataset.syncs = String(preview.host.stats.syncs.length);
    };
    preview.host.workbook.onChange(redraw);
    redraw();
  };
  frame.addEventListener("load", attach);
  attach();
}

const frame = document.getElementById("pane") as HTMLIFrameElement | null;
const root = document.getElementById("workbook");
if (frame && root) follow(frame, root);
