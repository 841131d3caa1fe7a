/** What a person sees while setting up: plain build logs, and the README honest about npm's warnings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainLines } from '../scripts/plain-lines.mjs';

const ROOT = join(import.meta.dirname, '..');

describe('build output piped to a log', () => {
  // What `wxt build | head` really printed: its spinner redraws one line with \r and escape codes.
  const piped = readFileSync(join(ROOT, 'tests/fixtures/wxt-build-piped.txt'), 'utf8');

  it('keeps every line WXT finished, in order, with no control codes', () => {
    const plain = plainLines();
    const out = plain.push(piped) + plain.end();
    expect(out.includes('\u001b') || out.includes('\r')).toBe(false);
    expect(out.split('\n').filter(Boolean)).toEqual([
      'WXT 0.21.4',
      'ℹ Building chrome-mv3 for production with Vite 8.3.8',
      '✔ Built extension in 1.810 s',
      expect.stringMatching(/^ {2}├─ \.output\/chrome-mv3\/manifest\.json +\d+ B +$/),
    ]);
  });

  it('gives the same lines however the output arrives in pieces', () => {
    const whole = plainLines();
    const expected = whole.push(piped) + whole.end();
    for (const size of [1, 7, 64]) {
      const plain = plainLines();
      let out = '';
      for (let i = 0; i < piped.length; i += size) out += plain.push(piped.slice(i, i + size));
      expect(out + plain.end()).toBe(expected);
    }
  });
});

describe('npm install on Node 20', () => {
  it("the README names every package whose EBADENGINE warning npm prints, and why it's harmless", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } }>;
    };
    // Packages whose declared Node range starts after Node 20 in every alternative (">=22",
    // "^22.12.0 || ^24.0.0"); "*" and ">= 0.4" start before it.
    const startsAfter20 = (range: string) =>
      range.split('||').every((alternative) => Number(/\d+/.exec(alternative)?.[0] ?? 0) > 20);
    const warned = Object.entries(lock.packages)
      .filter(([, pkg]) => pkg.engines?.node && startsAfter20(pkg.engines.node))
      .map(([path]) => path.replace(/^.*node_modules\//, ''))
      .sort();
    expect(warned.length).toBeGreaterThan(0);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const line = readme.split('\n').find((l) => l.includes('EBADENGINE')) ?? '';
    for (const name of warned) expect(line, name).toContain(`\`${name}\``);
  });
});
