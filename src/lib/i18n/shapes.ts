/**
 * The fields a dictionary sentence reads from a chart's or island's data (structural, so the
 * dictionaries stay in lib and import nothing from charts or islands). Pure types.
 */

/** One copy's latest accuracies (charts' AugmentRow, GapRow). */
export interface AccuracyRow {
  label: string;
  train: number;
  heldOut: number;
}

/** A row with its train − held-out gap (charts/dropoutExperimentCharts GapRow). */
export interface GapRowShape extends AccuracyRow {
  gap: number;
}

/** One racer's standing (charts/trainingStandings StandingRow). */
export interface StandingShape {
  label: string;
  accuracy: number | null;
  loss: number | null;
  diverged: null | { step: number; variable?: string };
}

/** Why a reader's image could not be shown: the one type in lib/imageSize.ts. */
export type { LoadProblem as LoadProblemShape } from '../imageSize';
