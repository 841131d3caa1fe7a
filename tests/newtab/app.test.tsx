/**
 * The new-tab page against the fake browser, with the worker's answers faked at the protocol:
 * first paint from the bundle and the mirror, then the snapshot and stored prefs fill in.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { firstPaintCache } from '@/components/kit/first-paint';
import { NewTab } from '@/components/newtab/app';
import { readMirror } from '@/components/newtab/mirror';
import { type BrowserPort, createNewtabModel } from '@/components/newtab/newtab-model';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { addDays, dateKeyOf, localInstant } from '@/utils/time/clock';
import { TIPS } from '@/utils/tips/library';
import type { TipPrefs } from '@/utils/tips/prefs';
import { tipOfTheDay } from '@/utils/tips/rotation';
import { tipText } from '@/utils/tips/text';
import { DEFAULT_TOPICS } from '@/utils/tips/topics';
import { makeSnapshot } from './snapshot-fixture';

vi.mock('@/utils/messaging/protocol', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage);

const ALL = { hidden: new Set<string>(), category: null, topics: DEFAULT_TOPICS };
const today = () => dateKeyOf(Date.now());
const tipOn = (date: string, hidden = new Set<string>()) => tipOfTheDay(TIPS, date, { ...ALL, hidden });
const card = () => within(screen.getByRole('main')).getByRole('article');
const shownId = () => card().dataset.tipId;
const button = (name: string | RegExp) => screen.getByRole('button', { name });

let snapshot: Snapshot;

const cache = () => firstPaintCache('newtab', '1.0.0');
const newTab = () => createNewtabModel(cache());

const storedPrefs = async () => (await fakeBrowser.storage.sync.get('tipPrefs')).tipPrefs as TipPrefs | undefined;

function answer(handler?: (name: string) => Promise<unknown>) {
  send.mockImplementation(((name: string) =>
    handler
      ? handler(name)
      : Promise.resolve(name === 'getSnapshot' ? snapshot : { recorded: true, opens: null })) as never);
}

async function settled() {
  await screen.findByText(/^Water /);
}

beforeEach(() => {
  localStorage.clear();
  snapshot = makeSnapshot(Date.now(), { today: { waterMl: 250, breaks: 1, meals: 2 } });
  answer();
});

afterEach(() => {
  send.mockReset();
  vi.useRealTimers();
  document.documentElement.removeAttribute('data-theme');
});

describe('first paint', () => {
  it('case 36: the tip of the day follows the person’s day: at 01:30 with the day starting at 04:00, it is yesterday’s', () => {
    const night = localInstant('2026-11-24', 90);
    cache().write({ prefs: { saved: [], hidden: [] }, theme: 'system', quiet: false, dayStartHour: 4 });
    answer(() => new Promise(() => undefined));
    render(<NewTab model={createNewtabModel(cache(), () => night)} />);
    expect(shownId()).toBe(tipOn('2026-11-23')?.id);
    expect(tipOn('2026-11-23')?.id).not.toBe(tipOn('2026-11-24')?.id);
  });

  it('shows today’s tip at once, before storage or the worker answer', () => {
    answer(() => new Promise(() => undefined));
    render(<NewTab model={newTab()} />);
    expect(shownId()).toBe(tipOn(today())?.id);
    expect(screen.getByText(/not medical advice/)).toBeTruthy();
    // The Today panel's space is there, waiting.
    expect(screen.getByRole('complementary', { name: 'Today' }).textContent).toContain('Loading');
  });

  it('paints hidden and saved tips from the mirror', () => {
    const todays = tipOn(today())?.id ?? '';
    cache().write({ prefs: { saved: [TIPS[3]?.id], hidden: [todays] }, theme: 'dark', quiet: true });
    answer(() => new Promise(() => undefined));
    render(<NewTab model={newTab()} />);
    expect(shownId()).not.toBe(todays);
    expect(shownId()).toBe(tipOn(today(), new Set([todays]))?.id);
    expect(screen.getByRole('heading', { name: 'Saved tips (1)' })).toBeTruthy();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('writes nothing to any storage on load', async () => {
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const localSet = vi.spyOn(fakeBrowser.storage.local, 'set');
    const mirrorSet = vi.spyOn(localStorage, 'setItem');
    render(<NewTab model={newTab()} />);
    await settled();
    await act(() => new Promise((done) => setTimeout(done, 20)));
    expect(syncSet).not.toHaveBeenCalled();
    expect(localSet).not.toHaveBeenCalled();
    expect(mirrorSet).not.toHaveBeenCalled();
  });
});

describe('personal data', () => {
  it('fills the Today panel from the snapshot: progress in the person’s unit and the next reminder', async () => {
    snapshot = makeSnapshot(Date.now(), {
      settings: { water: { unit: 'oz', goalMl: 2000 } },
      today: { waterMl: 592, breaks: 1, meals: 2 },
      next: { hydration: { state: 'due', at: Date.now() + 23 * 60_000 } },
    });
    render(<NewTab model={newTab()} />);
    const panel = screen.getByRole('complementary', { name: 'Today' });
    await waitFor(() => expect(panel.textContent).toContain('Water 20 oz of 68 oz · breaks 1 · meals 2'));
    expect(panel.textContent).toContain('Next up: Hydration in 23 min');
  });

  it('lists pending reminders and acts on them', async () => {
    snapshot = makeSnapshot(Date.now(), {
      pending: [{ occurrence: 'occ-1', kinds: ['hydration', 'stress'], scheduledAt: Date.now() - 60_000 }],
    });
    render(<NewTab model={newTab()} />);
    const list = await screen.findByRole('region', { name: 'Waiting for you' });
    expect(list.textContent).toContain('Hydration and Stress break');
    // Each kind's own action, then Snooze for both.
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Drank a glass', 'Breathe now', 'Snooze']);
    fireEvent.click(within(list).getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('act', { occurrence: 'occ-1', reply: { type: 'snooze' } }));
  });

  it('case 30: a merged reminder’s breathing answer opens the breathing break, and logs no drink', async () => {
    snapshot = makeSnapshot(Date.now(), {
      pending: [{ occurrence: 'occ-1', kinds: ['hydration', 'stress'], scheduledAt: Date.now() - 60_000 }],
    });
    answer((name) =>
      Promise.resolve(
        name === 'getSnapshot' ? snapshot : name === 'act' ? { recorded: true, opens: { name: 'breathe' } } : undefined,
      ),
    );
    render(<NewTab model={newTab()} />);
    const list = await screen.findByRole('region', { name: 'Waiting for you' });
    fireEvent.click(within(list).getByRole('button', { name: 'Breathe now' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('openView', { route: { name: 'breathe' } }));
    expect(send).toHaveBeenCalledWith('act', { occurrence: 'occ-1', reply: { type: 'done', kind: 'stress' } });
    expect(send).not.toHaveBeenCalledWith('logWater', expect.anything());
  });

  it('offers a situational tip when one fits (little water by 15:00), after today’s tip in reading order', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(localInstant(dateKeyOf(Date.now()), 15 * 60));
    snapshot = makeSnapshot(Date.now(), { today: { waterMl: 250, breaks: 1 } });
    render(<NewTab model={newTab()} />);
    const region = await screen.findByRole('region', { name: 'For right now' });
    const tip = within(region).getByRole('article');
    expect(TIPS.find((t) => t.id === tip.dataset.tipId)?.category).toBe('hydration');
    expect(tip.dataset.tipId).not.toBe(shownId());
    expect(region.compareDocumentPosition(card()) & Node.DOCUMENT_POSITION_PRECEDING).toBeTruthy();
    expect(region.textContent).toContain("You're a little behind on water today.");
  });

  it('quiet mode: just the tip, and the mirror remembers it for the next tab', async () => {
    snapshot = makeSnapshot(Date.now(), { settings: { general: { newTabQuiet: true, theme: 'dark' } } });
    render(<NewTab model={newTab()} />);
    await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(readMirror(cache())).toMatchObject({ quiet: true, theme: 'dark' });
  });

  it('says so when the worker cannot answer, and keeps the tip', async () => {
    answer((name) => (name === 'getSnapshot' ? Promise.reject(new Error('no worker')) : Promise.resolve(null)));
    render(<NewTab model={newTab()} />);
    await screen.findByText('Today’s progress isn’t available right now.'.replace(/’/g, "'"));
    expect(shownId()).toBe(tipOn(today())?.id);
  });
});

describe('the card', () => {
  it('steps to the next and previous tips, and back to today', async () => {
    render(<NewTab model={newTab()} />);
    fireEvent.click(button(/Next tip/));
    expect(shownId()).toBe(tipOfTheDay(TIPS, today(), ALL, 1)?.id);
    fireEvent.click(button(/Previous tip/));
    fireEvent.click(button(/Previous tip/));
    expect(shownId()).toBe(tipOn(addDays(today(), -1))?.id);
    fireEvent.click(button("Back to today's tip"));
    expect(shownId()).toBe(tipOn(today())?.id);
  });

  it('filters by topic, and remembers the filter for the next tab', async () => {
    render(<NewTab model={newTab()} />);
    await settled();
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), { target: { value: 'probiotics' } });
    expect(card().dataset.category).toBe('probiotics');
    fireEvent.click(button(/Next tip/));
    expect(card().dataset.category).toBe('probiotics');
    await waitFor(async () => expect((await storedPrefs())?.filter).toBe('probiotics'));
    cleanup();
    render(<NewTab model={newTab()} />);
    // From the first paint: the first-paint copy has it too.
    expect(card().dataset.category).toBe('probiotics');
    expect((screen.getByRole('combobox', { name: 'Topic' }) as HTMLSelectElement).value).toBe('probiotics');
  });

  it('topics chosen here change the rotation: a chosen condition’s tips come, others never', async () => {
    render(<NewTab model={newTab()} />);
    await settled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Psoriasis' }));
    await waitFor(async () => expect((await storedPrefs())?.topics).toEqual(['glow', 'gut', 'psoriasis']));
    const seen = new Set<string>();
    for (let i = 0; i < TIPS.length; i++) {
      seen.add(shownId() ?? '');
      fireEvent.click(button(/Next tip/));
    }
    const conditions = TIPS.filter((tip) => seen.has(tip.id) && tip.condition).map((tip) => tip.condition);
    expect(new Set(conditions)).toEqual(new Set(['psoriasis']));
  });

  it('hides a tip for good, with an undo', async () => {
    render(<NewTab model={newTab()} />);
    await settled();
    const hiddenId = shownId() ?? '';
    fireEvent.click(button('Hide'));
    expect(shownId()).not.toBe(hiddenId);
    await waitFor(async () => expect(await storedPrefs()).toMatchObject({ saved: [], hidden: [hiddenId] }));
    expect(readMirror(cache()).prefs.hidden).toEqual([hiddenId]);
    for (let i = 0; i < TIPS.length + 2; i++) {
      fireEvent.click(button(/Next tip/));
      expect(shownId()).not.toBe(hiddenId);
    }
    fireEvent.click(button("Back to today's tip"));
    fireEvent.click(button('Hide'));
    fireEvent.click(button('Undo'));
    await waitFor(async () => expect((await storedPrefs())?.hidden).toEqual([hiddenId]));
  });

  it('the heading says which tip the card shows; the way back is a button', async () => {
    render(<NewTab model={newTab()} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Today's gut-skin tip");
    fireEvent.click(button(/Next tip/));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Another gut-skin tip');
    fireEvent.click(button("Back to today's tip"));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe("Today's gut-skin tip");
    fireEvent.click(button('Save'));
    fireEvent.click(button(/Next tip/));
    const list = screen.getByRole('region', { name: 'Saved tips (1)' });
    fireEvent.click(within(list).getAllByRole('button')[0] as HTMLElement);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Your saved tip');
  });

  it('save, hide, "Show them again": the tip is back, the hidden message gone, and the save kept', async () => {
    render(<NewTab model={newTab()} />);
    await settled();
    const tip = shownId() ?? '';
    fireEvent.click(button('Save'));
    fireEvent.click(button('Hide'));
    await screen.findByText(/Tip hidden/);
    await waitFor(async () => expect(await storedPrefs()).toMatchObject({ saved: [tip], hidden: [tip] }));
    fireEvent.click(button('Show them again'));
    await waitFor(() => expect(screen.queryByText(/Tip hidden/)).toBeNull());
    // Today's tip again, as it was before it was hidden.
    expect(shownId()).toBe(tip);
    await waitFor(async () => expect(await storedPrefs()).toMatchObject({ saved: [tip], hidden: [] }));
    expect(screen.getByRole('region', { name: 'Saved tips (1)' })).toBeTruthy();
  });

  it('saves a tip to the Saved list and opens it from there', async () => {
    render(<NewTab model={newTab()} />);
    await settled();
    const saved = TIPS.find((tip) => tip.id === shownId());
    fireEvent.click(button('Save'));
    expect(button('Save').getAttribute('aria-pressed')).toBe('true');
    const list = screen.getByRole('region', { name: 'Saved tips (1)' });
    const title = tipText(saved?.id ?? '').title;
    expect(title.length).toBeGreaterThan(0);
    expect(within(list).getByRole('button', { name: title }).textContent).toBe(title);
    await waitFor(async () => expect((await storedPrefs())?.saved).toEqual([saved?.id]));
    fireEvent.click(button(/Next tip/));
    fireEvent.click(within(list).getByRole('button', { name: title }));
    expect(shownId()).toBe(saved?.id);
    await waitFor(() => expect(document.activeElement?.id).toBe('tip-title'));
  });

  it('follows prefs changed in another tab or on another device', async () => {
    render(<NewTab model={newTab()} />);
    await settled();
    const todays = shownId() ?? '';
    await act(() => fakeBrowser.storage.sync.set({ tipPrefs: { saved: [], hidden: [todays] } }));
    await waitFor(() => expect(shownId()).not.toBe(todays));
    expect(readMirror(cache()).prefs.hidden).toEqual([todays]);
  });

  it('shows what is stored, and says so, when a change cannot be written', async () => {
    render(<NewTab model={newTab()} />);
    await settled();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    fireEvent.click(button('Save'));
    await screen.findByText("That didn't go through. Please try again.");
    await waitFor(() => expect(button('Save').getAttribute('aria-pressed')).toBe('false'));
  });
});

describe('search, keys and most-visited sites', () => {
  function fakePort(granted = false) {
    const state = { granted };
    const port = {
      search: vi.fn(async (_text: string) => undefined),
      sites: {
        has: vi.fn(async () => state.granted),
        ask: vi.fn(async () => {
          state.granted = true;
          return true;
        }),
        giveBack: vi.fn(async () => {
          state.granted = false;
          return true;
        }),
        read: vi.fn(async () => [
          { url: 'https://example.org/', title: 'Example' },
          { url: 'https://news.example/', title: 'News' },
        ]),
      },
    } satisfies BrowserPort;
    return { port, state };
  }
  const withPort = (port: BrowserPort) => createNewtabModel(cache(), undefined, port);

  it('the search box hands what is typed to the browser’s search, trimmed; an empty one nothing', async () => {
    const { port } = fakePort();
    render(<NewTab model={withPort(port)} />);
    const box = screen.getByRole('searchbox', { name: 'Search the web' });
    fireEvent.submit(box.closest('form') as HTMLFormElement);
    expect(port.search).not.toHaveBeenCalled();
    fireEvent.input(box, { target: { value: '  kefir  ' } });
    fireEvent.submit(box.closest('form') as HTMLFormElement);
    expect(port.search).toHaveBeenCalledExactlyOnceWith('kefir');
    port.search.mockRejectedValueOnce(new Error('no engine'));
    fireEvent.submit(box.closest('form') as HTMLFormElement);
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The browser did not take the search. Please try again.',
    );
  });

  it('/ focuses the search box; ← and → move between tips, but not while typing', () => {
    render(<NewTab model={newTab()} />);
    const today = shownId();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    expect(shownId()).toBe(tipOfTheDay(TIPS, dateKeyOf(Date.now()), ALL, 1)?.id);
    fireEvent.keyDown(document.body, { key: 'ArrowLeft' });
    expect(shownId()).toBe(today);
    fireEvent.keyDown(document.body, { key: '/' });
    const box = screen.getByRole('searchbox');
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'ArrowRight' });
    fireEvent.keyDown(box, { key: '/' });
    expect(shownId()).toBe(today);
    // With a modifier it is the browser's shortcut, not the page's.
    fireEvent.keyDown(document.body, { key: 'ArrowRight', altKey: true });
    expect(shownId()).toBe(today);
  });

  it('most-visited sites: off, nothing asked; on asks from the click and lists them; off gives the permission back', async () => {
    const { port } = fakePort();
    render(<NewTab model={withPort(port)} />);
    await settled();
    expect(port.sites.ask).not.toHaveBeenCalled();
    expect(port.sites.read).not.toHaveBeenCalled();
    const toggle = button('Show my most-visited sites');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(port.sites.ask).toHaveBeenCalledOnce();
    const example = await screen.findByRole('link', { name: /Example/ });
    expect(example.getAttribute('href')).toBe('https://example.org/');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(readMirror(cache()).sites).toBe(true);
    fireEvent.click(toggle);
    expect(port.sites.giveBack).toHaveBeenCalledOnce();
    expect(screen.queryByRole('link', { name: /Example/ })).toBeNull();
    await waitFor(() => expect(readMirror(cache()).sites).toBe(false));
  });

  it('on last time: the row is there from the first paint; a permission taken back turns it off', async () => {
    cache().write({ prefs: readMirror(cache()).prefs, theme: 'system', quiet: false, sites: true });
    const granted = fakePort(true);
    render(<NewTab model={withPort(granted.port)} />);
    expect(document.querySelector('.site-list')).toBeTruthy();
    await screen.findByRole('link', { name: /News/ });
    cleanup();
    const revoked = fakePort(false);
    render(<NewTab model={withPort(revoked.port)} />);
    await waitFor(() => expect(document.querySelector('.site-list')).toBeNull());
    expect(revoked.port.sites.read).not.toHaveBeenCalled();
  });
});
