import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakes } from './fakes';

beforeEach(() => {
  fakeBrowser.reset();
  installFakes();
});

afterEach(() => {
  cleanup();
});
