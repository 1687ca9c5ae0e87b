/**
 * One table comparing the lab's three modes, from the latest finished run of each since the page
 * loaded (rows come from lib/ensembleComparison.ts; the island keeps them). A mode not run yet
 * says how to run it, so the table invites the comparison the chapter asks for.
 */
import type { ComparisonRow } from '~/lib/ensembleComparison';
import { ensembleModes, type EnsembleMode } from '~/lib/ensembleTypes';
import { dict, type Lang } from '~/lib/i18n';
import type { ChoiceParam } from '~/lib/params';
import { ensembleParams } from '~/lib/widgets/ensemble';

interface Props {
  rows: Partial<Record<EnsembleMode, ComparisonRow>>;
  lang: Lang;
}

/** A mode's name as the mode menu says it (one place: the parameter table). */
const modeChoice = ensembleParams.find((p) => p.name === 'mode') as ChoiceParam;
const modeName = (mode: EnsembleMode, lang: Lang) => modeChoice.choices.find((c) => c.value === mode)?.label[lang] ?? mode;

const pct = (v: number, lang: Lang) => `${(100 * v).toLocaleString(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;

/** The comparison table (hidden until one run has finished). */
export function ModeComparison({ rows, lang }: Props) {
  const w = dict(lang).ensembleCompare;
  if (Object.keys(rows).length === 0) return null;
  return (
    <div class="ensemble-compare">
      <table class="ensemble-compare-table">
        <caption>{w.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.mode}</th>
            <th scope="col">{w.updates}</th>
            <th scope="col">{w.single}</th>
            <th scope="col">{w.combined}</th>
            <th scope="col">{w.testModels}</th>
          </tr>
        </thead>
        <tbody>
          {ensembleModes.map((mode) => {
            const row = rows[mode];
            if (!row) {
              return (
                <tr key={mode} data-mode={mode} data-run="false">
                  <th scope="row">{modeName(mode, lang)}</th>
                  <td colSpan={4} class="ensemble-compare-empty">{w.notRun}</td>
                </tr>
              );
            }
            return (
              <tr key={mode} data-mode={mode} data-run="true" data-combined={row.combined.toFixed(4)}>
                <th scope="row">{modeName(mode, lang)}</th>
                <td data-label={w.updates}>{row.updates.toLocaleString(lang)}</td>
                <td data-label={w.single}>
                  {pct(row.single, lang)} <small>({w.singleNote(mode)})</small>
                </td>
                <td data-label={w.combined}>
                  <strong>{pct(row.combined, lang)}</strong> <small>({w.combinedNote(row.combinedKind, row.members)})</small>
                </td>
                <td data-label={w.testModels}>{row.testModels}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
