/** The bench's output: the result written as JSON, and the table printed for people. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release as osRelease, type as osType, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { Bundle, BundleName } from './bytes';
import type { Figure, ProtocolName } from './figures';

/** The files one page requested before its first paint, with their gzip sizes (bytes). */
export interface BeforePaint {
  protocol: ProtocolName;
  page: string;
  files: { file: string; gzip: number }[];
}

export interface BenchResult {
  date: string;
  browser: { name: string; version: string; userAgent: string };
  machine: { os: string; cpu: string; cores: number; memoryGb: number; node: string };
  runs: { pageRounds: number; workerMessages: number; alarms: number };
  figures: Figure[];
  bytes: Record<BundleName, Bundle>;
  /** What each page loaded before its first paint, per protocol (the most frequent list). */
  beforePaint: BeforePaint[];
  /** Runs dropped or failed; console errors of the extension during the run. */
  notes: string[];
  errors: string[];
}

export function machine(): BenchResult['machine'] {
  const cpuList = cpus();
  return {
    os: `${osType()} ${osRelease()}`,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

export function writeResults(path: string, result: BenchResult): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function amount(figure: Figure, value: number): string {
  if (figure.unit === 'ms') return `${Math.round(value)} ms`;
  if (figure.unit === 'score') return value.toFixed(4);
  if (figure.unit === 'stored') return kB(value);
  return figure.raw === undefined ? `${(value / 1e6).toFixed(2)} MB` : kB(value);
}

function describe(figure: Figure): string {
  const missing = figure.missing > 0 ? ` (missing in ${figure.missing} of ${figure.samples})` : '';
  if (figure.value === null) return `not measured${missing}`;
  if (figure.files) return `${figure.files.js} JS + ${figure.files.css} CSS, ${kB(figure.value)} gzip${missing}`;
  if (figure.raw !== undefined) return `${kB(figure.value)} gzip (${kB(figure.raw)} raw)`;
  const value = amount(figure, figure.value);
  if (!figure.baseline) return `${value}${missing}`;
  const base = figure.baseline.value === null ? 'n/a' : amount(figure, figure.baseline.value);
  const times = typeof figure.ratio === 'number' ? `${figure.ratio.toFixed(2)}×` : 'n/a';
  return `${times} (${value} vs ${figure.baseline.label} ${base})${missing}`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
}

/** Each bundle's scripts by part, and its CSS: "New tab: tip texts and sources 12.1, our code 7.5, … kB gzip". */
function partLines(bytes: BenchResult['bytes']): string[] {
  return Object.entries(bytes).map(([name, bundle]) => {
    const parts = bundle.parts.map((p) => `${p.name} ${kB(p.gzip)}`);
    if (bundle.css.gzip > 0) parts.push(`CSS ${kB(bundle.css.gzip)}`);
    return `- ${name}: ${parts.join(', ')}`;
  });
}

/** "New tab, cold: chunks/newtab-….js 12.3 kB, assets/newtab-….css 1.9 kB". */
function beforePaintLines(lists: readonly BeforePaint[]): string[] {
  return lists.map(
    ({ protocol, page, files }) =>
      `- ${page}, ${protocol}: ${files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ') || 'nothing'}`,
  );
}

export function formatTable(result: BenchResult): string {
  const { browser, machine: m, date, runs } = result;
  const rows = result.figures.map((f) => [
    f.label,
    describe(f),
    f.target?.text ?? '',
    f.met === null ? '' : f.met ? 'met' : 'NOT MET',
    f.samples ? String(f.samples) : f.unit === 'stored' ? 'data' : 'build',
  ]);
  return [
    `Glow Within bench, ${date}: ${browser.name} ${browser.version} (headless) on ${m.os}, ${m.cpu}, ${m.cores} cores`,
    `Medians of ${runs.pageRounds} page rounds under each protocol (warm, cold), ${runs.workerMessages} worker stops, ${runs.alarms} alarms each way.`,
    '',
    ...table([['Figure', 'Value', 'Target', 'Met?', 'Loads'], ...rows]),
    '',
    'Loaded before first paint (gzip):',
    ...beforePaintLines(result.beforePaint),
    '',
    'Scripts by part, and CSS (gzip):',
    ...partLines(result.bytes),
    ...[
      ...result.notes,
      ...(result.errors.length ? [`${result.errors.length} console error(s), see "errors"`] : []),
    ].map((note) => `Note: ${note}`),
  ].join('\n');
}

/** The README's form of the run: the table in Markdown, each target met or not, and the lists under it. */
export function formatMarkdown(result: BenchResult): string {
  const rows = result.figures.map((f) => [
    f.label,
    describe(f),
    f.target?.text ?? '',
    f.met === null ? '' : f.met ? 'yes' : '**no**',
  ]);
  return [
    '| Figure | Value | Target | Met? |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    'Loaded before first paint (kB gzip):',
    '',
    ...beforePaintLines(result.beforePaint),
    '',
    'Scripts by part, and CSS (kB gzip):',
    '',
    ...partLines(result.bytes),
  ].join('\n');
}
