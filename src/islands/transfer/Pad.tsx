/**
 * A square drawing canvas for mouse, touch and pen (pointer events with capture). Reports the
 * ink (alpha, 0..1, row-major) after every stroke; `clearKey` changing wipes it. A `picture`
 * (an uploaded image, already 28 x 28 ink) is shown enlarged in its place, and strokes add to it.
 */
import { useEffect, useRef } from 'preact/hooks';
import { IMAGE_SIZE } from '~/lib/mnist';

export const PAD_SIZE = 280;

interface Props {
  label: string;
  clearKey: number;
  /** A picture to show instead of the strokes; a new `key` shows a new one. */
  picture?: { key: number; image: Float32Array } | null;
  onStroke(ink: Float32Array): void;
}

/** The canvas; strokes are 18 px round lines, about an MNIST pen at 28 px. */
export function Pad({ label, clearKey, picture, onStroke }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, PAD_SIZE, PAD_SIZE);
  }, [clearKey]);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!picture || !context) return;
    const small = document.createElement('canvas');
    small.width = small.height = IMAGE_SIZE;
    const smallContext = small.getContext('2d');
    if (!smallContext) return;
    const pixels = smallContext.createImageData(IMAGE_SIZE, IMAGE_SIZE);
    picture.image.forEach((v, i) => pixels.data.set([17, 17, 17, Math.round(255 * v)], 4 * i));
    smallContext.putImageData(pixels, 0, 0);
    context.clearRect(0, 0, PAD_SIZE, PAD_SIZE);
    context.imageSmoothingEnabled = true;
    context.drawImage(small, 0, 0, PAD_SIZE, PAD_SIZE);
  }, [picture?.key]);

  const point = (e: PointerEvent) => {
    const rect = canvas.current!.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) / rect.width) * PAD_SIZE, y: ((e.clientY - rect.top) / rect.height) * PAD_SIZE };
  };
  const line = (a: { x: number; y: number }, b: { x: number; y: number }) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.strokeStyle = '#111';
    ctx.lineWidth = 18;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  };
  const down = (e: PointerEvent) => {
    e.preventDefault();
    canvas.current?.setPointerCapture(e.pointerId);
    last.current = point(e);
    line(last.current, { x: last.current.x + 0.01, y: last.current.y });
  };
  const move = (e: PointerEvent) => {
    if (!last.current) return;
    const p = point(e);
    line(last.current, p);
    last.current = p;
  };
  const up = () => {
    if (!last.current) return;
    last.current = null;
    const ctx = canvas.current?.getContext('2d', { willReadFrequently: true });
    if (!ctx) return;
    const rgba = ctx.getImageData(0, 0, PAD_SIZE, PAD_SIZE).data;
    const ink = new Float32Array(PAD_SIZE * PAD_SIZE);
    for (let i = 0; i < ink.length; i++) ink[i] = rgba[4 * i + 3] / 255;
    onStroke(ink);
  };

  return (
    <canvas
      ref={canvas}
      class="drawing-pad-canvas"
      width={PAD_SIZE}
      height={PAD_SIZE}
      role="img"
      aria-label={label}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    />
  );
}
