/**
 * Dates as days since 1970-01-01 (UTC), so that comparing two dates is comparing two numbers.
 * Sources give whole dates, months or years; a partial date stands for its first day.
 */
const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug is absorbed by that choice for dates after March 1900). */
const EXCEL_EPOCH_OFFSET = 25569;

export function parseDay(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2019-02-30 over to March: a date that does not round-trip is not a date
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return Math.round(ms / 86400000);
}

export function formatDay(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

export function excelSerialToDay(serial: number): number {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

export function dayToExcelSerial(day: number): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/** Excel's calendar runs from 1900-01-01 (serial 1) to 9999-12-31 (serial 2958465). */
export const EXCEL_MAX_SERIAL = 2958465;
