/* A cell's value as Excel shows it, for the number formats the add-in uses. */
import { Primitive } from "./model";

function fromSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function display(value: Primitive | null | undefined, format: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  switch (format) {
    case "#,##0":
      return Math.round(value).toLocaleString("en-US");
    case "#,##0.0##":
      return value.toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 3 });
    case "yyyy-mm-dd":
      return fromSerial(value).toISOString().slice(0, 10);
    case "mmm-yy": {
      const d = fromSerial(value);
      return `${MONTHS[d.getUTCMonth()]}-${String(d.getUTCFullYear()).slice(2)}`;
    }
    default:
      return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
}

/** Right for numbers, left for text, as Excel aligns by default. */
export function alignment(value: Primitive | null | undefined): "left" | "right" | "center" {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean") return "center";
  return "left";
}
