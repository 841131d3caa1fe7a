/** The welcome page (a first install opens it). Wiring only: the views live in components/welcome. */
import '@/components/welcome/welcome.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createClock } from '@/components/kit/clock';
import { applyLanguage } from '@/components/kit/language';
import { createWelcomeModel, type WelcomePort } from '@/components/welcome/model/welcome-model';
import { WelcomeApp } from '@/components/welcome/welcome-app';
import { sendMessage } from '@/utils/messaging/protocol';
import { saveSettings } from '@/utils/settings/store';

const port: WelcomePort = {
  saveSettings,
  // Loaded at the end only: tip preferences need the tip library, which these questions do not.
  saveTopics: async (topics) => {
    const [{ updatePrefs }, { setTopics }] = await Promise.all([
      import('@/utils/tips/prefs-store'),
      import('@/utils/tips/prefs'),
    ]);
    await updatePrefs((current) => setTopics(current, topics));
  },
  finish: () => sendMessage('finishSetup'),
  async close() {
    const tab = await browser.tabs.getCurrent();
    if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
    else window.close();
  },
};

applyLanguage('welcomeHeading');
const clock = createClock();
const model = createWelcomeModel(port, clock);
render(
  <WelcomeApp
    model={model}
    clock={clock}
    locale={browser.i18n.getUILanguage()}
    openSettings={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app') as HTMLElement,
);
