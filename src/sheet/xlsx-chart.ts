/*
 * Adds a plan's bar chart to an .xlsx package: a DrawingML chart part, a drawing that anchors
 * it to cells, and the relationships and content types that tie them to the worksheet. The
 * chart refers to the summary's cells and carries a cache of their values, so a reader that
 * does not recalculate still draws the bars.
 */
import JSZip from "jszip";
import { Block, ChartPlan, SheetPlan } from "./plan";

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
};
const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
const TYPES = {
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
};

function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function colName(c: number): string {
  let name = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function ref(sheet: string, r0: number, c: number, r1 = r0): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const a = `$${colName(c)}$${r0 + 1}`;
  return r1 === r0 ? `${quoted}!${a}` : `${quoted}!${a}:$${colName(c)}$${r1 + 1}`;
}

/** The value of a cell of the plan's blocks (the chart reads the company summary). */
function cellAt(blocks: readonly Block[], r: number, c: number): unknown {
  for (const b of blocks) {
    const i = r - b.row;
    const j = c - b.col;
    if (i >= 0 && j >= 0 && i < b.cells.length && j < b.cells[i].length) return b.cells[i][j];
  }
  return null;
}

function chartXml(plan: SheetPlan, chart: ChartPlan, sheet: string): string {
  const s = chart.source;
  const first = s.row + 1;
  const last = s.row + s.rows - 1;
  const labels: string[] = [];
  const values: number[] = [];
  for (let r = first; r <= last; r++) {
    labels.push(String(cellAt(plan.blocks, r, s.col) ?? ""));
    values.push(Number(cellAt(plan.blocks, r, s.col + 1) ?? 0));
  }
  const pts = (list: Array<string | number>) =>
    `<c:ptCount val="${list.length}"/>` +
    list.map((v, i) => `<c:pt idx="${i}"><c:v>${xml(String(v))}</c:v></c:pt>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${xml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${xml(ref(sheet, s.row, s.col + 1))}</c:f><c:strCache>${pts([chart.seriesName])}</c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="107C41"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${xml(ref(sheet, first, s.col, last))}</c:f><c:strCache>${pts(labels)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xml(ref(sheet, first, s.col + 1, last))}</c:f><c:numCache><c:formatCode>#,##0</c:formatCode>${pts(values)}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="60"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
    // categories from the top (largest first, as in the summary), values along the bottom
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="max"/>` +
    `<c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(chart: ChartPlan, relId: string): string {
  const a = chart.anchor;
  const at = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    at("from", a.col, a.row) +
    at("to", a.col + a.cols, a.row + a.rows) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xml(chart.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function relationships(entries: Array<{ id: string; type: string; target: string }>): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rel}">` +
    entries
      .map((e) => `<Relationship Id="${e.id}" Type="${e.type}" Target="${xml(e.target)}"/>`)
      .join("") +
    `</Relationships>`
  );
}

/** Where the worksheet named `sheet` lives in the package, e.g. xl/worksheets/sheet1.xml. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const entry = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(`name="${xml(sheet)}"`));
  const id = entry && /r:id="([^"]+)"/.exec(entry)?.[1];
  const rel =
    id &&
    [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => tag.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`the package has no worksheet named ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** The package with the chart added to the worksheet named `sheet`. */
export async function addChart(xlsx: Buffer, plan: SheetPlan, chart: ChartPlan): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const part = await sheetPart(zip, plan.name);
  const dir = part.slice(0, part.lastIndexOf("/"));
  const file = part.slice(part.lastIndexOf("/") + 1);
  const relsPath = `${dir}/_rels/${file}.rels`;

  zip.file("xl/charts/chart1.xml", chartXml(plan, chart, plan.name));
  zip.file("xl/drawings/drawing1.xml", drawingXml(chart, "rId1"));
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    relationships([{ id: "rId1", type: REL.chart, target: "../charts/chart1.xml" }])
  );

  // the worksheet's relationships: keep exceljs's (links, the table), add the drawing
  const existing = zip.file(relsPath)
    ? await zip.file(relsPath)!.async("string")
    : relationships([]);
  const used = new Set([...existing.matchAll(/Id="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rIdDrawing${n}`)) n++;
  const drawingId = `rIdDrawing${n}`;
  zip.file(
    relsPath,
    existing.replace(
      "</Relationships>",
      `<Relationship Id="${drawingId}" Type="${REL.drawing}" Target="../drawings/drawing1.xml"/></Relationships>`
    )
  );

  // <drawing> goes after the page setup and before legacy drawings and table parts
  let sheetXml = await zip.file(part)!.async("string");
  if (!/xmlns:r="/.test(sheetXml.slice(0, sheetXml.indexOf(">", sheetXml.indexOf("<worksheet")))))
    sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
  const before =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(
      sheetXml
    )!;
  sheetXml = `${sheetXml.slice(0, before.index)}<drawing r:id="${drawingId}"/>${sheetXml.slice(before.index)}`;
  zip.file(part, sheetXml);

  let types = await zip.file("[Content_Types].xml")!.async("string");
  types = types.replace(
    "</Types>",
    `<Override PartName="/xl/charts/chart1.xml" ContentType="${TYPES.chart}"/>` +
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="${TYPES.drawing}"/></Types>`
  );
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
