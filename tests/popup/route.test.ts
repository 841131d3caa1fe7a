import { describe, expect, it } from 'vitest';
import { createHashRouter, parseRoute, type Route, routeHash } from '@/components/popup/route';
import { viewFor } from '@/utils/routes';

describe('popup views by hash', () => {
  it.each([
    ['', { name: 'today' }],
    ['#', { name: 'today' }],
    ['#breathe', { name: 'breathe' }],
    ['#meal', { name: 'meal' }],
    ['#/meal', { name: 'meal' }],
    ['#reminder/hs-t4k2p0', { name: 'reminder', occurrence: 'hs-t4k2p0' }],
    ['#reminder/', { name: 'today' }],
    ['#reminder/%E0%A4%A', { name: 'today' }],
    ['#reminder/<script>', { name: 'today' }],
    ['#somewhere-else', { name: 'today' }],
  ] as const)('%j is %j', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('reads every view the worker opens', () => {
    const views = [
      viewFor(['stress'], 's-t4k2p0'),
      viewFor(['meal'], 'm-t4k2p0'),
      viewFor(['hydration', 'meal'], 'hm-t4k2p0'),
    ];
    expect(views.map((view) => view.name)).toEqual(['breathe', 'meal', 'reminder']);
    for (const view of views) expect(parseRoute(routeHash(view))).toEqual(view);
  });

  it('writes hashes it reads back', () => {
    const routes: Route[] = [
      { name: 'today' },
      { name: 'breathe' },
      { name: 'meal' },
      { name: 'reminder', occurrence: 'h-abc' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('follows the address: going to a view and back', async () => {
    window.location.hash = '';
    const router = createHashRouter(window);
    router.go({ name: 'meal' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(router.route.value).toEqual({ name: 'meal' });
    window.location.hash = '#reminder/h-1';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(router.route.value).toEqual({ name: 'reminder', occurrence: 'h-1' });
    router.stop();
  });
});
