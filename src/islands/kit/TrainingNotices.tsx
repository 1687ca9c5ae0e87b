/**
 * What a training widget is waiting for or what went wrong: tfjs or the data still loading, data
 * that failed to arrive (with a retry), and a run or engine problem. Renders nothing when all is well.
 */
import type { ComponentChildren } from 'preact';

export interface TrainingNoticesProps {
  /** Class prefix of the widget (`dropout` gives `dropout-loading`), so each widget keeps its styles. */
  prefix: string;
  /** What it is still waiting for, in words, or null. */
  waiting: ComponentChildren | null;
  /** The data download, when the widget trains on downloaded data. */
  data?: { status: string; error: string | null; retry(): void };
  failed: string;
  retry: string;
  /** A run or engine problem, already in words. */
  problem: string | null;
}

/** The loading status, the data failure with a retry button, and the problem notice, in that order. */
export function TrainingNotices({ prefix, waiting, data, failed, retry, problem }: TrainingNoticesProps) {
  return (
    <>
      {waiting && (
        <p class={`${prefix}-loading`} role="status">
          {waiting}
        </p>
      )}
      {data?.status === 'error' && (
        <div class="notice" role="alert">
          <p>
            {failed} ({data.error})
          </p>
          <button type="button" onClick={data.retry}>
            {retry}
          </button>
        </div>
      )}
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
