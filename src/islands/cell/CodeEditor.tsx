/**
 * A CodeMirror 6 editor for one cell: Python highlighting, undo history, line numbers, and
 * colours from CSS variables (cell.css) so it follows the page's light and dark themes. Tab is
 * left to the browser (it moves focus on, as everywhere else on the page), so the editor never
 * traps the keyboard. Every edit calls `onChange`; the parent replaces the document only by
 * bumping `revision` (Reset, a shared link). Pushing `value` back on every render would race the
 * reader's typing (a stale render undoes a newer edit, whose listener undoes it back: a loop).
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef, useState } from 'preact/hooks';

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword], color: 'var(--cell-keyword)' },
  { tag: [tags.number, tags.bool], color: 'var(--cell-number)' },
  { tag: tags.comment, color: 'var(--cell-comment)', fontStyle: 'italic' },
  { tag: tags.string, color: 'var(--cell-string)' },
  { tag: [tags.function(tags.variableName), tags.propertyName], color: 'var(--cell-function)' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--cell-operator)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--bg-soft)', borderRadius: 'var(--radius)', fontSize: '0.9rem' },
  '.cm-content': { fontFamily: 'var(--font-mono)', caretColor: 'var(--fg)', padding: '0.5rem 0' },
  '.cm-gutters': { backgroundColor: 'var(--bg-soft)', color: 'var(--fg-soft)', border: 'none' },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '2px' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--fg)' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground, ::selection': { backgroundColor: 'var(--accent-soft)' },
  '.cm-activeLine': { backgroundColor: 'transparent' },
});

interface Props {
  /** The text; the editor takes it at mount and whenever `revision` changes. */
  value: string;
  revision: number;
  onChange(text: string): void;
  /** Accessible name of the editing area. */
  label: string;
}

/** The cell's editor; mounts CodeMirror once and keeps it in step with `value`. */
export function CodeEditor({ value, revision, onChange, label }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [mounted, setMounted] = useState(false);
  const change = useRef(onChange);
  change.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          python(),
          syntaxHighlighting(highlight),
          theme,
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'false', autocapitalize: 'off' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) change.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    setMounted(true);
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [revision]);

  // Until CodeMirror mounts (and in the server render) the code shows as plain text.
  return (
    <>
      {/* tabIndex: a wide line scrolls, and a scrollable region must be reachable by keyboard. */}
      {!mounted && <pre class="cell-static" tabIndex={0}><code>{value}</code></pre>}
      <div class="cell-editor" ref={host} />
    </>
  );
}
