/** The bench's explanations: where bundle bytes go, static copies of pages, why a target is missed. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BuildBytes, FileBytes } from '@/scripts/bench/bytes';
import { compared, type Figure, plain, TARGETS } from '@/scripts/bench/figures';
import { OWN_CODE, partOf, partsOf, TIP_TEXTS } from '@/scripts/bench/parts';
import { reasons } from '@/scripts/bench/reasons';
import { withoutScripts } from '@/scripts/bench/static-copy';
import { moduleName, sizesInPlace } from '@/scripts/module-sizes';

describe('module names', () => {
  it('names a dependency by its package, scoped or not, and a project file by its path', () => {
    expect(moduleName('/p/node_modules/preact/hooks/dist/hooks.mjs', '/p')).toBe('preact');
    expect(moduleName('/p/node_modules/@wxt-dev/storage/dist/index.mjs', '/p')).toBe('@wxt-dev/storage');
    expect(moduleName('/p/node_modules/.pnpm/x/node_modules/valibot/dist/index.mjs', '/p')).toBe('valibot');
    expect(moduleName('/p/components/newtab/app.tsx', '/p')).toBe('components/newtab/app.tsx');
    expect(moduleName('\0virtual:wxt-plugins', '/p')).toBe('virtual:wxt-plugins');
    expect(moduleName('/p/entrypoints/newtab/index.html?html-proxy&index=0.css', '/p')).toBe(
      'entrypoints/newtab/index.html',
    );
  });
});

describe('module sizes in place', () => {
  it('gives each module what it adds to the gzip of the ones before it, so they add up to the chunk', () => {
    const text = 'export const tip = "Fermented foods bring live microbes to the gut.";\n';
    const sizes = sizesInPlace([
      { module: 'a', code: text },
      { module: 'b', code: text },
      { module: 'c', code: 'x'.repeat(5000) },
    ]);
    expect(sizes.map((s) => s.raw)).toEqual([text.length, text.length, 5000]);
    const whole = gzipSync(text + text + 'x'.repeat(5000), { level: 9 }).length - gzipSync('', { level: 9 }).length;
    expect(sizes.reduce((sum, s) => sum + s.gzip, 0)).toBe(whole);
    // A repeat compresses to a back-reference: far less than the first copy.
    expect(sizes[1]?.gzip).toBeLessThan((sizes[0]?.gzip ?? 0) / 2);
  });
});

describe('bundle parts', () => {
  it('groups our files, the tip texts, the glue and each library with what it pulls in', () => {
    expect(partOf('components/popup/app.tsx')).toBe(OWN_CODE);
    expect(partOf('utils/time/clock.ts')).toBe(OWN_CODE);
    expect(partOf('utils/tips/library.ts')).toBe(TIP_TEXTS);
    expect(partOf('superlock')).toBe('@wxt-dev/storage');
    expect(partOf('@preact/signals-core')).toBe('@preact/signals');
    expect(partOf('rolldown/runtime.js')).toBe(partOf('virtual:wxt-plugins'));
    expect(partOf('valibot')).toBe('valibot');
  });

  it('splits each file’s gzip size between its modules, so the parts add up to the files', () => {
    const chunks = {
      'a.js': [
        { module: 'preact', raw: 1000, gzip: 300 },
        { module: 'components/x.tsx', raw: 500, gzip: 100 },
      ],
      'b.js': [{ module: 'utils/y.ts', raw: 200, gzip: 50 }],
      'unused.js': [{ module: 'valibot', raw: 9000, gzip: 3000 }],
    };
    const parts = partsOf(
      new Map([
        ['a.js', 360],
        ['b.js', 70],
      ]),
      chunks,
    );
    expect(parts).toEqual([
      { name: 'preact', raw: 1000, gzip: 270 },
      { name: OWN_CODE, raw: 700, gzip: 160 },
    ]);
    expect(parts.reduce((sum, p) => sum + p.gzip, 0)).toBe(430);
  });
});

describe('static copies', () => {
  it('keeps the content and stylesheets and drops every script and module preload', () => {
    const html =
      '<html><head><script type="module" src="/chunks/a.js"></script><link rel="modulepreload" href="/chunks/b.js">' +
      '<link rel="stylesheet" href="/assets/c.css"></head><body><main>Tip</main><script>x()</script></body></html>';
    expect(withoutScripts(html)).toBe(
      '<html><head><link rel="stylesheet" href="/assets/c.css"></head><body><main>Tip</main></body></html>',
    );
  });
});

describe('why a target is not met', () => {
  const series = (value: number) => ({ values: [value], missing: 0 });
  const blank = { label: 'blank FCP', series: series(100) };
  const bundle = (parts: FileBytes['parts'], css = 0): FileBytes => {
    const empty = { raw: 0, gzip: 0, files: [], fileGzip: [] };
    return { html: empty, js: empty, css: { ...empty, gzip: css }, data: empty, parts };
  };
  const bytes: BuildBytes = {
    pages: {
      newtab: bundle(
        [
          { name: TIP_TEXTS, raw: 0, gzip: 12_600 },
          { name: OWN_CODE, raw: 0, gzip: 9_000 },
          { name: 'preact', raw: 0, gzip: 7_200 },
          { name: 'tiny', raw: 0, gzip: 100 },
        ],
        1_900,
      ),
      popup: bundle([]),
      options: bundle([]),
    },
    worker: bundle([{ name: 'valibot', raw: 0, gzip: 4_100 }]),
  };
  const byteFigure = (id: string, gzip: number, max: number): Figure => ({
    id,
    label: id,
    unit: 'bytes',
    value: gzip,
    raw: gzip * 3,
    samples: 1,
    missing: 0,
    target: { on: 'value', max, text: '' },
    met: gzip <= max,
  });

  it('explains a slow first paint by the static copy’s paint and what the scripts add', () => {
    const figures = [
      compared('newtab.fcp', 'fcp', series(180), blank, TARGETS.newtabFcp),
      compared('newtab.static.fcp', 'static', series(150), blank),
      plain('newtab.scripts', 'scripts', series(61.6), 'ms'),
    ];
    const why = reasons(figures, bytes).get('newtab.fcp');
    expect(why).toContain('static HTML');
    expect(why).toContain('1.50×');
    expect(why).toContain('a further 1.20×');
    expect(why).toContain('running 62 ms after the HTML is parsed');
  });

  it('names the parts of a bundle over its size, largest first, and only for figures that miss', () => {
    const figures = [
      byteFigure('bytes.newtab.scriptAndStyle', 31_000, 20_000),
      byteFigure('bytes.worker.scriptAndStyle', 4_100, 15_000),
    ];
    const why = reasons(figures, bytes);
    expect(why.get('bytes.newtab.scriptAndStyle')).toBe(
      'The scripts are tip texts and sources 12.6 kB, our code 9.0 kB, preact 7.2 kB (gzip), and 1.9 kB of CSS. ' +
        'Our own code is 9.0 kB of it; the rest is libraries the extension is built on and the tip texts.',
    );
    expect(why.has('bytes.worker.scriptAndStyle')).toBe(false);
  });
});
