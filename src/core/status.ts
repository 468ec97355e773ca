import { badArgument } from "./errors";
import { fold, oneOf, quote } from "./text";

/** The life of an announced line, in order. */
export const STATUSES = [
  "talks",
  "agreement signed",
  "announced",
  "approved",
  "under construction",
  "commissioning",
  "operating",
  "shelved",
  "cancelled",
] as const;

export type Status = (typeof STATUSES)[number];

/** What a query counts when no status is given: everything still alive. */
export const DEFAULT_STATUSES: readonly Status[] = STATUSES.filter(
  (s) => s !== "shelved" && s !== "cancelled"
);

const ALIASES: Record<string, Status> = {
  "in talks": "talks",
  discussions: "talks",
  mou: "agreement signed",
  "mou signed": "agreement signed",
  agreement: "agreement signed",
  signed: "agreement signed",
  "investment agreement": "agreement signed",
  planned: "announced",
  proposed: "announced",
  permitted: "approved",
  construction: "under construction",
  "in construction": "under construction",
  building: "under construction",
  "ramp up": "commissioning",
  "ramping up": "commissioning",
  commissioned: "commissioning",
  producing: "operating",
  production: "operating",
  operational: "operating",
  "on hold": "shelved",
  suspended: "shelved",
  paused: "shelved",
  canceled: "cancelled",
  abandoned: "cancelled",
};

const BY_NAME = new Map<string, Status>();
for (const s of STATUSES) BY_NAME.set(fold(s), s);
for (const [alias, s] of Object.entries(ALIASES)) BY_NAME.set(fold(alias), s);

export const ACCEPTED_STATUSES = `${oneOf(STATUSES.map(quote))}; several separated by commas; "active" (all but shelved and cancelled) or "all"`;

/** One status name (or alias) to a Status; undefined when it is not one. */
export function parseStatus(text: string): Status | undefined {
  return BY_NAME.get(fold(text));
}

/** A status filter as typed by a user: one status, a comma-separated list, "active" or "all". */
export function parseStatusFilter(text: string | null | undefined): ReadonlySet<Status> {
  if (text === null || text === undefined || text.trim() === "") return new Set(DEFAULT_STATUSES);
  const chosen = new Set<Status>();
  for (const part of text.split(/[,;|]/)) {
    const word = fold(part);
    if (word === "") continue;
    if (word === "all" || word === "any") STATUSES.forEach((s) => chosen.add(s));
    else if (word === "active") DEFAULT_STATUSES.forEach((s) => chosen.add(s));
    else {
      const status = BY_NAME.get(word);
      if (!status) {
        throw badArgument(
          `status: ${quote(part.trim())} is not a status. Accepted: ${ACCEPTED_STATUSES}.`
        );
      }
      chosen.add(status);
    }
  }
  if (chosen.size === 0) {
    throw badArgument(`status: no status given. Accepted: ${ACCEPTED_STATUSES}.`);
  }
  return chosen;
}
