/** Korean units written after measured numbers (namespace `units`). */
import type { Messages } from '../en';

const NBSP = '\u00a0';

export const units: Messages['units'] = { percent: `${NBSP}%`, points: '%p', to: `${NBSP}~${NBSP}` };
