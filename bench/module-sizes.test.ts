/** The size plugin: which module each stretch of minified code comes from, and its gzip bytes in place. */
import { gzipSync } from 'node:zlib';
import { encode, type SourceMapSegment } from '@jridgewell/sourcemap-codec';
import { describe, expect, it } from 'vitest';
import { BUNDLER, moduleName, sizesInPlace, stretchesOf } from './module-sizes';

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
