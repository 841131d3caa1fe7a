/** The bench's explanations: where bundle bytes go, static copies of pages, why a target is missed. */
import { gzipSync } from 'node:zlib';
import { encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';
import { describe, expect, it } from 'vitest';
import type { BuildBytes, FileBytes } from './bytes';
import { compared, type Figure, plain, TARGETS } from './figures';
import { BUNDLER, moduleName, sizesInPlace, stretchesOf } from './module-sizes';
import { NOT_RECORDED, OWN_CODE, partOf, partsOf, TIP_TEXTS } from './parts';
import { reasons } from './reasons';
import { type BenchResult, formatTable } from './report';
import { withoutScripts } from './static-copy';

describe('module names', () => {
  it('names a dependency by its package, scoped or not, and a project file by its path', () => {
    expect(moduleName('/p/node_modules/preact/hooks/dist/hooks.mjs', '/p')).toBe('preact');
    expect(moduleName('/p/node_modules/@wxt-dev/storage/dist/index.mjs', '/p')).toBe('@wxt-dev/storage');
    expect(moduleName('/p/node_modules/.pnpm/x/node_modules/valibot/dist/index.mjs', '/p')).toBe('valibot');
    expect(moduleName('/p/components/newtab/app.tsx', '/p')).toBe('components/newtab/app.tsx');
    expect(moduleName('/p/entrypoints/newtab/index.html?html-proxy&index=0.css', '/p')).toBe(
      'entrypoints/newtab/index.html',
    );
  });
});

describe('stretches of minified code by source', () => {
  // Sources 0 = a, 1 = b. Columns are where each segment starts on its line.
  const sources = ['a', 'b'];
  const moduleOf = (i: number) => sources[i] ?? '?';
  const seg = (column: number, source?: number): SourceMapSegment =>
    source === undefined ? [column] : [column, source, 0, 0];

  it('gives each mapped segment the code up to the next segment, and the rest to the bundler', () => {
    // import"x" is 0-9, AAAA 10-13, BBBB 14-17, ; 18, CC 19-20, the line break 21, BBBB 22-25.
    const code = 'import"x";AAAABBBB;CC\nBBBB';
    const mappings = encode([[seg(10, 0), seg(14, 1), seg(18), seg(19, 0)], [seg(0, 1)]]);
    expect(stretchesOf(code, mappings, moduleOf)).toEqual([
      { module: BUNDLER, start: 0, end: 10 },
      { module: 'a', start: 10, end: 14 },
      { module: 'b', start: 14, end: 18 },
      { module: BUNDLER, start: 18, end: 19 },
      { module: 'a', start: 19, end: 21 },
      { module: BUNDLER, start: 21, end: 22 },
      { module: 'b', start: 22, end: 26 },
    ]);
  });

  it('joins neighbouring stretches of one source and covers every character once', () => {
    const code = 'aaabbb';
    const stretches = stretchesOf(code, encode([[seg(0, 0), seg(2, 0), seg(3, 1)]]), moduleOf);
    expect(stretches).toEqual([
      { module: 'a', start: 0, end: 3 },
      { module: 'b', start: 3, end: 6 },
    ]);
  });

  it('counts each module’s bytes and what it adds to the gzip of the code before it', () => {
    const text = 'const tip="Fermented foods bring live microbes to the gut.";';
    const code = `${text}${text}${'x'.repeat(5000)}`;
    const sizes = sizesInPlace(code, [
      { module: 'a', start: 0, end: text.length },
      { module: 'b', start: text.length, end: 2 * text.length },
      { module: 'a', start: 2 * text.length, end: code.length },
    ]);
    expect(sizes.map((s) => [s.module, s.raw])).toEqual([
      ['a', text.length + 5000],
      ['b', text.length],
    ]);
    const whole = gzipSync(code, { level: 9 }).length - gzipSync('', { level: 9 }).length;
    expect(sizes.reduce((sum, s) => sum + s.gzip, 0)).toBe(whole);
    // A repeat compresses to a back-reference: far less than the first copy.
    expect(sizes[1]?.gzip).toBeLessThan(20);
  });
});

describe('bundle parts', () => {
  it('groups our files, the tip texts, the glue and each library with what it pulls in', () => {
    expect(partOf('components/popup/app.tsx')).toBe(OWN_CODE);
    expect(partOf('utils/time/clock.ts')).toBe(OWN_CODE);
    expect(partOf('utils/tips/library.ts')).toBe(TIP_TEXTS);
    expect(partOf('superlock')).toBe('@wxt-dev/storage');
    expect(partOf('@preact/signals-core')).toBe('@preact/signals');
    expect(partOf(BUNDLER)).toBe(partOf('@wxt-dev/browser'));
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
    const files = new Map([
      ['a.js', 360],
      ['b.js', 70],
    ]);
    const parts = partsOf(files, chunks);
    expect(parts).toEqual([
      { name: 'preact', raw: 1000, gzip: 270 },
      { name: OWN_CODE, raw: 700, gzip: 160 },
    ]);
    expect(parts.reduce((sum, p) => sum + p.gzip, 0)).toBe(430);
  });

  it('counts a file the build left no record for as such, so the parts still add up', () => {
    const parts = partsOf(new Map([['new.js', 500]]), {});
    expect(parts).toEqual([{ name: NOT_RECORDED, raw: 0, gzip: 500 }]);
  });
});

describe('static copies', () => {
  it('keeps the content and stylesheets and drops every script and module preload', () => {
    const html =
      '<html><head><script type="module" src="/chunks/a.js"></script><link rel="modulepreload" href="/chunks/b.js">' +
      "<link href='/chunks/d.js' rel='modulepreload' crossorigin>" +
      '<link rel="stylesheet" href="/assets/c.css"></head><body><main>Tip</main><script>x()</script></body></html>';
    expect(withoutScripts(html)).toBe(
      '<html><head><link rel="stylesheet" href="/assets/c.css"></head><body><main>Tip</main></body></html>',
    );
  });
});

describe('why a target is not met', () => {
  const series = (value: number) => ({ values: [value], missing: 0 });
  const blankFcp = { label: 'blank FCP', series: series(100) };
  const blankFrame = { label: 'blank first frame', series: series(80) };
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
          { name: 'tinier', raw: 0, gzip: 100 },
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

  it('explains a slow first paint by the static copy’s paint and the time its modules took', () => {
    const figures = [
      compared('newtab.fcp', 'fcp', series(180), blankFcp, TARGETS.newtabFcp),
      compared('newtab.static.fcp', 'static', series(150), blankFcp),
      plain('newtab.scripts', 'scripts', series(61.6), 'ms'),
    ];
    expect(reasons(figures, bytes).get('newtab.fcp')).toBe(
      'The same content, saved as static HTML with its stylesheet and no script, first paints at 1.50× the blank FCP: ' +
        'laying out and painting a page of text costs that much here before any of our code runs (headless Chromium ' +
        'paints in software). Loading and running the scripts takes it a further 1.20×: its module scripts finish ' +
        'loading and running 62 ms after the HTML is parsed, and only then can the rendered content be painted.',
    );
  });

  it('puts the popup’s static copy over the data-shown figure’s own baseline, with its own module time', () => {
    const figures = [
      compared('popup.static.fcp', 'static', series(120), blankFcp),
      plain('popup.year.scripts', 'scripts', series(90), 'ms'),
      plain('worker.warmMessage', 'warm', series(12), 'ms'),
      compared('popup.year.dataShown', 'data', series(240), blankFrame, TARGETS.popupDataShown),
    ];
    const why = reasons(figures, bytes).get('popup.year.dataShown');
    // 120 ms over the blank first frame (80 ms), then 240 / 120.
    expect(why).toContain('first paints at 1.50× the blank first frame');
    expect(why).toContain('a further 2.00×');
    expect(why).toContain('running 90 ms after');
    expect(why).toContain('One message to the running worker takes 12 ms.');
  });

  it('says nothing it did not measure: no static copy, no paint reason', () => {
    const figures = [compared('newtab.fcp', 'fcp', series(180), blankFcp, TARGETS.newtabFcp)];
    expect(reasons(figures, bytes).has('newtab.fcp')).toBe(false);
  });

  it('gives the year of history’s extra time from the figure itself', () => {
    const figures = [
      compared('popup.year.vsEmpty', 'year', series(260), { label: 'empty', series: series(200) }, TARGETS.yearVsEmpty),
    ];
    expect(reasons(figures, bytes).get('popup.year.vsEmpty')).toMatch(
      /^With a year of history stored, the data comes 60 ms later/,
    );
  });

  it('names the parts of a bundle over its size, largest first, and only for figures that miss', () => {
    const figures = [
      byteFigure('bytes.newtab.scriptAndStyle', 31_000, 20_000),
      byteFigure('bytes.worker.scriptAndStyle', 4_100, 15_000),
    ];
    const why = reasons(figures, bytes);
    expect(why.get('bytes.newtab.scriptAndStyle')).toBe(
      'The scripts are tip texts and sources 12.6 kB, our code 9.0 kB, preact 7.2 kB, smaller parts 0.2 kB (gzip), ' +
        'and 1.9 kB of CSS. Our own code is 9.0 kB of it; the rest is libraries the extension is built on and the tip texts.',
    );
    expect(why.has('bytes.worker.scriptAndStyle')).toBe(false);
  });

  it('prints each missed target with its reason under the table', () => {
    const figures = [byteFigure('bytes.newtab.scriptAndStyle', 31_000, 20_000)];
    const result: BenchResult = {
      date: '2026-11-24T00:00:00.000Z',
      browser: { name: 'Chromium', version: '156', userAgent: 'ua', headless: true },
      machine: { os: 'Linux', cpu: 'cpu', cores: 2, memoryGb: 1, node: 'v22' },
      loads: { pages: 1, coldStart: 1, alarmWarm: 1, alarmCold: 1, alarmLeadMs: 1 },
      figures,
      reasons: Object.fromEntries(reasons(figures, bytes)),
      bytes,
      notes: [],
      errors: [],
    };
    const table = formatTable(result);
    expect(table).toContain('| NOT MET |');
    expect(table).toContain('Why targets are not met:\n- bytes.newtab.scriptAndStyle: The scripts are tip texts');
  });
});
