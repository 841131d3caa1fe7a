/**
 * Why a target is not met, said from what the same run measured: the static copies' paints for the
 * timings, the parts of the bundle for the sizes.
 */
import type { BuildBytes, FileBytes } from './bytes';
import type { Figure } from './figures';
import { OWN_CODE, TIP_TEXTS } from './parts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (value: number | null | undefined) => (typeof value === 'number' ? `${value.toFixed(2)}×` : 'n/a');

function find(figures: readonly Figure[], id: string): Figure | undefined {
  return figures.find((f) => f.id === id);
}

function bytesReason(bundle: FileBytes): string {
  if (bundle.parts.length === 0) return 'No module sizes were recorded for this build (scripts/module-sizes.ts).';
  const listed = bundle.parts
    .filter((p) => p.gzip >= 300)
    .map((p) => `${p.name} ${kB(p.gzip)}`)
    .join(', ');
  const own = bundle.parts.find((p) => p.name === OWN_CODE)?.gzip ?? 0;
  const css = bundle.css.gzip > 0 ? `, and ${kB(bundle.css.gzip)} of CSS` : '';
  return (
    `The scripts are ${listed} (gzip)${css}. ` +
    `Our own code is ${kB(own)} of it; the rest is libraries the extension is built on${bundle.parts.some((p) => p.name === TIP_TEXTS) ? ' and the tip texts' : ''}.`
  );
}

function paintReason(figures: readonly Figure[], real: Figure, page: 'newtab' | 'popup'): string | null {
  const copy = find(figures, `${page}.static.fcp`);
  if (!copy || copy.ratio === null || copy.ratio === undefined) return null;
  const fromScripts = real.value !== null && copy.value !== null ? real.value / copy.value : null;
  const scripts = find(figures, `${page}.scripts`)?.value;
  const loading =
    typeof scripts === 'number'
      ? `: its module scripts finish loading and running ${Math.round(scripts)} ms after the HTML is parsed, and only then can the rendered content be painted`
      : '';
  return (
    `The same content saved as static HTML, with no script at all, first paints at ${times(copy.ratio)} the blank page: ` +
    'laying out and painting a page of text with its styles costs that much here before any of our code runs ' +
    `(headless Chromium paints in software). Scripts and data take it a further ${times(fromScripts)}${loading}.`
  );
}

/** One line per figure that has a target and misses it, keyed by figure id. */
export function reasons(figures: readonly Figure[], bytes: BuildBytes): Map<string, string> {
  const out = new Map<string, string>();
  const warm = find(figures, 'worker.warmMessage')?.value;
  for (const figure of figures) {
    if (figure.met !== false) continue;
    let reason: string | null = null;
    if (figure.id === 'newtab.fcp') reason = paintReason(figures, figure, 'newtab');
    else if (figure.id.startsWith('popup.') && figure.id.endsWith('.dataShown')) {
      const paint = paintReason(figures, figure, 'popup');
      const message =
        typeof warm === 'number' ? ` One message to the running worker takes ${Math.round(warm)} ms.` : '';
      reason = paint && `${paint}${message}`;
    } else if (figure.id === 'popup.year.vsEmpty') {
      reason = 'The worker reads a year of history (60 days of events and the daily roll-up) before it answers.';
    } else if (figure.id === 'bytes.worker.scriptAndStyle') reason = bytesReason(bytes.worker);
    else {
      const page = figure.id.match(/^bytes\.(\w+)\.scriptAndStyle$/)?.[1] as keyof BuildBytes['pages'] | undefined;
      const bundle = page ? bytes.pages[page] : undefined;
      if (bundle) reason = bytesReason(bundle);
    }
    if (reason) out.set(figure.id, reason);
  }
  return out;
}
