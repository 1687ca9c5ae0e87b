/**
 * Brings inline <Param> numbers to life without a framework (this runs on every chapter before
 * any widget is near the viewport, so it must stay tiny). Each number reads its widget's table
 * from its own data-table and the chapter's starting values from the widget's figure, then binds
 * to the same store the widget's island will use.
 */
import type { NumericSpec } from '~/lib/paramNumbers';
import type { ParamTable } from '~/lib/params';
import { getStore } from '~/lib/widgetStore';
import { bindStoreToUrl } from '~/islands/kit/urlSync';
import { bindParamInput } from './paramInput';

/** Wires every not yet bound inline parameter on the page. */
export function bindInlineParams(): void {
  for (const el of document.querySelectorAll<HTMLElement>('.param[data-param-for]:not([data-bound])')) {
    el.dataset.bound = 'true';
    const id = el.dataset.paramFor!;
    const table = JSON.parse(el.dataset.table!) as ParamTable;
    const spec = table.find((p) => p.name === el.dataset.paramName) as NumericSpec;
    const figure = document.querySelector<HTMLElement>(`[data-widget-id="${CSS.escape(id)}"]`);
    const initial = figure?.dataset.widgetInitial ? JSON.parse(figure.dataset.widgetInitial) : {};
    const store = getStore(id, table, initial);
    bindStoreToUrl(store);
    bindParamInput(el, spec, store);
  }
}
