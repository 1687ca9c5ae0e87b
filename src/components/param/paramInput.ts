/**
 * The behaviour of one inline number (role="spinbutton"): drag sideways to change it, arrows to
 * step, click or Enter to type, Enter to commit, Escape to cancel. A typed value that does not
 * fit shows a short message and the last good value stays.
 */
import { dragTo, formatNumber, nudge, readTyped, type NumericSpec } from '~/lib/paramNumbers';
import { check } from '~/lib/params';
import { enterPromptIn } from '~/lib/kitText';
import { isLang } from '~/lib/i18n';
import type { Store } from '~/lib/widgetStore';

/** Movement (px) below which a press counts as a click, not a drag. */
const DRAG_THRESHOLD = 3;

/** Makes `el` show and edit parameter `spec` of `store`. */
export function bindParamInput(el: HTMLElement, spec: NumericSpec, store: Store): void {
  const lang = isLang(el.lang) ? el.lang : 'en';
  const value = () => Number(store.get()[spec.name]);
  const set = (v: number) => store.set(spec.name, v);
  const problem = document.createElement('span');
  problem.className = 'param-problem';
  problem.setAttribute('role', 'alert');

  const render = () => {
    const text = formatNumber(spec, value());
    el.textContent = text;
    el.setAttribute('aria-valuenow', String(value()));
    el.setAttribute('aria-valuetext', text);
  };
  render();
  store.subscribe(render);

  el.addEventListener('keydown', (e) => {
    const big = e.shiftKey ? 10 : 1;
    const moves: Record<string, () => number> = {
      ArrowUp: () => nudge(spec, value(), big),
      ArrowRight: () => nudge(spec, value(), big),
      ArrowDown: () => nudge(spec, value(), -big),
      ArrowLeft: () => nudge(spec, value(), -big),
      PageUp: () => nudge(spec, value(), 10),
      PageDown: () => nudge(spec, value(), -10),
      Home: () => spec.min,
      End: () => spec.max,
    };
    if (moves[e.key]) {
      e.preventDefault();
      set(moves[e.key]());
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      edit();
    }
  });

  el.addEventListener('pointerdown', (e) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const startX = e.clientX;
    const start = value();
    let dragging = false;
    el.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => {
      const dx = m.clientX - startX;
      if (!dragging && Math.abs(dx) < DRAG_THRESHOLD) return;
      dragging = true;
      el.classList.add('param-dragging');
      set(dragTo(spec, start, dx));
    };
    const up = () => {
      el.removeEventListener('pointermove', move);
      el.removeEventListener('pointerup', up);
      el.removeEventListener('pointercancel', up);
      el.classList.remove('param-dragging');
      if (dragging) el.focus();
      else edit();
    };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
    el.addEventListener('pointercancel', up);
  });

  function edit(): void {
    const input = document.createElement('input');
    input.type = 'text';
    input.inputMode = 'decimal';
    input.className = 'param-input';
    input.value = formatNumber(spec, value());
    input.size = Math.max(4, input.value.length + 1);
    input.setAttribute('aria-label', el.getAttribute('aria-label') ?? spec.name);
    el.hidden = true;
    el.after(input);
    input.focus();
    input.select();
    let done = false;
    const finish = (commit: boolean) => {
      if (done) return;
      if (commit) {
        const result = check(spec, readTyped(input.value));
        if (!result.ok) {
          problem.textContent = enterPromptIn(lang, spec);
          input.after(problem);
          input.setAttribute('aria-invalid', 'true');
          input.focus();
          return;
        }
        set(result.value as number);
      }
      done = true;
      problem.remove();
      input.remove();
      el.hidden = false;
      el.focus();
    };
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        finish(true);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        finish(false);
      }
    });
    // Leaving the box with a bad value cancels rather than trapping focus.
    input.addEventListener('blur', () => {
      if (!done && check(spec, readTyped(input.value)).ok) finish(true);
      else if (!done) finish(false);
    });
  }
}
