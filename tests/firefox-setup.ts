import { beforeEach } from 'vitest';
import { installFirefoxFake } from './firefox-fake';

// After tests/setup.ts has reset the fake and installed the shared fakes.
beforeEach(() => {
  installFirefoxFake();
});
