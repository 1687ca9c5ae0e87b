/**
 * The gallery's source image, from the reader's newest choice: a shipped photo or their own file.
 * Choosing again cancels whatever an older choice still has running: its fetch is aborted, its
 * decode (which cannot be interrupted) is thrown away the moment it ends, and its error never
 * shows. So two quick picks end with the second image and nothing from the first.
 *
 *   choose ─► loading ('photo' | 'file', shown) ─► source | error
 *     └─ choose again ─► the older choice is aborted and ignored
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchPhoto, readImageFile } from './loadImage';

export type ImageChoice = { kind: 'photo'; url: string; label: string } | { kind: 'file'; file: File; label: string };
export type ImageSource = { canvas: HTMLCanvasElement; label: string; own: boolean };

export interface ImageChoiceState {
  source: ImageSource | null;
  /** What is being loaded now (the newest choice), or null. */
  loading: ImageChoice | null;
  /** Why the newest choice failed (an ImageLoadError, or anything else thrown), or null. */
  error: unknown;
  /** How many replaced choices have since ended (their result or error thrown away): tests wait on it instead of a guess. */
  replacedSettled: number;
  choose(choice: ImageChoice): void;
}

/** The newest chosen image, with its loading state and error. */
export function useImageChoice(): ImageChoiceState {
  const [source, setSource] = useState<ImageSource | null>(null);
  const [loading, setLoading] = useState<ImageChoice | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [replacedSettled, setReplacedSettled] = useState(0);
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const choose = (choice: ImageChoice) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setLoading(choice);
    setError(null);
    const work = choice.kind === 'file' ? readImageFile(choice.file, controller.signal) : fetchPhoto(choice.url, controller.signal);
    work.then(
      (canvas) => {
        if (controller.signal.aborted) {
          // Stale: free its pixels now rather than when the canvas is collected.
          canvas.width = canvas.height = 0;
          return;
        }
        setSource({ canvas, label: choice.label, own: choice.kind === 'file' });
        setLoading(null);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setError(e);
        setLoading(null);
      },
    )
      // Counted apart from the two guards above, so a guard that stopped discarding would still be counted (and caught).
      .finally(() => {
        if (controller.signal.aborted) setReplacedSettled((n) => n + 1);
      });
  };
  return { source, loading, error, replacedSettled, choose };
}
