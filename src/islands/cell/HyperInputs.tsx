/** A cell's new hyper-parameters as numbers the reader can set (an unreadable entry is ignored, the last good value kept). */
import type { CellAnalysis } from '~/lib/cell/cellAnalysis';

interface Props {
  hyper: CellAnalysis['hyper'];
  values: Record<string, number>;
  onChange(values: Record<string, number>): void;
  legend: string;
}

/** The fieldset of the cell's hyper-parameters (nothing when it has none). */
export function HyperInputs({ hyper, values, onChange, legend }: Props) {
  if (hyper.length === 0) return null;
  const set = (name: string, text: string) => {
    const value = Number(text);
    if (text.trim() !== '' && Number.isFinite(value)) onChange({ ...values, [name]: value });
  };
  return (
    <fieldset class="cell-hyper">
      <legend>{legend}</legend>
      {hyper.map((h) => (
        <label key={h.name}>
          {h.name}
          <input type="number" step="any" value={values[h.name] ?? h.value} onChange={(e) => set(h.name, e.currentTarget.value)} />
        </label>
      ))}
    </fieldset>
  );
}
