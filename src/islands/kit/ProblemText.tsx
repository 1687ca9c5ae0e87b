/**
 * A problem's words inside a notice: the sentence in the reader's language, then the technical
 * detail small beneath it (src/lib/problems.ts says why).
 */
import type { Problem } from '~/lib/problems';

/** The sentence and, when there is one, the detail as a secondary line. */
export function ProblemText({ problem }: { problem: Problem }) {
  return (
    <>
      {problem.what}
      {/* A space, so the sentence and the detail do not run together when read aloud or copied. */}
      {problem.detail && ' '}
      {problem.detail && <span class="problem-detail">{problem.detail}</span>}
    </>
  );
}
