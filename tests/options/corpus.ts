/** Bad export files, one per way a file can be wrong (reliability case 11), and a good one. */
import { setValueAt } from '@/components/options/model/paths';
import { buildExport, exportText, MAX_IMPORT_BYTES } from '@/utils/settings/transfer';
import { makeSettings } from '../factories';

export const GOOD_SETTINGS = makeSettings({
  hydration: { schedule: { interval: { everyMinutes: 45 } }, message: 'Sip, sip' },
  water: { goalMl: 2500 },
  general: { theme: 'dark' },
});

type ExportInput = Parameters<typeof buildExport>[0];

export const goodFileText = (history?: ExportInput['history'], tips?: ExportInput['tips']) =>
  exportText(buildExport({ settings: GOOD_SETTINGS, tips, history, now: Date.UTC(2026, 10, 23), appVersion: '0.1.0' }));

const good = () => JSON.parse(goodFileText());
/** The good file with `value` at a dot path of its JSON. */
const edited = (path: string, value: unknown) => {
  const file = good();
  setValueAt(file, path, value);
  return JSON.stringify(file, null, 2);
};

/** [what is wrong, file text, the problem path the message must name] */
export const BAD_FILES: [string, string, string][] = [
  ['not JSON', '{ "format": "glow-within-export", ', ''],
  ['NaN', '{"format":"glow-within-export","version":1,"x":NaN}', ''],
  ['not an export', JSON.stringify({ hello: 'world' }), 'format'],
  ['wrong format version', edited('version', 99), 'version'],
  ['wrong type', edited('settings.water.goalMl', '2000'), 'settings.water.goalMl'],
  ['negative number', edited('settings.hydration.snoozeMinutes', -10), 'settings.hydration.snoozeMinutes'],
  ['huge number', edited('settings.water.cupMl', 1e12), 'settings.water.cupMl'],
  ['number beyond any date', edited('settings.general.pausedUntil', 1e300), 'settings.general.pausedUntil'],
  [
    'interval below the minimum (10 s)',
    edited('settings.stress.schedule.interval.everyMinutes', 10 / 60),
    'settings.stress.schedule.interval.everyMinutes',
  ],
  ['unknown key', edited('settings.general.telemetry', true), 'settings.general.telemetry'],
  ['an unknown topic', edited('tips', { saved: [], hidden: [], topics: ['warts'], filter: null }), 'tips.topics.0'],
  [
    'a tip id that is not one',
    edited('tips', { saved: ['<b>'], hidden: [], topics: [], filter: null }),
    'tips.saved.0',
  ],
  [
    '__proto__ key',
    JSON.stringify(good()).replace('"general":{', '"general":{"__proto__":{"isAdmin":true},'),
    'settings.general.__proto__',
  ],
  ['constructor key', JSON.stringify(good()).replace('{', '{"constructor":{"prototype":{"x":1}},'), 'constructor'],
  [
    'HTML in text',
    edited('settings.hydration.message', '<img src=x onerror="document.title=1">'),
    'settings.hydration.message',
  ],
  ['over 1 MB', edited('padding', ' '.repeat(MAX_IMPORT_BYTES)), ''],
  [
    'invalid window',
    edited('settings.meal.schedule.interval.week.0', [{ start: '25:00', end: '08:00' }]),
    'settings.meal.schedule.interval.week.0.0.start',
  ],
];
