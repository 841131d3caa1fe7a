/** The bench's output: the result record written as JSON, and the table printed for people. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, release as osRelease, type as osType, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './build';
import type { BuildBytes } from './bytes';
import { type Figure, KB } from './figures';

export const RESULTS_FILE = join(ROOT, 'bench', 'results.json');

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
}

export interface BenchResult {
  date: string;
  browser: { name: string; version: string; userAgent: string; headless: boolean };
  machine: Machine;
  loads: { pages: number; coldStart: number; alarmWarm: number; alarmCold: number; alarmLeadMs: number };
  figures: Figure[];
  /** Figure id → why its target is not met, from what the same run measured. */
  reasons: Record<string, string>;
  bytes: BuildBytes;
  /** Anything a reader needs to judge the figures: dropped runs, console errors during the run. */
  notes: string[];
  errors: string[];
}

export function machine(): Machine {
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

const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

function amount(figure: Figure, value: number): string {
  if (figure.unit === 'ms') return `${Math.round(value)} ms`;
  if (figure.unit === 'score') return value.toFixed(4);
  return figure.id.endsWith('.heap') ? `${(value / 1e6).toFixed(2)} MB` : kB(value);
}

export function describeValue(figure: Figure): string {
  const missing = figure.missing > 0 ? ` (missing in ${figure.missing} of ${figure.samples} loads)` : '';
  if (figure.value === null) return `not measured${missing}`;
  if (figure.unit === 'bytes' && figure.raw !== undefined) return `${kB(figure.value)} gzip, ${kB(figure.raw)} raw`;
  const value = amount(figure, figure.value);
  if (!figure.baseline) return `${value}${missing}`;
  const base = figure.baseline.value === null ? 'n/a' : amount(figure, figure.baseline.value);
  const times = figure.ratio === null || figure.ratio === undefined ? 'n/a' : `${figure.ratio.toFixed(2)}×`;
  return `${times} (${value} vs ${figure.baseline.label} ${base})${missing}`;
}

/** Sizes come from the files, not from loads. */
const loadsOf = (figure: Figure): string => (figure.raw === undefined ? String(figure.samples) : 'build');

const verdict = (figure: Figure): string => (figure.met === null ? '' : figure.met ? 'met' : 'NOT MET');

function whyNotMet(result: BenchResult): string[] {
  const missed = result.figures.filter((f) => f.met === false);
  if (missed.length === 0) return [];
  return [
    '',
    'Why targets are not met:',
    ...missed.map((f) => `- ${f.label}: ${result.reasons[f.id] ?? 'no measured reason in this run.'}`),
  ];
}

export function formatTable(result: BenchResult): string {
  const rows = [
    ['Figure', 'Value', 'Target', 'Met?', 'Loads'],
    ...result.figures.map((f) => [f.label, describeValue(f), f.target?.text ?? '', verdict(f), loadsOf(f)]),
  ];
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const [head, ...body] = rows;
  const { browser, machine: m, date } = result;
  return [
    `Glow Within bench, ${date}: ${browser.name} ${browser.version} (headless) on ${m.os}, ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB`,
    '',
    line(head ?? []),
    rule,
    ...body.map(line),
    ...(result.notes.length ? ['', ...result.notes.map((n) => `Note: ${n}`)] : []),
    ...whyNotMet(result),
  ].join('\n');
}
