/**
 * Why a target is not met, said from what the same run measured: the static copies' paints and the
 * module-loading times for the timings, the parts of the bundle for the sizes.
 */
import { type BuildBytes, type FileBytes, PAGE_NAMES, type PageName } from './bytes';
import type { Figure } from './figures';
import { OWN_CODE, TIP_TEXTS } from './parts';

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (value: number) => `${value.toFixed(2)}×`;

/** Parts smaller than this are summed, not named. */
const NAMED_PART_BYTES = 300;

function find(figures: readonly Figure[], id: string): Figure | undefined {
  return figures.find((f) => f.id === id);
}

function bytesReason(bundle: FileBytes): string {
  if (bundle.parts.length === 0) return 'No module sizes were recorded for this build (bench/module-sizes.ts).';
  const named = bundle.parts.filter((p) => p.gzip >= NAMED_PART_BYTES).map((p) => `${p.name} ${kB(p.gzip)}`);
  const rest = bundle.parts.filter((p) => p.gzip < NAMED_PART_BYTES).reduce((sum, p) => sum + p.gzip, 0);
  if (rest > 0) named.push(`smaller parts ${kB(rest)}`);
  const own = bundle.parts.find((p) => p.name === OWN_CODE)?.gzip ?? 0;
  const css = bundle.css.gzip > 0 ? `, and ${kB(bundle.css.gzip)} of CSS` : '';
  const tips = bundle.parts.some((p) => p.name === TIP_TEXTS) ? ' and the tip texts' : '';
  return (
    `The scripts are ${named.join(', ')} (gzip)${css}. ` +
    `Our own code is ${kB(own)} of it; the rest is libraries the extension is built on${tips}.`
  );
}

/**
 * A page's paint against its static copy (the same content with no script), both over the
 * figure's own baseline, and how long its modules took to load and run.
 */
function paintReason(figures: readonly Figure[], real: Figure, copyId: string, scriptsId: string): string | null {
  const copy = find(figures, copyId)?.value;
  const base = real.baseline?.value;
  if (typeof copy !== 'number' || typeof base !== 'number' || base === 0 || real.value === null) return null;
  const scripts = find(figures, scriptsId)?.value;
  const loading =
    typeof scripts === 'number'
      ? `: its module scripts finish loading and running ${Math.round(scripts)} ms after the HTML is parsed, and only then can the rendered content be painted`
      : '';
  return (
    `The same content, saved as static HTML with its stylesheet and no script, first paints at ` +
    `${times(copy / base)} the ${real.baseline?.label}: laying out and painting a page of text costs that much ` +
    'here before any of our code runs (headless Chromium paints in software). ' +
    `Loading and running the scripts takes it a further ${times(real.value / copy)}${loading}.`
  );
}

const isPage = (name: string | undefined): name is PageName => PAGE_NAMES.some((page) => page === name);

/** One line per figure that has a target and misses it, keyed by figure id. */
export function reasons(figures: readonly Figure[], bytes: BuildBytes): Map<string, string> {
  const out = new Map<string, string>();
  const warm = find(figures, 'worker.warmMessage')?.value;
  const message = typeof warm === 'number' ? ` One message to the running worker takes ${Math.round(warm)} ms.` : '';
  for (const figure of figures) {
    if (figure.met !== false) continue;
    let reason: string | null = null;
    const popupData = figure.id.match(/^popup\.(empty|year)\.dataShown$/)?.[1];
    const page = figure.id.match(/^bytes\.(\w+)\.scriptAndStyle$/)?.[1];
    if (figure.id === 'newtab.fcp') reason = paintReason(figures, figure, 'newtab.static.fcp', 'newtab.scripts');
    else if (popupData) {
      const paint = paintReason(figures, figure, 'popup.static.fcp', `popup.${popupData}.scripts`);
      reason = paint && `${paint}${message}`;
    } else if (figure.id === 'popup.year.vsEmpty' && figure.value !== null && figure.baseline?.value) {
      reason =
        `With a year of history stored, the data comes ${Math.round(figure.value - figure.baseline.value)} ms later: ` +
        'the worker reads the week’s events and the roll-up of older days before it answers.';
    } else if (figure.id === 'bytes.worker.scriptAndStyle') reason = bytesReason(bytes.worker);
    else if (isPage(page)) reason = bytesReason(bytes.pages[page]);
    if (reason) out.set(figure.id, reason);
  }
  return out;
}
