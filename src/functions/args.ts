import { badArgument } from "../core/errors";

/**
 * Checks what Excel passes before it reaches the core: one value where one belongs, text where
 * text belongs. Optional arguments arrive as null; an empty cell as null or "".
 */
function single(value: unknown, name: string): unknown {
  if (!Array.isArray(value)) return value;
  const rows = value.length;
  const cols = rows > 0 && Array.isArray(value[0]) ? value[0].length : 1;
  if (rows === 1 && cols === 1) return Array.isArray(value[0]) ? value[0][0] : value[0];
  throw badArgument(
    `${name}: expected one value, got a range of ${rows} × ${cols} cells. Give a single cell or value.`
  );
}

function describe(value: unknown): string {
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `the logical value ${value ? "TRUE" : "FALSE"}`;
  return `a ${typeof value}`;
}

/** A required text argument (the query). */
export function requiredText(value: unknown, name: string, accepted: string): string {
  const v = single(value, name);
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) {
    throw badArgument(`${name} is empty. Accepted: ${accepted}.`);
  }
  if (typeof v !== "string")
    throw badArgument(`${name}: expected text, not ${describe(v)}. Accepted: ${accepted}.`);
  return v;
}

/** An optional text argument; null when left out or empty. */
export function optionalText(value: unknown, name: string, accepted: string): string | null {
  const v = single(value, name);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v !== "string")
    throw badArgument(`${name}: expected text, not ${describe(v)}. Accepted: ${accepted}.`);
  return v;
}

/** An optional date: a date cell (a serial number) or ISO text; the core checks the value. */
export function optionalDate(value: unknown, name: string): string | number | null {
  const v = single(value, name);
  if (v === null || v === undefined || v === "") return null;
  if (typeof v !== "string" && typeof v !== "number") {
    throw badArgument(
      `${name}: expected a date, not ${describe(v)}. Accepted: a date cell or text such as "2019-06-30".`
    );
  }
  return v;
}
