/**
 * A problem as the page shows it: one sentence in the reader's language saying what happened and
 * what to do, and the technical detail (an exception's message, usually English from tfjs or the
 * browser) kept secondary, for a bug report. Widgets collect their problems here so that no raw
 * error message is ever the headline of a notice. Pure.
 */
import type { Lang } from './i18n';
import { kt } from './kitText';

export interface Problem {
  /** What happened, in the page language. */
  what: string;
  /** The technical detail, shown small under `what`; null when there is none. */
  detail: string | null;
}

/** Where a problem came from; each has its sentence in kitText. */
export type ProblemSource = 'tf' | 'engine' | 'run' | 'switch' | 'pretrained' | 'data';

const sentence = {
  tf: 'tfError',
  engine: 'engineError',
  run: 'runError',
  switch: 'switchError',
  pretrained: 'pretrainedError',
  data: 'dataError',
} as const satisfies Record<ProblemSource, Parameters<typeof kt>[1]>;

/** The problem from `source` with technical `detail`, in `lang`. */
export function problemIn(lang: Lang, source: ProblemSource, detail: string | null): Problem {
  return { what: kt(lang, sentence[source]), detail: detail || null };
}

/** A problem that is already a sentence in the reader's language (no technical detail). */
export function saidProblem(what: string): Problem {
  return { what, detail: null };
}

/** The first problem among `sources` (most specific first) whose detail is set, or null. */
export function firstProblem(lang: Lang, sources: [ProblemSource, string | null | undefined | false][]): Problem | null {
  for (const [source, detail] of sources) if (detail) return problemIn(lang, source, detail);
  return null;
}

/** The message of anything thrown, for a problem's detail. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
