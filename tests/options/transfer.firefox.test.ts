/** Import checks as Firefox words its errors (the real page shows the same in e2e/firefox). */
import { describe, expect, it, vi } from 'vitest';
import { parseImport } from '@/utils/settings/transfer';

describe('a file that is not JSON, in Firefox', () => {
  it('says where the problem is from SpiderMonkey’s message', () => {
    // SpiderMonkey's wording (Firefox ESR 140), where V8 says "… at position 32 (line 3 column 3)".
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data');
    });
    const result = parseImport('{\n  "format": "glow-within-export",\n  oops\n}');
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '', message: 'optionsImportNotJsonAt', detail: ['3', '3'] },
    ]);
  });

  it('a file cut short, in SpiderMonkey’s words', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError(
        'JSON.parse: end of data while reading object contents at line 1 column 36 of the JSON data',
      );
    });
    const result = parseImport('{ "format": "glow-within-export", ');
    expect(result.ok ? [] : result.problems).toEqual([{ path: '', message: 'optionsImportCutShort' }]);
  });
});
