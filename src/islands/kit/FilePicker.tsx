/**
 * A file picker in the reader's language: the browser's own `<input type=file>` says "Choose File /
 * No file chosen" in the browser's language whatever the page's, so it is visually hidden (still
 * focusable, still the control assistive technology and the keyboard reach) and its label draws
 * the button, in the dictionary's words, beside the chosen file's name or "no file chosen".
 */
import { useState } from 'preact/hooks';
import type { Lang } from '~/lib/i18n';
import { kt } from '~/lib/kitText';

interface Props {
  /** The input's element id (unique on the page: from the instance id, not useId). */
  id: string;
  /** What the file is for (the field's name, above the button). */
  label: string;
  lang: Lang;
  accept?: string;
  disabled?: boolean;
  /** The name to show instead of the last file picked (null: none in use); omitted, the last pick's. */
  chosen?: string | null;
  onFile(file: File): void;
}

/** A labelled file button with the chosen file's name, keyboard accessible. */
export function FilePicker({ id, label, lang, accept, disabled = false, chosen, onFile }: Props) {
  const [picked, setPicked] = useState<string | null>(null);
  const shown = chosen === undefined ? picked : chosen;
  return (
    <div class="file-picker" data-disabled={disabled ? 'true' : undefined}>
      <input
        id={id}
        class="visually-hidden"
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={`${id}-name`}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          // Reset so that choosing the same file again (after a problem, say) still fires a change.
          input.value = '';
          if (!file) return;
          setPicked(file.name);
          onFile(file);
        }}
      />
      <label for={id}>
        <span class="file-picker-label">{label}</span>
        <span class="file-picker-button" aria-hidden="true">
          {kt(lang, 'chooseFile')}
        </span>
      </label>
      <span id={`${id}-name`} class="file-picker-name">
        {shown ?? kt(lang, 'noFile')}
      </span>
    </div>
  );
}
