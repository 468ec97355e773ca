/* How the rows of a plan look, for both renderers: fonts and fills in Excel's green. */
import { RowStyle } from "./plan";

export interface Look {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** #RRGGBB */
  color?: string;
  fill?: string;
}

export const LOOKS: Record<RowStyle, Look> = {
  title: { bold: true, size: 16, color: "#107C41" },
  stamp: { italic: true, color: "#605E5C" },
  headline: { bold: true, size: 12 },
  heading: { bold: true, size: 12, color: "#107C41" },
  header: { bold: true, fill: "#E2EFDA" },
  total: { bold: true, fill: "#F3F2F1" },
  note: { italic: true, color: "#605E5C" },
};

/** The colour of a link, as Excel shows one. */
export const LINK_COLOR = "#0563C1";
