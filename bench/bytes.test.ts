/** Where a bundle's script bytes go: modules grouped into parts, each file's gzip size split between them. */
import { describe, expect, it } from 'vitest';
import { NOT_RECORDED, OWN_CODE, partOf, partsOf, TIP_SOURCES } from './bytes';
import { BUNDLER } from './module-sizes';

describe('bundle parts', () => {
  it('groups our files, the tip sources, the glue and each library with what it pulls in', () => {
    expect(partOf('components/popup/app.tsx')).toBe(OWN_CODE);
    expect(partOf('utils/time/clock.ts')).toBe(OWN_CODE);
    expect(partOf('utils/tips/library.ts')).toBe(TIP_SOURCES);
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
